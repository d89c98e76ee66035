package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.binding.Args;

/** {@code filter}: the items of an iterable for which {@code function(item)} (or the item itself) is true. */
@PyClass(name = "filter", doc = "Return an iterator yielding those items of iterable for which function(item)\n"
        + "is true. If function is None, return the items that are true.")
public final class PyFilter extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyFilterTable());

    private final PyObject func;
    private final PyObject iterator;

    private PyFilter(PyType type, PyObject func, PyObject iterator) {
        super(type);
        this.func = func;
        this.iterator = iterator;
    }

    @PySlot(Slot.tp_new)
    static PyObject filterNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        if (kwnames != null && kwnames.size() > 0 && type == TYPE) {
            throw PyErr.format(PyExc.TypeError, "filter() takes no keyword arguments");
        }
        if (nargs != 2) {
            throw Args.checkPositional("filter", nargs, 2, 2);
        }
        return new PyFilter(type, args[off], Abstract.getIter(args[off + 1]));
    }

    @PySlot(Slot.tp_iter)
    PyObject iter() {
        return this;
    }

    @PySlot(Slot.tp_iternext)
    PyObject next() {
        boolean truth = func == PyNone.NONE || func == PyBool.TYPE;
        PyObject x;
        while ((x = Abstract.next(iterator)) != null) {
            boolean ok = truth ? Abstract.isTrue(x) : Abstract.isTrue(Abstract.vectorcall(func, new PyObject[] {x}, 0, 1, null));
            if (ok) {
                return x;
            }
        }
        return null;
    }

    @PyMethod(doc = "Return state information for pickling.")
    PyObject __reduce__() {
        return PyTuple.of(type(), PyTuple.of(func, iterator));
    }
}
