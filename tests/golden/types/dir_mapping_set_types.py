# complete dir() listings of dict, set, frozenset and the dict view and iterator types
d = {1: 2}
for cls in (dict, set, frozenset, type(d.keys()), type(d.values()), type(d.items()), type(iter(d)), type(iter(set())), type(iter([]))):
    names = dir(cls)
    print(cls.__name__, len(names))
    print([n for n in names if n.startswith("__")])
    print([n for n in names if not n.startswith("__")])
print(sorted(set(dir(set)) - set(dir(frozenset))))
print(sorted(set(dir(type(d.keys()))) - set(dir(type(d.values())))))
print(sorted(set(dir(dict)) - set(dir(object))))
print(sorted(set(dir(type(d.items()))) ^ set(dir(type(d.keys())))))
print(hasattr(dict, "__reversed__"), hasattr(set, "__reversed__"), hasattr(dict, "__or__"), hasattr(frozenset, "__ior__"))
