# global and nonlocal declarations: module rebinding from functions, nested nonlocal, global in nested
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def define_new_global():
    global created_later
    created_later = 'made in function'
define_new_global()
print(created_later)
def outer():
    x = 1
    def mid():
        nonlocal x
        x = 2
        def inner():
            nonlocal x
            x = 3
        inner()
    mid()
    return x
print(outer())
def global_in_nested():
    counter = 'local'
    def g():
        global counter
        counter = 100
    g()
    return counter
print(global_in_nested(), counter)
def read_global():
    return counter + 1
print(read_global())
def unbound():
    try:
        print(counter)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    counter = 5
unbound()
x = 'module'
class C:
    x = 'class'
    def m(self):
        return x
    y = x
print(C().m(), C.y)
def del_global():
    global counter
    del counter
del_global()
try:
    counter
except NameError as e:
    print(e)
