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

/** {@code typing.ParamSpecKwargs} ({@code Objects/typevarobject.c}): what {@code P.kwargs} is for a ParamSpec P. */
@PyClass(name = "ParamSpecKwargs", module = "typing", basetype = false, doc = PyParamSpecKwargs.DOC)
public final class PyParamSpecKwargs extends PyObject {
    static final String DOC = "The kwargs for a ParamSpec object.\n"
            + "\n"
            + "Given a ParamSpec object P, P.kwargs is an instance of ParamSpecKwargs.\n"
            + "\n"
            + "ParamSpecKwargs objects have a reference back to their ParamSpec::\n"
            + "\n"
            + "    >>> P = ParamSpec(\"P\")\n"
            + "    >>> P.kwargs.__origin__ is P\n"
            + "    True\n"
            + "\n"
            + "This type is meant for runtime introspection and has no special meaning\n"
            + "to static type checkers.\n";

    public static final PyType TYPE = PyType.fromSpec(new PyParamSpecKwargsTable());

    final PyObject origin;

    PyParamSpecKwargs(PyObject origin) {
        super(TYPE);
        this.origin = origin;
    }

    private static final ArgSpec NEW_ARGS = new ArgSpec(ArgSpec.Style.KEYWORDS, "paramspeckwargs",
            new String[] {"origin"}, 0, 1, new boolean[] {true}, false, false);

    /** {@code paramspeckwargs_new}: {@code ParamSpecKwargs(origin)}. */
    @PySlot(Slot.tp_new)
    static PyObject paramSpecKwargsNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyObject[] a = NEW_ARGS.unpack(args, off, nargs, kwnames);
        return new PyParamSpecKwargs(a[0]);
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        if (origin instanceof PyParamSpec p) {
            return PyStr.of(p.name + ".kwargs");
        }
        return PyStr.of(Abstract.repr(origin) + ".kwargs");
    }

    /** Equal when the origins are. */
    @PySlot(Slot.tp_richcompare)
    PyObject richcompare(PyObject other, CompareOp op) {
        if (other.type() != type() || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return Abstract.richCompare(origin, ((PyParamSpecKwargs) other).origin, op);
    }

    @PyGetter("__origin__")
    PyObject getOrigin() {
        return origin;
    }

    @PyMethod(sig = "bases, /")
    PyObject __mro_entries__(PyObject bases) {
        throw PyErr.format(PyExc.TypeError, "Cannot subclass an instance of ParamSpecKwargs");
    }
}
