package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyException;
import dev.kaa.runtime.binding.Args;
import dev.kaa.runtime.slots.CompareOp;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code types.GenericAlias} ({@code Objects/genericaliasobject.c}): what {@code list[int]} returns, a
 * parameterized view of a class that forwards most attributes to it and calls it to make instances.
 */
@PyClass(name = "GenericAlias", module = "types", doc = "GenericAlias(origin, args, /)\n--\n\n"
        + "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).")
public final class PyGenericAlias extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyGenericAliasTable());

    /** Attributes the alias answers itself; any other is looked up on the origin ({@code attr_exceptions}). */
    private static final String[] ATTR_EXCEPTIONS = {"__class__", "__bases__", "__origin__", "__args__",
            "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__", "__mro_entries__",
            "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__"};

    final PyObject origin;
    final PyTuple args;
    private PyTuple parameters;
    private final boolean starred;

    /** {@code Py_GenericAlias(origin, args)}: a non-tuple {@code args} becomes a 1-tuple. */
    public PyGenericAlias(PyObject origin, PyObject args) {
        this(origin, args, false);
    }

    private PyGenericAlias(PyObject origin, PyObject args, boolean starred) {
        super(TYPE);
        this.origin = origin;
        this.args = args instanceof PyTuple t ? t : PyTuple.of(args);
        this.starred = starred;
    }

    @PySlot(Slot.tp_new)
    static PyObject gaNew(PyType type, PyObject[] a, int off, int nargs, PyTuple kwnames) {
        if (kwnames != null && kwnames.size() > 0) {
            throw PyErr.format(PyExc.TypeError, "GenericAlias() takes no keyword arguments");
        }
        if (nargs != 2) {
            throw Args.checkPositional("GenericAlias", nargs, 2, 2);
        }
        return new PyGenericAlias(a[off], a[off + 1]);
    }

    /** {@code ga_repr_item} (shared with unions): {@code ...}, a generic's repr, or module.qualname. */
    static String reprItem(PyObject p) {
        if (p == PyEllipsis.ELLIPSIS) {
            return "...";
        }
        if (p instanceof PyGenericAlias) {
            return Abstract.repr(p).toString();
        }
        PyObject qualname = Abstract.lookupAttr(p, Id.__qualname__);
        if (qualname == null) {
            return Abstract.repr(p).toString();
        }
        PyObject module = Abstract.lookupAttr(p, Id.__module__);
        if (module == null || module == PyNone.NONE) {
            return Abstract.repr(p).toString();
        }
        PyObject hasOrigin = Abstract.lookupAttr(p, PyStr.of("__origin__"));
        if (hasOrigin != null && Abstract.lookupAttr(p, PyStr.of("__args__")) != null) {
            // Looks like a GenericAlias (e.g. a typing alias): its repr says it best.
            return Abstract.repr(p).toString();
        }
        if (module instanceof PyStr m && m.toString().equals("builtins")) {
            return Abstract.str(qualname).toString();
        }
        return Abstract.str(module) + "." + Abstract.str(qualname);
    }

    private static String reprItemOrList(PyObject p) {
        if (p instanceof PyList l) {
            StringBuilder sb = new StringBuilder("[");
            PyObject[] items = Abstract.sequenceToArray(l);
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(reprItem(items[i]));
            }
            return sb.append(']').toString();
        }
        return reprItem(p);
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        StringBuilder sb = new StringBuilder();
        if (starred) {
            sb.append('*');
        }
        sb.append(reprItem(origin)).append('[');
        int n = args.size();
        if (n == 0) {
            sb.append("()");
        }
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(reprItemOrList(args.get(i)));
        }
        return PyStr.of(sb.append(']').toString());
    }

    @PySlot(Slot.tp_getattro)
    static PyObject getattro(PyObject self, PyStr name) {
        String s = name.toString();
        for (String e : ATTR_EXCEPTIONS) {
            if (e.equals(s)) {
                return Abstract.genericGetAttr(self, name, false);
            }
        }
        return Abstract.getAttr(((PyGenericAlias) self).origin, name);
    }

    @PySlot(Slot.tp_call)
    static PyObject call(PyObject self, PyObject[] a, int off, int nargs, PyTuple kwnames) {
        PyGenericAlias ga = (PyGenericAlias) self;
        PyObject obj = Abstract.vectorcall(ga.origin, a, off, nargs, kwnames);
        try {
            Abstract.setAttr(obj, PyStr.of("__orig_class__"), self);
        } catch (PyException e) {
            if (!e.matches(PyExc.AttributeError) && !e.matches(PyExc.TypeError)) {
                throw e;
            }
        }
        return obj;
    }

    @PySlot(Slot.tp_richcompare)
    PyObject richcompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyGenericAlias o) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        boolean eq = starred == o.starred && Abstract.richCompareBool(origin, o.origin, CompareOp.EQ)
                && Abstract.richCompareBool(args, o.args, CompareOp.EQ);
        return PyBool.of(op == CompareOp.EQ ? eq : !eq);
    }

    @PySlot(Slot.tp_hash)
    long hash() {
        long h = Abstract.hash(origin) ^ Abstract.hash(args);
        return h == -1 ? -2 : h;
    }

    @PySlot(Slot.mp_subscript)
    PyObject getitem(PyObject item) {
        PyTuple params = parameters();
        if (params.size() == 0) {
            throw PyErr.format(PyExc.TypeError, "%s is not a generic class", Abstract.repr(this));
        }
        throw PyErr.format(PyExc.TypeError, "%s is not supported yet", "substituting type parameters");
    }

    @PySlot(Slot.nb_or)
    static PyObject or(PyObject v, PyObject w) {
        return PyUnion.typeOr(v, w);
    }

    @PyGetter("__origin__")
    PyObject getOrigin() {
        return origin;
    }

    @PyGetter("__args__")
    PyObject getArgs() {
        return args;
    }

    /** {@code ga_iter}: yields {@code *self} once (PEP 646 unpacking, {@code [*tuple[int, str]]}). */
    @PySlot(Slot.tp_iter)
    PyObject iter() {
        return new PyGenericAliasIterator(this);
    }

    /** This alias unpacked ({@code *list[int]}). */
    PyGenericAlias starredCopy() {
        return new PyGenericAlias(origin, args, true);
    }

    /** The arguments of an unpacked {@code *tuple[...]}, else None. */
    @PyGetter("__typing_unpacked_tuple_args__")
    PyObject getTypingUnpackedTupleArgs() {
        return starred && origin == PyTuple.TYPE ? args : PyNone.NONE;
    }

    @PyGetter("__unpacked__")
    PyObject getUnpacked() {
        return PyBool.of(starred);
    }

    /** {@code _Py_make_parameters}: the type variables among the arguments, in order, without repeats. */
    @PyGetter("__parameters__")
    PyTuple parameters() {
        PyTuple p = parameters;
        if (p == null) {
            p = makeParameters(args);
            parameters = p;
        }
        return p;
    }

    static PyTuple makeParameters(PyTuple args) {
        List<PyObject> out = new ArrayList<>();
        for (PyObject t : args.array()) {
            if (t instanceof PyType) {
                continue;
            }
            if (t.type().lookup(PyStr.of("__typing_subst__")) != null) {
                if (!out.contains(t)) {
                    out.add(t);
                }
                continue;
            }
            PyObject sub = Abstract.lookupAttr(t, PyStr.of("__parameters__"));
            if (sub instanceof PyTuple st) {
                for (PyObject x : st.array()) {
                    if (!out.contains(x)) {
                        out.add(x);
                    }
                }
            }
        }
        return out.isEmpty() ? PyTuple.EMPTY : PyTuple.of(out.toArray(new PyObject[0]));
    }

    @PyMethod(sig = "bases, /")
    PyObject __mro_entries__(PyObject bases) {
        return PyTuple.of(origin);
    }

    @PyMethod(sig = "obj, /")
    PyObject __instancecheck__(PyObject obj) {
        throw PyErr.format(PyExc.TypeError, "isinstance() argument 2 cannot be a parameterized generic");
    }

    @PyMethod(sig = "cls, /")
    PyObject __subclasscheck__(PyObject cls) {
        throw PyErr.format(PyExc.TypeError, "issubclass() argument 2 cannot be a parameterized generic");
    }

    @PyMethod
    PyObject __reduce__() {
        return PyTuple.of(TYPE, PyTuple.of(origin, args));
    }
}
