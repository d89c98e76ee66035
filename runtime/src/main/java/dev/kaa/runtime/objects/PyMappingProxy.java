package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.slots.CompareOp;

/** {@code mappingproxy}: a read-only view of a mapping ({@code type.__dict__}). */
@PyClass(name = "mappingproxy", basetype = false, doc = "Read-only proxy of a mapping.")
public final class PyMappingProxy extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyMappingProxyTable(), PyType.OBJECT, PyType.TPFLAGS_MAPPING);

    final PyObject mapping;

    public PyMappingProxy(PyObject mapping) {
        super(TYPE);
        this.mapping = mapping;
    }

    @PySlot(value = Slot.tp_new, sig = "mapping")
    static PyObject proxyNew(PyType type, PyObject mapping) {
        if (mapping.type().mp_subscript == null || mapping instanceof PyList || mapping instanceof PyTuple) {
            throw PyErr.format(PyExc.TypeError, "mappingproxy() argument must be a mapping, not %s",
                    mapping.type().getName());
        }
        return new PyMappingProxy(mapping);
    }

    @PySlot(Slot.mp_subscript)
    PyObject subscript(PyObject key) {
        return Abstract.getItem(mapping, key);
    }

    @PySlot(Slot.mp_length)
    long len() {
        return Abstract.length(mapping);
    }

    @PySlot(Slot.sq_contains)
    boolean contains(PyObject key) {
        return Abstract.contains(mapping, key);
    }

    @PySlot(Slot.tp_iter)
    PyObject iter() {
        return Abstract.getIter(mapping);
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        return PyStr.of("mappingproxy(" + Abstract.repr(mapping) + ")");
    }

    @PySlot(Slot.tp_str)
    PyObject str() {
        return Abstract.str(mapping);
    }

    @PySlot(Slot.tp_richcompare)
    PyObject richcompare(PyObject other, CompareOp op) {
        return Abstract.richCompare(mapping, other, op);
    }

    @PySlot(Slot.nb_or)
    static PyObject or(PyObject v, PyObject w) {
        PyObject a = v instanceof PyMappingProxy p ? p.mapping : v;
        PyObject b = w instanceof PyMappingProxy p ? p.mapping : w;
        return dev.kaa.runtime.PyNumber.or(a, b);
    }

    @PySlot(Slot.nb_inplace_or)
    PyObject inplaceOr(PyObject other) {
        throw PyErr.format(PyExc.TypeError, "'|=' is not supported by %s; use '|' instead", type().getName());
    }

    /** {@code mappingproxy_hash}: the hash of the underlying mapping. */
    @PySlot(Slot.tp_hash)
    long hash() {
        return Abstract.hash(mapping);
    }

    @PyMethod(sig = "key, default=None, /", doc = "Return the value for key if key is in the mapping, else default.")
    PyObject get(PyObject key, PyObject defaultValue) {
        return Abstract.callMethod(mapping, "get", key, defaultValue);
    }

    @PyMethod(doc = "D.keys() -> a set-like object providing a view on D's keys")
    PyObject keys() {
        return Abstract.callMethod(mapping, "keys");
    }

    @PyMethod(doc = "D.values() -> an object providing a view on D's values")
    PyObject values() {
        return Abstract.callMethod(mapping, "values");
    }

    @PyMethod(doc = "D.items() -> a set-like object providing a view on D's items")
    PyObject items() {
        return Abstract.callMethod(mapping, "items");
    }

    @PyMethod(doc = "D.copy() -> a shallow copy of D")
    PyObject copy() {
        return Abstract.callMethod(mapping, "copy");
    }

    @PyMethod(doc = "D.__reversed__() -> reverse iterator")
    PyObject __reversed__() {
        return Abstract.callMethod(mapping, "__reversed__");
    }

    @PyMethod(name = "__class_getitem__", classmethod = true, sig = "item, /", doc = "See PEP 585")
    static PyObject classGetitem(PyType type, PyObject item) {
        return new PyGenericAlias(type, item);
    }

}
