package dev.kaa.runtime;

import dev.kaa.runtime.objects.PyDict;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PyTuple;

import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Test helpers: an interpreter with PYTHONHASHSEED=0 (so hashes equal CPython's with that seed), and
 * shortcuts for calling builtins and checking Python-level results and errors.
 */
final class Py {
    static final Interpreter INTERP = new Interpreter(Interpreter.Config.withHashSeed(0));

    private Py() {
    }

    static <R> R run(Supplier<R> s) {
        return INTERP.call(s);
    }

    static PyObject builtin(String name) {
        return run(() -> INTERP.builtinsDict().getItem(PyStr.of(name)));
    }

    /** {@code builtins.name(*args)}. */
    static PyObject call(String name, PyObject... args) {
        return run(() -> Abstract.call(builtin(name), args));
    }

    /** {@code f(*args, **kw)} with keyword names and values given as alternating pairs after the positionals. */
    static PyObject callKw(PyObject f, PyObject[] positional, Object... kw) {
        return run(() -> {
            PyObject[] a = new PyObject[positional.length + kw.length / 2];
            System.arraycopy(positional, 0, a, 0, positional.length);
            PyObject[] names = new PyObject[kw.length / 2];
            for (int i = 0; i < kw.length; i += 2) {
                names[i / 2] = PyStr.of((String) kw[i]);
                a[positional.length + i / 2] = (PyObject) kw[i + 1];
            }
            return Abstract.vectorcall(f, a, 0, positional.length, PyTuple.wrap(names));
        });
    }

    static String repr(PyObject o) {
        return run(() -> Abstract.repr(o).toString());
    }

    static PyObject attr(PyObject o, String name) {
        return run(() -> Abstract.getAttr(o, name));
    }

    /** Runs {@code action}, expecting a Python exception; returns "TypeName: message". */
    static String error(Supplier<?> action) {
        try {
            run(action);
        } catch (PyException e) {
            return run(() -> e.type().getName() + ": " + Abstract.str(e.value));
        }
        fail("no exception raised");
        return null;
    }

    static void assertError(String expected, Supplier<?> action) {
        assertEquals(expected, error(action));
    }

    static PyDict dict() {
        return run(PyDict::new);
    }
}
