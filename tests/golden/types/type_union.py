# X | Y union types: repr, equality, dedup, __args__, isinstance, with None, errors for non-types
u = int | str
print(u, repr(int | None), type(u).__name__, u.__args__, (int | str) == (str | int), int | int, (int | str) | float)
print(hash(int | str) == hash(str | int), None | int, int | None | None, list[int] | None, (int | str).__args__ == (int, str))
print(isinstance(5, u), isinstance(5.0, u), isinstance(None, int | None), issubclass(bool, u), issubclass(bytes, u))
class A: pass
print(A | None, (A | int).__args__[0] is A, int | A)
print(u.__or__(float), u.__ror__(float), (int | str).__parameters__)
print(list[int], dict[str, list[int]], tuple[int, ...], list[int].__origin__, list[int].__args__, type(list[int]).__name__)
print(list[int] == list[int], list[int] == list[str], list[int]([1, 2]), type(list[int]([1])).__name__, tuple[()])
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: int | 5)
t(lambda: 5 | int)
t(lambda: int | "str")
t(lambda: isinstance(1, list[int] | int))
t(lambda: (int | str)())
t(lambda: int[0])
t(lambda: list[int][0])
t(lambda: dict[int])
