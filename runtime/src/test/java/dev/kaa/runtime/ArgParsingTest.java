package dev.kaa.runtime;

import dev.kaa.runtime.binding.ArgSpec;
import dev.kaa.runtime.objects.PyBytes;
import dev.kaa.runtime.objects.PyDict;
import dev.kaa.runtime.objects.PyFrozenSet;
import dev.kaa.runtime.objects.PyInt;
import dev.kaa.runtime.objects.PyList;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyRange;
import dev.kaa.runtime.objects.PySet;
import dev.kaa.runtime.objects.PySlice;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PyTuple;
import dev.kaa.runtime.objects.PyType;
import org.junit.jupiter.api.Test;

import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The argument checks of generated tables and of {@link ArgSpec#bindPython}, message for message as
 * CPython 3.13.0 prints them (each expected text is CPython's output for the call in the comment).
 */
class ArgParsingTest {
    private static final PyObject ONE = PyInt.of(1);
    private static final PyObject TWO = PyInt.of(2);
    private static final PyObject THREE = PyInt.of(3);

    private static PyObject m(PyObject self, String name) {
        return Py.run(() -> Abstract.getAttr(self, name));
    }

    private static Supplier<PyObject> call(PyObject f, PyObject... args) {
        return () -> Abstract.call(f, args);
    }

    private static Supplier<PyObject> kw(PyObject f, PyObject[] pos, Object... kws) {
        return () -> Py.callKw(f, pos, kws);
    }

    private static PyObject[] args(PyObject... a) {
        return a;
    }

    private static void check(String expected, Supplier<?> s) {
        Py.assertError(expected, s);
    }

    @Test
    void methODescriptorsAndNoargs() {
        PyList l = new PyList();
        check("TypeError: list.append() takes exactly one argument (2 given)", call(m(l, "append"), ONE, TWO)); // [].append(1,2)
        check("TypeError: list.append() takes exactly one argument (0 given)", call(m(l, "append")));
        check("TypeError: list.append() takes no keyword arguments", kw(m(l, "append"), args(), "x", ONE));
        check("TypeError: list.clear() takes no arguments (1 given)", call(m(l, "clear"), ONE));
        check("TypeError: unbound method list.append() needs an argument", call(m(PyList.TYPE, "append")));
        check("TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object",
                call(m(PyList.TYPE, "append"), ONE, TWO));
        check("TypeError: len() takes exactly one argument (2 given)", call(Py.builtin("len"), ONE, TWO));
        check("TypeError: len() takes exactly one argument (0 given)", call(Py.builtin("len")));
    }

    @Test
    void clinicPositional() {
        PyList l = new PyList();
        check("TypeError: pop expected at most 1 argument, got 2", call(m(l, "pop"), ONE, TWO));
        check("TypeError: list.pop() takes no keyword arguments", kw(m(l, "pop"), args(), "x", ONE));
        check("TypeError: insert expected 2 arguments, got 1", call(m(l, "insert"), ONE));
        check("TypeError: 'str' object cannot be interpreted as an integer", call(m(l, "insert"), PyStr.of("a"), ONE));
        check("TypeError: startswith expected at least 1 argument, got 0", call(m(PyStr.of("a"), "startswith")));
        check("TypeError: get expected at least 1 argument, got 0", call(m(new PyDict(), "get")));
        check("TypeError: divmod expected 2 arguments, got 1", call(Py.builtin("divmod"), ONE));
        check("TypeError: getattr expected at least 2 arguments, got 1", call(Py.builtin("getattr"), ONE));
        check("TypeError: fromkeys expected at least 1 argument, got 0", call(m(PyDict.TYPE, "fromkeys")));
    }

    @Test
    void clinicKeywords() {
        PyStr a = PyStr.of("a");
        check("TypeError: split() takes at most 2 arguments (3 given)", call(m(a, "split"), ONE, TWO, THREE));
        check("TypeError: split() got an unexpected keyword argument 'x'", kw(m(a, "split"), args(), "x", ONE));
        check("TypeError: split() got an unexpected keyword argument 'sepp'. Did you mean 'sep'?",
                kw(m(a, "split"), args(), "sepp", ONE));
        check("TypeError: argument for split() given by name ('sep') and position (1)",
                kw(m(a, "split"), args(ONE), "sep", TWO));
        check("TypeError: encode() argument 'encoding' must be str, not int", call(m(a, "encode"), ONE));
        check("TypeError: encode() takes at most 2 keyword arguments (3 given)",
                kw(m(a, "encode"), args(), "encoding", PyStr.of("utf-8"), "errors", PyStr.of("strict"), "x", ONE));
        check("TypeError: replace() takes at least 2 positional arguments (1 given)", call(m(a, "replace"), a));
        check("TypeError: replace() takes at most 3 arguments (4 given)", call(m(a, "replace"), a, a, ONE, TWO));
        check("TypeError: sort() takes no positional arguments", call(m(new PyList(), "sort"), ONE));
        check("TypeError: sort() takes at most 2 keyword arguments (3 given)",
                kw(m(new PyList(), "sort"), args(), "reverse", ONE, "key", TWO, "x", THREE));
        check("TypeError: sort() got an unexpected keyword argument 'kee'. Did you mean 'key'?",
                kw(m(new PyList(), "sort"), args(), "kee", ONE));
        check("TypeError: from_bytes() missing required argument 'bytes' (pos 1)", call(m(PyInt.TYPE, "from_bytes")));
        check("TypeError: to_bytes() takes at most 2 positional arguments (3 given)",
                call(m(ONE, "to_bytes"), ONE, PyStr.of("little"), THREE));
        check("TypeError: max() got an unexpected keyword argument 'kee'. Did you mean 'key'?",
                kw(Py.builtin("max"), args(ONE, TWO), "kee", ONE));
        check("TypeError: max expected at least 1 argument, got 0", call(Py.builtin("max")));
        check("ValueError: min() iterable argument is empty", call(Py.builtin("min"), new PyList()));
    }

    @Test
    void constructors() {
        check("TypeError: int expected at most 2 arguments, got 3", call(PyInt.TYPE, PyStr.of("1"), PyInt.of(10), THREE));
        check("TypeError: int() got an unexpected keyword argument 'x'", kw(PyInt.TYPE, args(), "x", ONE));
        check("TypeError: int() takes at most 2 arguments (3 given)", kw(PyInt.TYPE, args(ONE, TWO), "base", THREE));
        check("TypeError: int() missing string argument", kw(PyInt.TYPE, args(), "base", PyInt.of(10)));
        check("TypeError: str expected at most 3 arguments, got 4", call(PyStr.TYPE, ONE, TWO, THREE, ONE));
        check("TypeError: str() got an unexpected keyword argument 'x'", kw(PyStr.TYPE, args(ONE, TWO), "x", ONE));
        check("TypeError: bool expected at most 1 argument, got 2", call(dev.kaa.runtime.objects.PyBool.TYPE, ONE, TWO));
        check("TypeError: list expected at most 1 argument, got 2", call(PyList.TYPE, ONE, TWO));
        check("TypeError: tuple expected at most 1 argument, got 2", call(PyTuple.TYPE, ONE, TWO));
        check("TypeError: set expected at most 1 argument, got 2", call(PySet.TYPE, ONE, TWO));
        check("TypeError: set() takes no keyword arguments", kw(PySet.TYPE, args(), "x", ONE));
        check("TypeError: frozenset expected at most 1 argument, got 2", call(PyFrozenSet.TYPE, ONE, TWO));
        check("TypeError: frozenset() takes no keyword arguments", kw(PyFrozenSet.TYPE, args(new PyList()), "x", ONE));
        check("TypeError: dict expected at most 1 argument, got 2", call(PyDict.TYPE, ONE, TWO));
        check("TypeError: range expected at least 1 argument, got 0", call(PyRange.TYPE));
        check("TypeError: range expected at most 3 arguments, got 4", call(PyRange.TYPE, ONE, TWO, THREE, ONE));
        check("TypeError: slice expected at least 1 argument, got 0", call(PySlice.TYPE));
        check("TypeError: 'float' object cannot be interpreted as an integer",
                call(PyRange.TYPE, dev.kaa.runtime.objects.PyFloat.of(1.5)));
        check("TypeError: object() takes no arguments", call(PyType.OBJECT, ONE));
        check("TypeError: string argument without an encoding", call(PyBytes.TYPE, PyStr.of("a")));
        check("TypeError: 'int' object is not iterable", call(PyTuple.TYPE, ONE));
        check("TypeError: NoneType takes no arguments", call(dev.kaa.runtime.objects.PyNone.TYPE, ONE));
    }

    @Test
    void pythonFunctionBinding() {
        // def f(a, b=2, /, c=3, *, d, e=5): pass
        ArgSpec f = ArgSpec.python("f", new PyStr[] {PyStr.of("a"), PyStr.of("b"), PyStr.of("c"), PyStr.of("d"),
            PyStr.of("e")}, 2, 3, false, false);
        PyTuple defaults = PyTuple.of(TWO, THREE);
        PyDict kwdefaults = Py.run(() -> {
            PyDict d = new PyDict();
            d.setItem(PyStr.of("e"), PyInt.of(5));
            return d;
        });
        check("TypeError: f() missing 1 required positional argument: 'a'",
                () -> bind(f, args(), null, defaults, kwdefaults));
        check("TypeError: f() takes from 1 to 3 positional arguments but 4 were given",
                () -> bind(f, args(ONE, TWO, THREE, ONE), null, defaults, kwdefaults));
        check("TypeError: f() takes from 1 to 3 positional arguments but 4 positional arguments (and 1 keyword-only "
                + "argument) were given", () -> bind(f, args(ONE, TWO, THREE, ONE, THREE), new String[] {"d"},
                defaults, kwdefaults));
        check("TypeError: f() got an unexpected keyword argument 'x'",
                () -> bind(f, args(ONE, ONE, TWO, THREE), new String[] {"d", "c", "x"}, defaults, kwdefaults));
        check("TypeError: f() got some positional-only arguments passed as keyword arguments: 'a'",
                () -> bind(f, args(ONE, TWO, ONE), new String[] {"a", "d"}, defaults, kwdefaults));
        check("TypeError: f() missing 1 required keyword-only argument: 'd'",
                () -> bind(f, args(ONE), null, defaults, kwdefaults));
        // def g(a): pass
        ArgSpec g = ArgSpec.python("g", new PyStr[] {PyStr.of("a")}, 0, 1, false, false);
        check("TypeError: g() takes 1 positional argument but 2 were given", () -> bind(g, args(ONE, TWO), null, null, null));
        check("TypeError: g() got an unexpected keyword argument 'aa'. Did you mean 'a'?",
                () -> bind(g, args(ONE), new String[] {"aa"}, null, null));
        check("TypeError: g() got multiple values for argument 'a'", () -> bind(g, args(ONE, TWO), new String[] {"a"}, null, null));
        // lambda x, y, z: 0
        ArgSpec lam = ArgSpec.python("<lambda>", new PyStr[] {PyStr.of("x"), PyStr.of("y"), PyStr.of("z")}, 0, 3, false, false);
        check("TypeError: <lambda>() missing 2 required positional arguments: 'y' and 'z'",
                () -> bind(lam, args(ONE), null, null, null));
        check("TypeError: <lambda>() missing 3 required positional arguments: 'x', 'y', and 'z'",
                () -> bind(lam, args(), null, null, null));
        // def h(*, k): pass  -- h(1)
        ArgSpec h = ArgSpec.python("h", new PyStr[] {PyStr.of("k")}, 0, 0, false, false);
        check("TypeError: h() takes 0 positional arguments but 1 was given", () -> bind(h, args(ONE), null, null, null));
        // def v(a, *args, **kw) -- v(1, 2, 3, x=4) binds a, args, kw
        ArgSpec v = ArgSpec.python("v", new PyStr[] {PyStr.of("a")}, 0, 1, true, true);
        PyObject[] locals = bind(v, args(ONE, TWO, THREE, PyInt.of(4)), new String[] {"x"}, null, null);
        assertEquals("[1, (2, 3), {'x': 4}]", Py.repr(PyList.of(locals)));
    }

    /** Binds positional args (the last {@code kwnames.length} of them by keyword) and returns the locals. */
    private static PyObject[] bind(ArgSpec spec, PyObject[] a, String[] kwnames, PyTuple defaults, PyDict kwdefaults) {
        return Py.run(() -> {
            int nk = kwnames == null ? 0 : kwnames.length;
            PyTuple names = null;
            if (nk > 0) {
                PyObject[] ns = new PyObject[nk];
                for (int i = 0; i < nk; i++) {
                    ns[i] = PyStr.of(kwnames[i]);
                }
                names = PyTuple.of(ns);
            }
            PyObject[] locals = new PyObject[spec.size];
            spec.bindPython(a, 0, a.length - nk, names, defaults, kwdefaults, locals);
            return locals;
        });
    }
}
