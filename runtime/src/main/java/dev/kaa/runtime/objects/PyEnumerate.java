package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyNumber;

/**
 * {@code enumerate}: pairs {@code (count, item)}. The count is a long until it would overflow, then a
 * Python int ({@code en_longindex} in CPython).
 */
@PyClass(name = "enumerate", doc = "Return an enumerate object.\n\n"
        + "  iterable\n    an object supporting iteration\n\n"
        + "The enumerate object yields pairs containing a count (from start, which\n"
        + "defaults to zero) and a value yielded by the iterable argument.\n\n"
        + "enumerate is useful for obtaining an indexed list:\n"
        + "    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...")
public final class PyEnumerate extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyEnumerateTable());

    private final PyObject iterator;
    private long index;
    /** The count once it no longer fits in a long; null before. */
    private PyInt bigIndex;

    private PyEnumerate(PyType type, PyObject iterator, PyInt start) {
        super(type);
        this.iterator = iterator;
        if (start.isSmall() && start.value != Long.MAX_VALUE) {
            index = start.value;
        } else {
            bigIndex = start;
        }
    }

    private static boolean isKeyword(PyTuple kwnames, int i, String name) {
        PyObject k = kwnames.get(i);
        if (!(k instanceof PyStr) || !k.toString().equals(name)) {
            throw PyErr.format(PyExc.TypeError, "'%s' is an invalid keyword argument for enumerate()", k);
        }
        return true;
    }

    /** {@code enum_vectorcall}: CPython parses enumerate's arguments by hand, with these messages. */
    @PySlot(Slot.tp_new)
    static PyObject enumNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.size();
        if (nargs + nkw == 2) {
            if (nkw == 1) {
                isKeyword(kwnames, 0, "start");
            } else if (nkw == 2) {
                PyObject k0 = kwnames.get(0);
                if (k0 instanceof PyStr && k0.toString().equals("start")) {
                    isKeyword(kwnames, 1, "iterable");
                    return create(type, args[off + 1], args[off]);
                }
                isKeyword(kwnames, 0, "iterable");
                isKeyword(kwnames, 1, "start");
            }
            return create(type, args[off], args[off + 1]);
        }
        if (nargs + nkw == 1) {
            if (nkw == 1) {
                isKeyword(kwnames, 0, "iterable");
            }
            return create(type, args[off], null);
        }
        if (nargs == 0) {
            throw PyErr.format(PyExc.TypeError, "enumerate() missing required argument 'iterable'");
        }
        throw PyErr.format(PyExc.TypeError, "enumerate() takes at most 2 arguments (%d given)", nargs + nkw);
    }

    private static PyObject create(PyType type, PyObject iterable, PyObject start) {
        PyInt s = start == null ? PyInt.ZERO : PyNumber.index(start);
        return new PyEnumerate(type, Abstract.getIter(iterable), s);
    }

    @PySlot(Slot.tp_iter)
    PyObject iter() {
        return this;
    }

    @PySlot(Slot.tp_iternext)
    PyObject next() {
        PyObject item = Abstract.next(iterator);
        if (item == null) {
            return null;
        }
        PyInt i;
        if (bigIndex == null) {
            i = PyInt.of(index);
            if (++index == Long.MAX_VALUE) {
                bigIndex = PyInt.of(Long.MAX_VALUE);
            }
        } else {
            i = bigIndex;
            bigIndex = PyInt.add(bigIndex, PyInt.ONE);
        }
        return PyTuple.wrap(new PyObject[] {i, item});
    }

    @PyMethod(doc = "Return state information for pickling.")
    PyObject __reduce__() {
        return PyTuple.of(type(), PyTuple.of(iterator, bigIndex != null ? bigIndex : PyInt.of(index)));
    }

    @PyMethod(name = "__class_getitem__", classmethod = true, sig = "item, /", doc = "See PEP 585")
    static PyObject classGetitem(PyType type, PyObject item) {
        return new PyGenericAlias(type, item);
    }
}
