package dev.kaa.runtime;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.objects.PyBoundMethod;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyTuple;
import dev.kaa.runtime.objects.PyType;

import java.util.Arrays;
import java.util.function.Function;

/**
 * A stand-in for Python functions in tests (the interpreter's function type comes later): callable, and
 * bound to the instance when found on a class, so it can serve as a dunder method of a Python class.
 */
@PyClass(name = "jfunc")
final class JFunc extends PyObject {
    static final PyType TYPE = PyType.fromSpec(new JFuncTable(), PyType.OBJECT, PyType.TPFLAGS_METHOD_DESCRIPTOR);

    final Function<PyObject[], PyObject> body;

    JFunc(Function<PyObject[], PyObject> body) {
        super(TYPE);
        this.body = body;
    }

    @PySlot(Slot.tp_call)
    static PyObject call(PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        return ((JFunc) self).body.apply(Arrays.copyOfRange(args, off, off + nargs));
    }

    @PySlot(Slot.tp_descr_get)
    PyObject get(PyObject obj, PyObject type) {
        return obj == null ? this : new PyBoundMethod(this, obj);
    }
}
