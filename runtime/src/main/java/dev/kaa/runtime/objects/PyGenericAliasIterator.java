package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;

/** {@code generic_alias_iterator}: iterating {@code list[int]} yields the one unpacked alias {@code *list[int]}. */
@PyClass(name = "generic_alias_iterator", basetype = false)
public final class PyGenericAliasIterator extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyGenericAliasIteratorTable());

    /** The alias still to yield (unpacked), or null once it has been. */
    private PyGenericAlias alias;

    PyGenericAliasIterator(PyGenericAlias alias) {
        super(TYPE);
        this.alias = alias;
    }

    @PySlot(Slot.tp_iter)
    PyObject iter() {
        return this;
    }

    @PySlot(Slot.tp_iternext)
    PyObject next() {
        PyGenericAlias a = alias;
        if (a == null) {
            return null;
        }
        alias = null;
        return a.starredCopy();
    }

    /** {@code ga_iter_reduce}: {@code (iter, (alias,))}, or {@code (iter, ((),))} once exhausted. */
    @PyMethod
    PyObject __reduce__() {
        return PyTuple.of(IterState.builtin("iter"), PyTuple.of(alias == null ? PyTuple.EMPTY : alias));
    }
}
