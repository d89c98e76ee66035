package dev.kaa.runtime;

import dev.kaa.runtime.objects.PyBool;
import dev.kaa.runtime.objects.PyDict;
import dev.kaa.runtime.objects.PyExc;
import dev.kaa.runtime.objects.PyInt;
import dev.kaa.runtime.objects.PyList;
import dev.kaa.runtime.objects.PyNone;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PyTuple;
import dev.kaa.runtime.objects.PyType;
import dev.kaa.runtime.slots.CompareOp;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Types and slots: Python classes made with {@code type(name, bases, ns)} get slots that call their
 * dunders (here {@link JFunc}s standing in for Python functions), with CPython's operator protocol, MRO,
 * descriptors and errors; builtin types expose their slots as wrapper descriptors.
 */
class TypeTest {
    private static JFunc fn(Function<PyObject[], PyObject> body) {
        return new JFunc(body);
    }

    private static PyType cls(String name, PyTuple bases, Object... ns) {
        return Py.run(() -> {
            PyDict d = new PyDict();
            d.setItem(PyStr.of("__module__"), PyStr.of("__main__"));
            d.setItem(PyStr.of("__qualname__"), PyStr.of(name));
            for (int i = 0; i < ns.length; i += 2) {
                d.setItem(PyStr.of((String) ns[i]), (PyObject) ns[i + 1]);
            }
            return (PyType) Abstract.call(PyType.TYPE, PyStr.of(name), bases, d);
        });
    }

    private static PyType cls(String name, Object... ns) {
        return cls(name, PyTuple.EMPTY, ns);
    }

    private static PyObject make(PyType t, PyObject... args) {
        return Py.run(() -> Abstract.call(t, args));
    }

    private static String r(PyObject o) {
        return Py.repr(o);
    }

    @Test
    void binaryOperatorsAndReflection() {
        PyType a = cls("A", "__add__", fn(x -> PyStr.of("A.add")), "__radd__", fn(x -> PyStr.of("A.radd")));
        PyObject ai = make(a);
        assertEquals("'A.add'", r(Py.run(() -> PyNumber.add(ai, PyInt.of(1)))));
        assertEquals("'A.radd'", r(Py.run(() -> PyNumber.add(PyInt.of(1), ai))));
        // A subclass overriding the reflected method is tried first.
        PyType b = cls("B", PyTuple.of(a), "__radd__", fn(x -> PyStr.of("B.radd")));
        PyObject bi = make(b);
        assertEquals("'B.radd'", r(Py.run(() -> PyNumber.add(ai, bi))));
        // NotImplemented from both sides is a TypeError naming the types.
        PyType c = cls("C", "__sub__", fn(x -> dev.kaa.runtime.objects.PyNotImplemented.NOT_IMPLEMENTED));
        Py.assertError("TypeError: unsupported operand type(s) for -: 'C' and 'int'",
                () -> PyNumber.subtract(make(c), PyInt.of(1)));
        Py.assertError("TypeError: unsupported operand type(s) for +: 'int' and 'str'",
                () -> PyNumber.add(PyInt.of(1), PyStr.of("a")));
        Py.assertError("TypeError: unsupported operand type(s) for +=: 'int' and 'str'",
                () -> PyNumber.inPlaceAdd(PyInt.of(1), PyStr.of("a")));
        Py.assertError("TypeError: bad operand type for unary -: 'str'", () -> PyNumber.negative(PyStr.of("a")));
        Py.assertError("TypeError: bad operand type for abs(): 'list'", () -> PyNumber.absolute(new PyList()));
        Py.assertError("TypeError: '<' not supported between instances of 'int' and 'str'",
                () -> Abstract.richCompare(PyInt.of(1), PyStr.of("a"), CompareOp.LT));
    }

    @Test
    void assigningADunderUpdatesTheSlot() {
        PyType a = cls("A", "__len__", fn(x -> PyInt.of(3)));
        PyObject ai = make(a);
        assertEquals(3L, (long) Py.run(() -> Abstract.length(ai)));
        Py.run(() -> {
            Abstract.setAttr(a, "__len__", fn(x -> PyInt.of(7)));
            return null;
        });
        assertEquals(7L, (long) Py.run(() -> Abstract.length(ai)));
        PyType sub = cls("S", PyTuple.of(a));
        assertEquals(7L, (long) Py.run(() -> Abstract.length(make(sub))));
        Py.run(() -> {
            Abstract.setAttr(a, "__len__", null);
            return null;
        });
        Py.assertError("TypeError: object of type 'S' has no len()", () -> Abstract.length(make(sub)));
    }

    @Test
    void protocolsCheckResults() {
        PyType a = cls("A", "__repr__", fn(x -> PyInt.of(1)), "__bool__", fn(x -> PyInt.of(1)),
                "__len__", fn(x -> PyInt.of(-1)), "__init__", fn(x -> PyInt.of(0)), "__hash__", fn(x -> PyStr.of("h")));
        Py.assertError("TypeError: __init__() should return None, not 'int'", () -> Abstract.call(a));
        PyType b = cls("B", PyTuple.of(a), "__init__", fn(x -> PyNone.NONE));
        PyObject bi = make(b);
        Py.assertError("TypeError: __repr__ returned non-string (type int)", () -> Abstract.repr(bi));
        Py.assertError("TypeError: __bool__ should return bool, returned int", () -> Abstract.isTrue(bi));
        Py.assertError("ValueError: __len__() should return >= 0", () -> Abstract.length(bi));
        Py.assertError("TypeError: __hash__ method should return an integer", () -> Abstract.hash(bi));
    }

    @Test
    void eqWithoutHashMakesUnhashable() {
        PyType a = cls("A", "__eq__", fn(x -> PyBool.TRUE));
        Py.assertError("TypeError: unhashable type: 'A'", () -> Abstract.hash(make(a)));
        assertSame(PyNone.NONE, Py.run(() -> a.heapDict().getItem(PyStr.of("__hash__"))));
        assertTrue(Py.run(() -> Abstract.richCompareBool(make(a), PyInt.of(5), CompareOp.EQ)));
        // != falls back to the negation of ==.
        assertFalse(Py.run(() -> Abstract.richCompareBool(make(a), PyInt.of(5), CompareOp.NE)));
    }

    @Test
    void iterationAndItems() {
        List<PyObject> seen = new ArrayList<>();
        int[] n = {0};
        PyType it = cls("It", "__iter__", fn(x -> x[0]), "__next__", fn(x -> {
            if (n[0] >= 3) {
                throw PyErr.newException(PyExc.StopIteration);
            }
            return PyInt.of(n[0]++);
        }));
        Py.run(() -> {
            PyObject iter = Abstract.getIter(make(it));
            PyObject v;
            while ((v = Abstract.next(iter)) != null) {
                seen.add(v);
            }
            return null;
        });
        assertEquals("[0, 1, 2]", r(Py.run(() -> PyList.of(seen.toArray(new PyObject[0])))));
        PyType seq = cls("Seq", "__getitem__", fn(x -> {
            long i = ((PyInt) x[1]).longValue();
            if (i >= 2) {
                throw PyErr.newException(PyExc.IndexError);
            }
            return PyInt.of(i * 10);
        }));
        assertEquals("[0, 10]", r(Py.run(() -> PyList.of(Abstract.sequenceToArray(make(seq))))));
        assertTrue(Py.run(() -> Abstract.contains(make(seq), PyInt.of(10))));
        Py.assertError("TypeError: 'int' object is not iterable", () -> Abstract.getIter(PyInt.of(5)));
        Py.assertError("TypeError: 'list' object is not an iterator", () -> Abstract.next(new PyList()));
        Py.assertError("TypeError: 'int' object is not subscriptable", () -> Abstract.getItem(PyInt.of(5), PyInt.of(0)));
    }

    @Test
    void attributes() {
        PyType a = cls("A", "__getattr__", fn(x -> PyStr.of("dyn:" + x[1])));
        PyObject ai = make(a);
        Py.run(() -> {
            Abstract.setAttr(ai, "x", PyInt.of(1));
            return null;
        });
        assertEquals("1", r(Py.run(() -> Abstract.getAttr(ai, "x"))));
        assertEquals("'dyn:y'", r(Py.run(() -> Abstract.getAttr(ai, "y"))));
        PyType plain = cls("P");
        Py.assertError("AttributeError: 'P' object has no attribute 'y'", () -> Abstract.getAttr(make(plain), "y"));
        Py.assertError("AttributeError: type object 'P' has no attribute 'y'", () -> Abstract.getAttr(plain, "y"));
        Py.assertError("AttributeError: 'int' object has no attribute 'x' and no __dict__ for setting new attributes",
                () -> {
                    Abstract.setAttr(PyInt.of(1), "x", PyInt.of(2));
                    return null;
                });
        Py.assertError("AttributeError: 'list' object attribute 'append' is read-only", () -> {
            Abstract.setAttr(new PyList(), "append", PyInt.of(2));
            return null;
        });
        Py.assertError("TypeError: cannot set 'x' attribute of immutable type 'int'", () -> {
            Abstract.setAttr(PyInt.TYPE, "x", PyInt.of(2));
            return null;
        });
        PyType slotted = cls("S", "__slots__", PyTuple.of(PyStr.of("a")));
        PyObject si = make(slotted);
        Py.assertError("AttributeError: 'S' object has no attribute 'a'", () -> Abstract.getAttr(si, "a"));
        Py.run(() -> {
            Abstract.setAttr(si, "a", PyInt.of(5));
            return null;
        });
        assertEquals("5", r(Py.run(() -> Abstract.getAttr(si, "a"))));
        Py.assertError("AttributeError: 'S' object has no attribute 'b' and no __dict__ for setting new attributes",
                () -> {
                    Abstract.setAttr(si, "b", PyInt.of(5));
                    return null;
                });
    }

    @Test
    void dataDescriptorsWinOverTheInstanceDict() {
        PyType d = cls("D", "__get__", fn(x -> PyStr.of("got")), "__set__", fn(x -> PyNone.NONE));
        PyType owner = cls("O", "attr", make(d));
        PyObject o = make(owner);
        Py.run(() -> {
            ((dev.kaa.runtime.objects.HasDict) o).getDict().setItem(PyStr.of("attr"), PyInt.of(1));
            return null;
        });
        assertEquals("'got'", r(Py.run(() -> Abstract.getAttr(o, "attr"))));
        PyType nd = cls("ND", "__get__", fn(x -> PyStr.of("got")));
        PyType owner2 = cls("O2", "attr", make(nd));
        PyObject o2 = make(owner2);
        assertEquals("'got'", r(Py.run(() -> Abstract.getAttr(o2, "attr"))));
        Py.run(() -> {
            Abstract.setAttr(o2, "attr", PyInt.of(1));
            return null;
        });
        assertEquals("1", r(Py.run(() -> Abstract.getAttr(o2, "attr"))));
    }

    @Test
    void mroAndLayout() {
        PyType a = cls("A");
        PyType b = cls("B", PyTuple.of(a));
        PyType c = cls("C", PyTuple.of(a));
        PyType d = cls("D", PyTuple.of(b, c));
        assertEquals("(<class '__main__.D'>, <class '__main__.B'>, <class '__main__.C'>, <class '__main__.A'>, <class 'object'>)",
                r(Py.run(() -> Abstract.getAttr(d, "__mro__"))));
        Py.assertError("TypeError: Cannot create a consistent method resolution order (MRO) for bases A, B",
                () -> cls("X", PyTuple.of(a, b)));
        Py.assertError("TypeError: duplicate base class A", () -> cls("X", PyTuple.of(a, a)));
        Py.assertError("TypeError: multiple bases have instance lay-out conflict",
                () -> cls("X", PyTuple.of(PyInt.TYPE, PyStr.TYPE)));
        Py.assertError("TypeError: type 'bool' is not an acceptable base type", () -> cls("X", PyTuple.of(PyBool.TYPE)));
        Py.assertError("TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                + "subclass of the metaclasses of all its bases", () -> cls("X", PyTuple.of(PyInt.of(1))));
        Py.assertError("TypeError: type() takes 1 or 3 arguments", () -> Abstract.call(PyType.TYPE, PyInt.of(1), PyInt.of(2)));
        assertSame(PyInt.TYPE, Py.run(() -> Abstract.call(PyType.TYPE, PyInt.of(1))));
        Py.assertError("TypeError: X() takes no arguments", () -> Abstract.call(cls("X"), PyInt.of(1)));
        Py.assertError("TypeError: object() takes no arguments", () -> Abstract.call(PyType.OBJECT, PyInt.of(1)));
        Py.assertError("TypeError: X.__init_subclass__() takes no keyword arguments", () -> {
            PyDict ns = new PyDict();
            return Py.callKw(PyType.TYPE, new PyObject[] {PyStr.of("X"), PyTuple.EMPTY, ns}, "k", PyInt.of(1));
        });
    }

    @Test
    void subclassOfBuiltin() {
        PyType l = cls("L", PyTuple.of(PyList.TYPE), "extra", PyInt.of(42));
        PyObject li = make(l, PyTuple.of(PyInt.of(1), PyInt.of(2)));
        Py.run(() -> Abstract.callMethod(li, "append", PyInt.of(3)));
        assertEquals("[1, 2, 3]", r(li));
        assertEquals("3", r(Py.call("len", li)));
        assertEquals("42", r(Py.run(() -> Abstract.getAttr(li, "extra"))));
        assertTrue(Py.run(() -> Abstract.isInstance(li, PyList.TYPE)));
        assertSame(l, li.type());
        PyType i = cls("I", PyTuple.of(PyInt.TYPE));
        PyObject ii = make(i, PyInt.of(7));
        assertEquals("8", r(Py.run(() -> PyNumber.add(ii, PyInt.of(1)))));
        assertSame(PyInt.TYPE, Py.run(() -> PyNumber.add(ii, PyInt.of(1))).type());
        Py.assertError("TypeError: object.__new__(I) is not safe, use int.__new__()",
                () -> Abstract.call(Abstract.getAttr(PyType.OBJECT, "__new__"), i));
    }

    @Test
    void slotWrappersOfBuiltins() {
        assertEquals("3", r(Py.run(() -> Abstract.call(Abstract.getAttr(PyInt.TYPE, "__add__"), PyInt.of(1), PyInt.of(2)))));
        assertEquals("<slot wrapper '__add__' of 'int' objects>", r(Py.run(() -> Abstract.getAttr(PyInt.TYPE, "__add__"))));
        assertEquals("<method 'append' of 'list' objects>", r(Py.run(() -> Abstract.getAttr(PyList.TYPE, "append"))));
        assertEquals("'($self, object, /)'", r(Py.run(() -> Abstract.getAttr(Abstract.getAttr(PyList.TYPE, "append"),
                "__text_signature__"))));
        assertEquals("NotImplemented", r(Py.run(() -> Abstract.callMethod(PyInt.of(1), "__add__", PyStr.of("a")))));
        assertEquals("3", r(Py.run(() -> Abstract.callMethod(PyInt.of(1), "__radd__", PyInt.of(2)))));
        assertEquals("True", r(Py.run(() -> Abstract.callMethod(PyInt.of(1), "__lt__", PyInt.of(2)))));
        assertEquals("2", r(Py.run(() -> Abstract.callMethod(PyList.of(PyInt.of(1), PyInt.of(2)), "__len__"))));
        assertSame(PyNone.NONE, Py.run(() -> Abstract.getAttr(PyList.TYPE, "__hash__")));
        Py.assertError("TypeError: expected 1 argument, got 0", () -> Abstract.callMethod(PyInt.of(1), "__add__"));
        Py.assertError("TypeError: descriptor '__add__' requires a 'int' object but received a 'str'",
                () -> Abstract.call(Abstract.getAttr(PyInt.TYPE, "__add__"), PyStr.of("a"), PyInt.of(1)));
        Py.assertError("TypeError: descriptor '__add__' of 'int' object needs an argument",
                () -> Abstract.call(Abstract.getAttr(PyInt.TYPE, "__add__")));
        Py.assertError("TypeError: wrapper __add__() takes no keyword arguments",
                () -> Py.callKw(Abstract.getAttr(PyInt.of(1), "__add__"), new PyObject[0], "x", PyInt.of(1)));
    }

    @Test
    void newWrapperChecks() {
        PyObject intNew = Py.run(() -> Abstract.getAttr(PyInt.TYPE, "__new__"));
        Py.assertError("TypeError: int.__new__(str): str is not a subtype of int", () -> Abstract.call(intNew, PyStr.TYPE));
        Py.assertError("TypeError: int.__new__(X): X is not a type object (int)", () -> Abstract.call(intNew, PyInt.of(1)));
        Py.assertError("TypeError: object.__new__(int) is not safe, use int.__new__()",
                () -> Abstract.call(Abstract.getAttr(PyType.OBJECT, "__new__"), PyInt.TYPE));
        assertEquals("5", r(Py.run(() -> Abstract.call(intNew, PyInt.TYPE, PyStr.of("5")))));
    }
}
