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
 * {@code typing.TypeVarTuple} ({@code Objects/typevarobject.c}): the {@code *Ts} of a type parameter list,
 * or {@code TypeVarTuple('Ts')}. Iterating it yields {@code typing.Unpack[Ts]}, which is how
 * {@code tuple[*Ts]} works.
 */
@PyClass(name = "TypeVarTuple", module = "typing", basetype = false, doc = PyTypeVarTuple.DOC)
public final class PyTypeVarTuple extends PyObject {
    static final String DOC = "Type variable tuple. A specialized form of type variable that enables\n"
            + "variadic generics.\n"
            + "\n"
            + "The preferred way to construct a type variable tuple is via the\n"
            + "dedicated syntax for generic functions, classes, and type aliases,\n"
            + "where a single '*' indicates a type variable tuple::\n"
            + "\n"
            + "    def move_first_element_to_last[T, *Ts](tup: tuple[T, *Ts]) -> tuple[*Ts, T]:\n"
            + "        return (*tup[1:], tup[0])\n"
            + "\n"
            + "Type variables tuples can have default values:\n"
            + "\n"
            + "    type AliasWithDefault[*Ts = (str, int)] = tuple[*Ts]\n"
            + "\n"
            + "For compatibility with Python 3.11 and earlier, TypeVarTuple objects\n"
            + "can also be created as follows::\n"
            + "\n"
            + "    Ts = TypeVarTuple('Ts')  # Can be given any name\n"
            + "    DefaultTs = TypeVarTuple('Ts', default=(str, int))\n"
            + "\n"
            + "Just as a TypeVar (type variable) is a placeholder for a single type,\n"
            + "a TypeVarTuple is a placeholder for an *arbitrary* number of types. For\n"
            + "example, if we define a generic class using a TypeVarTuple::\n"
            + "\n"
            + "    class C[*Ts]: ...\n"
            + "\n"
            + "Then we can parameterize that class with an arbitrary number of type\n"
            + "arguments::\n"
            + "\n"
            + "    C[int]       # Fine\n"
            + "    C[int, str]  # Also fine\n"
            + "    C[()]        # Even this is fine\n"
            + "\n"
            + "For more details, see PEP 646.\n"
            + "\n"
            + "Note that only TypeVarTuples defined in the global scope can be\n"
            + "pickled.\n";

    public static final PyType TYPE = PyType.fromSpec(new PyTypeVarTupleTable());

    final PyStr name;
    /** {@code __default__}: {@link PyNoDefault#NO_DEFAULT} when there is none. */
    final LazyTypeValue defaultValue;
    /** {@code __module__} when set; null means the type's ({@code typing}). */
    private PyObject module;

    PyTypeVarTuple(PyStr name, PyObject defaultValue, PyObject module) {
        super(TYPE);
        this.name = name;
        this.defaultValue = new LazyTypeValue(defaultValue, null);
        this.module = module;
    }

    private static final ArgSpec NEW_ARGS = new ArgSpec(ArgSpec.Style.KEYWORDS, "typevartuple",
            new String[] {"name", "default"}, 0, 1, new boolean[] {true, false}, false, false);

    /** {@code typevartuple}: {@code TypeVarTuple(name, *, default=typing.NoDefault)}. */
    @PySlot(Slot.tp_new)
    static PyObject typeVarTupleNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyObject[] a = NEW_ARGS.unpack(args, off, nargs, kwnames);
        PyStr name = Args.cast(a[0], PyStr.class, "typevartuple", "argument 'name'", "str");
        PyObject dflt = a[1] == null ? PyNoDefault.NO_DEFAULT : a[1];
        return new PyTypeVarTuple(name, dflt, TypeParams.callerModule());
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        return name;
    }

    /** {@code unpack_iter}: one item, {@code typing.Unpack[self]}. */
    @PySlot(Slot.tp_iter)
    PyObject iter() {
        return Abstract.getIter(PyTuple.of(TypeParams.unpack(this)));
    }

    @PyGetter("__name__")
    PyObject getName() {
        return name;
    }

    @PyGetter(value = "__default__", doc = "The default value for this TypeVarTuple.")
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
        throw PyErr.format(PyExc.TypeError, "Substitution of bare TypeVarTuple is not supported");
    }

    @PyMethod(sig = "alias, args, /")
    PyObject __typing_prepare_subst__(PyObject alias, PyObject args) {
        PyObject r = TypeParams.callTyping("_typevartuple_prepare_subst", this, alias, args);
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
        throw PyErr.format(PyExc.TypeError, "Cannot subclass an instance of TypeVarTuple");
    }

    @Override
    public String toString() {
        return name.toString();
    }
}
