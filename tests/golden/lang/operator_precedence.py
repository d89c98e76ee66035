# operator precedence and associativity across the whole expression grammar
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -2 ** 2, (-2) ** 2, 2 ** -1, 10 - 4 - 3, 100 / 10 / 5, 2 ** 2 ** 3)
print(1 + 2 << 1, 1 << 2 + 1, 6 & 3 | 8, 6 | 3 & 1, 5 ^ 3 & 1, ~1 + 1, -~1, not 1 == 2, not (1 == 2))
print(1 < 2 == 2, (1 < 2) == 2, 1 | 2 == 3, 1 + 1 == 2 and 3, 0 or 1 and 2, not 0 and 0, not (0 and 0))
print(3 if 0 else 4 if 1 else 5, (lambda: 1 if 0 else 2)(), [x for x in range(3) if x if x - 1])
print(7 // 2 * 2, 7 % 3 * 2, 7 * 3 % 4, -7 // 2, -(7 // 2), 2 * -3, 2 - -3, 2 - - - 3, +-+1)
print('a' 'b' * 2, ('a' 'b') * 2, 'x' + 'y' * 2, [1] * 2 + [2], 1 in [1] == True, (1 in [1]) == True)
print(1 if True else 2 + 10, (1 if False else 2) + 10, [1, 2][0] + 1, -[1][0], not [0][0])
print(2 ** 3 % 5, 2 * 3 // 4, 5 - 3 + 2, 2 ** -2 ** 2, (2 ** -2) ** 2, [] is not None is not False)
x = 5
print(x > 3 and x < 10, 0 < x < 10 > 9, x if x else -x, not x is None, (not x) is None)
print(1, 2 if x else 3, lambda_val := 4, (y := 2) * 3, y)
print(True + True * 3, True << 3 | 1, [] or {} or 0 or 'last', 'a' < 'b' < 'c' != 'd')
print(f'{1 + 2 * 3}', f'{(1 + 2) * 3}', f'{2 ** 10 // 3:>6}')
