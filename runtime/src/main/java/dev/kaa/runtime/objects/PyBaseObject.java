package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyHash;
import dev.kaa.runtime.slots.CompareOp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code object}, the root of the type hierarchy ({@code PyBaseObject_Type}): identity hashing and
 * equality, the default {@code repr}, generic attribute access, and the argument checks of
 * {@code object.__new__}/{@code object.__init__}. The type object itself is {@link PyType#OBJECT} (created
 * together with {@code type}); instances of {@code object()} are of this class, instances of Python
 * classes based on object are {@link PyInstance}.
 */
@PyClass(name = "object", doc = "The base class of the class hierarchy.\n\n"
        + "When called, it accepts no arguments and returns a new featureless\n"
        + "instance that has no instance attributes and cannot be given any.\n")
public final class PyBaseObject extends PyObject {
    PyBaseObject() {
        super(PyType.OBJECT);
    }

    private static boolean excessArgs(int nargs, PyTuple kwnames) {
        return nargs != 0 || kwnames != null;
    }

    /** {@code object_new}. */
    @PySlot(Slot.tp_new)
    static PyObject objectNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        if (excessArgs(nargs, kwnames)) {
            if (type.tp_new != PyType.OBJECT.tp_new) {
                throw PyErr.format(PyExc.TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (type.tp_init == PyType.OBJECT.tp_init) {
                throw PyErr.format(PyExc.TypeError, "%s() takes no arguments", type.getName());
            }
        }
        if (type.hasFlag(PyType.TPFLAGS_IS_ABSTRACT)) {
            throw abstractError(type);
        }
        if (type == PyType.OBJECT) {
            return new PyBaseObject();
        }
        return new PyInstance(type);
    }

    private static dev.kaa.runtime.PyException abstractError(PyType type) {
        PyObject am = type.lookup(PyStr.of("__abstractmethods__"));
        List<String> names = new ArrayList<>();
        if (am != null) {
            for (PyObject n : Abstract.sequenceToArray(am)) {
                names.add(Abstract.repr(n).toString());
            }
        }
        Collections.sort(names);
        return PyErr.format(PyExc.TypeError,
                "Can't instantiate abstract class %s without an implementation for abstract method%s %s",
                type.getSimpleName(), names.size() > 1 ? "s" : "", String.join(", ", names));
    }

    /** {@code object_init}. */
    @PySlot(Slot.tp_init)
    static void objectInit(PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        if (excessArgs(nargs, kwnames)) {
            PyType type = self.type();
            if (type.tp_init != PyType.OBJECT.tp_init) {
                throw PyErr.format(PyExc.TypeError,
                        "object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (type.tp_new == PyType.OBJECT.tp_new) {
                throw PyErr.format(PyExc.TypeError,
                        "%s.__init__() takes exactly one argument (the instance to initialize)", type.getName());
            }
        }
    }

    /** {@code object_repr}: "&lt;module.Qualname object at 0x...&gt;". */
    @PySlot(Slot.tp_repr)
    static PyObject objectRepr(PyObject self) {
        PyType t = self.type();
        String mod = t.moduleName();
        String name = mod != null && !mod.equals("builtins") ? mod + "." + t.getQualname() : t.getQualname();
        return PyStr.of("<" + name + " object at " + Abstract.addressOf(self) + ">");
    }

    /** {@code object_str}: the type's repr. */
    @PySlot(Slot.tp_str)
    static PyObject objectStr(PyObject self) {
        return Abstract.repr(self);
    }

    @PySlot(Slot.tp_hash)
    static long objectHash(PyObject self) {
        return PyHash.identityHash(self);
    }

    /** {@code object_richcompare}: identity for ==, and != as the negation of the type's ==. */
    @PySlot(Slot.tp_richcompare)
    static PyObject objectRichcompare(PyObject self, PyObject other, CompareOp op) {
        switch (op) {
            case EQ:
                return self == other ? PyBool.TRUE : PyNotImplemented.NOT_IMPLEMENTED;
            case NE: {
                if (self.type().tp_richcompare == null) {
                    return PyNotImplemented.NOT_IMPLEMENTED;
                }
                PyObject r = self.type().tp_richcompare.compare(self, other, CompareOp.EQ);
                if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                    return PyBool.of(!Abstract.isTrue(r));
                }
                return r;
            }
            default:
                return PyNotImplemented.NOT_IMPLEMENTED;
        }
    }

    @PySlot(Slot.tp_getattro)
    static PyObject objectGetattro(PyObject self, PyStr name) {
        return Abstract.genericGetAttr(self, name, false);
    }

    @PySlot(Slot.tp_setattro)
    static void objectSetattro(PyObject self, PyStr name, PyObject value) {
        Abstract.genericSetAttr(self, name, value);
    }

    @PyMethod(doc = "Default dir() implementation.")
    static PyObject __dir__(PyObject self) {
        PyDict result = new PyDict();
        if (self instanceof HasDict hd && hd.dictOrNull() != null) {
            result.update(hd.dictOrNull());
        }
        PyObject cls = Abstract.getAttr(self, Id.__class__);
        if (cls instanceof PyType t) {
            mergeClassDict(t, result);
        }
        return PyList.of(result.keysArray());
    }

    private static void mergeClassDict(PyType t, PyDict result) {
        for (PyObject k : t.dictCopy().keysArray()) {
            result.setItem(k, PyNone.NONE);
        }
        for (PyType b : t.getBases()) {
            mergeClassDict(b, result);
        }
    }

    @PyMethod(sig = "format_spec, /", doc = "Default object formatter.")
    static PyObject __format__(PyObject self, PyStr spec) {
        if (spec.length() > 0) {
            throw PyErr.format(PyExc.TypeError, "unsupported format string passed to %s.__format__",
                    self.type().getName());
        }
        return Abstract.str(self);
    }

    @PyMethod(doc = "Size of object in memory, in bytes.")
    static long __sizeof__(PyObject self) {
        return 16;
    }

    @PyMethod(classmethod = true, doc = "This method is called when a class is subclassed.\n\n"
            + "The default implementation does nothing. It may be\n"
            + "overridden to extend subclasses.\n")
    static PyObject __init_subclass__(PyType cls) {
        return PyNone.NONE;
    }

    @PyMethod(classmethod = true, sig = "*args", doc = "Abstract classes can override this to customize issubclass().")
    static PyObject __subclasshook__(PyType cls, PyTuple args) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    // Static, with self as a parameter: object's attributes apply to every object, not only to PyBaseObject.

    @PyGetter(value = "__class__", doc = "the object's class")
    static PyObject getClassAttr(PyObject self) {
        return self.type();
    }

    @PySetter("__class__")
    static void setClassAttr(PyObject self, PyObject value) {
        setClassOf(self, value);
    }

    /** {@code object_set_class}: {@code obj.__class__ = C} between compatible heap types. */
    static void setClassOf(PyObject self, PyObject value) {
        if (value == null) {
            throw PyErr.format(PyExc.TypeError, "can't delete __class__ attribute");
        }
        if (!(value instanceof PyType newto)) {
            throw PyErr.format(PyExc.TypeError, "__class__ must be set to a class, not '%s' object",
                    value.type().getName());
        }
        PyType oldto = self.type();
        if (!(newto.isHeapType() && oldto.isHeapType()) && !(self instanceof PyModule)) {
            throw PyErr.format(PyExc.TypeError,
                    "__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (newto.getLayout() != oldto.getLayout() || HeapTypes.slotCount(newto) != HeapTypes.slotCount(oldto)) {
            throw PyErr.format(PyExc.TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                    newto.getName(), oldto.getName());
        }
        self.setType(newto);
    }
}
