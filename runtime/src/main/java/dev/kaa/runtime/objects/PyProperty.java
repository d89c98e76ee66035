package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyException;
import dev.kaa.runtime.binding.ArgSpec;

/**
 * {@code property}: a data descriptor calling {@code fget}, {@code fset} and {@code fdel}. As in CPython
 * 3.13 it remembers its name ({@code __set_name__}, else the getter's {@code __name__}) for the messages
 * "property 'x' of 'C' object has no setter".
 */
@PyClass(name = "property", doc = "Property attribute.\n\n"
        + "  fget\n    function to be used for getting an attribute value\n"
        + "  fset\n    function to be used for setting an attribute value\n"
        + "  fdel\n    function to be used for del'ing an attribute\n"
        + "  doc\n    docstring\n\n"
        + "Typical use is to define a managed attribute x:\n\n"
        + "class C(object):\n"
        + "    def getx(self): return self._x\n"
        + "    def setx(self, value): self._x = value\n"
        + "    def delx(self): del self._x\n"
        + "    x = property(getx, setx, delx, \"I'm the 'x' property.\")\n\n"
        + "Decorators make defining new properties or modifying existing ones easy:\n\n"
        + "class C(object):\n"
        + "    @property\n"
        + "    def x(self):\n"
        + "        \"I am the 'x' property.\"\n"
        + "        return self._x\n"
        + "    @x.setter\n"
        + "    def x(self, value):\n"
        + "        self._x = value\n"
        + "    @x.deleter\n"
        + "    def x(self):\n"
        + "        del self._x")
public class PyProperty extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new PyPropertyTable());
    private static final PyStr ISABSTRACT = PyStr.shared("__isabstractmethod__");

    private PyObject fget;
    private PyObject fset;
    private PyObject fdel;
    private PyObject doc;
    private PyObject name;
    /** Whether {@link #doc} came from the getter (so that {@code getter()} takes the new getter's doc). */
    private boolean getterDoc;

    PyProperty(PyType type) {
        super(type);
    }

    /** A property with the given getter (null: none), for Java code. */
    public PyProperty(PyObject fget) {
        super(TYPE);
        init(fget == null ? PyNone.NONE : fget, PyNone.NONE, PyNone.NONE, PyNone.NONE);
    }

    /** Instances of Python subclasses of property (they have a {@code __dict__}, where their doc goes). */
    public static final class Derived extends PyProperty implements HasDict {
        private PyDict dict;

        Derived(PyType type) {
            super(type);
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
        public void setDict(PyDict d) {
            dict = d;
        }
    }

    @PySlot(Slot.tp_new)
    static PyObject propertyNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        return type == TYPE ? new PyProperty(type) : new Derived(type);
    }

    /** property's __init__ is parsed by Clinic's keyword parser ("property() takes at most 4 arguments"). */
    private static final ArgSpec INIT_ARGS = new ArgSpec(ArgSpec.Style.KEYWORDS, "property",
            new String[] {"fget", "fset", "fdel", "doc"}, 0, 4, new boolean[4], false, false);

    @PySlot(Slot.tp_init)
    static void propertyInit(PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyObject[] a;
        if (kwnames == null && nargs <= 4) {
            a = new PyObject[4];
            System.arraycopy(args, off, a, 0, nargs);
        } else {
            a = INIT_ARGS.unpack(args, off, nargs, kwnames);
        }
        for (int i = 0; i < 4; i++) {
            if (a[i] == null) {
                a[i] = PyNone.NONE;
            }
        }
        ((PyProperty) self).init(a[0], a[1], a[2], a[3]);
    }

    void init(PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
        this.fget = fget == PyNone.NONE ? null : fget;
        this.fset = fset == PyNone.NONE ? null : fset;
        this.fdel = fdel == PyNone.NONE ? null : fdel;
        this.doc = null;
        this.name = null;
        this.getterDoc = false;
        PyObject propDoc = null;
        if (doc != PyNone.NONE) {
            propDoc = doc;
        } else if (this.fget != null) {
            // No docstring given: use the getter's.
            propDoc = Abstract.lookupAttr(this.fget, Id.__doc__);
            if (type() != TYPE && propDoc == PyNone.NONE) {
                // A subclass may have a __doc__ class attribute; don't override it with None.
                propDoc = null;
            }
            if (propDoc != null) {
                getterDoc = true;
            }
        }
        if (type() == TYPE) {
            this.doc = propDoc;
        } else {
            // A subclass instance keeps its doc in its __dict__: the class's __doc__ would shadow the slot.
            Abstract.setAttr(this, Id.__doc__, propDoc == null ? PyNone.NONE : propDoc);
        }
    }

    /** {@code property_name}: the set name, else the getter's {@code __name__}, else null. */
    private PyObject propertyName() {
        if (name != null) {
            return name;
        }
        if (fget == null) {
            return null;
        }
        return Abstract.lookupAttr(fget, Id.__name__);
    }

    private PyException missing(PyObject obj, String what) {
        PyObject pn = propertyName();
        PyObject qualname = PyStr.of(obj.type().getQualname());
        if (pn != null) {
            return PyErr.format(PyExc.AttributeError, "property %s of %s object has no %s", Abstract.repr(pn),
                    Abstract.repr(qualname), what);
        }
        return PyErr.format(PyExc.AttributeError, "property of %s object has no %s", Abstract.repr(qualname), what);
    }

    @PySlot(Slot.tp_descr_get)
    PyObject get(PyObject obj, PyObject type) {
        if (obj == null || obj == PyNone.NONE) {
            return this;
        }
        if (fget == null) {
            throw missing(obj, "getter");
        }
        return Abstract.vectorcall(fget, new PyObject[] {obj}, 0, 1, null);
    }

    @PySlot(Slot.tp_descr_set)
    void set(PyObject obj, PyObject value) {
        PyObject func = value == null ? fdel : fset;
        if (func == null) {
            throw missing(obj, value == null ? "deleter" : "setter");
        }
        if (value == null) {
            Abstract.vectorcall(func, new PyObject[] {obj}, 0, 1, null);
        } else {
            Abstract.vectorcall(func, new PyObject[] {obj, value}, 0, 2, null);
        }
    }

    /** {@code property_copy}: a new property of the same type with one accessor replaced. */
    private PyObject copy(PyObject get, PyObject set, PyObject del) {
        PyObject g = get != null ? get : fget == null ? PyNone.NONE : fget;
        PyObject s = set != null ? set : fset == null ? PyNone.NONE : fset;
        PyObject d = del != null ? del : fdel == null ? PyNone.NONE : fdel;
        PyObject newDoc;
        if (getterDoc && g != PyNone.NONE) {
            // Make __init__ take the doc from the getter.
            newDoc = PyNone.NONE;
        } else {
            newDoc = doc != null ? doc : PyNone.NONE;
        }
        PyObject p = Abstract.call(type(), g, s, d, newDoc);
        if (p instanceof PyProperty np) {
            np.name = name;
        }
        return p;
    }

    @PyMethod(sig = "getter, /", doc = "Descriptor to obtain a copy of the property with a different getter.")
    PyObject getter(PyObject getter) {
        return copy(getter, null, null);
    }

    @PyMethod(sig = "setter, /", doc = "Descriptor to obtain a copy of the property with a different setter.")
    PyObject setter(PyObject setter) {
        return copy(null, setter, null);
    }

    @PyMethod(sig = "deleter, /", doc = "Descriptor to obtain a copy of the property with a different deleter.")
    PyObject deleter(PyObject deleter) {
        return copy(null, null, deleter);
    }

    @PyMethod(sig = "owner, name, /", doc = "Method to set name of a property.")
    void __set_name__(PyObject owner, PyObject name) {
        this.name = name;
    }

    @PyGetter("fget")
    PyObject getFget() {
        return fget == null ? PyNone.NONE : fget;
    }

    @PyGetter("fset")
    PyObject getFset() {
        return fset == null ? PyNone.NONE : fset;
    }

    @PyGetter("fdel")
    PyObject getFdel() {
        return fdel == null ? PyNone.NONE : fdel;
    }

    @PySetter("fget")
    void setFget(PyObject v) {
        throw PyErr.format(PyExc.AttributeError, "readonly attribute");
    }

    @PySetter("fset")
    void setFset(PyObject v) {
        throw PyErr.format(PyExc.AttributeError, "readonly attribute");
    }

    @PySetter("fdel")
    void setFdel(PyObject v) {
        throw PyErr.format(PyExc.AttributeError, "readonly attribute");
    }

    @PyGetter("__doc__")
    PyObject getDoc() {
        return doc == null ? PyNone.NONE : doc;
    }

    @PySetter("__doc__")
    void setDoc(PyObject value) {
        doc = value;
    }

    @PyGetter("__name__")
    PyObject getNameAttr() {
        PyObject n = propertyName();
        if (n == null) {
            throw PyErr.format(PyExc.AttributeError, "'%s' object has no attribute '__name__'", type().getName());
        }
        return n;
    }

    @PySetter("__name__")
    void setNameAttr(PyObject value) {
        name = value;
    }

    @PyGetter("__isabstractmethod__")
    PyObject isAbstract() {
        for (PyObject f : new PyObject[] {fget, fset, fdel}) {
            if (f != null) {
                PyObject v = Abstract.lookupAttr(f, ISABSTRACT);
                if (v != null && Abstract.isTrue(v)) {
                    return PyBool.TRUE;
                }
            }
        }
        return PyBool.FALSE;
    }
}
