# exit/quit/copyright/credits/license/help as site.py adds them; sorted()'s argument handling; __package__ of native modules
print(type(exit).__name__, type(quit).__name__, repr(exit), repr(quit), str(exit))
print(type(help).__name__, repr(help)[:40], type(copyright).__name__, type(credits).__name__, type(license).__name__)
print(callable(exit), exit.name, exit.eof, repr(credits))
for f, args in ((exit, ()), (exit, (3,)), (quit, ("bye",)), (exit, (None,))):
    try:
        f(*args)
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args)
for f in (lambda: sorted(), lambda: sorted([3, 1], [2]), lambda: sorted([3, 1, 2], reverse=True), lambda: sorted([3, 1], foo=1),
          lambda: sorted("bca", key=lambda c: -ord(c)), lambda: sorted(iterable=[1])):
    try: print(f())
    except Exception as e: print(type(e).__name__ + ": " + str(e))
import sys, math, time, builtins
print(repr(sys.__package__), repr(math.__package__), repr(time.__package__), repr(builtins.__package__), sys.copyright == copyright.__repr__())
print(list(iter(b"ab")), type(iter(b"")).__name__, type(iter(bytearray())).__name__, iter(b"abc").__length_hint__())
