# if __name__ == "__main__": the script runs as __main__, an imported module gets its own name; module attributes
import sys
def main():
    print('main() called, __name__ =', __name__)
    print('module doc:', __doc__)
    print(__spec__ is None, type(__builtins__).__name__, __loader__ is not None)
    import _helper_mod
    print(_helper_mod.__name__, sys.modules['__main__'].main is main)
if __name__ == '__main__':
    main()
else:
    print('imported, not run')
print(sorted(k for k in globals() if k.startswith('__')))
