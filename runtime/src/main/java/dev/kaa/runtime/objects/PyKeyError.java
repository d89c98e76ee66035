package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;

/** {@code KeyError}: str() of a single argument is its repr, so {@code KeyError('')} prints {@code ''}. */
@PyClass(name = "KeyError", doc = "Mapping key not found.")
public class PyKeyError extends PyBaseException {
    PyKeyError(PyType type, PyTuple args) {
        super(type, args);
    }

    @PySlot(Slot.tp_str)
    PyObject keyErrorStr() {
        if (args.size() == 1) {
            return Abstract.repr(args.get(0));
        }
        return str();
    }
}
