package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyMethod;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.binding.Members;
import dev.kaa.runtime.binding.TypeSpec;
import dev.kaa.runtime.slots.CompareOp;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code typing.Generic} ({@code Objects/typevarobject.c}): the implicit base of {@code class C[T]} (the
 * compiler passes {@code Generic[T]} as the last base, made by {@code INTRINSIC_SUBSCRIPT_GENERIC}).
 *
 * <p>In CPython the type is C but its two methods call {@code typing._generic_class_getitem} and
 * {@code typing._generic_init_subclass}; Kaa calls them too when {@code typing} can be imported, and
 * otherwise runs the Java port below (parameterized classes are then {@code types.GenericAlias}).
 *
 * <p>Instances are plain objects: the type has {@code object}'s layout and {@code __new__}, so that
 * {@code class Pair[K, V](dict)} has no layout conflict between {@code dict} and {@code Generic}. This
 * class only holds the methods and is never instantiated.
 */
@PyClass(name = "Generic", module = "typing", doc = PyGeneric.DOC)
public final class PyGeneric extends PyObject {
    static final String DOC = "Abstract base class for generic types.\n"
            + "\n"
            + "On Python 3.12 and newer, generic classes implicitly inherit from\n"
            + "Generic when they declare a parameter list after the class's name::\n"
            + "\n"
            + "    class Mapping[KT, VT]:\n"
            + "        def __getitem__(self, key: KT) -> VT:\n"
            + "            ...\n"
            + "        # Etc.\n"
            + "\n"
            + "On older versions of Python, however, generic classes have to\n"
            + "explicitly inherit from Generic.\n"
            + "\n"
            + "After a class has been declared to be generic, it can then be used as\n"
            + "follows::\n"
            + "\n"
            + "    def lookup_name[KT, VT](mapping: Mapping[KT, VT], key: KT, default: VT) -> VT:\n"
            + "        try:\n"
            + "            return mapping[key]\n"
            + "        except KeyError:\n"
            + "            return default\n";

    private static final String CLASS_GETITEM_DOC = "Parameterizes a generic class.\n"
            + "\n"
            + "At least, parameterizing a generic class is the *main* thing this\n"
            + "method does. For example, for some generic class `Foo`, this is called\n"
            + "when we do `Foo[int]` - there, with `cls=Foo` and `params=int`.\n"
            + "\n"
            + "However, note that this method is also called when defining generic\n"
            + "classes in the first place with `class Foo[T]: ...`.\n";

    public static final PyType TYPE = makeType();

    private static final PyStr PARAMETERS = PyStr.shared("__parameters__");
    private static final PyStr ORIG_BASES = PyStr.shared("__orig_bases__");
    private static final PyStr PREPARE_SUBST = PyStr.shared("__typing_prepare_subst__");
    private static final PyStr TYPING_SUBST = PyStr.shared("__typing_subst__");

    private PyGeneric() {
        super(TYPE);
    }

    private static PyType makeType() {
        TypeSpec spec = new PyGenericTable();
        PyType t = PyType.fromSpec(new TypeSpec(spec.name, spec.module, spec.qualname, PyBaseObject.class,
                spec.basetype, spec.doc) {
            @Override
            public void defineSlots(PyType type) {
                spec.defineSlots(type);
            }

            @Override
            public void defineMembers(Members members) {
                spec.defineMembers(members);
            }

            @Override
            public PyObject call(int index, PyObject s, PyObject[] args, int off, int nargs, PyTuple kwnames) {
                return spec.call(index, s, args, off, nargs, kwnames);
            }

            @Override
            public PyObject get(int index, PyObject s) {
                return spec.get(index, s);
            }

            @Override
            public void set(int index, PyObject s, PyObject value) {
                spec.set(index, s, value);
            }
        });
        // object's __new__, inherited (so object.__new__'s excess-argument checks see it as object's).
        t.tp_new = PyType.OBJECT.tp_new;
        t.flags &= ~PyType.TPFLAGS_DISALLOW_INSTANTIATION;
        return t;
    }

    @PyMethod(classmethod = true, sig = "*args, **kwargs", doc = CLASS_GETITEM_DOC)
    static PyObject __class_getitem__(PyType cls, PyTuple args, PyDict kwargs) {
        PyObject r = callTyping("_generic_class_getitem", cls, args, kwargs);
        if (r != null) {
            return r;
        }
        if (args.size() != 1 || kwargs.size() != 0) {
            throw PyErr.format(PyExc.TypeError, "_generic_class_getitem() takes 2 positional arguments but %d were given",
                    args.size() + 1);
        }
        return classGetItem(cls, args.get(0));
    }

    @PyMethod(classmethod = true, sig = "*args, **kwargs", doc = "Function to initialize subclasses.")
    static PyObject __init_subclass__(PyType cls, PyTuple args, PyDict kwargs) {
        PyObject r = callTyping("_generic_init_subclass", cls, args, kwargs);
        if (r != null) {
            return r;
        }
        initSubclass(cls, args, kwargs);
        return PyNone.NONE;
    }

    /** {@code call_typing_args_kwargs}: {@code typing.<name>(cls, *args, **kwargs)}, or null without typing. */
    private static PyObject callTyping(String name, PyType cls, PyTuple args, PyDict kwargs) {
        PyObject typing = TypeParams.typingModule();
        if (typing == null) {
            return null;
        }
        PyObject[] a = new PyObject[args.size() + 1];
        a[0] = cls;
        System.arraycopy(args.array(), 0, a, 1, args.size());
        return Abstract.call(Abstract.getAttr(typing, PyStr.of(name)), PyTuple.wrap(a), kwargs);
    }

    // ---- the Java port of typing.py's functions, used when typing cannot be imported --------------

    /** {@code typing._generic_class_getitem}. */
    private static PyObject classGetItem(PyType cls, PyObject params) {
        PyObject[] args = params instanceof PyTuple t ? t.array().clone() : new PyObject[] {params};
        for (int i = 0; i < args.length; i++) {
            if (args[i] == PyNone.NONE) {
                args[i] = PyNone.NONE.type();
            }
        }
        if (cls == TYPE) {
            // Generic can only be subscripted with unique type variables.
            if (args.length == 0) {
                throw PyErr.format(PyExc.TypeError, "Parameter list to %s[...] cannot be empty", cls.getQualname());
            }
            for (PyObject p : args) {
                if (!(p instanceof PyTypeVar || p instanceof PyParamSpec || p instanceof PyTypeVarTuple)) {
                    throw PyErr.format(PyExc.TypeError, "Parameters to %s[...] must all be type variables "
                            + "or parameter specification variables.", cls.getSimpleName());
                }
            }
            for (int i = 0; i < args.length; i++) {
                for (int j = 0; j < i; j++) {
                    if (Abstract.richCompareBool(args[j], args[i], CompareOp.EQ)) {
                        throw PyErr.format(PyExc.TypeError, "Parameters to %s[...] must all be unique",
                                cls.getSimpleName());
                    }
                }
            }
            return new PyGenericAlias(cls, PyTuple.wrap(args));
        }
        // Subscripting a regular Generic subclass.
        PyObject[] parameters = Abstract.sequenceToArray(Abstract.getAttr(cls, PARAMETERS));
        PyObject argTuple = PyTuple.wrap(args);
        for (PyObject param : parameters) {
            PyObject prepare = Abstract.lookupAttr(param, PREPARE_SUBST);
            if (prepare != null) {
                argTuple = Abstract.call(prepare, cls, argTuple);
            }
        }
        args = Abstract.sequenceToArray(argTuple);
        checkGenericSpecialization(cls, parameters, args);
        List<PyObject> newArgs = new ArrayList<>();
        for (int i = 0; i < Math.min(parameters.length, args.length); i++) {
            if (parameters[i] instanceof PyTypeVarTuple) {
                for (PyObject x : Abstract.sequenceToArray(args[i])) {
                    newArgs.add(x);
                }
            } else {
                newArgs.add(args[i]);
            }
        }
        return new PyGenericAlias(cls, PyTuple.wrap(newArgs.toArray(new PyObject[0])));
    }

    /** {@code typing._check_generic_specialization}. */
    private static void checkGenericSpecialization(PyType cls, PyObject[] parameters, PyObject[] args) {
        int expected = parameters.length;
        if (expected == 0) {
            throw PyErr.format(PyExc.TypeError, "%s is not a generic class", Abstract.str(cls));
        }
        int actual = args.length;
        if (actual == expected) {
            return;
        }
        String expectVal;
        if (actual < expected) {
            // Parameters from index `actual` on all have defaults if the first of them has one.
            if (hasDefault(parameters[actual])) {
                return;
            }
            int withDefaults = 0;
            for (PyObject p : parameters) {
                if (hasDefault(p)) {
                    withDefaults++;
                }
            }
            expected -= withDefaults;
            expectVal = "at least " + expected;
        } else {
            expectVal = Integer.toString(expected);
        }
        throw PyErr.format(PyExc.TypeError, "Too %s arguments for %s; actual %d, expected %s",
                actual > expected ? "many" : "few", Abstract.str(cls), actual, expectVal);
    }

    private static boolean hasDefault(PyObject p) {
        return Abstract.isTrue(Abstract.callMethod(p, "has_default"));
    }

    /** {@code typing._generic_init_subclass}. */
    private static void initSubclass(PyType cls, PyTuple args, PyDict kwargs) {
        PyObject sup = Abstract.call(PySuper.TYPE, TYPE, cls);
        Abstract.call(Abstract.getAttr(sup, Id.__init_subclass__), args, kwargs);
        PyDict dict = cls.dict;
        PyObject origBases = dict == null ? null : dict.getItem(ORIG_BASES);
        boolean error;
        if (origBases != null) {
            error = Abstract.contains(origBases, TYPE);
        } else {
            error = false;
            for (PyObject b : cls.bases) {
                if (b == TYPE) {
                    error = !cls.getSimpleName().equals("Protocol");
                }
            }
        }
        if (error) {
            throw PyErr.format(PyExc.TypeError, "Cannot inherit from plain Generic");
        }
        PyObject[] tvars = PyTuple.EMPTY.array();
        if (origBases != null) {
            PyObject[] bases = Abstract.sequenceToArray(origBases);
            tvars = collectTypeParameters(bases);
            // Look for Generic[T1, ..., Tn]: if found, tvars must be a subset of it, and it is the answer.
            PyObject[] gvars = null;
            for (PyObject base : bases) {
                if (base instanceof PyGenericAlias ga && ga.origin == TYPE) {
                    if (gvars != null) {
                        throw PyErr.format(PyExc.TypeError, "Cannot inherit from Generic[...] multiple times.");
                    }
                    gvars = ga.parameters().array();
                }
            }
            if (gvars != null) {
                List<String> missing = new ArrayList<>();
                for (PyObject t : tvars) {
                    if (!contains(gvars, t)) {
                        missing.add(Abstract.str(t).toString());
                    }
                }
                if (!missing.isEmpty()) {
                    List<String> all = new ArrayList<>();
                    for (PyObject g : gvars) {
                        all.add(Abstract.str(g).toString());
                    }
                    throw PyErr.format(PyExc.TypeError, "Some type variables (%s) are not listed in Generic[%s]",
                            String.join(", ", missing), String.join(", ", all));
                }
                tvars = gvars;
            }
        }
        Abstract.setAttr(cls, PARAMETERS, PyTuple.of(tvars));
    }

    /** {@code typing._collect_type_parameters} (with default ordering enforced). */
    private static PyObject[] collectTypeParameters(PyObject[] args) {
        boolean defaultEncountered = false;
        List<PyObject> parameters = new ArrayList<>();
        for (PyObject t : args) {
            if (t instanceof PyType) {
                // Not the __parameters__ descriptor of a bare class.
                continue;
            }
            if (t instanceof PyTuple tuple) {
                for (PyObject x : tuple.array()) {
                    for (PyObject c : collectTypeParameters(new PyObject[] {x})) {
                        if (!parameters.contains(c)) {
                            parameters.add(c);
                        }
                    }
                }
            } else if (Abstract.lookupAttr(t, TYPING_SUBST) != null) {
                if (!parameters.contains(t)) {
                    if (Abstract.isTrue(Abstract.callMethod(t, "has_default"))) {
                        defaultEncountered = true;
                    } else if (defaultEncountered) {
                        throw PyErr.format(PyExc.TypeError,
                                "Type parameter %s without a default follows type parameter with a default",
                                Abstract.repr(t));
                    }
                    parameters.add(t);
                }
            } else {
                PyObject sub = Abstract.lookupAttr(t, PARAMETERS);
                if (sub != null) {
                    for (PyObject x : Abstract.sequenceToArray(sub)) {
                        if (!parameters.contains(x)) {
                            parameters.add(x);
                        }
                    }
                }
            }
        }
        return parameters.toArray(new PyObject[0]);
    }

    private static boolean contains(PyObject[] a, PyObject x) {
        for (PyObject y : a) {
            if (y == x || Abstract.richCompareBool(y, x, CompareOp.EQ)) {
                return true;
            }
        }
        return false;
    }
}
