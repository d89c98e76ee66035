# NameError traceback with a "Did you mean" suggestion for a misspelled local/global name
def compute(values):
    total = 0
    for value in values:
        total += value
    return totl
compute([1, 2])
