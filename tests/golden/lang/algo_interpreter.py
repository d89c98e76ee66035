# program: a tiny expression tokenizer, recursive-descent parser and evaluator with variables and errors
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(('num', int(src[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(('name', src[i:j]))
            i = j
        elif c in '+-*/()=':
            tokens.append(('op', c))
            i += 1
        else:
            raise SyntaxError(f'bad character {c!r} at {i}')
    return tokens
class Parser:
    def __init__(self, tokens):
        self.tokens, self.pos = tokens, 0
    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ('eof', None)
    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok
    def expr(self):
        node = self.term()
        while self.peek() in (('op', '+'), ('op', '-')):
            node = (self.take()[1], node, self.term())
        return node
    def term(self):
        node = self.atom()
        while self.peek() in (('op', '*'), ('op', '/')):
            node = (self.take()[1], node, self.atom())
        return node
    def atom(self):
        kind, val = self.take()
        if kind in ('num', 'name'):
            return (kind, val)
        if (kind, val) == ('op', '('):
            node = self.expr()
            if self.take() != ('op', ')'):
                raise SyntaxError('expected )')
            return node
        if (kind, val) == ('op', '-'):
            return ('neg', self.atom())
        raise SyntaxError(f'unexpected {val!r}')
def evaluate(node, env):
    match node:
        case ('num', v):
            return v
        case ('name', n):
            return env[n]
        case ('neg', x):
            return -evaluate(x, env)
        case (op, a, b):
            x, y = evaluate(a, env), evaluate(b, env)
            return {'+': x + y, '-': x - y, '*': x * y}.get(op) if op != '/' else x // y
env = {}
for line in ['x = 6', 'y = x * (x - 1)', 'y / 4 + -x', '(1 + 2) * 3 - 4 / 2', 'z + 1', '1 / 0', '2 $ 3', '(1 + 2']:
    try:
        toks = tokenize(line)
        if len(toks) > 2 and toks[1] == ('op', '='):
            env[toks[0][1]] = evaluate(Parser(toks[2:]).expr(), env)
            print(line, '->', env)
        else:
            print(line, '=', evaluate(Parser(toks).expr(), env))
    except (SyntaxError, KeyError, ZeroDivisionError) as e:
        print(line, '!', type(e).__name__, e)
