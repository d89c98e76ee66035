# an uncaught TypeError from an operator between incompatible types: carets under the operator
def combine(a, b):
    return a + b * 2
print(combine(1, 2))
print(combine('x', 3))
