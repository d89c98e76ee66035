# a module with a syntax error, imported by syntax_error_import.py (not a program itself)
x = [1, 2
y = 3
