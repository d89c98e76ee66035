package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.binding.ArgSpec;
import dev.kaa.runtime.binding.Args;

/**
 * {@code typing.ParamSpec} ({@code Objects/typevarobject.c}): the {@code **P} of a type parameter list, or
 * {@code ParamSpec('P')}. {@code P.args} and {@code P.kwargs} are {@link PyParamSpecArgs} and
 * {@link PyParamSpecKwargs}.
 */
@PyClass(name = "ParamSpec", module = "typing", basetype = false, doc = PyParamSpec.DOC)
public final class PyParamSpec extends PyObject {
    static final String DOC = "Parameter specification variable.\n"
            + "\n"
            + "The preferred way to construct a parameter specification is via the\n"
            + "dedicated syntax for generic functions, classes, and type aliases,\n"
            + "where the use of '**' creates a parameter specification::\n"
            + "\n"
            + "    type IntFunc[**P] = Callable[P, int]\n"
            + "\n"
            + "The following syntax creates a parameter specification that defaults\n"
            + "to a callable accepting two positional-only arguments of types int\n"
            + "and str:\n"
            + "\n"
            + "    type IntFuncDefault[**P = (int, str)] = Callable[P, int]\n"
            + "\n"
            + "For compatibility with Python 3.11 and earlier, ParamSpec objects\n"
            + "can also be created as follows::\n"
            + "\n"
            + "    P = ParamSpec('P')\n"
            + "    DefaultP = ParamSpec('DefaultP', default=(int, str))\n"
            + "\n"
            + "Parameter specification variables exist primarily for the benefit of\n"
            + "static type checkers.  They are used to forward the parameter types of\n"
            + "one callable to another callable, a pattern commonly found in\n"
            + "higher-order functions and decorators.  They are only valid when used\n"
            + "in ``Concatenate``, or as the first argument to ``Callable``, or as\n"
            + "parameters for user-defined Generics. See class Generic for more\n"
            + "information on generic types.\n"
            + "\n"
            + "An example for annotating a decorator::\n"
            + "\n"
            + "    def add_logging[**P, T](f: Callable[P, T]) -> Callable[P, T]:\n"
            + "        '''A type-safe decorator to add logging to a function.'''\n"
            + "        def inner(*args: P.args, **kwargs: P.kwargs) -> T:\n"
            + "            logging.info(f'{f.__name__} was called')\n"
            + "            return f(*args, **kwargs)\n"
            + "        return inner\n"
            + "\n"
            + "    @add_logging\n"
            + "    def add_two(x: float, y: float) -> float:\n"
            + "        '''Add two numbers together.'''\n"
            + "        return x + y\n"
            + "\n"
            + "Parameter specification variables can be introspected. e.g.::\n"
            + "\n"
            + "    >>> P = ParamSpec(\"P\")\n"
            + "    >>> P.__name__\n"
            + "    'P'\n"
            + "\n"
            + "Note that only parameter specification variables defined in the global\n"
            + "scope can be pickled.\n";

    public static final PyType TYPE = PyType.fromSpec(new PyParamSpecTable());

    final PyStr name;
    private final PyObject bound;
    /** {@code __default__}: {@link PyNoDefault#NO_DEFAULT} when there is none. */
    final LazyTypeValue defaultValue;
    private final boolean covariant;
    private final boolean contravariant;
    private final boolean inferVariance;
    /** {@code __module__} when set; null means the type's ({@code typing}). */
    private PyObject module;

    PyParamSpec(PyStr name, PyObject bound, PyObject defaultValue, boolean covariant, boolean contravariant,
                boolean inferVariance, PyObject module) {
        super(TYPE);
        this.name = name;
        this.bound = bound;
        this.defaultValue = new LazyTypeValue(defaultValue, null);
        this.covariant = covariant;
        this.contravariant = contravariant;
        this.inferVariance = inferVariance;
        this.module = module;
    }

    private static final ArgSpec NEW_ARGS = new ArgSpec(ArgSpec.Style.KEYWORDS, "paramspec",
            new String[] {"name", "bound", "default", "covariant", "contravariant", "infer_variance"}, 0, 1,
            new boolean[] {true, false, false, false, false, false}, false, false);

    /**
     * {@code paramspec_new}: {@code ParamSpec(name, *, bound=None, default=typing.NoDefault, covariant=False,
     * contravariant=False, infer_variance=False)}.
     */
    @PySlot(Slot.tp_new)
    static PyObject paramSpecNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyObject[] a = NEW_ARGS.unpack(args, off, nargs, kwnames);
        PyStr name = Args.cast(a[0], PyStr.class, "paramspec", "argument 'name'", "str");
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
        return new PyParamSpec(name, bound, dflt, covariant, contravariant, inferVariance,
                TypeParams.callerModule());
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        if (inferVariance) {
            return name;
        }
        return PyStr.of((covariant ? "+" : contravariant ? "-" : "~") + name);
    }

    /** Unions of ParamSpecs mean nothing, but typing.py allowed them, so the C type does too. */
    @PySlot(Slot.nb_or)
    static PyObject or(PyObject v, PyObject w) {
        return TypeParams.makeUnion(v, w);
    }

    @PyGetter("__name__")
    PyObject getName() {
        return name;
    }

    @PyGetter("__bound__")
    PyObject getBound() {
        return bound == null ? PyNone.NONE : bound;
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

    @PyGetter(value = "args", doc = "Represents positional arguments.")
    PyObject getArgs() {
        return new PyParamSpecArgs(this);
    }

    @PyGetter(value = "kwargs", doc = "Represents keyword arguments.")
    PyObject getKwargs() {
        return new PyParamSpecKwargs(this);
    }

    @PyGetter(value = "__default__", doc = "The default value for this ParamSpec.")
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
        PyObject r = TypeParams.callTyping("_paramspec_subst", this, arg);
        if (r != null) {
            return r;
        }
        return arg instanceof PyList l ? PyTuple.wrap(l.toArray()) : arg;
    }

    @PyMethod(sig = "alias, args, /")
    PyObject __typing_prepare_subst__(PyObject alias, PyObject args) {
        PyObject r = TypeParams.callTyping("_paramspec_prepare_subst", this, alias, args);
        return r != null ? r : args;
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
        throw PyErr.format(PyExc.TypeError, "Cannot subclass an instance of ParamSpec");
    }

    @Override
    public String toString() {
        return repr().toString();
    }
}
