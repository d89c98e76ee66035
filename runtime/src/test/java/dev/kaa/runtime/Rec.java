package dev.kaa.runtime;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.objects.PyBool;
import dev.kaa.runtime.objects.PyNotImplemented;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyType;
import dev.kaa.runtime.slots.CompareOp;

import java.util.List;

/** A test type (declared like any builtin) whose {@code <} records each comparison. */
@PyClass(name = "Rec")
final class Rec extends PyObject {
    static final PyType TYPE = PyType.fromSpec(new RecTable());

    final long v;
    final List<long[]> log;

    Rec(long v, List<long[]> log) {
        super(TYPE);
        this.v = v;
        this.log = log;
    }

    @PySlot(Slot.tp_richcompare)
    PyObject richcompare(PyObject other, CompareOp op) {
        if (!(other instanceof Rec o) || op != CompareOp.LT) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        log.add(new long[] {v, o.v});
        return PyBool.of(v < o.v);
    }
}
