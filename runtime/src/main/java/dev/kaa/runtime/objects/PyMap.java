package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;

/** {@code map}: {@code func} applied to the items of one or more iterables, stopping at the shortest. */
@PyClass(name = "map", doc = "Make an iterator that computes the function using arguments from\n"
        + "each of the iterables.  Stops when the shortest iterable is exhausted.")
public final class PyMap extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyMapTable());

    private final PyObject func;
    private final PyObject[] iterators;

    private PyMap(PyType type, PyObject func, PyObject[] iterators) {
        super(type);
        this.func = func;
        this.iterators = iterators;
    }

    @PySlot(Slot.tp_new)
    static PyObject mapNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        if (kwnames != null && kwnames.size() > 0 && type == TYPE) {
            throw PyErr.format(PyExc.TypeError, "map() takes no keyword arguments");
        }
        if (nargs < 2) {
            throw PyErr.format(PyExc.TypeError, "map() must have at least two arguments.");
        }
        PyObject[] its = new PyObject[nargs - 1];
        for (int i = 1; i < nargs; i++) {
            its[i - 1] = Abstract.getIter(args[off + i]);
        }
        return new PyMap(type, args[off], its);
    }

    @PySlot(Slot.tp_iter)
    PyObject iter() {
        return this;
    }

    @PySlot(Slot.tp_iternext)
    PyObject next() {
        int n = iterators.length;
        if (n == 1) {
            PyObject x = Abstract.next(iterators[0]);
            return x == null ? null : Abstract.vectorcall(func, new PyObject[] {x}, 0, 1, null);
        }
        PyObject[] a = new PyObject[n];
        for (int i = 0; i < n; i++) {
            PyObject x = Abstract.next(iterators[i]);
            if (x == null) {
                return null;
            }
            a[i] = x;
        }
        return Abstract.vectorcall(func, a, 0, n, null);
    }

    @PyMethod(doc = "Return state information for pickling.")
    PyObject __reduce__() {
        PyObject[] a = new PyObject[iterators.length + 1];
        a[0] = func;
        System.arraycopy(iterators, 0, a, 1, iterators.length);
        return PyTuple.of(type(), PyTuple.wrap(a));
    }
}
