# ZeroDivisionError deep in arithmetic: carets point at the failing binary operation only
def average(xs):
    return sum(xs) / len(xs)
def report(groups):
    for name, xs in groups.items():
        print(name, average(xs))
report({'a': [1, 2, 3], 'b': [10], 'empty': []})
