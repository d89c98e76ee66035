# input() with an empty stdin raises EOFError after writing the prompt; sys.stdin basics
import sys
print("before input")
try:
    value = input("prompt> ")
    print("got", repr(value))
except EOFError as e:
    print()
    print("EOFError:", repr(str(e)), e.args)
try:
    input()
except EOFError as e:
    print("EOFError again:", e)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: input("a", "b"))
t(lambda: input(prompt="x"))
print(sys.stdin.read(), repr(sys.stdin.readline()), sys.stdin.readlines())
print("after input")
