# a SyntaxError in the main script: nothing runs, CPython prints the line and carets, exit status 1
print('this line is never executed')
def broken(:
    pass
