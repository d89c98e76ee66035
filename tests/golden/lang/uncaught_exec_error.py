# an uncaught error in code run by exec(): the traceback has a File "<string>" entry without source lines
code = '''
def f(x):
    return x / 0
f(1)
'''
exec(code)
