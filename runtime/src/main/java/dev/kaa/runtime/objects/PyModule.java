package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.binding.Members;
import dev.kaa.runtime.binding.MethodDef;
import dev.kaa.runtime.binding.ModuleSpec;

/**
 * {@code module}: a namespace with a {@code __dict__}. Native modules are made per interpreter from their
 * generated {@link ModuleSpec} ({@link #fromSpec}): the spec's functions become
 * {@code builtin_function_or_method} objects bound to the module.
 */
@PyClass(name = "module", doc = "Create a module object.\n\n"
        + "The name must be a string; the optional doc argument can have any type.")
public class PyModule extends PyObject implements HasDict {
    public static final PyType TYPE = PyType.fromSpec(new PyModuleTable(), PyType.OBJECT, PyType.TPFLAGS_MANAGED_DICT);

    private PyDict dict;
    /** Made by {@link #fromSpec} from a native module: its repr says "(built-in)" as BuiltinImporter's do. */
    private boolean builtin;

    public PyModule(String name) {
        this(TYPE, name);
    }

    PyModule(PyType type, String name) {
        super(type);
        this.dict = new PyDict();
        if (name != null) {
            initDict(PyStr.of(name), PyNone.NONE);
        }
    }

    private void initDict(PyObject name, PyObject doc) {
        dict.setItem(PyStr.of("__name__"), name);
        dict.setItem(PyStr.of("__doc__"), doc);
        dict.setItem(PyStr.of("__package__"), PyNone.NONE);
        dict.setItem(PyStr.of("__loader__"), PyNone.NONE);
        dict.setItem(PyStr.of("__spec__"), PyNone.NONE);
    }

    /** A new module object for the native module {@code spec}, in the running interpreter. */
    public static PyModule fromSpec(ModuleSpec spec) {
        PyModule m = new PyModule(spec.name);
        m.builtin = true;
        if (spec.doc != null) {
            m.dict.setItem(PyStr.of("__doc__"), PyStr.of(spec.doc));
        }
        PyStr moduleName = PyStr.of(spec.name);
        spec.defineMembers(new Members() {
            @Override
            public void method(String name, int index, int flags, String doc, String textSignature) {
                MethodDef def = new MethodDef(name, name, spec, index, flags, doc, textSignature);
                PyBuiltinFunction f = new PyBuiltinFunction(def, m);
                f.module = moduleName;
                m.dict.setItem(PyStr.of(name), f);
            }

            @Override
            public void getset(String name, int getIndex, int setIndex, String doc) {
                throw new IllegalStateException("modules have no getset attributes");
            }
        });
        spec.exec(m);
        return m;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    @Override
    public PyDict dictOrNull() {
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        dict = d;
    }

    /** Sets a module attribute from Java ({@code PyModule_AddObjectRef}). */
    public void add(String name, PyObject value) {
        dict.setItem(PyStr.of(name), value);
    }

    /** The module's name, or "?" ({@code PyModule_GetName}). */
    public String getName() {
        PyObject n = dict.getItem(Id.__name__);
        return n instanceof PyStr s ? s.toString() : "?";
    }

    @PySlot(Slot.tp_new)
    static PyObject moduleNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        return new PyModule(type, null);
    }

    /** {@code module.__init__(name, doc=None)}: Clinic's keyword parser, whose messages say "module()". */
    private static final dev.kaa.runtime.binding.ArgSpec INIT_SPEC = new dev.kaa.runtime.binding.ArgSpec(
            dev.kaa.runtime.binding.ArgSpec.Style.KEYWORDS, "module", new String[] {"name", "doc"}, 0, 2,
            new boolean[] {true, false}, false, false);

    @PySlot(Slot.tp_init)
    static void moduleInit(PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyObject[] a = INIT_SPEC.unpack(args, off, nargs, kwnames);
        PyObject name = a[0];
        if (!(name instanceof PyStr)) {
            throw PyErr.format(PyExc.TypeError, "module() argument 'name' must be str, not %s",
                    name.type().getName());
        }
        ((PyModule) self).initDict(name, a[1] == null ? PyNone.NONE : a[1]);
    }

    /** {@code module_getattro}: the dict, then the module's {@code __getattr__}, then a tailored AttributeError. */
    @PySlot(Slot.tp_getattro)
    static PyObject getattro(PyObject self, PyStr name) {
        PyObject r = Abstract.genericGetAttr(self, name, true);
        if (r != null) {
            return r;
        }
        PyModule m = (PyModule) self;
        PyObject getattr = m.dict.getItem(Id.__getattr__);
        if (getattr != null) {
            return Abstract.call(getattr, name);
        }
        PyObject modName = m.dict.getItem(Id.__name__);
        if (modName instanceof PyStr) {
            throw Abstract.attributeError(self, name,
                    String.format("module '%s' has no attribute '%s'", modName, name));
        }
        throw Abstract.attributeError(self, name, String.format("module has no attribute '%s'", name));
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        PyObject name = dict.getItem(Id.__name__);
        String n = name instanceof PyStr ? name.toString() : "?";
        PyObject file = dict.getItem(PyStr.of("__file__"));
        if (file instanceof PyStr) {
            return PyStr.of("<module '" + n + "' from '" + file + "'>");
        }
        if (builtin) {
            return PyStr.of("<module '" + n + "' (built-in)>");
        }
        return PyStr.of("<module '" + n + "'>");
    }

    @PyMethod(doc = "__dir__() -> list\nspecialized dir() implementation")
    PyObject __dir__() {
        PyObject dirfunc = dict.getItem(PyStr.of("__dir__"));
        if (dirfunc != null) {
            return Abstract.call(dirfunc);
        }
        return PyList.of(dict.keysArray());
    }

    @PyGetter("__dict__")
    PyObject dictAttr() {
        return dict;
    }

    /** A read-only member in CPython: its message is "readonly attribute". */
    @PySetter("__dict__")
    void setReadonlyDict(PyObject v) {
        throw PyErr.format(PyExc.AttributeError, "readonly attribute");
    }

    /** {@code module_get_annotations}: an empty dict is made (and kept) on first access. */
    @PyGetter("__annotations__")
    PyObject getAnnotations() {
        PyStr key = PyStr.of("__annotations__");
        PyObject a = dict.getItem(key);
        if (a == null) {
            a = new PyDict();
            dict.setItem(key, a);
        }
        return a;
    }

    @PySetter("__annotations__")
    void setAnnotations(PyObject value) {
        PyStr key = PyStr.of("__annotations__");
        if (value != null) {
            dict.setItem(key, value);
        } else if (dict.delItemIfPresent(key) == null) {
            throw PyErr.format(PyExc.AttributeError, "__annotations__");
        }
    }
}
