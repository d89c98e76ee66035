# program: N-queens by backtracking with sets, counting solutions and printing the first board
def solve(n):
    cols, d1, d2 = set(), set(), set()
    board = []
    solutions = []
    def place(row):
        if row == n:
            solutions.append(list(board))
            return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2:
                continue
            cols.add(c); d1.add(row - c); d2.add(row + c); board.append(c)
            place(row + 1)
            cols.remove(c); d1.remove(row - c); d2.remove(row + c); board.pop()
    place(0)
    return solutions
for n in range(1, 9):
    print(n, len(solve(n)))
first = solve(6)[0]
for c in first:
    print(''.join('Q' if i == c else '.' for i in range(6)))
