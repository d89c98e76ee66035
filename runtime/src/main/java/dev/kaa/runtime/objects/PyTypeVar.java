package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyNumber;
import dev.kaa.runtime.binding.ArgSpec;
import dev.kaa.runtime.binding.Args;

/**
 * {@code typing.TypeVar} ({@code Objects/typevarobject.c}): made by {@code def f[T]()}, {@code class C[T]},
 * {@code type A[T] = ...} (the {@code INTRINSIC_TYPEVAR*} intrinsics, see {@link TypeParams}) or by calling
 * {@code TypeVar('T', ...)}. The bound, constraints and default of a PEP 695 type variable are evaluated
 * lazily: the compiler passes a function that computes them, called on first access to {@code __bound__},
 * {@code __constraints__} or {@code __default__} and cached.
 */
@PyClass(name = "TypeVar", module = "typing", basetype = false, doc = PyTypeVar.DOC)
public final class PyTypeVar extends PyObject {
    static final String DOC = "Type variable.\n"
            + "\n"
            + "The preferred way to construct a type variable is via the dedicated\n"
            + "syntax for generic functions, classes, and type aliases::\n"
            + "\n"
            + "    class Sequence[T]:  # T is a TypeVar\n"
            + "        ...\n"
            + "\n"
            + "This syntax can also be used to create bound and constrained type\n"
            + "variables::\n"
            + "\n"
            + "    # S is a TypeVar bound to str\n"
            + "    class StrSequence[S: str]:\n"
            + "        ...\n"
            + "\n"
            + "    # A is a TypeVar constrained to str or bytes\n"
            + "    class StrOrBytesSequence[A: (str, bytes)]:\n"
            + "        ...\n"
            + "\n"
            + "Type variables can also have defaults:\n"
            + "\n"
            + "    class IntDefault[T = int]:\n"
            + "        ...\n"
            + "\n"
            + "However, if desired, reusable type variables can also be constructed\n"
            + "manually, like so::\n"
            + "\n"
            + "   T = TypeVar('T')  # Can be anything\n"
            + "   S = TypeVar('S', bound=str)  # Can be any subtype of str\n"
            + "   A = TypeVar('A', str, bytes)  # Must be exactly str or bytes\n"
            + "   D = TypeVar('D', default=int)  # Defaults to int\n"
            + "\n"
            + "Type variables exist primarily for the benefit of static type\n"
            + "checkers.  They serve as the parameters for generic types as well\n"
            + "as for generic function and type alias definitions.\n"
            + "\n"
            + "The variance of type variables is inferred by type checkers when they\n"
            + "are created through the type parameter syntax and when\n"
            + "``infer_variance=True`` is passed. Manually created type variables may\n"
            + "be explicitly marked covariant or contravariant by passing\n"
            + "``covariant=True`` or ``contravariant=True``. By default, manually\n"
            + "created type variables are invariant. See PEP 484 and PEP 695 for more\n"
            + "details.\n";

    public static final PyType TYPE = PyType.fromSpec(new PyTypeVarTable());

    final PyStr name;
    /** {@code __bound__}: None when there is none. */
    private final LazyTypeValue bound;
    /** {@code __constraints__}: the empty tuple when there are none. */
    private final LazyTypeValue constraints;
    /** {@code __default__}: {@link PyNoDefault#NO_DEFAULT} when there is none. */
    final LazyTypeValue defaultValue;
    private final boolean covariant;
    private final boolean contravariant;
    private final boolean inferVariance;
    /** {@code __module__} when set (a call of TypeVar records its caller's); null means the type's. */
    private PyObject module;

    PyTypeVar(PyStr name, PyObject bound, PyObject evaluateBound, PyObject constraints, PyObject evaluateConstraints,
              PyObject defaultValue, boolean covariant, boolean contravariant, boolean inferVariance,
              PyObject module) {
        super(TYPE);
        this.name = name;
        this.bound = new LazyTypeValue(bound, evaluateBound);
        this.constraints = new LazyTypeValue(constraints, evaluateConstraints);
        this.defaultValue = new LazyTypeValue(defaultValue, null);
        this.covariant = covariant;
        this.contravariant = contravariant;
        this.inferVariance = inferVariance;
        this.module = module;
    }

    private static final ArgSpec NEW_ARGS = new ArgSpec(ArgSpec.Style.KEYWORDS, "typevar",
            new String[] {"name", "bound", "default", "covariant", "contravariant", "infer_variance"}, 0, 1,
            new boolean[] {true, false, false, false, false, false}, true, false);

    /**
     * {@code typevar_new}: {@code TypeVar(name, *constraints, bound=None, default=typing.NoDefault,
     * covariant=False, contravariant=False, infer_variance=False)}.
     */
    @PySlot(Slot.tp_new)
    static PyObject typeVarNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyObject[] a = NEW_ARGS.unpack(args, off, nargs, kwnames);
        PyStr name = Args.cast(a[0], PyStr.class, "typevar", "argument 'name'", "str");
        PyTuple constraints = (PyTuple) a[NEW_ARGS.varargsIndex()];
        PyObject bound = a[1];
        PyObject dflt = a[2] == null ? PyNoDefault.NO_DEFAULT : a[2];
        boolean covariant = a[3] != null && Abstract.isTrue(a[3]);
        boolean contravariant = a[4] != null && Abstract.isTrue(a[4]);
        boolean inferVariance = a[5] != null && Abstract.isTrue(a[5]);
        if (covariant && contravariant) {
            throw PyErr.format(PyExc.ValueError, "Bivariant types are not supported.");
        }
        if (inferVariance && (covariant || contravariant)) {
            throw PyErr.format(PyExc.ValueError, "Variance cannot be specified with infer_variance.");
        }
        if (bound == PyNone.NONE) {
            bound = null;
        }
        if (bound != null) {
            bound = TypeParams.typeCheck(bound, "Bound must be a type.");
        }
        if (constraints.size() == 1) {
            throw PyErr.format(PyExc.TypeError, "A single constraint is not allowed");
        } else if (constraints.size() == 0) {
            constraints = null;
        } else if (bound != null) {
            throw PyErr.format(PyExc.TypeError, "Constraints cannot be combined with bound=...");
        }
        return new PyTypeVar(name, bound, null, constraints, null, dflt, covariant, contravariant, inferVariance,
                TypeParams.callerModule());
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        if (inferVariance) {
            return name;
        }
        return PyStr.of((covariant ? "+" : contravariant ? "-" : "~") + name);
    }

    @PySlot(Slot.nb_or)
    static PyObject or(PyObject v, PyObject w) {
        return TypeParams.makeUnion(v, w);
    }

    @PyGetter("__name__")
    PyObject getName() {
        return name;
    }

    @PyGetter("__covariant__")
    PyObject getCovariant() {
        return PyBool.of(covariant);
    }

    @PyGetter("__contravariant__")
    PyObject getContravariant() {
        return PyBool.of(contravariant);
    }

    @PyGetter("__infer_variance__")
    PyObject getInferVariance() {
        return PyBool.of(inferVariance);
    }

    @PyGetter("__bound__")
    PyObject getBound() {
        return bound.get(PyNone.NONE);
    }

    @PyGetter("__constraints__")
    PyObject getConstraints() {
        return constraints.get(PyTuple.EMPTY);
    }

    @PyGetter("__default__")
    PyObject getDefault() {
        return defaultValue.get(PyNoDefault.NO_DEFAULT);
    }

    @PyGetter("__module__")
    PyObject getModule() {
        return module != null ? module : PyStr.of("typing");
    }

    @PySetter("__module__")
    void setModule(PyObject value) {
        module = value;
    }

    @PyMethod(sig = "arg, /")
    PyObject __typing_subst__(PyObject arg) {
        PyObject r = TypeParams.callTyping("_typevar_subst", this, arg);
        return r != null ? r : TypeParams.typeCheck(arg, "Parameters to generic types must be types.");
    }

    @PyMethod(sig = "alias, args, /")
    PyObject __typing_prepare_subst__(PyObject alias, PyObject args) {
        PyObject params = Abstract.getAttr(alias, PyStr.of("__parameters__"));
        long i = Args.asSsize(Abstract.callMethod(params, "index", this));
        long argsLen = Abstract.length(args);
        if (i < argsLen) {
            // We already have a value for this TypeVar.
            return args;
        }
        if (i == argsLen) {
            PyObject dflt = getDefault();
            if (dflt != PyNoDefault.NO_DEFAULT) {
                return PyNumber.add(args, PyTuple.of(dflt));
            }
        }
        throw PyErr.format(PyExc.TypeError, "Too few arguments for %s; actual %d, expected at least %d",
                Abstract.str(alias), argsLen, i + 1);
    }

    @PyMethod
    PyObject __reduce__() {
        return name;
    }

    @PyMethod
    PyObject has_default() {
        return PyBool.of(defaultValue.isPresent(PyNoDefault.NO_DEFAULT));
    }

    @PyMethod(sig = "bases, /")
    PyObject __mro_entries__(PyObject bases) {
        throw PyErr.format(PyExc.TypeError, "Cannot subclass an instance of TypeVar");
    }

    @Override
    public String toString() {
        return repr().toString();
    }
}
