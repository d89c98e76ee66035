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
        // object_str calls tp_repr directly: PyObject_Str then checks the result ("__str__ returned ...").
        PyType t = self.type();
        return t.tp_repr == null ? objectRepr(self) : t.tp_repr.apply(self);
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

    @PyMethod(doc = "Helper for pickle.")
    static PyObject __getstate__(PyObject self) {
        return getstateDefault(self, false);
    }

    /** {@code object_getstate_default}: the instance dict (None when empty), paired with the slot values. */
    static PyObject getstateDefault(PyObject obj, boolean required) {
        PyObject state = PyNone.NONE;
        if (obj instanceof HasDict hd) {
            PyDict d = hd.dictOrNull();
            if (d != null && d.size() > 0) {
                state = d;
            }
        }
        List<String> names = new ArrayList<>();
        for (PyType t : obj.type().getMro()) {
            if (t.slotNames == null) {
                continue;
            }
            for (String n : t.slotNames) {
                names.add(n); // already mangled, without __dict__ and __weakref__
            }
        }
        if (required && names.isEmpty() && !(obj instanceof PyInstance) && !(obj instanceof HasDict)
                && obj.getClass() != PyBaseObject.class) {
            throw PyErr.format(PyExc.TypeError, "cannot pickle '%s' object", obj.type().getName());
        }
        if (!names.isEmpty()) {
            PyDict slots = new PyDict();
            for (String n : names) {
                PyObject v = Abstract.lookupAttr(obj, PyStr.of(n));
                if (v != null) {
                    slots.setItem(PyStr.of(n), v);
                }
            }
            if (slots.size() > 0) {
                state = PyTuple.of(state, slots);
            }
        }
        return state;
    }

    @PyMethod(doc = "Helper for pickle.")
    static PyObject __reduce__(PyObject self) {
        return commonReduce(self, 0);
    }

    @PyMethod(sig = "protocol, /", doc = "Helper for pickle.")
    static PyObject __reduce_ex__(PyObject self, long protocol) {
        PyObject reduce = Abstract.lookupAttr(self, PyStr.of("__reduce__"));
        if (reduce != null) {
            PyObject clsReduce = Abstract.lookupAttr(self.type(), PyStr.of("__reduce__"));
            PyObject objReduce = PyType.OBJECT.lookup(PyStr.of("__reduce__"));
            if (clsReduce != objReduce) {
                return Abstract.call(reduce);
            }
        }
        return commonReduce(self, protocol);
    }

    /** {@code _common_reduce}: pickling goes through {@code copyreg}, as in CPython. */
    private static PyObject commonReduce(PyObject self, long protocol) {
        PyType cls = self.type();
        if (protocol < 2 && !cls.isHeapType() && cls != PyType.OBJECT) {
            // copyreg._reduce_ex's first test: the nearest non-heap base is the class itself.
            throw PyErr.format(PyExc.TypeError, "cannot pickle %s object", Abstract.repr(PyStr.of(cls.getSimpleName())));
        }
        PyObject copyreg = dev.kaa.runtime.imports.Importer.importName("copyreg");
        if (protocol >= 2) {
            return reduceNewobj(copyreg, self);
        }
        return Abstract.callMethod(copyreg, "_reduce_ex", self, PyInt.of(protocol));
    }

    /** {@code reduce_newobj}: {@code (copyreg.__newobj__, (cls, *args), state, listitems, dictitems)}. */
    private static PyObject reduceNewobj(PyObject copyreg, PyObject obj) {
        PyType cls = obj.type();
        if (cls.tp_new == null) {
            throw PyErr.format(PyExc.TypeError, "cannot pickle '%s' object", cls.getName());
        }
        PyObject args = null;
        PyObject kwargs = null;
        PyObject gnex = Abstract.lookupAttr(obj, PyStr.of("__getnewargs_ex__"));
        if (gnex != null) {
            PyObject r = Abstract.call(gnex);
            if (!(r instanceof PyTuple rt)) {
                throw PyErr.format(PyExc.TypeError, "__getnewargs_ex__ should return a tuple, not '%s'",
                        r.type().getName());
            }
            if (rt.size() != 2) {
                throw PyErr.format(PyExc.ValueError, "__getnewargs_ex__ should return a tuple of length 2, not %d",
                        rt.size());
            }
            args = rt.get(0);
            kwargs = rt.get(1);
            if (!(args instanceof PyTuple)) {
                throw PyErr.format(PyExc.TypeError, "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'",
                        args.type().getName());
            }
            if (!(kwargs instanceof PyDict)) {
                throw PyErr.format(PyExc.TypeError, "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'",
                        kwargs.type().getName());
            }
        } else {
            PyObject gn = Abstract.lookupAttr(obj, PyStr.of("__getnewargs__"));
            if (gn != null) {
                args = Abstract.call(gn);
                if (!(args instanceof PyTuple)) {
                    throw PyErr.format(PyExc.TypeError, "__getnewargs__ should return a tuple, not '%s'",
                            args.type().getName());
                }
            }
        }
        boolean hasArgs = args != null;
        PyObject newobj;
        PyObject newargs;
        if (kwargs == null || ((PyDict) kwargs).size() == 0) {
            newobj = Abstract.getAttr(copyreg, PyStr.of("__newobj__"));
            PyObject[] a = hasArgs ? ((PyTuple) args).array() : new PyObject[0];
            PyObject[] na = new PyObject[a.length + 1];
            na[0] = cls;
            System.arraycopy(a, 0, na, 1, a.length);
            newargs = PyTuple.of(na);
        } else {
            newobj = Abstract.getAttr(copyreg, PyStr.of("__newobj_ex__"));
            newargs = PyTuple.of(cls, args, kwargs);
        }
        PyObject state;
        PyObject getstate = Abstract.lookupAttr(obj, PyStr.of("__getstate__"));
        PyObject objGetstate = PyType.OBJECT.lookup(PyStr.of("__getstate__"));
        if (getstate != null && Abstract.lookupAttr(cls, PyStr.of("__getstate__")) != objGetstate) {
            state = Abstract.call(getstate);
        } else {
            state = getstateDefault(obj, !(hasArgs || obj instanceof PyList || obj instanceof PyDict));
        }
        PyObject listitems = obj instanceof PyList ? Abstract.getIter(obj) : PyNone.NONE;
        PyObject dictitems = obj instanceof PyDict ? Abstract.getIter(Abstract.callMethod(obj, "items")) : PyNone.NONE;
        return PyTuple.of(newobj, newargs, state, listitems, dictitems);
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

    @PyMethod(classmethod = true, sig = "*args, **kwargs", doc = "This method is called when a class is subclassed.\n\n"
            + "The default implementation does nothing. It may be\n"
            + "overridden to extend subclasses.\n")
    static PyObject __init_subclass__(PyType cls, PyTuple args, PyDict kwargs) {
        // METH_NOARGS bound to the class: the messages name it by its qualname ("Bad.__init_subclass__()").
        if (kwargs.size() > 0) {
            throw PyErr.format(PyExc.TypeError, "%s.__init_subclass__() takes no keyword arguments", cls.getQualname());
        }
        if (args.size() > 0) {
            throw PyErr.format(PyExc.TypeError, "%s.__init_subclass__() takes no arguments (%d given)",
                    cls.getQualname(), args.size());
        }
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
        if (newto.getLayout() != oldto.getLayout() || !allSlotNames(newto).equals(allSlotNames(oldto))
                || newto.hasInstanceDict() != oldto.hasInstanceDict()) {
            throw PyErr.format(PyExc.TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                    newto.getName(), oldto.getName());
        }
        self.setType(newto);
    }

    /** The {@code __slots__} members of {@code t} in layout order ({@code same_slots_added} compares them). */
    private static List<String> allSlotNames(PyType t) {
        List<String> out = new ArrayList<>();
        PyType[] mro = t.getMro();
        for (int i = mro.length - 1; i >= 0; i--) {
            if (mro[i].slotNames != null) {
                Collections.addAll(out, mro[i].slotNames);
            }
        }
        return out;
    }
}
