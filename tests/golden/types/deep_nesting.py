# deeply nested containers: repr/str/==/hash/len of 30000-level nesting raise RecursionError (never crash)
import sys
def nest(kind, depth):
    x = kind()
    for _ in range(depth):
        x = kind([x]) if kind is not dict else {"k": x}
    return x
def t(label, f):
    try:
        r = f()
        print(label, "ok", r if isinstance(r, (bool, int)) else type(r).__name__)
    except RecursionError as e:
        print(label, "RecursionError:", e)
deep_list = nest(list, 30000)
deep_dict = nest(dict, 30000)
t("repr list", lambda: repr(deep_list))
t("str list", lambda: str(deep_list))
t("repr dict", lambda: repr(deep_dict))
t("eq list", lambda: deep_list == nest(list, 30000))
t("len", lambda: len(deep_list))
t("isinstance", lambda: isinstance(deep_list, list))
deep_tuple = ()
for _ in range(30000):
    deep_tuple = (deep_tuple,)
t("repr tuple", lambda: repr(deep_tuple))
t("eq tuple", lambda: deep_tuple == deep_tuple)
t("in", lambda: deep_list in [deep_list])
shallow = nest(list, 50)
print(repr(shallow).count("["), str(nest(dict, 3)), shallow == nest(list, 50))
def recurse(n):
    return recurse(n + 1)
t("function", lambda: recurse(0))
print(sys.getrecursionlimit())
