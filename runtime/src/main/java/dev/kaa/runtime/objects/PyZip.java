package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;

/** {@code zip}: tuples of the i-th items of several iterables; with {@code strict=True}, equal lengths. */
@PyClass(name = "zip", doc = "The zip object yields n-length tuples, where n is the number of iterables\n"
        + "passed as positional arguments to zip().  The i-th element in every tuple\n"
        + "comes from the i-th iterable argument to zip().  This continues until the\n"
        + "shortest argument is exhausted.\n\n"
        + "If strict is true and one of the arguments is exhausted before the others,\n"
        + "raise a ValueError.\n\n"
        + "   >>> list(zip('abcdefg', range(3), range(4)))\n"
        + "   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]")
public final class PyZip extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyZipTable());

    private final PyObject[] iterators;
    private boolean strict;

    private PyZip(PyType type, PyObject[] iterators, boolean strict) {
        super(type);
        this.iterators = iterators;
        this.strict = strict;
    }

    @PySlot(Slot.tp_new)
    static PyObject zipNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        boolean strict = false;
        int nkw = kwnames == null ? 0 : kwnames.size();
        if (nkw > 1) {
            // PyArg_ParseTupleAndKeywords("|$p:zip") counts the keywords before naming any
            throw PyErr.format(PyExc.TypeError, "zip() takes at most 1 keyword argument (%d given)", nkw);
        }
        for (int k = 0; k < nkw; k++) {
            PyObject name = kwnames.get(k);
            if (!(name instanceof PyStr) || !name.toString().equals("strict")) {
                throw PyErr.format(PyExc.TypeError, "zip() got an unexpected keyword argument '%s'", name);
            }
            strict = Abstract.isTrue(args[off + nargs + k]);
        }
        PyObject[] its = new PyObject[nargs];
        for (int i = 0; i < nargs; i++) {
            its[i] = Abstract.getIter(args[off + i]);
        }
        return new PyZip(type, its, strict);
    }

    @PySlot(Slot.tp_iter)
    PyObject iter() {
        return this;
    }

    @PySlot(Slot.tp_iternext)
    PyObject next() {
        int n = iterators.length;
        if (n == 0) {
            return null;
        }
        PyObject[] result = new PyObject[n];
        for (int i = 0; i < n; i++) {
            PyObject item = Abstract.next(iterators[i]);
            if (item == null) {
                if (strict) {
                    strictCheck(i);
                }
                return null;
            }
            result[i] = item;
        }
        return PyTuple.wrap(result);
    }

    /** Iterator {@code i} is exhausted: raise unless all are. */
    private void strictCheck(int i) {
        if (i > 0) {
            throw PyErr.format(PyExc.ValueError, "zip() argument %d is shorter than argument%s%d", i + 1,
                    i == 1 ? " " : "s 1-", i);
        }
        for (i = 1; i < iterators.length; i++) {
            if (Abstract.next(iterators[i]) != null) {
                throw PyErr.format(PyExc.ValueError, "zip() argument %d is longer than argument%s%d", i + 1,
                        i == 1 ? " " : "s 1-", i);
            }
        }
    }

    @PyMethod(doc = "Return state information for pickling.")
    PyObject __reduce__() {
        PyTuple its = PyTuple.of(iterators);
        return strict ? PyTuple.of(type(), its, PyBool.TRUE) : PyTuple.of(type(), its);
    }

    @PyMethod(sig = "state, /", doc = "Set state information for unpickling.")
    void __setstate__(PyObject state) {
        strict = Abstract.isTrue(state);
    }
}
