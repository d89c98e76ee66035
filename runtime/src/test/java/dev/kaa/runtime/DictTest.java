package dev.kaa.runtime;

import dev.kaa.runtime.objects.PyDict;
import dev.kaa.runtime.objects.PyFloat;
import dev.kaa.runtime.objects.PyInt;
import dev.kaa.runtime.objects.PyList;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PyTuple;
import dev.kaa.runtime.slots.CompareOp;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** dict: insertion order through deletions and resizes, equality of keys across types, errors. */
class DictTest {
    private static String r(PyObject o) {
        return Py.repr(o);
    }

    @Test
    void insertionOrderSurvivesDeletionAndResize() {
        PyDict d = Py.dict();
        Py.run(() -> {
            for (int i = 0; i < 1000; i++) {
                d.setItem(PyInt.of(i * 7919L % 1000), PyInt.of(i));
            }
            for (int i = 0; i < 1000; i += 2) {
                d.delItem(PyInt.of(i * 7919L % 1000));
            }
            d.setItem(PyInt.of(0), PyStr.of("again"));
            return null;
        });
        PyObject[] keys = d.keysArray();
        assertEquals(501, keys.length);
        assertEquals("919", r(keys[0]));
        assertEquals("0", r(keys[500]));
        assertEquals("'again'", r(d.getItem(PyInt.of(0), 0)));
    }

    @Test
    void reinsertionMovesNothingButDeletionDoes() {
        PyDict d = Py.dict();
        Py.run(() -> {
            d.setItem(PyStr.of("a"), PyInt.of(1));
            d.setItem(PyStr.of("b"), PyInt.of(2));
            d.setItem(PyStr.of("c"), PyInt.of(3));
            d.setItem(PyStr.of("a"), PyInt.of(4));
            d.delItem(PyStr.of("b"));
            d.setItem(PyStr.of("b"), PyInt.of(5));
            return null;
        });
        assertEquals("{'a': 4, 'c': 3, 'b': 5}", r(d));
        assertEquals("('b', 5)", r(Py.run(() -> Abstract.callMethod(d, "popitem"))));
        assertEquals("{'a': 4, 'c': 3}", r(d));
    }

    @Test
    void numericKeysAreEqualAcrossTypes() {
        PyDict d = Py.dict();
        Py.run(() -> {
            d.setItem(PyInt.of(1), PyStr.of("int"));
            d.setItem(PyFloat.of(1.0), PyStr.of("float"));
            d.setItem(dev.kaa.runtime.objects.PyBool.TRUE, PyStr.of("bool"));
            return null;
        });
        assertEquals("{1: 'bool'}", r(d));
        assertEquals("'bool'", r(Py.run(() -> Abstract.getItem(d, PyFloat.of(1.0)))));
    }

    @Test
    void viewsAndMethods() {
        PyDict d = Py.dict();
        Py.run(() -> {
            d.setItem(PyStr.of("x"), PyInt.of(1));
            d.setItem(PyStr.of("y"), PyInt.of(2));
            return null;
        });
        assertEquals("dict_keys(['x', 'y'])", r(Py.run(() -> Abstract.callMethod(d, "keys"))));
        assertEquals("dict_values([1, 2])", r(Py.run(() -> Abstract.callMethod(d, "values"))));
        assertEquals("dict_items([('x', 1), ('y', 2)])", r(Py.run(() -> Abstract.callMethod(d, "items"))));
        assertEquals("['y', 'x']", r(Py.run(() -> PyList.of(Abstract.sequenceToArray(Abstract.call(Py.builtin("iter"),
                Abstract.callMethod(d, "__reversed__")))))));
        assertEquals("0", r(Py.run(() -> Abstract.callMethod(d, "get", PyStr.of("z"), PyInt.of(0)))));
        assertEquals("{'x': 1, 'y': 2, 'z': 3}", r(Py.run(() -> {
            PyDict d2 = (PyDict) Abstract.call(PyDict.TYPE, d);
            Py.callKw(Abstract.getAttr(d2, "update"), new PyObject[0], "z", PyInt.of(3));
            return d2;
        })));
        assertEquals("{'a': 1, 'b': 2}", r(Py.run(() -> Abstract.call(PyDict.TYPE,
                PyList.of(PyTuple.of(PyStr.of("a"), PyInt.of(1)), PyTuple.of(PyStr.of("b"), PyInt.of(2)))))));
        assertTrue(Py.run(() -> Abstract.richCompareBool(d, d.copy(), CompareOp.EQ)));
        assertEquals("{'x': 1, 'y': 2, 1: 2}", r(Py.run(() -> {
            PyDict other = new PyDict();
            other.setItem(PyInt.of(1), PyInt.of(2));
            return PyNumber.or(d, other);
        })));
    }

    @Test
    void errors() {
        PyDict d = Py.dict();
        Py.assertError("KeyError: 'k'", () -> Abstract.getItem(d, PyStr.of("k")));
        Py.assertError("KeyError: (1, 2)", () -> Abstract.getItem(d, PyTuple.of(PyInt.of(1), PyInt.of(2))));
        Py.assertError("TypeError: unhashable type: 'list'", () -> Abstract.getItem(d, new PyList()));
        Py.assertError("KeyError: 'popitem(): dictionary is empty'", () -> Abstract.callMethod(d, "popitem"));
        Py.assertError("ValueError: dictionary update sequence element #0 has length 1; 2 is required",
                () -> Abstract.call(PyDict.TYPE, PyList.of(PyTuple.of(PyInt.of(1)))));
        Py.assertError("TypeError: cannot convert dictionary update sequence element #0 to a sequence",
                () -> Abstract.call(PyDict.TYPE, PyList.of(PyInt.of(1))));
        Py.assertError("RuntimeError: dictionary changed size during iteration", () -> {
            d.setItem(PyInt.of(1), PyInt.of(1));
            PyObject it = Abstract.getIter(d);
            Abstract.next(it);
            d.setItem(PyInt.of(2), PyInt.of(2));
            return Abstract.next(it);
        });
    }
}
