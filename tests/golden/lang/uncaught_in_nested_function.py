# traceback through a closure, a lambda, a comprehension and a method: qualified names are not shown, only co_name
class Box:
    def __init__(self, items):
        self.items = items
    def transform(self, fn):
        return [fn(x) for x in self.items]
def make_divider(d):
    def divide(x):
        return (lambda y: y / d)(x)
    return divide
box = Box([1, 2, 3])
print(box.transform(make_divider(2)))
print(box.transform(make_divider(0)))
