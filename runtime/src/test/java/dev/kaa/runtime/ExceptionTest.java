package dev.kaa.runtime;

import dev.kaa.runtime.objects.PyBaseException;
import dev.kaa.runtime.objects.PyExc;
import dev.kaa.runtime.objects.PyInt;
import dev.kaa.runtime.objects.PyList;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PyTuple;
import dev.kaa.runtime.objects.PyType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The builtin exceptions: hierarchy, args, str/repr, special layouts, and PyException. */
class ExceptionTest {
    private static PyObject make(PyType t, PyObject... args) {
        return Py.run(() -> Abstract.call(t, args));
    }

    private static String str(PyObject o) {
        return Py.run(() -> Abstract.str(o).toString());
    }

    @Test
    void hierarchy() {
        assertTrue(PyExc.ZeroDivisionError.isSubtypeOf(PyExc.ArithmeticError));
        assertTrue(PyExc.KeyError.isSubtypeOf(PyExc.LookupError));
        assertTrue(PyExc.FileNotFoundError.isSubtypeOf(PyExc.OSError));
        assertTrue(PyExc.TabError.isSubtypeOf(PyExc.SyntaxError));
        assertTrue(PyExc.RecursionError.isSubtypeOf(PyExc.RuntimeError));
        assertEquals("(<class 'ExceptionGroup'>, <class 'BaseExceptionGroup'>, <class 'Exception'>, "
                + "<class 'BaseException'>, <class 'object'>)", Py.repr(Py.attr(PyExc.ExceptionGroup, "__mro__")));
        assertSame(PyExc.OSError, Py.run(() -> INTERP_BUILTIN("IOError")));
        assertEquals("Inappropriate argument value (of correct type).", str(Py.attr(PyExc.ValueError, "__doc__")));
    }

    private static PyObject INTERP_BUILTIN(String name) {
        return Py.builtin(name);
    }

    @Test
    void argsStrAndRepr() {
        PyStr a = PyStr.of("a");
        assertEquals("ValueError('a')", Py.repr(make(PyExc.ValueError, a)));
        assertEquals("ValueError()", Py.repr(make(PyExc.ValueError)));
        assertEquals("ValueError('a', 1)", Py.repr(make(PyExc.ValueError, a, PyInt.of(1))));
        assertEquals("('a', 1)", str(make(PyExc.ValueError, a, PyInt.of(1))));
        assertEquals("", str(make(PyExc.ValueError)));
        assertEquals("'k'", str(make(PyExc.KeyError, PyStr.of("k"))));
        assertEquals("KeyError('k')", Py.repr(make(PyExc.KeyError, PyStr.of("k"))));
        Py.assertError("TypeError: ValueError() takes no keyword arguments",
                () -> Py.callKw(PyExc.ValueError, new PyObject[0], "x", PyInt.of(1)));
        PyBaseException e = (PyBaseException) make(PyExc.TypeError, a);
        assertEquals("TypeError: a", Py.run(() -> e.type().getName() + ": " + Abstract.str(e)));
    }

    @Test
    void specialLayouts() {
        PyObject fnf = make(PyExc.OSError, PyInt.of(2), PyStr.of("No such file or directory"), PyStr.of("x.txt"));
        assertSame(PyExc.FileNotFoundError, fnf.type());
        assertEquals("[Errno 2] No such file or directory: 'x.txt'", str(fnf));
        assertEquals("(2, 'No such file or directory')", Py.repr(Py.attr(fnf, "args")));
        assertEquals("'x.txt'", Py.repr(Py.attr(fnf, "filename")));
        PyObject se = make(PyExc.SyntaxError, PyStr.of("bad"), PyTuple.of(PyStr.of("/tmp/f.py"), PyInt.of(3),
                PyInt.of(4), PyStr.of("x y"), PyInt.of(3), PyInt.of(5)));
        assertEquals("bad (f.py, line 3)", str(se));
        assertEquals("4", Py.repr(Py.attr(se, "offset")));
        assertEquals("3", Py.repr(Py.attr(make(PyExc.SystemExit, PyInt.of(3)), "code")));
        assertEquals("None", Py.repr(Py.attr(make(PyExc.SystemExit), "code")));
        assertEquals("(1, 2)", Py.repr(Py.attr(make(PyExc.SystemExit, PyInt.of(1), PyInt.of(2)), "code")));
        assertEquals("5", Py.repr(Py.attr(make(PyExc.StopIteration, PyInt.of(5)), "value")));
        PyObject ie = Py.callKw(PyExc.ImportError, new PyObject[] {PyStr.of("m")}, "name", PyStr.of("n"));
        assertEquals("'n'", Py.repr(Py.attr(ie, "name")));
        assertEquals("m", str(ie));
        assertEquals("'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
                str(make(PyExc.UnicodeDecodeError, PyStr.of("utf-8"), new dev.kaa.runtime.objects.PyBytes(new byte[] {-1}),
                        PyInt.of(0), PyInt.of(1), PyStr.of("invalid start byte"))));
        assertEquals("'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)",
                str(make(PyExc.UnicodeEncodeError, PyStr.of("ascii"), PyStr.of("é"), PyInt.of(0), PyInt.of(1),
                        PyStr.of("ordinal not in range(128)"))));
    }

    @Test
    void exceptionGroups() {
        PyObject eg = make(PyExc.ExceptionGroup, PyStr.of("grp"), PyList.of(make(PyExc.ValueError, PyInt.of(1)),
                make(PyExc.TypeError, PyInt.of(2)), make(PyExc.ValueError, PyInt.of(3))));
        assertEquals("grp (3 sub-exceptions)", str(eg));
        PyObject mr = Py.run(() -> Abstract.callMethod(eg, "split", PyExc.ValueError));
        assertEquals("(ExceptionGroup('grp', [ValueError(1), ValueError(3)]), ExceptionGroup('grp', [TypeError(2)]))",
                Py.repr(mr));
        assertSame(PyExc.ExceptionGroup, make(PyExc.BaseExceptionGroup, PyStr.of("x"),
                PyList.of(make(PyExc.ValueError))).type());
        Py.assertError("TypeError: Cannot nest BaseExceptions in an ExceptionGroup",
                () -> Abstract.call(PyExc.ExceptionGroup, PyStr.of("x"), PyList.of(make(PyExc.KeyboardInterrupt))));
    }

    @Test
    void causeContextNotes() {
        PyBaseException e = (PyBaseException) make(PyExc.ValueError);
        assertNull(e.cause);
        Py.run(() -> {
            Abstract.setAttr(e, "__cause__", make(PyExc.TypeError));
            Abstract.callMethod(e, "add_note", PyStr.of("note 1"));
            return null;
        });
        assertTrue(e.suppressContext);
        assertEquals("['note 1']", Py.repr(Py.attr(e, "__notes__")));
        Py.assertError("TypeError: exception cause must be None or derive from BaseException",
                () -> {
                    Abstract.setAttr(e, "__cause__", PyInt.of(1));
                    return null;
                });
        Py.assertError("TypeError: note must be a str, not 'int'", () -> Abstract.callMethod(e, "add_note", PyInt.of(1)));
    }

    @Test
    void javaErrorsBecomePythonErrors() {
        PyException so = Py.run(() -> PyErr.fromJava(new StackOverflowError()));
        assertSame(PyExc.RecursionError, so.type());
        assertSame(PyExc.MemoryError, Py.run(() -> PyErr.fromJava(new OutOfMemoryError())).type());
        assertSame(PyExc.SystemError, Py.run(() -> PyErr.fromJava(new IllegalStateException("x"))).type());
        // PyException carries no Java stack trace.
        assertEquals(0, so.getStackTrace().length);
        // Deeply nested containers give RecursionError, as CPython's C recursion limit does.
        Py.assertError("RecursionError: maximum recursion depth exceeded while getting the repr of an object", () -> {
            PyObject l = new PyList();
            for (int i = 0; i < 20000; i++) {
                l = PyList.of(l);
            }
            return Abstract.repr(l);
        });
    }
}
