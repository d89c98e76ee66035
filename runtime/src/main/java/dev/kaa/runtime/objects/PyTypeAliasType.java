package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.binding.ArgSpec;
import dev.kaa.runtime.binding.Args;

/**
 * {@code typing.TypeAliasType} ({@code Objects/typevarobject.c}): what the {@code type X = ...} statement
 * makes ({@code INTRINSIC_TYPEALIAS}, see {@link TypeParams}). Its value is computed lazily by a function
 * the compiler made from the right-hand side, on first access to {@code __value__}, so an alias may refer
 * to names defined later, itself included.
 */
@PyClass(name = "TypeAliasType", module = "typing", basetype = false, doc = PyTypeAliasType.DOC)
public final class PyTypeAliasType extends PyObject {
    static final String DOC = "Type alias.\n"
            + "\n"
            + "Type aliases are created through the type statement::\n"
            + "\n"
            + "    type Alias = int\n"
            + "\n"
            + "In this example, Alias and int will be treated equivalently by static\n"
            + "type checkers.\n"
            + "\n"
            + "At runtime, Alias is an instance of TypeAliasType. The __name__\n"
            + "attribute holds the name of the type alias. The value of the type alias\n"
            + "is stored in the __value__ attribute. It is evaluated lazily, so the\n"
            + "value is computed only if the attribute is accessed.\n"
            + "\n"
            + "Type aliases can also be generic::\n"
            + "\n"
            + "    type ListOrSet[T] = list[T] | set[T]\n"
            + "\n"
            + "In this case, the type parameters of the alias are stored in the\n"
            + "__type_params__ attribute.\n"
            + "\n"
            + "See PEP 695 for more information.\n";

    public static final PyType TYPE = PyType.fromSpec(new PyTypeAliasTypeTable());

    private final PyStr name;
    /** The type parameters, or null for a non-generic alias. */
    private final PyTuple typeParams;
    /** The function computing the value (null for an alias made by calling TypeAliasType). */
    private final PyObject computeValue;
    /** The value once computed. */
    private PyObject value;
    /** {@code __module__} recorded at creation; null means: the compute function's module. */
    private final PyObject module;

    PyTypeAliasType(PyStr name, PyTuple typeParams, PyObject computeValue, PyObject value, PyObject module) {
        super(TYPE);
        this.name = name;
        this.typeParams = typeParams;
        this.computeValue = computeValue;
        this.value = value;
        this.module = module;
    }

    private static final ArgSpec NEW_ARGS = new ArgSpec(ArgSpec.Style.KEYWORDS, "typealias",
            new String[] {"name", "value", "type_params"}, 0, 2, new boolean[] {true, true, false}, false, false);

    /** {@code typealias_new}: {@code TypeAliasType(name, value, *, type_params=())}. */
    @PySlot(Slot.tp_new)
    static PyObject typeAliasNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyObject[] a = NEW_ARGS.unpack(args, off, nargs, kwnames);
        PyStr name = Args.cast(a[0], PyStr.class, "typealias", "argument 'name'", "str");
        PyObject typeParams = a[2];
        if (typeParams != null && !(typeParams instanceof PyTuple)) {
            throw PyErr.format(PyExc.TypeError, "type_params must be a tuple");
        }
        PyTuple tp = typeParams == null || ((PyTuple) typeParams).size() == 0 ? null : (PyTuple) typeParams;
        PyObject module = TypeParams.caller();
        return new PyTypeAliasType(name, tp, null, a[1], module == null ? PyNone.NONE : module);
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        return name;
    }

    @PySlot(Slot.nb_or)
    static PyObject or(PyObject v, PyObject w) {
        return PyUnion.typeOr(v, w);
    }

    /** {@code typealias_subscript}: {@code types.GenericAlias(self, args)} for a generic alias. */
    @PySlot(Slot.mp_subscript)
    PyObject getitem(PyObject item) {
        if (typeParams == null) {
            throw PyErr.format(PyExc.TypeError, "Only generic type aliases are subscriptable");
        }
        return new PyGenericAlias(this, item);
    }

    @PyGetter("__name__")
    PyObject getName() {
        return name;
    }

    @PyGetter("__value__")
    PyObject getValue() {
        PyObject v = value;
        if (v == null) {
            v = Abstract.call(computeValue);
            value = v;
        }
        return v;
    }

    @PyGetter("__type_params__")
    PyObject getTypeParams() {
        return typeParams == null ? PyTuple.EMPTY : typeParams;
    }

    @PyGetter("__parameters__")
    PyObject getParameters() {
        return typeParams == null ? PyTuple.EMPTY : TypeParams.unpackTypeVarTuples(typeParams);
    }

    @PyGetter("__module__")
    PyObject getModule() {
        if (module != null) {
            return module;
        }
        if (computeValue instanceof PyFunction f) {
            return f.module;
        }
        return PyNone.NONE;
    }

    @PyMethod
    PyObject __reduce__() {
        return name;
    }

    @Override
    public String toString() {
        return name.toString();
    }
}
