package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.binding.ArgSpec;
import dev.kaa.runtime.slots.CompareOp;

/** {@code typing.ParamSpecArgs} ({@code Objects/typevarobject.c}): what {@code P.args} is for a ParamSpec P. */
@PyClass(name = "ParamSpecArgs", module = "typing", basetype = false, doc = PyParamSpecArgs.DOC)
public final class PyParamSpecArgs extends PyObject {
    static final String DOC = "The args for a ParamSpec object.\n"
            + "\n"
            + "Given a ParamSpec object P, P.args is an instance of ParamSpecArgs.\n"
            + "\n"
            + "ParamSpecArgs objects have a reference back to their ParamSpec::\n"
            + "\n"
            + "    >>> P = ParamSpec(\"P\")\n"
            + "    >>> P.args.__origin__ is P\n"
            + "    True\n"
            + "\n"
            + "This type is meant for runtime introspection and has no special meaning\n"
            + "to static type checkers.\n";

    public static final PyType TYPE = PyType.fromSpec(new PyParamSpecArgsTable());

    final PyObject origin;

    PyParamSpecArgs(PyObject origin) {
        super(TYPE);
        this.origin = origin;
    }

    private static final ArgSpec NEW_ARGS = new ArgSpec(ArgSpec.Style.KEYWORDS, "paramspecargs",
            new String[] {"origin"}, 0, 1, new boolean[] {true}, false, false);

    /** {@code paramspecargs_new}: {@code ParamSpecArgs(origin)}. */
    @PySlot(Slot.tp_new)
    static PyObject paramSpecArgsNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyObject[] a = NEW_ARGS.unpack(args, off, nargs, kwnames);
        return new PyParamSpecArgs(a[0]);
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        if (origin instanceof PyParamSpec p) {
            return PyStr.of(p.name + ".args");
        }
        return PyStr.of(Abstract.repr(origin) + ".args");
    }

    /** Equal when the origins are. */
    @PySlot(Slot.tp_richcompare)
    PyObject richcompare(PyObject other, CompareOp op) {
        if (other.type() != type() || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return Abstract.richCompare(origin, ((PyParamSpecArgs) other).origin, op);
    }

    @PyGetter("__origin__")
    PyObject getOrigin() {
        return origin;
    }

    @PyMethod(sig = "bases, /")
    PyObject __mro_entries__(PyObject bases) {
        throw PyErr.format(PyExc.TypeError, "Cannot subclass an instance of ParamSpecArgs");
    }
}
