package dev.kaa.runtime.builtins;

import dev.kaa.annotations.PyFunction;
import dev.kaa.annotations.PyModule;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyNumber;
import dev.kaa.runtime.objects.PyBool;
import dev.kaa.runtime.objects.PyBytes;
import dev.kaa.runtime.objects.PyClassMethod;
import dev.kaa.runtime.objects.PyComplex;
import dev.kaa.runtime.objects.PyDict;
import dev.kaa.runtime.objects.PyEllipsis;
import dev.kaa.runtime.objects.PyExc;
import dev.kaa.runtime.objects.PyFloat;
import dev.kaa.runtime.objects.PyFrozenSet;
import dev.kaa.runtime.objects.PyInt;
import dev.kaa.runtime.objects.PyList;
import dev.kaa.runtime.objects.PyNone;
import dev.kaa.runtime.objects.PyNotImplemented;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyRange;
import dev.kaa.runtime.objects.PySet;
import dev.kaa.runtime.objects.PySlice;
import dev.kaa.runtime.objects.PyStaticMethod;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PyTuple;
import dev.kaa.runtime.objects.PyType;
import dev.kaa.runtime.slots.CompareOp;

/**
 * The {@code builtins} module: the core types and exceptions, the constants, and the builtin functions the
 * runtime's own tests need (the complete set is the builtins issue's). Declared with {@link PyModule} and
 * {@link PyFunction}, so argument errors are CPython's ("len() takes exactly one argument (2 given)").
 */
@PyModule(name = "builtins", doc = "Built-in functions, types, exceptions, and other objects.\n\n"
        + "This module provides direct access to all 'built-in'\n"
        + "identifiers of Python; for example, builtins.len is\n"
        + "the full name for the built-in function len().\n\n"
        + "This module is not normally accessed explicitly by most\n"
        + "applications, but can be useful in modules that provide\n"
        + "objects with the same name as a built-in value, but in\n"
        + "which that value must be overridden as well.")
public final class BuiltinsModule {
    private BuiltinsModule() {
    }

    /** Adds the types, exceptions and constants ({@code _PyBuiltin_Init}). */
    static void exec(dev.kaa.runtime.objects.PyModule m) {
        m.add("None", PyNone.NONE);
        m.add("Ellipsis", PyEllipsis.ELLIPSIS);
        m.add("NotImplemented", PyNotImplemented.NOT_IMPLEMENTED);
        m.add("False", PyBool.FALSE);
        m.add("True", PyBool.TRUE);
        m.add("bool", PyBool.TYPE);
        m.add("bytes", PyBytes.TYPE);
        m.add("classmethod", PyClassMethod.TYPE);
        m.add("complex", PyComplex.TYPE);
        m.add("dict", PyDict.TYPE);
        m.add("float", PyFloat.TYPE);
        m.add("frozenset", PyFrozenSet.TYPE);
        m.add("int", PyInt.TYPE);
        m.add("list", PyList.TYPE);
        m.add("object", PyType.OBJECT);
        m.add("range", PyRange.TYPE);
        m.add("set", PySet.TYPE);
        m.add("slice", PySlice.TYPE);
        m.add("staticmethod", PyStaticMethod.TYPE);
        m.add("str", PyStr.TYPE);
        m.add("tuple", PyTuple.TYPE);
        m.add("type", PyType.TYPE);
        for (PyType t : PyExc.all()) {
            m.add(t.getSimpleName(), t);
        }
        m.add("EnvironmentError", PyExc.OSError);
        m.add("IOError", PyExc.OSError);
        m.add("__debug__", PyBool.TRUE);
    }

    @PyFunction(sig = "obj, /", doc = "Return the number of items in a container.")
    static PyObject len(PyObject obj) {
        return PyInt.of(Abstract.length(obj));
    }

    @PyFunction(sig = "obj, /", doc = "Return the canonical string representation of the object.")
    static PyObject repr(PyObject obj) {
        return Abstract.repr(obj);
    }

    @PyFunction(sig = "obj, /", doc = "Return the hash value for the given object.")
    static PyObject hash(PyObject obj) {
        return PyInt.of(Abstract.hash(obj));
    }

    @PyFunction(sig = "obj, /", doc = "Return the identity of an object.")
    static PyObject id(PyObject obj) {
        return PyInt.of(((long) System.identityHashCode(obj)) << 4 | 0x7f0000000000L);
    }

    @PyFunction(sig = "obj, class_or_tuple, /", doc = "Return whether an object is an instance of a class or of a subclass thereof.")
    static boolean isinstance(PyObject obj, PyObject cls) {
        return Abstract.isInstance(obj, cls);
    }

    @PyFunction(sig = "cls, class_or_tuple, /", doc = "Return whether 'cls' is derived from another class or is the same class.")
    static boolean issubclass(PyObject cls, PyObject classOrTuple) {
        return Abstract.isSubclass(cls, classOrTuple);
    }

    @PyFunction(sig = "obj, /", doc = "Return whether the object is callable (i.e., some kind of function).")
    static boolean callable(PyObject obj) {
        return Abstract.isCallable(obj);
    }

    @PyFunction(sig = "x, /", doc = "Return the absolute value of the argument.")
    static PyObject abs(PyObject x) {
        return PyNumber.absolute(x);
    }

    @PyFunction(sig = "x, y, /", doc = "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x.")
    static PyObject divmod(PyObject x, PyObject y) {
        return PyNumber.divmod(x, y);
    }

    @PyFunction(sig = "base, exp, mod=None", doc = "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments")
    static PyObject pow(PyObject base, PyObject exp, PyObject mod) {
        return PyNumber.power(base, exp, mod);
    }

    @PyFunction(sig = "object, sentinel=NULL, /", doc = "Get an iterator from an object.")
    static PyObject iter(PyObject object, PyObject sentinel) {
        if (sentinel != null) {
            throw PyErr.format(PyExc.NotImplementedError, "iter(callable, sentinel)");
        }
        return Abstract.getIter(object);
    }

    @PyFunction(sig = "iterator, default=NULL, /", doc = "Return the next item from the iterator.")
    static PyObject next(PyObject iterator, PyObject defaultValue) {
        if (iterator.type().tp_iternext == null) {
            throw PyErr.format(PyExc.TypeError, "'%s' object is not an iterator", iterator.type().getName());
        }
        PyObject r = Abstract.next(iterator);
        if (r != null) {
            return r;
        }
        if (defaultValue != null) {
            return defaultValue;
        }
        throw PyErr.newException(PyExc.StopIteration);
    }

    @PyFunction(sig = "object, name, default=NULL, /", doc = "Get a named attribute from an object.")
    static PyObject getattr(PyObject object, PyObject name, PyObject defaultValue) {
        PyStr n = Abstract.attrName(name);
        if (defaultValue == null) {
            return Abstract.getAttr(object, n);
        }
        PyObject r = Abstract.lookupAttr(object, n);
        return r != null ? r : defaultValue;
    }

    @PyFunction(sig = "obj, name, value, /", doc = "Sets the named attribute on the given object to the specified value.")
    static void setattr(PyObject obj, PyObject name, PyObject value) {
        Abstract.setAttr(obj, Abstract.attrName(name), value);
    }

    @PyFunction(sig = "obj, name, /", doc = "Deletes the named attribute from the given object.")
    static void delattr(PyObject obj, PyObject name) {
        Abstract.setAttr(obj, Abstract.attrName(name), null);
    }

    @PyFunction(sig = "obj, name, /", doc = "Return whether the object has an attribute with the given name.")
    static boolean hasattr(PyObject obj, PyObject name) {
        return Abstract.lookupAttr(obj, Abstract.attrName(name)) != null;
    }

    @PyFunction(sig = "value, format_spec='', /", doc = "Return type(value).__format__(value, format_spec)")
    static PyObject format(PyObject value, PyObject spec) {
        PyObject r = Abstract.callMethod(value, "__format__", spec);
        if (!(r instanceof PyStr)) {
            throw PyErr.format(PyExc.TypeError, "__format__ must return a str, not %s", r.type().getName());
        }
        return r;
    }

    @PyFunction(sig = "c, /", doc = "Return the Unicode code point for a one-character string.")
    static PyObject ord(PyObject c) {
        if (c instanceof PyStr s) {
            if (s.length() != 1) {
                throw PyErr.format(PyExc.TypeError, "ord() expected a character, but string of length %d found",
                        s.length());
            }
            return PyInt.of(s.codePointAt(0));
        }
        if (c instanceof PyBytes b) {
            if (b.length() != 1) {
                throw PyErr.format(PyExc.TypeError, "ord() expected a character, but string of length %d found",
                        b.length());
            }
            return PyInt.of(b.byteAt(0));
        }
        throw PyErr.format(PyExc.TypeError, "ord() expected string of length 1, but %s found", c.type().getName());
    }

    @PyFunction(sig = "i, /", doc = "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.")
    static PyObject chr(PyObject i) {
        PyInt v = PyNumber.index(i);
        if (!v.isSmall() || v.value < 0 || v.value > 0x10ffff) {
            if (!v.isSmall() || !v.fitsInt()) {
                throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C int");
            }
            throw PyErr.format(PyExc.ValueError, "chr() arg not in range(0x110000)");
        }
        return PyStr.ofCodePoint((int) v.value);
    }

    @PyFunction(sig = "iterable, /, start=0", doc = "Return the sum of a 'start' value (default: 0) plus an iterable of numbers")
    static PyObject sum(PyObject iterable, PyObject start) {
        if (start instanceof PyStr) {
            throw PyErr.format(PyExc.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (start instanceof PyBytes) {
            throw PyErr.format(PyExc.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
        }
        PyObject acc = start;
        PyObject it = Abstract.getIter(iterable);
        PyObject x;
        while ((x = Abstract.next(it)) != null) {
            acc = PyNumber.add(acc, x);
        }
        return acc;
    }

    @PyFunction(sig = "iterable, /", doc = "Return True if bool(x) is True for all values x in the iterable.")
    static boolean all(PyObject iterable) {
        PyObject it = Abstract.getIter(iterable);
        PyObject x;
        while ((x = Abstract.next(it)) != null) {
            if (!Abstract.isTrue(x)) {
                return false;
            }
        }
        return true;
    }

    @PyFunction(sig = "iterable, /", doc = "Return True if bool(x) is True for any x in the iterable.")
    static boolean any(PyObject iterable) {
        PyObject it = Abstract.getIter(iterable);
        PyObject x;
        while ((x = Abstract.next(it)) != null) {
            if (Abstract.isTrue(x)) {
                return true;
            }
        }
        return false;
    }

    @PyFunction(sig = "iterable, /, *, key=None, reverse=False", doc = "Return a new list containing all items from the iterable in ascending order.")
    static PyObject sorted(PyObject iterable, PyObject key, PyObject reverse) {
        PyList l = PyList.of(Abstract.sequenceToArray(iterable));
        PyObject[] a = {key, reverse};
        Abstract.vectorcall(Abstract.getAttr(l, "sort"), a, 0, 0, PyTuple.of(PyStr.of("key"), PyStr.of("reverse")));
        return l;
    }

    private static PyObject minmax(PyTuple args, PyObject key, PyObject dflt, CompareOp op, String name) {
        PyObject[] items;
        if (args.size() == 0) {
            throw PyErr.format(PyExc.TypeError, "%s expected at least 1 argument, got 0", name);
        }
        if (args.size() == 1) {
            items = Abstract.sequenceToArray(args.get(0));
            if (items.length == 0) {
                if (dflt != null) {
                    return dflt;
                }
                throw PyErr.format(PyExc.ValueError, "%s() iterable argument is empty", name);
            }
        } else {
            if (dflt != null) {
                throw PyErr.format(PyExc.TypeError,
                        "Cannot specify a default for %s() with multiple positional arguments", name);
            }
            items = args.toArray();
        }
        PyObject best = items[0];
        PyObject bestKey = key == PyNone.NONE ? best : Abstract.call(key, best);
        for (int i = 1; i < items.length; i++) {
            PyObject k = key == PyNone.NONE ? items[i] : Abstract.call(key, items[i]);
            if (Abstract.richCompareBool(k, bestKey, op)) {
                best = items[i];
                bestKey = k;
            }
        }
        return best;
    }

    @PyFunction(sig = "*args, key=None, default=NULL", doc = "With a single iterable argument, return its smallest item.")
    static PyObject min(PyTuple args, PyObject key, PyObject dflt) {
        return minmax(args, key, dflt, CompareOp.LT, "min");
    }

    @PyFunction(sig = "*args, key=None, default=NULL", doc = "With a single iterable argument, return its biggest item.")
    static PyObject max(PyTuple args, PyObject key, PyObject dflt) {
        return minmax(args, key, dflt, CompareOp.GT, "max");
    }

    @PyFunction(sig = "number, ndigits=None", doc = "Round a number to a given precision in decimal digits.")
    static PyObject round(PyObject number, PyObject ndigits) {
        PyObject m = number.type().lookup(PyStr.of("__round__"));
        if (m == null) {
            throw PyErr.format(PyExc.TypeError, "type %s doesn't define __round__ method", number.type().getName());
        }
        PyObject[] a = ndigits == PyNone.NONE ? new PyObject[0] : new PyObject[] {ndigits};
        return dev.kaa.runtime.slots.SlotFunctions.callDescr(m, number, a);
    }

    @PyFunction(sig = "number, /", doc = "Return the binary representation of an integer.")
    static PyObject bin(PyObject number) {
        PyInt v = PyNumber.index(number);
        return PyStr.of((v.signum() < 0 ? "-0b" : "0b") + v.toBig().abs().toString(2));
    }

    @PyFunction(sig = "number, /", doc = "Return the octal representation of an integer.")
    static PyObject oct(PyObject number) {
        PyInt v = PyNumber.index(number);
        return PyStr.of((v.signum() < 0 ? "-0o" : "0o") + v.toBig().abs().toString(8));
    }

    @PyFunction(sig = "number, /", doc = "Return the hexadecimal representation of an integer.")
    static PyObject hex(PyObject number) {
        PyInt v = PyNumber.index(number);
        return PyStr.of((v.signum() < 0 ? "-0x" : "0x") + v.toBig().abs().toString(16));
    }
}
