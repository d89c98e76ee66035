# str.format_map with dicts, dict subclasses with __missing__, and custom mappings
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} is {age}".format_map({"name": "Ann", "age": 7}))
print("{name} is {age}".format_map(Default(name="Bob")))
print("{0[x]} {a.real}".format_map({"0": {"x": 1}, "a": 5}) if False else "{a.real} {b[1]}".format_map({"a": 5, "b": "xy"}))
class Mapping:
    def __getitem__(self, key):
        return key.upper()
print("{hello} {world!r:>8}".format_map(Mapping()))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: "{x}".format_map({}))
t(lambda: "{}".format_map({}))
t(lambda: "{0}".format_map({"0": 1}))
t(lambda: "{x}".format_map(5))
t(lambda: "{x}".format_map())
t(lambda: "{x}".format_map({}, {}))
t(lambda: "no fields".format_map(None))
class Raising:
    def __getitem__(self, k):
        raise LookupError("custom " + k)
t(lambda: "{k}".format_map(Raising()))
