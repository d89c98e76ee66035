# an exception raised while executing a class body: the traceback shows the class name as the function
def helper():
    return {}['missing']
class Config:
    name = 'cfg'
    value = helper()
