package dev.kaa.runtime.builtins;

import dev.kaa.annotations.PyFunction;
import dev.kaa.annotations.PyModule;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.ThreadState;
import dev.kaa.runtime.objects.PyExc;
import dev.kaa.runtime.objects.PyInt;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyStr;

/**
 * The core of {@code sys}: the attributes and functions backed by {@link dev.kaa.runtime.Interpreter}
 * state. The command line, the import system and the standard-library work add the rest ({@code argv},
 * {@code path}, {@code stdout}, {@code version}, ...).
 */
@PyModule(name = "sys", doc = "This module provides access to some objects used or maintained by the\n"
        + "interpreter and to functions that interact strongly with the interpreter.")
public final class SysModule {
    private SysModule() {
    }

    static void exec(dev.kaa.runtime.objects.PyModule m) {
        m.add("maxsize", PyInt.of(Long.MAX_VALUE));
        m.add("byteorder", PyStr.of("little"));
        m.add("platform", PyStr.of("linux"));
        m.add("modules", ThreadState.current().interp.modules);
    }

    @PyFunction(doc = "Return the current value of the recursion limit.")
    static long getrecursionlimit() {
        return ThreadState.current().interp.getRecursionLimit();
    }

    @PyFunction(sig = "new_limit, /", doc = "Set the maximum depth of the Python interpreter stack to n.")
    static void setrecursionlimit(int limit) {
        ThreadState ts = ThreadState.current();
        if (limit < 1) {
            throw PyErr.format(PyExc.ValueError, "recursion limit must be greater or equal than 1");
        }
        if (ts.recursionDepth >= limit) {
            throw PyErr.format(PyExc.RecursionError,
                    "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", limit,
                    ts.recursionDepth);
        }
        ts.interp.setRecursionLimit(limit);
    }

    @PyFunction(sig = "string, /", doc = "``Intern'' the given string.")
    static PyObject intern(PyStr string) {
        if (string.getClass() != PyStr.class) {
            throw PyErr.format(PyExc.TypeError, "can't intern %s", string.type().getName());
        }
        return string.intern();
    }
}
