# program: reverse Polish calculator with a dispatch dict of lambdas, error handling and a history
ops = {
    '+': lambda a, b: a + b,
    '-': lambda a, b: a - b,
    '*': lambda a, b: a * b,
    '/': lambda a, b: a / b,
    '//': lambda a, b: a // b,
    '%': lambda a, b: a % b,
    '**': lambda a, b: a ** b,
}
def evaluate(expr):
    stack = []
    for tok in expr.split():
        if tok in ops:
            if len(stack) < 2:
                raise ValueError(f'not enough operands for {tok}')
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        elif tok == 'dup':
            stack.append(stack[-1])
        elif tok == 'swap':
            stack[-1], stack[-2] = stack[-2], stack[-1]
        else:
            stack.append(float(tok) if '.' in tok else int(tok))
    if len(stack) != 1:
        raise ValueError(f'stack has {len(stack)} items: {stack}')
    return stack[0]
history = []
for expr in ['3 4 +', '5 1 2 + 4 * + 3 -', '2 10 **', '7 2 /', '7 2 //', '-7 2 %', '2.5 dup *', '1 2 swap -',
             '1 +', '1 2', '4 0 /', 'x 1 +', '2 0.5 **']:
    try:
        result = evaluate(expr)
        history.append(result)
        print(f'{expr!r:>22} = {result}')
    except (ValueError, ZeroDivisionError, IndexError) as e:
        print(f'{expr!r:>22} ! {type(e).__name__}: {e}')
print(history, sum(history))
