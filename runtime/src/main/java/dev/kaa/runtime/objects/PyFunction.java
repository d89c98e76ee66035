package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PySetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.interp.Eval;

/**
 * {@code function}: a Python function, made by {@code MAKE_FUNCTION} from a code object and the globals
 * of the defining frame. Calling it runs {@link Eval}; it is a method descriptor, so {@code obj.f()}
 * calls it without making a bound method.
 */
@PyClass(name = "function", basetype = false, doc = "Create a function object.")
public final class PyFunction extends PyObject implements HasDict {
    public static final PyType TYPE = PyType.fromSpec(new PyFunctionTable(), PyType.OBJECT,
            PyType.TPFLAGS_METHOD_DESCRIPTOR | PyType.TPFLAGS_MANAGED_DICT);

    public PyCode code;
    public final PyDict globals;
    public final PyDict builtins;
    public PyObject name;
    public PyObject qualname;
    /** {@code __defaults__}: positional defaults, or null. */
    public PyTuple defaults;
    /** {@code __kwdefaults__}: keyword-only defaults, or null. */
    public PyDict kwdefaults;
    /** {@code __closure__}: the cells of the free variables, in {@code co_freevars} order, or null. */
    public PyObject[] closure;
    public PyObject doc = PyNone.NONE;
    /** {@code __annotations__}: a dict, or null until first asked for. */
    public PyObject annotations;
    public PyObject module;
    public PyObject typeParams;
    private PyDict dict;

    public PyFunction(PyCode code, PyDict globals, PyDict builtins) {
        super(TYPE);
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.name = code.name;
        this.qualname = code.qualname;
        PyObject mod = globals.getItem(Id.__name__);
        this.module = mod == null ? PyNone.NONE : mod;
        // As PyFunction_New: codegen makes co_consts[0] the docstring, or None when there is none.
        if (code.consts.length > 0 && code.consts[0] instanceof PyStr s) {
            this.doc = s;
        }
    }

    private static final dev.kaa.runtime.binding.ArgSpec NEW_ARGS = new dev.kaa.runtime.binding.ArgSpec(
            dev.kaa.runtime.binding.ArgSpec.Style.KEYWORDS, "function",
            new String[] {"code", "globals", "name", "argdefs", "closure", "kwdefaults"}, 0, 6,
            new boolean[] {true, true, false, false, false, false}, false, false);

    /** {@code func_new}: {@code function(code, globals, name=None, argdefs=None, closure=None, kwdefaults=None)}. */
    @PySlot(Slot.tp_new)
    static PyObject functionNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyObject[] a = NEW_ARGS.unpack(args, off, nargs, kwnames);
        if (!(a[0] instanceof PyCode code)) {
            throw dev.kaa.runtime.binding.Args.badArgument("function", "argument 'code'", "code", a[0]);
        }
        if (!(a[1] instanceof PyDict globals)) {
            throw dev.kaa.runtime.binding.Args.badArgument("function", "argument 'globals'", "dict", a[1]);
        }
        PyObject name = a[2] == null ? PyNone.NONE : a[2];
        PyObject defaults = a[3] == null ? PyNone.NONE : a[3];
        PyObject closure = a[4] == null ? PyNone.NONE : a[4];
        PyObject kwdefaults = a[5] == null ? PyNone.NONE : a[5];
        if (name != PyNone.NONE && !(name instanceof PyStr)) {
            throw PyErr.format(PyExc.TypeError, "arg 3 (name) must be None or string");
        }
        if (defaults != PyNone.NONE && !(defaults instanceof PyTuple)) {
            throw PyErr.format(PyExc.TypeError, "arg 4 (defaults) must be None or tuple");
        }
        int nfree = code.code.co_freevars.length;
        if (!(closure instanceof PyTuple)) {
            if (nfree != 0 && closure == PyNone.NONE) {
                throw PyErr.format(PyExc.TypeError, "arg 5 (closure) must be tuple");
            } else if (closure != PyNone.NONE) {
                throw PyErr.format(PyExc.TypeError, "arg 5 (closure) must be None or tuple");
            }
        }
        if (kwdefaults != PyNone.NONE && !(kwdefaults instanceof PyDict)) {
            throw PyErr.format(PyExc.TypeError, "arg 6 (kwdefaults) must be None or dict");
        }
        int nclosure = closure instanceof PyTuple t ? t.size() : 0;
        if (nfree != nclosure) {
            throw PyErr.format(PyExc.ValueError, "%s requires closure of length %d, not %d", code.name, nfree,
                    nclosure);
        }
        for (int i = 0; i < nclosure; i++) {
            PyObject o = ((PyTuple) closure).get(i);
            if (!(o instanceof PyCell)) {
                throw PyErr.format(PyExc.TypeError, "arg 5 (closure) expected cell, found %s", o.type().getName());
            }
        }
        // _PyEval_BuiltinsFromGlobals: the globals' __builtins__ (a module's dict), else the current ones.
        PyObject b = globals.getItem(PyStr.of("__builtins__"));
        PyDict builtins = b instanceof PyModule m ? m.getDict() : b instanceof PyDict d ? d
                : dev.kaa.runtime.ThreadState.current().interp.builtinsDict();
        PyFunction f = new PyFunction(code, globals, builtins);
        if (name != PyNone.NONE) {
            f.name = name;
        }
        if (defaults != PyNone.NONE) {
            f.defaults = (PyTuple) defaults;
        }
        if (nclosure > 0) {
            f.closure = ((PyTuple) closure).array().clone();
        }
        if (kwdefaults != PyNone.NONE) {
            f.kwdefaults = (PyDict) kwdefaults;
        }
        return f;
    }

    @PySlot(Slot.tp_call)
    static PyObject call(PyObject f, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        return Eval.callFunction((PyFunction) f, args, off, nargs, kwnames);
    }

    @PySlot(Slot.tp_descr_get)
    PyObject get(PyObject obj, PyObject type) {
        if (obj == null || obj == PyNone.NONE && type != PyNone.TYPE) {
            return this;
        }
        return new PyBoundMethod(this, obj);
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        return PyStr.of("<function " + qualname + " at " + Abstract.addressOf(this) + ">");
    }

    @Override
    public PyDict getDict() {
        PyDict d = dict;
        if (d == null) {
            d = new PyDict();
            dict = d;
        }
        return d;
    }

    @Override
    public PyDict dictOrNull() {
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        dict = d;
    }

    @PyGetter("__dict__")
    PyObject getDictAttr() { return getDict(); }

    @PySetter("__dict__")
    void setDictAttr(PyObject v) {
        if (!(v instanceof PyDict d)) {
            throw PyErr.format(PyExc.TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                    v == null ? "NoneType" : v.type().getName());
        }
        dict = d;
    }

    @PyGetter("__code__")
    PyObject getCode() { return code; }

    @PySetter("__code__")
    void setCode(PyObject v) {
        if (!(v instanceof PyCode c)) {
            throw PyErr.format(PyExc.TypeError, "__code__ must be set to a code object");
        }
        int nfree = c.code.co_freevars.length;
        int nclosure = closure == null ? 0 : closure.length;
        if (nfree != nclosure) {
            throw PyErr.format(PyExc.ValueError, "%s() requires a code object with %d free vars, not %d",
                    name, nclosure, nfree);
        }
        code = c;
    }

    @PyGetter("__globals__")
    PyObject getGlobals() { return globals; }

    /** A read-only member in CPython: its message is "readonly attribute". */
    @PySetter("__globals__")
    void setGlobals(PyObject v) { throw readonly(); }

    @PyGetter("__builtins__")
    PyObject getBuiltins() { return builtins; }

    @PySetter("__builtins__")
    void setBuiltins(PyObject v) { throw readonly(); }

    private static dev.kaa.runtime.PyException readonly() {
        return PyErr.format(PyExc.AttributeError, "readonly attribute");
    }

    @PyGetter("__name__")
    PyObject getName() { return name; }

    @PySetter("__name__")
    void setName(PyObject v) {
        if (!(v instanceof PyStr)) {
            throw PyErr.format(PyExc.TypeError, "__name__ must be set to a string object");
        }
        name = v;
    }

    @PyGetter("__qualname__")
    PyObject getQualname() { return qualname; }

    @PySetter("__qualname__")
    void setQualname(PyObject v) {
        if (!(v instanceof PyStr)) {
            throw PyErr.format(PyExc.TypeError, "__qualname__ must be set to a string object");
        }
        qualname = v;
    }

    @PyGetter("__defaults__")
    PyObject getDefaults() { return defaults == null ? PyNone.NONE : defaults; }

    @PySetter("__defaults__")
    void setDefaults(PyObject v) {
        if (v == null || v == PyNone.NONE) {
            defaults = null;
        } else if (v instanceof PyTuple t) {
            defaults = t;
        } else {
            throw PyErr.format(PyExc.TypeError, "__defaults__ must be set to a tuple object");
        }
    }

    @PyGetter("__kwdefaults__")
    PyObject getKwdefaults() { return kwdefaults == null ? PyNone.NONE : kwdefaults; }

    @PySetter("__kwdefaults__")
    void setKwdefaults(PyObject v) {
        if (v == null || v == PyNone.NONE) {
            kwdefaults = null;
        } else if (v instanceof PyDict d) {
            kwdefaults = d;
        } else {
            throw PyErr.format(PyExc.TypeError, "__kwdefaults__ must be set to a dict object");
        }
    }

    @PyGetter("__closure__")
    PyObject getClosure() { return closure == null ? PyNone.NONE : PyTuple.of(closure.clone()); }

    @PySetter("__closure__")
    void setClosure(PyObject v) { throw readonly(); }

    @PyGetter("__doc__")
    PyObject getDoc() { return doc; }

    @PySetter("__doc__")
    void setDoc(PyObject v) { doc = v == null ? PyNone.NONE : v; }

    @PyGetter("__module__")
    PyObject getModule() { return module; }

    @PySetter("__module__")
    void setModule(PyObject v) { module = v == null ? PyNone.NONE : v; }

    @PyGetter("__annotations__")
    PyObject getAnnotations() {
        if (annotations == null) {
            annotations = new PyDict();
        }
        return annotations;
    }

    @PySetter("__annotations__")
    void setAnnotations(PyObject v) {
        if (v != null && v != PyNone.NONE && !(v instanceof PyDict)) {
            throw PyErr.format(PyExc.TypeError, "__annotations__ must be set to a dict object");
        }
        annotations = v == null || v == PyNone.NONE ? null : v;
    }

    @PyGetter("__type_params__")
    PyObject getTypeParams() { return typeParams == null ? PyTuple.EMPTY : typeParams; }

    @PySetter("__type_params__")
    void setTypeParams(PyObject v) {
        if (!(v instanceof PyTuple)) {
            throw PyErr.format(PyExc.TypeError, "__type_params__ must be set to a tuple");
        }
        typeParams = v;
    }
}
