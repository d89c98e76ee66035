# a SyntaxError in an imported module is raised at the import statement and can be caught
print('importing a broken module')
try:
    import _helper_bad_syntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, e.filename.endswith('_helper_bad_syntax.py'), repr(e.text))
import _helper_bad_syntax
