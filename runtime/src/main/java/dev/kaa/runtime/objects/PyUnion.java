package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.slots.CompareOp;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code types.UnionType} ({@code Objects/unionobject.c}): what {@code int | str} returns. isinstance and
 * issubclass treat it as the tuple of its {@code __args__}.
 */
@PyClass(name = "UnionType", module = "types", basetype = false,
        doc = "Represent a PEP 604 union type\n\nE.g. for int | str")
public final class PyUnion extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyUnionTable());

    /** The flattened, de-duplicated members (None as NoneType). */
    final PyTuple args;
    private PyTuple parameters;

    private PyUnion(PyTuple args) {
        super(TYPE);
        this.args = args;
    }

    /** The members, for isinstance and issubclass. */
    public PyTuple args() {
        return args;
    }

    /** {@code is_unionable}: None, a class, a generic alias, a union or a type alias. */
    private static boolean isUnionable(PyObject o) {
        if (o == PyNone.NONE || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnion) {
            return true;
        }
        return o.type().getName().equals("typing.TypeAliasType");
    }

    /** {@code _Py_union_type_or}: {@code self | other}, or NotImplemented for operands that are not types. */
    public static PyObject typeOr(PyObject self, PyObject other) {
        if (!isUnionable(self) || !isUnionable(other)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        List<PyObject> out = new ArrayList<>();
        addFlattened(out, self);
        addFlattened(out, other);
        if (out.size() == 1) {
            return out.get(0);
        }
        return new PyUnion(PyTuple.of(out.toArray(new PyObject[0])));
    }

    /**
     * {@code T | int} for a type variable or ParamSpec when {@code typing._make_union} is unavailable (no
     * standard library): the union of both operands, which need not be classes.
     */
    static PyObject ofTypeParams(PyObject self, PyObject other) {
        List<PyObject> out = new ArrayList<>();
        addFlattened(out, self);
        addFlattened(out, other);
        if (out.size() == 1) {
            return out.get(0);
        }
        return new PyUnion(PyTuple.of(out.toArray(new PyObject[0])));
    }

    /** {@code dedup_and_flatten_args}: identity de-duplication, equality for generic aliases. */
    private static void addFlattened(List<PyObject> out, PyObject o) {
        if (o instanceof PyUnion u) {
            for (PyObject x : u.args.array()) {
                addOne(out, x);
            }
        } else {
            addOne(out, o == PyNone.NONE ? PyNone.NONE.type() : o);
        }
    }

    private static void addOne(List<PyObject> out, PyObject arg) {
        for (PyObject x : out) {
            boolean dup = arg instanceof PyGenericAlias && x instanceof PyGenericAlias
                    ? Abstract.richCompareBool(arg, x, CompareOp.EQ) : arg == x;
            if (dup) {
                return;
            }
        }
        out.add(arg);
    }

    @PySlot(Slot.nb_or)
    static PyObject or(PyObject v, PyObject w) {
        return typeOr(v, w);
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(" | ");
            }
            PyObject p = args.get(i);
            sb.append(p == PyNone.NONE.type() ? "None" : PyGenericAlias.reprItem(p));
        }
        return PyStr.of(sb.toString());
    }

    /** Equal when the members are equal as sets. */
    @PySlot(Slot.tp_richcompare)
    PyObject richcompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyUnion o) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject a = Abstract.call(PyFrozenSet.TYPE, args);
        PyObject b = Abstract.call(PyFrozenSet.TYPE, o.args);
        return Abstract.richCompare(a, b, op);
    }

    @PySlot(Slot.tp_hash)
    long hash() {
        return Abstract.hash(Abstract.call(PyFrozenSet.TYPE, args));
    }

    @PyGetter("__args__")
    PyObject getArgs() {
        return args;
    }

    @PyGetter("__parameters__")
    PyObject getParameters() {
        PyTuple p = parameters;
        if (p == null) {
            p = PyGenericAlias.makeParameters(args);
            parameters = p;
        }
        return p;
    }
}
