# exit/quit/help/copyright/credits/license objects added by site: types, reprs, calling exit() and quit() raises SystemExit
print(type(exit).__name__, type(quit).__name__, repr(exit), repr(quit), str(exit))
print(type(help).__name__, repr(help)[:40], type(copyright).__name__, type(credits).__name__, type(license).__name__)
print(callable(exit), callable(copyright), exit.name if hasattr(exit, "name") else "", exit.eof if hasattr(exit, "eof") else "")
for f, args in ((exit, ()), (exit, (3,)), (quit, ("bye",)), (exit, (None,))):
    try:
        f(*args)
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args)
import sys
try:
    sys.exit(7)
except SystemExit as e:
    print("sys.exit", e.code)
class Code:
    def __repr__(self): return "Code()"
try:
    raise SystemExit(Code())
except SystemExit as e:
    print(repr(e.code), repr(e))
print(str(SystemExit(1, 2)), SystemExit(1, 2).code, SystemExit("x").code)
