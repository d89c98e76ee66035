package dev.kaa.runtime;

import dev.kaa.runtime.objects.PyFloat;
import dev.kaa.runtime.objects.PyInt;
import dev.kaa.runtime.objects.PyList;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyRange;
import dev.kaa.runtime.objects.PySet;
import dev.kaa.runtime.objects.PyStr;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Set iteration order equals CPython's, because the table algorithm is CPython's (expected lists printed by
 * {@code PYTHONHASHSEED=0 python3.13 -c "print(list({5, 3, 17, 1000, 2**61}))"} and similar).
 */
class SetOrderTest {
    private static PySet set(Object... items) {
        return Py.run(() -> {
            PySet s = new PySet();
            for (Object o : items) {
                s.add(o instanceof PyObject p ? p : o instanceof Long l ? PyInt.of(l) : PyInt.of((Integer) o));
            }
            return s;
        });
    }

    private static String list(PyObject s) {
        return Py.repr(Py.run(() -> PyList.of(Abstract.sequenceToArray(s))));
    }

    /** A set display: the compiler folds the constants into a frozenset and merges it into a new set. */
    private static PyObject display(PySet items) {
        return Py.run(() -> {
            PyObject frozen = Abstract.call(dev.kaa.runtime.objects.PyFrozenSet.TYPE, PyList.of(Abstract.sequenceToArray(items)));
            PySet s = new PySet();
            Abstract.callMethod(s, "update", frozen);
            return s;
        });
    }

    @Test
    void smallInts() {
        // list(set([5, 3, 17, 1000, 2**61])) and list({5, 3, 17, 1000, 2**61})
        assertEquals("[2305843009213693952, 3, 5, 1000, 17]", list(set(5, 3, 17, 1000, 1L << 61)));
        assertEquals("[2305843009213693952, 17, 3, 5, 1000]", list(display(set(5, 3, 17, 1000, 1L << 61))));
        assertEquals("[1000000, 100, 200, 300, -2, -3, -1]", list(set(-1, -2, -3, 100, 200, 300, 1000000)));
        assertEquals("[1000000, 100, -2, 200, 300, -3, -1]", list(display(set(-1, -2, -3, 100, 200, 300, 1000000))));
        assertEquals("[1, 4611686018427387904, 9223372036854775808, 7]",
                list(set(PyInt.of(1L << 62), PyInt.of(BigInteger.TWO.pow(63)), 1, 7)));
    }

    @Test
    void growingSet() {
        Object[] desc = new Object[20];
        for (int i = 0; i < 20; i++) {
            desc[i] = 20 - i;
        }
        assertEquals("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]", list(set(desc)));
        Object[] m31 = new Object[40];
        for (int i = 0; i < 40; i++) {
            m31[i] = i * 31;
        }
        assertEquals("[0, 899, 775, 651, 527, 403, 279, 1178, 155, 1054, 31, 930, 806, 682, 558, 434, 310, 1209, "
                + "186, 1085, 62, 961, 837, 713, 589, 465, 341, 217, 1116, 93, 992, 868, 744, 620, 496, 372, 248, "
                + "1147, 124, 1023]", list(set(m31)));
    }

    @Test
    void floatsAndStrs() {
        assertEquals("[0.5, 1.5, 2.0, -7.25]",
                list(set(PyFloat.of(0.5), PyFloat.of(1.5), PyFloat.of(2.0), PyFloat.of(-7.25))));
        PySet abcde = Py.run(() -> set(PyStr.of("a"), PyStr.of("b"), PyStr.of("c"), PyStr.of("d"), PyStr.of("e")));
        assertEquals("['d', 'b', 'c', 'a', 'e']", list(abcde));
        assertEquals("['d', 'c', 'a', 'e', 'b']", list(display(abcde)));
    }

    @Test
    void deletionsAndUpdate() {
        String r = Py.run(() -> {
            PySet s = (PySet) Abstract.call(PySet.TYPE, PyRange.of(0, 100, 1));
            for (int i = 0; i < 100; i += 3) {
                Abstract.callMethod(s, "discard", PyInt.of(i));
            }
            Abstract.callMethod(s, "update", PyList.of(PyInt.of(1000), PyInt.of(2000), PyInt.of(5000)));
            return list(s);
        });
        StringBuilder expected = new StringBuilder("[");
        for (int i = 1; i < 100; i++) {
            if (i % 3 != 0) {
                expected.append(i).append(", ");
            }
        }
        expected.append("5000, 2000, 1000]");
        assertEquals(expected.toString(), r);
    }

    @Test
    void operators() {
        assertEquals("[1, 2, 3, 4, 20, 10, 30]",
                list(Py.run(() -> PyNumber.or(set(1, 2, 3, 4), set(10, 20, 30)))));
        assertEquals("[4, 5, 6]", list(Py.run(() -> PyNumber.and(set(1, 2, 3, 4, 5, 6), set(4, 5, 6, 7)))));
        assertEquals("[1, 18, 3, 9]", list(Py.run(() -> PyNumber.subtract(set(1, 2, 3, 9, 18), set(2)))));
        assertEquals("[1, 2, 4, 5]", list(Py.run(() -> PyNumber.xor(set(1, 2, 3), set(3, 4, 5)))));
    }

    @Test
    void reprAndErrors() {
        assertEquals("set()", Py.repr(set()));
        assertEquals("{1, 2}", Py.repr(set(1, 2)));
        Py.assertError("KeyError: 'pop from an empty set'", () -> Abstract.callMethod(set(), "pop"));
        Py.assertError("KeyError: 7", () -> Abstract.callMethod(set(1), "remove", PyInt.of(7)));
        Py.assertError("TypeError: unhashable type: 'list'", () -> set(new PyList()));
    }
}
