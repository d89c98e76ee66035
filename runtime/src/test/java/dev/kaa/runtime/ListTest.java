package dev.kaa.runtime;

import dev.kaa.runtime.objects.PyBool;
import dev.kaa.runtime.objects.PyInt;
import dev.kaa.runtime.objects.PyList;
import dev.kaa.runtime.objects.PyNone;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PySlice;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PyTuple;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** list: slicing, mutation, and sort making CPython's exact sequence of comparisons. */
class ListTest {
    private static PyList ints(long... vs) {
        PyObject[] a = new PyObject[vs.length];
        for (int i = 0; i < vs.length; i++) {
            a[i] = PyInt.of(vs[i]);
        }
        return PyList.of(a);
    }

    private static long[] gen(int n, long seed, long mod, int pattern) {
        long x = seed;
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            x = (x * 1103515245L + 12345) % (1L << 31);
            long v = x % mod;
            if (pattern == 1) {
                v = (long) (n - i) * 3 + v % 3;
            } else if (pattern == 2) {
                v = i + (v % 7 == 0 ? mod : 0);
            }
            out[i] = v;
        }
        return out;
    }

    /**
     * For each case (n, seed, mod, pattern): the number of {@code <} calls CPython 3.13's sorted() makes on
     * objects whose {@code __lt__} logs, and a checksum of the logged pairs in order.
     */
    private static final long[][] CASES = {
        {5, 1, 50, 0, 11, 692860616690320859L},
        {40, 2, 50, 0, 164, 1933600120353243467L},
        {64, 3, 50, 0, 305, 475914997491263385L},
        {65, 4, 50, 0, 301, 633745786704401283L},
        {300, 5, 50, 0, 2086, 100539259941737024L},
        {1000, 6, 50, 0, 8380, 561940106338475418L},
        {5000, 7, 1000000, 0, 55070, 1469140609966800402L},
        {3000, 8, 5, 0, 17730, 523346365257047252L},
        {2000, 9, 50, 1, 1999, 967329103509315137L},
        {2500, 10, 50, 2, 12957, 1019279928933479847L},
    };

    @Test
    void sortMakesCPythonsComparisons() {
        for (long[] c : CASES) {
            long[] data = gen((int) c[0], c[1], c[2], (int) c[3]);
            List<long[]> log = new ArrayList<>();
            PyObject[] items = new PyObject[data.length];
            for (int i = 0; i < data.length; i++) {
                items[i] = new Rec(data[i], log);
            }
            PyList l = PyList.of(items);
            Py.run(() -> Abstract.callMethod(l, "sort"));
            java.math.BigInteger m = java.math.BigInteger.valueOf((1L << 61) - 1);
            java.math.BigInteger acc = java.math.BigInteger.ZERO;
            for (int i = 0; i < log.size(); i++) {
                long[] p = log.get(i);
                acc = acc.multiply(java.math.BigInteger.valueOf(31)).add(java.math.BigInteger.valueOf(p[0] * 1000 + p[1] + i)).mod(m);
            }
            long cs = acc.longValue();
            assertEquals(c[4], log.size(), "comparisons for n=" + c[0]);
            assertEquals(c[5], cs, "comparison sequence for n=" + c[0]);
            for (int i = 1; i < data.length; i++) {
                long a = ((Rec) l.get(i - 1)).v;
                long b = ((Rec) l.get(i)).v;
                if (a > b) {
                    throw new AssertionError("not sorted at " + i);
                }
            }
        }
    }

    @Test
    void sortIsStableWithKeyAndReverse() {
        PyList l = Py.run(() -> PyList.of(PyTuple.of(PyInt.of(1), PyStr.of("a")), PyTuple.of(PyInt.of(0), PyStr.of("b")),
                PyTuple.of(PyInt.of(1), PyStr.of("c")), PyTuple.of(PyInt.of(0), PyStr.of("d"))));
        PyObject key = Py.run(() -> Abstract.getAttr(PyTuple.TYPE, "__len__"));
        Py.callKw(Abstract.getAttr(l, "sort"), new PyObject[0], "key", key, "reverse", PyBool.TRUE);
        assertEquals("[(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')]", Py.repr(l));
        Py.callKw(Abstract.getAttr(l, "sort"), new PyObject[0], "reverse", PyBool.TRUE);
        assertEquals("[(1, 'c'), (1, 'a'), (0, 'd'), (0, 'b')]", Py.repr(l));
        PyList ints = ints(3, 1, 2, 1 << 20, -5, 0);
        Py.run(() -> Abstract.callMethod(ints, "sort"));
        assertEquals("[-5, 0, 1, 2, 3, 1048576]", Py.repr(ints));
    }

    @Test
    void slicing() {
        PyList l = ints(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertEquals("[2, 4, 6]", Py.repr(Py.run(() -> Abstract.getItem(l, new PySlice(PyInt.of(2), PyInt.of(8), PyInt.of(2))))));
        assertEquals("[9, 6, 3, 0]", Py.repr(Py.run(() -> Abstract.getItem(l, new PySlice(PyNone.NONE, PyNone.NONE, PyInt.of(-3))))));
        assertEquals("9", Py.repr(Py.run(() -> Abstract.getItem(l, PyInt.of(-1)))));
        Py.run(() -> {
            Abstract.setItem(l, new PySlice(PyInt.of(1), PyInt.of(3), PyNone.NONE), ints(10, 11, 12));
            return null;
        });
        assertEquals("[0, 10, 11, 12, 3, 4, 5, 6, 7, 8, 9]", Py.repr(l));
        Py.run(() -> {
            Abstract.delItem(l, new PySlice(PyNone.NONE, PyNone.NONE, PyInt.of(2)));
            return null;
        });
        assertEquals("[10, 12, 4, 6, 8]", Py.repr(l));
        Py.assertError("ValueError: attempt to assign sequence of size 1 to extended slice of size 3",
                () -> {
                    Abstract.setItem(l, new PySlice(PyNone.NONE, PyNone.NONE, PyInt.of(2)), ints(1));
                    return null;
                });
        Py.assertError("IndexError: list index out of range", () -> Abstract.getItem(l, PyInt.of(5)));
        Py.assertError("IndexError: list assignment index out of range", () -> {
            Abstract.setItem(l, PyInt.of(-6), PyInt.of(0));
            return null;
        });
        Py.assertError("TypeError: list indices must be integers or slices, not str", () -> Abstract.getItem(l, PyStr.of("a")));
    }

    @Test
    void methodsAndRepr() {
        PyList l = ints(1, 2, 3);
        Py.run(() -> Abstract.callMethod(l, "insert", PyInt.of(-10), PyInt.of(0)));
        Py.run(() -> Abstract.callMethod(l, "append", l));
        assertEquals("[0, 1, 2, 3, [...]]", Py.repr(l));
        assertEquals("[0, 1, 2, 3]", Py.repr(Py.run(() -> Abstract.callMethod(l, "pop"))));
        assertEquals("1", Py.repr(Py.run(() -> Abstract.callMethod(l, "index", PyInt.of(1)))));
        Py.assertError("ValueError: 7 is not in list", () -> Abstract.callMethod(l, "index", PyInt.of(7)));
        Py.assertError("ValueError: list.remove(x): x not in list", () -> Abstract.callMethod(l, "remove", PyInt.of(7)));
        Py.assertError("IndexError: pop from empty list", () -> Abstract.callMethod(new PyList(), "pop"));
        assertEquals("[0, 1, 2, 3, 0, 1, 2, 3]", Py.repr(Py.run(() -> PyNumber.multiply(l, PyInt.of(2)))));
        assertEquals("[0, 1, 2, 3, 0, 1, 2, 3]", Py.repr(Py.run(() -> PyNumber.multiply(PyInt.of(2), l))));
        assertEquals("True", Py.repr(Py.run(() -> PyBool.of(Abstract.contains(l, PyInt.of(3))))));
    }
}
