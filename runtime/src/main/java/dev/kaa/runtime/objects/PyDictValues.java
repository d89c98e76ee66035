package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PyMethod;

/** {@code dict_values}: the view returned by {@code dict.values()} (not set-like). */
@PyClass(name = "dict_values", basetype = false)
public final class PyDictValues extends PyDictView {
    public static final PyType TYPE = PyType.fromSpec(new PyDictValuesTable());

    PyDictValues(PyDict dict) {
        super(TYPE, dict);
    }

    @Override
    PyType iterType() {
        return PyDictIterator.VALUE_TYPE;
    }

    @PyMethod(doc = "Return a reverse iterator over the dict values.")
    PyObject __reversed__() {
        return reversedImpl();
    }

    @Override
    PyType reverseIterType() {
        return PyDictIterator.REVERSE_VALUE_TYPE;
    }

    @PyGetter(value = "mapping", doc = "dictionary that this view refers to")
    PyObject mapping() {
        return new PyMappingProxy(dict);
    }
}
