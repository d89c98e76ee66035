# every str method called with no arguments, a wrong-typed argument, and too many arguments: exact TypeError messages
names = sorted(n for n in dir(str) if not n.startswith("_") and n != "maketrans")
for name in names:
    meth = getattr("abc", name)
    out = []
    for args in ((), (5,), (None,), ("x", "y", "z", "w")):
        try:
            r = meth(*args)
            out.append("ok:" + repr(r)[:15])
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(name, out)
