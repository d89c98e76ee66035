from .. import circle
NAME = __name__
def parent_module_file():
    return circle.__name__
