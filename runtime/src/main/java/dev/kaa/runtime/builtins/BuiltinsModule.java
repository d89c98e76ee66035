package dev.kaa.runtime.builtins;

import dev.kaa.annotations.PyFunction;
import dev.kaa.annotations.PyModule;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyException;
import dev.kaa.runtime.ThreadState;
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
import dev.kaa.runtime.objects.PyTextIO;
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
        m.add("__package__", PyStr.EMPTY);
        m.add("None", PyNone.NONE);
        m.add("Ellipsis", PyEllipsis.ELLIPSIS);
        m.add("NotImplemented", PyNotImplemented.NOT_IMPLEMENTED);
        m.add("False", PyBool.FALSE);
        m.add("True", PyBool.TRUE);
        m.add("bool", PyBool.TYPE);
        m.add("bytes", PyBytes.TYPE);
        m.add("bytearray", dev.kaa.runtime.objects.PyByteArray.TYPE);
        m.add("memoryview", dev.kaa.runtime.objects.PyMemoryView.TYPE);
        m.add("classmethod", PyClassMethod.TYPE);
        m.add("complex", PyComplex.TYPE);
        m.add("dict", PyDict.TYPE);
        m.add("float", PyFloat.TYPE);
        m.add("frozenset", PyFrozenSet.TYPE);
        m.add("int", PyInt.TYPE);
        m.add("list", PyList.TYPE);
        m.add("object", PyType.OBJECT);
        m.add("super", dev.kaa.runtime.objects.PySuper.TYPE);
        m.add("range", PyRange.TYPE);
        m.add("set", PySet.TYPE);
        m.add("slice", PySlice.TYPE);
        m.add("staticmethod", PyStaticMethod.TYPE);
        m.add("str", PyStr.TYPE);
        m.add("tuple", PyTuple.TYPE);
        m.add("type", PyType.TYPE);
        m.add("enumerate", dev.kaa.runtime.objects.PyEnumerate.TYPE);
        m.add("zip", dev.kaa.runtime.objects.PyZip.TYPE);
        m.add("map", dev.kaa.runtime.objects.PyMap.TYPE);
        m.add("filter", dev.kaa.runtime.objects.PyFilter.TYPE);
        m.add("reversed", dev.kaa.runtime.objects.PyReversed.TYPE);
        m.add("property", dev.kaa.runtime.objects.PyProperty.TYPE);
        for (PyType t : PyExc.all()) {
            m.add(t.getSimpleName(), t);
        }
        m.add("EnvironmentError", PyExc.OSError);
        m.add("IOError", PyExc.OSError);
        m.add("__debug__", PyBool.TRUE);
        // What site.py adds (the command line takes them out again under -S).
        dev.kaa.runtime.objects.PySiteBuiltin.install(m, SysModule.COPYRIGHT);
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
            if (!Abstract.isCallable(object)) {
                throw PyErr.format(PyExc.TypeError, "iter(v, w): v must be callable");
            }
            return new dev.kaa.runtime.objects.PyCallIter(object, sentinel);
        }
        return Abstract.getIter(object);
    }

    @PyFunction(sig = "async_iterable, /", doc = "Return an AsyncIterator for an AsyncIterable object.")
    static PyObject aiter(PyObject asyncIterable) {
        // builtin_aiter (added by fixB).
        if (asyncIterable.type().am_aiter == null) {
            throw PyErr.format(PyExc.TypeError, "'%s' object is not an async iterable",
                    asyncIterable.type().getName());
        }
        PyObject it = asyncIterable.type().am_aiter.apply(asyncIterable);
        if (it.type().am_anext == null) {
            throw PyErr.format(PyExc.TypeError, "aiter() returned not an async iterator of type '%s'",
                    it.type().getName());
        }
        return it;
    }

    @PyFunction(sig = "aiterator, default=NULL, /", doc = "Return the next item from the async iterator.\n\n"
            + "If default is given and the async iterator is exhausted,\n"
            + "it is returned instead of raising StopAsyncIteration.")
    static PyObject anext(PyObject aiterator, PyObject defaultValue) {
        // builtin_anext (added by fixB).
        if (aiterator.type().am_anext == null) {
            throw PyErr.format(PyExc.TypeError, "'%s' object is not an async iterator", aiterator.type().getName());
        }
        PyObject awaitable = aiterator.type().am_anext.apply(aiterator);
        if (defaultValue == null) {
            return awaitable;
        }
        return new dev.kaa.runtime.objects.PyANextAwaitable(awaitable, defaultValue);
    }

    @PyFunction(sig = "iterator, default=NULL, /", doc = "Return the next item from the iterator.")
    static PyObject next(PyObject iterator, PyObject defaultValue) {
        if (iterator.type().tp_iternext == null) {
            throw PyErr.format(PyExc.TypeError, "'%s' object is not an iterator", iterator.type().getName());
        }
        if (iterator instanceof dev.kaa.runtime.objects.PyGenBase g && !(iterator instanceof dev.kaa.runtime.objects.PyAsyncGenerator)) {
            // A generator's return value travels in the StopIteration (tp_iternext would drop it).
            try {
                return g.send(PyNone.NONE);
            } catch (dev.kaa.runtime.PyException e) {
                if (defaultValue != null && e.matches(PyExc.StopIteration)) {
                    return defaultValue;
                }
                throw e;
            }
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
        if (!(spec instanceof PyStr)) {
            throw PyErr.format(PyExc.TypeError, "format() argument 2 must be str, not %s",
                    spec == PyNone.NONE ? "None" : spec.type().getName());
        }
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
        if (c instanceof dev.kaa.runtime.objects.PyByteArray ba) {
            byte[] v = ba.toByteArray();
            if (v.length != 1) {
                throw PyErr.format(PyExc.TypeError, "ord() expected a character, but string of length %d found",
                        v.length);
            }
            return PyInt.of(v[0] & 0xff);
        }
        throw PyErr.format(PyExc.TypeError, "ord() expected string of length 1, but %s found", c.type().getName());
    }

    @PyFunction(sig = "i, /", doc = "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.")
    static PyObject chr(PyObject i) {
        PyInt v = PyNumber.index(i);
        if (!v.isSmall() || v.value < 0 || v.value > 0x10ffff) {
            // builtin_chr (3.13) clamps an overflowing PyLong_AsLongAndOverflow, so any size is a ValueError
            throw PyErr.format(PyExc.ValueError, "chr() arg not in range(0x110000)");
        }
        return PyStr.ofCodePoint((int) v.value);
    }

    @PyFunction(sig = "iterable, /, start=0", doc = "Return the sum of a 'start' value (default: 0) plus an iterable of numbers\n\n"
            + "When the iterable is empty, return the start value.\n"
            + "This function is intended specifically for use with numeric values and may\n"
            + "reject non-numeric types.")
    static PyObject sum(PyObject iterable, PyObject start) {
        if (start instanceof PyStr) {
            throw PyErr.format(PyExc.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (start instanceof PyBytes) {
            throw PyErr.format(PyExc.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if (start instanceof dev.kaa.runtime.objects.PyByteArray) {
            throw PyErr.format(PyExc.TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        PyObject result = start;
        PyObject it = Abstract.getIter(iterable);
        PyObject item;
        // Fast path for exact ints, in a long while it does not overflow (as CPython's).
        if (result.getClass() == PyInt.class && ((PyInt) result).isSmall()) {
            long acc = ((PyInt) result).longValue();
            result = null;
            while (result == null) {
                item = Abstract.next(it);
                if (item == null) {
                    return PyInt.of(acc);
                }
                if ((item.getClass() == PyInt.class || item.getClass() == PyBool.class) && ((PyInt) item).isSmall()) {
                    long b = ((PyInt) item).longValue();
                    long r = acc + b;
                    if (((acc ^ r) & (b ^ r)) >= 0) {
                        acc = r;
                        continue;
                    }
                }
                result = PyNumber.add(PyInt.of(acc), item);
            }
        }
        // Fast path for exact floats: Neumaier's compensated sum (3.12+); ints that fit a C long are added
        // without compensation, as in CPython 3.13.
        if (result.getClass() == PyFloat.class) {
            double f = ((PyFloat) result).value;
            double c = 0.0;
            result = null;
            while (result == null) {
                item = Abstract.next(it);
                if (item == null) {
                    if (c != 0.0 && Double.isFinite(c)) {
                        f += c;
                    }
                    return PyFloat.of(f);
                }
                if (item.getClass() == PyFloat.class) {
                    double x = ((PyFloat) item).value;
                    double t = f + x;
                    if (Math.abs(f) >= Math.abs(x)) {
                        c += (f - t) + x;
                    } else {
                        c += (x - t) + f;
                    }
                    f = t;
                    continue;
                }
                if (item instanceof PyInt i && i.isSmall()) {
                    f += (double) i.longValue();
                    continue;
                }
                if (c != 0.0 && Double.isFinite(c)) {
                    f += c;
                }
                result = PyNumber.add(PyFloat.of(f), item);
            }
        }
        while ((item = Abstract.next(it)) != null) {
            result = PyNumber.add(result, item);
        }
        return result;
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

    @PyFunction(sig = "*args, **kws", doc = "Call sys.breakpointhook(*args, **kws).  sys.breakpointhook() must accept\n"
            + "whatever arguments are passed.\n\n"
            + "By default, this drops you into the pdb debugger.")
    static PyObject breakpoint(PyTuple args, PyDict kws) {
        // builtin_breakpoint: look the hook up at each call, so assigning sys.breakpointhook takes effect.
        PyObject hook = ThreadState.current().interp.sys.getDict().getItem(PyStr.of("breakpointhook"));
        if (hook == null) {
            throw PyErr.format(PyExc.RuntimeError, "lost sys.breakpointhook");
        }
        return Abstract.call(hook, args, kws);
    }

    @PyFunction(sig = "*args, **kwargs", doc = "Return a new list containing all items from the iterable in ascending order.\n\n"
            + "A custom key function can be supplied to customize the sort order, and the\n"
            + "reverse flag can be set to request the result in descending order.")
    static PyObject sorted(PyTuple args, PyDict kwargs) {
        // builtin_sorted: one positional argument; the keywords go to list.sort, which checks them.
        if (args.size() != 1) {
            throw dev.kaa.runtime.binding.Args.checkPositional("sorted", args.size(), 1, 1);
        }
        // PySequence_List: list_extend iterates a non-exact list or tuple, asking its length hint
        PyList l = PyList.of(Abstract.sequenceTupleItems(args.get(0)));
        PyObject sort = Abstract.getAttr(l, "sort");
        if (kwargs == null || kwargs.size() == 0) {
            Abstract.vectorcall(sort, new PyObject[0], 0, 0, null);
        } else {
            Abstract.call(sort, PyTuple.EMPTY, kwargs);
        }
        return l;
    }

    private static final PyStr KEY = PyStr.shared("key");
    private static final PyStr DEFAULT = PyStr.shared("default");

    /** {@code min_max}: the positional count is checked before the keywords, as in CPython. */
    private static PyObject minmax(PyTuple args, PyDict kwargs, CompareOp op, String name) {
        if (args.size() == 0) {
            throw PyErr.format(PyExc.TypeError, "%s expected at least 1 argument, got 0", name);
        }
        PyObject key = PyNone.NONE;
        PyObject dflt = null;
        if (kwargs != null && kwargs.size() > 0) {
            if (kwargs.size() > 2) {
                throw PyErr.format(PyExc.TypeError, "%s() takes at most 2 keyword arguments (%d given)", name,
                        kwargs.size());
            }
            for (PyObject k : kwargs.keysArray()) {
                if (k.equals(KEY)) {
                    key = kwargs.getItem(k);
                } else if (k.equals(DEFAULT)) {
                    dflt = kwargs.getItem(k);
                } else {
                    String suggestion = dev.kaa.runtime.Suggestions.calculate(java.util.List.of("key", "default"),
                            k.toString());
                    if (suggestion != null) {
                        throw PyErr.format(PyExc.TypeError,
                                "%s() got an unexpected keyword argument '%s'. Did you mean '%s'?", name, k, suggestion);
                    }
                    throw PyErr.format(PyExc.TypeError, "%s() got an unexpected keyword argument '%s'", name, k);
                }
            }
        }
        PyObject it;
        if (args.size() == 1) {
            it = Abstract.getIter(args.get(0));
        } else {
            if (dflt != null) {
                throw PyErr.format(PyExc.TypeError,
                        "Cannot specify a default for %s() with multiple positional arguments", name);
            }
            it = Abstract.getIter(args);
        }
        PyObject best = null;
        PyObject bestKey = null;
        PyObject item;
        while ((item = Abstract.next(it)) != null) {
            PyObject k = key == PyNone.NONE ? item : Abstract.vectorcall(key, new PyObject[] {item}, 0, 1, null);
            if (best == null) {
                best = item;
                bestKey = k;
            } else if (Abstract.richCompareBool(k, bestKey, op)) {
                best = item;
                bestKey = k;
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw PyErr.format(PyExc.ValueError, "%s() iterable argument is empty", name);
        }
        return best;
    }

    @PyFunction(sig = "*args, **kwargs", doc = "min(iterable, *[, default=obj, key=func]) -> value\n"
            + "min(arg1, arg2, *args, *[, key=func]) -> value\n\n"
            + "With a single iterable argument, return its smallest item. The\n"
            + "default keyword-only argument specifies an object to return if\n"
            + "the provided iterable is empty.\n"
            + "With two or more positional arguments, return the smallest argument.")
    static PyObject min(PyTuple args, PyDict kwargs) {
        return minmax(args, kwargs, CompareOp.LT, "min");
    }

    @PyFunction(sig = "*args, **kwargs", doc = "max(iterable, *[, default=obj, key=func]) -> value\n"
            + "max(arg1, arg2, *args, *[, key=func]) -> value\n\n"
            + "With a single iterable argument, return its biggest item. The\n"
            + "default keyword-only argument specifies an object to return if\n"
            + "the provided iterable is empty.\n"
            + "With two or more positional arguments, return the largest argument.")
    static PyObject max(PyTuple args, PyDict kwargs) {
        return minmax(args, kwargs, CompareOp.GT, "max");
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
        return PyStr.of(radixString(PyNumber.index(number), 2, "0b"));
    }

    @PyFunction(sig = "number, /", doc = "Return the octal representation of an integer.")
    static PyObject oct(PyObject number) {
        return PyStr.of(radixString(PyNumber.index(number), 8, "0o"));
    }

    @PyFunction(sig = "number, /", doc = "Return the hexadecimal representation of an integer.")
    static PyObject hex(PyObject number) {
        return PyStr.of(radixString(PyNumber.index(number), 16, "0x"));
    }

    /** bin/oct/hex: sign, prefix and magnitude; small ints without BigInteger. */
    private static String radixString(PyInt v, int radix, String prefix) {
        if (v.isSmall() && v.value != Long.MIN_VALUE) {
            long x = v.value;
            return x < 0 ? "-" + prefix + Long.toString(-x, radix) : prefix + Long.toString(x, radix);
        }
        return (v.signum() < 0 ? "-" : "") + prefix + v.toBig().abs().toString(radix);
    }

    private static final PyStr STDOUT = PyStr.shared("stdout");
    private static final PyStr STDERR = PyStr.shared("stderr");
    private static final PyStr STDIN = PyStr.shared("stdin");

    /** {@code _PySys_GetAttr}: an attribute of the running interpreter's sys module, or null. */
    private static PyObject sysAttr(PyStr name) {
        return ThreadState.current().interp.sys.getDict().getItem(name);
    }

    /** {@code PyFile_WriteObject(v, f, Py_PRINT_RAW)}: {@code f.write(str(v))}. */
    private static void writeRaw(PyObject file, PyObject v) {
        if (file.getClass() == PyTextIO.class) {
            ((PyTextIO) file).writeStr(Abstract.str(v));
            return;
        }
        PyObject writer = Abstract.getAttr(file, "write");
        Abstract.call(writer, Abstract.str(v));
    }

    /** {@code PyFile_WriteString}. */
    private static void writeString(PyObject file, String s) {
        if (file.getClass() == PyTextIO.class) {
            ((PyTextIO) file).writeAscii(s);
            return;
        }
        Abstract.call(Abstract.getAttr(file, "write"), PyStr.of(s));
    }

    @PyFunction(sig = "*args, sep=' ', end='\\n', file=None, flush=False", doc = "Prints the values to a stream, or to sys.stdout by default.\n\n"
            + "  sep\n    string inserted between values, default a space.\n"
            + "  end\n    string appended after the last value, default a newline.\n"
            + "  file\n    a file-like object (stream); defaults to the current sys.stdout.\n"
            + "  flush\n    whether to forcibly flush the stream.")
    static void print(PyTuple args, PyObject sep, PyObject end, PyObject file, boolean flush) {
        if (file == PyNone.NONE) {
            file = sysAttr(STDOUT);
            if (file == null) {
                throw PyErr.format(PyExc.RuntimeError, "lost sys.stdout");
            }
            // sys.stdout may be None when FILE* stdout isn't connected.
            if (file == PyNone.NONE) {
                return;
            }
        }
        if (sep != PyNone.NONE && !(sep instanceof PyStr)) {
            throw PyErr.format(PyExc.TypeError, "sep must be None or a string, not %s", sep.type().getName());
        }
        if (end != PyNone.NONE && !(end instanceof PyStr)) {
            throw PyErr.format(PyExc.TypeError, "end must be None or a string, not %s", end.type().getName());
        }
        for (int i = 0, n = args.size(); i < n; i++) {
            if (i > 0) {
                if (sep == PyNone.NONE) {
                    writeString(file, " ");
                } else {
                    writeRaw(file, sep);
                }
            }
            writeRaw(file, args.get(i));
        }
        if (end == PyNone.NONE) {
            writeString(file, "\n");
        } else {
            writeRaw(file, end);
        }
        if (flush) {
            Abstract.callMethod(file, "flush");
        }
    }

    @PyFunction(sig = "prompt='', /", doc = "Read a string from standard input.  The trailing newline is stripped.\n\n"
            + "The prompt string, if given, is printed to standard output without a\n"
            + "trailing newline before reading input.\n\n"
            + "If the user hits EOF (*nix: Ctrl-D, Windows: Ctrl-Z+Return), raise EOFError.\n"
            + "On *nix systems, readline is used if available.")
    static PyObject input(PyObject prompt) {
        PyObject fin = sysAttr(STDIN);
        PyObject fout = sysAttr(STDOUT);
        PyObject ferr = sysAttr(STDERR);
        if (fin == null || fin == PyNone.NONE) {
            throw PyErr.format(PyExc.RuntimeError, "input(): lost sys.stdin");
        }
        if (fout == null || fout == PyNone.NONE) {
            throw PyErr.format(PyExc.RuntimeError, "input(): lost sys.stdout");
        }
        if (ferr == null || ferr == PyNone.NONE) {
            throw PyErr.format(PyExc.RuntimeError, "input(): lost sys.stderr");
        }
        // First of all, flush stderr (errors ignored, as in CPython).
        try {
            Abstract.callMethod(ferr, "flush");
        } catch (PyException e) {
            if (!e.matches(PyExc.Exception)) {
                throw e;
            }
        }
        if (prompt != null && !(prompt instanceof PyStr s && s.length() == 0)) {
            writeRaw(fout, prompt);
        }
        try {
            Abstract.callMethod(fout, "flush");
        } catch (PyException e) {
            if (!e.matches(PyExc.Exception)) {
                throw e;
            }
        }
        // PyFile_GetLine(fin, -1)
        PyObject line = fin.getClass() == PyTextIO.class ? ((PyTextIO) fin).readLine(-1)
                : Abstract.callMethod(fin, "readline");
        if (line instanceof PyStr s) {
            int n = s.length();
            if (n == 0) {
                throw PyErr.format(PyExc.EOFError, "EOF when reading a line");
            }
            return s.codePointAt(n - 1) == '\n' ? s.substring(0, n - 1) : s;
        }
        if (line instanceof PyBytes b) {
            int n = b.length();
            if (n == 0) {
                throw PyErr.format(PyExc.EOFError, "EOF when reading a line");
            }
            return b.byteAt(n - 1) == '\n' ? new PyBytes(java.util.Arrays.copyOf(b.bytes(), n - 1)) : b;
        }
        throw PyErr.format(PyExc.TypeError, "object.readline() returned non-string");
    }

    @PyFunction(sig = "obj, /", doc = "Return an ASCII-only representation of an object.\n\n"
            + "As repr(), return a string containing a printable representation of an\n"
            + "object, but escape the non-ASCII characters in the string returned by\n"
            + "repr() using \\\\x, \\\\u or \\\\U escapes. This generates a string similar\n"
            + "to that returned by repr() in Python 2.")
    static PyObject ascii(PyObject obj) {
        PyStr r = Abstract.repr(obj);
        if (r.isAscii()) {
            return r;
        }
        StringBuilder sb = new StringBuilder(r.length() + 16);
        for (int i = 0, n = r.length(); i < n; i++) {
            int c = r.codePointAt(i);
            if (c < 0x80) {
                sb.append((char) c);
            } else if (c < 0x100) {
                sb.append(String.format("\\x%02x", c));
            } else if (c < 0x10000) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        }
        return PyStr.of(sb.toString());
    }

    @PyFunction(name = "__import__", sig = "name, globals=None, locals=None, fromlist=(), level=0",
            doc = "Import a module.\n\n"
            + "Because this function is meant for use by the Python\n"
            + "interpreter and not for general use, it is better to use\n"
            + "importlib.import_module() to programmatically import a module.\n\n"
            + "The globals argument is only used to determine the context;\n"
            + "they are not modified.  The locals argument is unused.  The fromlist\n"
            + "should be a list of names to emulate ``from name import ...``, or an\n"
            + "empty list to emulate ``import name``.\n"
            + "When importing a module from a package, note that __import__('A.B', ...)\n"
            + "returns package A when fromlist is empty, but its submodule B when\n"
            + "fromlist is not empty.  The level argument is used to determine whether to\n"
            + "perform absolute or relative imports: 0 is absolute, while a positive number\n"
            + "is the number of parent directories to search relative to the current module.")
    static PyObject __import__(PyObject name, PyObject globals, PyObject locals, PyObject fromlist, int level) {
        return dev.kaa.runtime.imports.Importer.importModule(name, globals == PyNone.NONE ? null : globals,
                fromlist, level);
    }

    // ---- builtins that need the interpreter's frames or the compiler (implemented in interp/InterpBuiltins)

    @PyFunction(name = "__build_class__", sig = "func, name, /, *bases, **kwds",
            doc = "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\n"
            + "Internal helper function used by the class statement.")
    static PyObject __build_class__(PyObject func, PyObject name, PyTuple bases, PyDict kwds) {
        return dev.kaa.runtime.interp.InterpBuiltins.buildClass(func, name, bases, kwds);
    }

    @PyFunction(sig = "", doc = "Return the dictionary containing the current scope's global variables.\n\n"
            + "NOTE: Updates to this dictionary *will* affect name lookups in the current\n"
            + "global scope and vice-versa.")
    static PyObject globals() {
        return dev.kaa.runtime.interp.InterpBuiltins.globals();
    }

    @PyFunction(sig = "", doc = "Return a dictionary containing the current scope's local variables.\n\n"
            + "NOTE: Whether or not updates to this dictionary will affect name lookups in\n"
            + "the local scope and vice-versa is *implementation dependent* and not\n"
            + "covered by any backwards compatibility guarantees.")
    static PyObject locals() {
        return dev.kaa.runtime.interp.InterpBuiltins.locals();
    }

    @PyFunction(sig = "object=NULL, /", doc = "vars([object]) -> dictionary\n\n"
            + "Without arguments, equivalent to locals().\n"
            + "With an argument, equivalent to object.__dict__.")
    static PyObject vars(PyObject object) {
        return dev.kaa.runtime.interp.InterpBuiltins.vars(object);
    }

    @PyFunction(sig = "object=NULL, /", doc = "dir([object]) -> list of strings")
    static PyObject dir(PyObject object) {
        return dev.kaa.runtime.interp.InterpBuiltins.dir(object);
    }

    @PyFunction(sig = "source, /, globals=None, locals=None, *, closure=None",
            doc = "Execute the given source in the context of globals and locals.")
    static PyObject exec(PyObject source, PyObject globals, PyObject locals, PyObject closure) {
        return dev.kaa.runtime.interp.InterpBuiltins.exec(source, globals, locals, closure);
    }

    @PyFunction(sig = "source, /, globals=None, locals=None",
            doc = "Evaluate the given source in the context of globals and locals.")
    static PyObject eval(PyObject source, PyObject globals, PyObject locals) {
        return dev.kaa.runtime.interp.InterpBuiltins.eval(source, globals, locals);
    }

    @PyFunction(sig = "source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1",
            doc = "Compile source into a code object that can be executed by exec() or eval().")
    static PyObject compile(PyObject source, PyObject filename, PyObject mode, int flags, boolean dontInherit,
                            int optimize, int featureVersion) {
        return dev.kaa.runtime.interp.InterpBuiltins.compile(source, filename, mode, flags, dontInherit, optimize);
    }

    @PyFunction(sig = "file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None",
            doc = "Open file and return a stream.  Raise OSError upon failure.")
    static PyObject open(PyObject file, String mode, long buffering, PyObject encoding, PyObject errors,
                         PyObject newline, boolean closefd, PyObject opener) {
        return dev.kaa.runtime.objects.OpenFile.open(file, mode, buffering, encoding, errors, newline, closefd, opener);
    }
}
