# uncaught RecursionError: the repeated traceback lines are collapsed ("[Previous line repeated N more times]")
def countdown(n):
    return countdown(n - 1) + 1
print('going deep')
countdown(10)
