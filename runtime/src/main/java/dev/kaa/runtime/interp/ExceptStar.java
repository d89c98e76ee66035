package dev.kaa.runtime.interp;

import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.ThreadState;
import dev.kaa.runtime.objects.PyBaseException;
import dev.kaa.runtime.objects.PyBaseExceptionGroup;
import dev.kaa.runtime.objects.PyDict;
import dev.kaa.runtime.objects.PyExc;
import dev.kaa.runtime.objects.PyList;
import dev.kaa.runtime.objects.PyNone;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PyTraceback;
import dev.kaa.runtime.objects.PyTuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** {@code except*}: CPython's {@code _PyEval_ExceptionGroupMatch} and {@code _PyExc_PrepReraiseStar}. */
final class ExceptStar {
    private ExceptStar() {
    }

    /** {@code [rest, match]} for CHECK_EG_MATCH; sets the handled exception to a non-None match. */
    static PyObject[] match(PyObject exc, PyObject matchType) {
        PyObject match;
        PyObject rest;
        if (exc == PyNone.NONE) {
            return new PyObject[] {PyNone.NONE, PyNone.NONE};
        }
        if (Ops.checkExcMatch(exc, matchType)) {
            if (exc instanceof PyBaseExceptionGroup) {
                match = exc;
            } else {
                PyBaseException wrapped = PyErr.createException(PyExc.ExceptionGroup, PyStr.EMPTY,
                        PyTuple.of(exc));
                ThreadState ts = ThreadState.current();
                if (ts.frame != null) {
                    wrapped.traceback = new PyTraceback(null, ts.frame, Math.max(ts.frame.lasti, 0));
                }
                match = wrapped;
            }
            rest = PyNone.NONE;
        } else if (exc instanceof PyBaseExceptionGroup) {
            PyObject pair = Abstract.callMethod(exc, "split", matchType);
            match = ((PyTuple) pair).get(0);
            rest = ((PyTuple) pair).get(1);
        } else {
            match = PyNone.NONE;
            rest = exc;
        }
        if (match != PyNone.NONE) {
            ThreadState.current().handledException = match;
        }
        return new PyObject[] {rest, match};
    }

    static PyObject prepReraiseStar(PyObject orig, PyObject excsObj) {
        PyObject[] excs = ((PyList) excsObj).toArray();
        if (excs.length == 0) {
            return PyNone.NONE;
        }
        if (!(orig instanceof PyBaseExceptionGroup)) {
            return excs[0];
        }
        List<PyObject> raised = new ArrayList<>();
        List<PyObject> reraised = new ArrayList<>();
        for (PyObject e : excs) {
            if (e == PyNone.NONE) {
                continue;
            }
            (sameMetadata(e, orig) ? reraised : raised).add(e);
        }
        Set<PyObject> leaves = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PyObject e : reraised) {
            collectLeaves(e, leaves);
        }
        PyObject reraisedEg = project(orig, leaves);
        if (raised.isEmpty()) {
            return reraisedEg;
        }
        if (reraisedEg != PyNone.NONE) {
            raised.add(reraisedEg);
        }
        if (raised.size() > 1) {
            return PyErr.createException(PyExc.ExceptionGroup, PyStr.EMPTY,
                    PyList.wrap(raised.toArray(new PyObject[0])));
        }
        return raised.get(0);
    }

    private static boolean sameMetadata(PyObject a, PyObject b) {
        PyBaseException e1 = (PyBaseException) a;
        PyBaseException e2 = (PyBaseException) b;
        return notes(e1) == notes(e2) && e1.traceback == e2.traceback && e1.cause == e2.cause
                && e1.context == e2.context;
    }

    private static PyObject notes(PyBaseException e) {
        PyDict d = e.dictOrNull();
        return d == null ? null : d.getItem(PyStr.of("__notes__"));
    }

    private static PyObject[] children(PyObject eg) {
        return ((PyTuple) Abstract.getAttr(eg, "exceptions")).toArray();
    }

    private static void collectLeaves(PyObject e, Set<PyObject> out) {
        if (e instanceof PyBaseExceptionGroup) {
            for (PyObject c : children(e)) {
                collectLeaves(c, out);
            }
        } else {
            out.add(e);
        }
    }

    /** The part of {@code eg} whose leaves are in {@code keep}, with eg's metadata; None if empty. */
    private static PyObject project(PyObject eg, Set<PyObject> keep) {
        if (!(eg instanceof PyBaseExceptionGroup)) {
            return keep.contains(eg) ? eg : PyNone.NONE;
        }
        List<PyObject> parts = new ArrayList<>();
        for (PyObject c : children(eg)) {
            PyObject p = project(c, keep);
            if (p != PyNone.NONE) {
                parts.add(p);
            }
        }
        if (parts.isEmpty()) {
            return PyNone.NONE;
        }
        PyObject derived = Abstract.callMethod(eg, "derive", PyList.wrap(parts.toArray(new PyObject[0])));
        PyBaseException src = (PyBaseException) eg;
        PyBaseException d = (PyBaseException) derived;
        d.traceback = src.traceback;
        d.cause = src.cause;
        d.context = src.context;
        d.suppressContext = src.suppressContext;
        PyObject n = notes(src);
        if (n != null) {
            d.getDict().setItem(PyStr.of("__notes__"), n);
        }
        return derived;
    }
}
