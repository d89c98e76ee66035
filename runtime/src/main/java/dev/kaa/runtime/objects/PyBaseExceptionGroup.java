package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code BaseExceptionGroup} and {@code ExceptionGroup}: a message and a tuple of exceptions, with
 * {@code split}/{@code subgroup}/{@code derive} as {@code except*} needs them.
 */
@PyClass(name = "BaseExceptionGroup", doc = "A combination of multiple unrelated exceptions.")
public class PyBaseExceptionGroup extends PyBaseException {
    PyObject message = PyStr.EMPTY;
    PyTuple exceptions = PyTuple.EMPTY;

    PyBaseExceptionGroup(PyType type, PyTuple args) {
        super(type, args);
        if (args.size() == 2) {
            message = args.get(0);
            exceptions = PyTuple.wrap(Abstract.sequenceToArray(args.get(1)));
        }
    }

    @PySlot(Slot.tp_new)
    static PyObject groupNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        if (kwnames != null) {
            throw PyErr.format(PyExc.TypeError, "BaseExceptionGroup.__new__() takes no keyword arguments");
        }
        if (nargs != 2) {
            throw PyErr.format(PyExc.TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)",
                    nargs);
        }
        PyObject message = args[off];
        if (!(message instanceof PyStr)) {
            throw PyErr.format(PyExc.TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                    message.type().getName());
        }
        PyObject excs = args[off + 1];
        if (excs.type().sq_item == null || excs instanceof PySet || excs instanceof PyDict) {
            throw PyErr.format(PyExc.TypeError, "second argument (exceptions) must be a sequence");
        }
        PyObject[] items = Abstract.sequenceToArray(excs);
        if (items.length == 0) {
            throw PyErr.format(PyExc.ValueError, "second argument (exceptions) must be a non-empty sequence");
        }
        boolean nestedBase = false;
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyBaseException)) {
                throw PyErr.format(PyExc.ValueError, "Item %d of second argument (exceptions) is not an exception", i);
            }
            if (!items[i].type().isSubtypeOf(PyExc.Exception)) {
                nestedBase = true;
            }
        }
        PyType cls = type;
        if (cls == PyExc.BaseExceptionGroup) {
            if (!nestedBase) {
                cls = PyExc.ExceptionGroup;
            }
        } else if (cls == PyExc.ExceptionGroup) {
            if (nestedBase) {
                throw PyErr.format(PyExc.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
            }
        } else if (nestedBase && !cls.isSubtypeOf(PyExc.Exception)) {
            // a user subclass of BaseExceptionGroup may hold BaseExceptions
        } else if (nestedBase) {
            throw PyErr.format(PyExc.TypeError, "Cannot nest BaseExceptions in '%s'", cls.getName());
        }
        PyBaseExceptionGroup g = (PyBaseExceptionGroup) instantiate(cls, PyTuple.of(args, off, nargs));
        g.message = message;
        g.exceptions = PyTuple.wrap(items);
        return g;
    }

    @PySlot(Slot.tp_init)
    static void groupInit(PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        ((PyBaseExceptionGroup) self).args = PyTuple.of(args, off, nargs);
    }

    @PySlot(Slot.tp_str)
    PyObject groupStr() {
        int n = exceptions.size();
        return PyStr.of(Abstract.str(message) + " (" + n + " sub-exception" + (n > 1 ? "s" : "") + ")");
    }

    @PyGetter(value = "message", doc = "exception message")
    PyObject getMessage() {
        return message;
    }

    @PyGetter(value = "exceptions", doc = "nested exceptions")
    PyObject getExceptions() {
        return exceptions;
    }

    @PyMethod(sig = "excs, /")
    PyObject derive(PyObject excs) {
        return Abstract.call(PyExc.BaseExceptionGroup, message, excs);
    }

    /** A copy of this group with other exceptions, keeping traceback, cause, context and notes. */
    private PyObject deriveAndCopy(List<PyObject> excs) {
        PyObject eg = Abstract.callMethod(this, "derive", PyList.of(excs.toArray(new PyObject[0])));
        if (!(eg instanceof PyBaseExceptionGroup g)) {
            throw PyErr.format(PyExc.TypeError, "derive must return an instance of BaseExceptionGroup");
        }
        g.traceback = traceback;
        g.cause = cause;
        g.context = context;
        PyObject notes = Abstract.lookupAttr(this, Id.__notes__);
        if (notes != null) {
            Abstract.setAttr(g, Id.__notes__, notes);
        }
        return g;
    }

    private static boolean matches(PyObject exc, PyObject matcher) {
        if (matcher instanceof PyType || matcher instanceof PyTuple) {
            return Abstract.isInstance(exc, matcher);
        }
        return Abstract.isTrue(Abstract.call(matcher, exc));
    }

    private static void checkMatcher(PyObject matcher) {
        if (matcher instanceof PyType t) {
            if (!t.isSubtypeOf(PyExc.BaseException)) {
                throw PyErr.format(PyExc.TypeError, "expected an exception type, a tuple of exception types, or a "
                        + "callable (other than a class)");
            }
        } else if (!(matcher instanceof PyTuple) && !Abstract.isCallable(matcher)) {
            throw PyErr.format(PyExc.TypeError, "expected an exception type, a tuple of exception types, or a "
                    + "callable (other than a class)");
        }
    }

    /** {@code exceptiongroup_split_recursive}: [match, rest], either null. */
    private PyObject[] splitRecursive(PyObject matcher, boolean constructRest) {
        if (matches(this, matcher)) {
            return new PyObject[] {this, null};
        }
        List<PyObject> matchList = new ArrayList<>();
        List<PyObject> restList = new ArrayList<>();
        for (PyObject e : exceptions.array()) {
            PyObject m;
            PyObject r;
            if (e instanceof PyBaseExceptionGroup g) {
                PyObject[] mr = g.splitRecursive(matcher, constructRest);
                m = mr[0];
                r = mr[1];
            } else if (matches(e, matcher)) {
                m = e;
                r = null;
            } else {
                m = null;
                r = e;
            }
            if (m != null) {
                matchList.add(m);
            }
            if (constructRest && r != null) {
                restList.add(r);
            }
        }
        PyObject match = matchList.isEmpty() ? null : deriveAndCopy(matchList);
        PyObject rest = !constructRest || restList.isEmpty() ? null : deriveAndCopy(restList);
        return new PyObject[] {match, rest};
    }

    @PyMethod(sig = "matcher_value, /")
    PyObject split(PyObject matcher) {
        checkMatcher(matcher);
        PyObject[] mr = splitRecursive(matcher, true);
        return PyTuple.of(mr[0] == null ? PyNone.NONE : mr[0], mr[1] == null ? PyNone.NONE : mr[1]);
    }

    @PyMethod(sig = "matcher_value, /")
    PyObject subgroup(PyObject matcher) {
        checkMatcher(matcher);
        PyObject[] mr = splitRecursive(matcher, false);
        return mr[0] == null ? PyNone.NONE : mr[0];
    }

    @PyMethod(name = "__class_getitem__", classmethod = true, sig = "item, /", doc = "See PEP 585")
    static PyObject classGetitem(PyType type, PyObject item) {
        return new PyGenericAlias(type, item);
    }

}
