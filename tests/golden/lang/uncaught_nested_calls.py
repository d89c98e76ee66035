# uncaught exception raised several calls deep: one traceback entry per frame, with position carets
def level3(values, i):
    return values[i] * 2
def level2(values):
    total = 0
    for i in range(len(values) + 1):
        total += level3(values, i)
    return total
def level1():
    data = [1, 2, 3]
    return level2(data)
class Runner:
    def run(self):
        return level1()
print('starting')
Runner().run()
