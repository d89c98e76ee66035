package dev.kaa.runtime;

import dev.kaa.runtime.objects.PyDict;
import dev.kaa.runtime.objects.PyInt;
import dev.kaa.runtime.objects.PyList;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PySet;
import dev.kaa.runtime.objects.PyStr;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Interpreters are isolated (own hash secret, own builtins); containers stay consistent across threads. */
class IsolationTest {
    @Test
    void interpretersHaveTheirOwnHashSecretAndModules() throws Exception {
        Interpreter a = new Interpreter(Interpreter.Config.withHashSeed(0));
        Interpreter b = new Interpreter(Interpreter.Config.withHashSeed(1));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread[] ts = new Thread[4];
        for (int k = 0; k < ts.length; k++) {
            Interpreter in = k % 2 == 0 ? a : b;
            long expected = k % 2 == 0 ? 4644417185603328019L : -3012895188637184397L;
            ts[k] = new Thread(() -> {
                try {
                    for (int i = 0; i < 20000; i++) {
                        long h = in.call(() -> PyStr.of("a").hash());
                        if (h != expected) {
                            throw new AssertionError("hash " + h);
                        }
                    }
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            ts[k].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        assertNull(failure.get());
        // Each has its own builtins module; the builtin types are shared.
        a.run(() -> a.builtinsDict().setItem(PyStr.of("only_in_a"), PyInt.of(1)));
        assertNull(b.call(() -> b.builtinsDict().getItem(PyStr.of("only_in_a"))));
        assertEquals(a.call(() -> a.builtinsDict().getItem(PyStr.of("int"))),
                b.call(() -> b.builtinsDict().getItem(PyStr.of("int"))));
    }

    @Test
    void pythonCodeNeedsABoundInterpreter() {
        assertThrows(IllegalStateException.class, () -> PyStr.of("unbound").hash());
    }

    @Test
    void concurrentContainersLoseNothing() throws Exception {
        PyList list = new PyList();
        PyDict dict = Py.dict();
        PySet set = Py.run(PySet::new);
        int threads = 4;
        int per = 20000;
        List<Thread> ts = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int k = 0; k < threads; k++) {
            int base = k * per;
            Thread t = new Thread(() -> Py.INTERP.run(() -> {
                try {
                    for (int i = 0; i < per; i++) {
                        PyObject v = PyInt.of(base + i);
                        list.append(v);
                        dict.setItem(v, v);
                        set.add(v);
                        if ((i & 7) == 0) {
                            // Racing reads never fail.
                            Abstract.length(list);
                            dict.getItem(PyInt.of(i));
                            Abstract.contains(set, PyInt.of(i));
                        }
                    }
                } catch (Throwable e) {
                    failure.set(e);
                }
            }));
            ts.add(t);
            t.start();
        }
        for (Thread t : ts) {
            t.join();
        }
        assertNull(failure.get());
        assertEquals(threads * per, list.size());
        assertEquals(threads * per, dict.size());
        assertEquals(threads * per, set.size());
    }

    @Test
    void sysModuleReflectsInterpreterState() {
        Interpreter in = new Interpreter(Interpreter.Config.withHashSeed(0));
        PyObject sys = in.call(() -> in.modules.getItem(PyStr.of("sys")));
        assertEquals("1000", in.call(() -> Abstract.repr(Abstract.callMethod(sys, "getrecursionlimit")).toString()));
        in.run(() -> Abstract.callMethod(sys, "setrecursionlimit", PyInt.of(50)));
        assertEquals(50, in.getRecursionLimit());
        assertEquals(1000, Py.INTERP.getRecursionLimit());
        assertEquals("ValueError: recursion limit must be greater or equal than 1", in.call(() -> {
            try {
                Abstract.callMethod(sys, "setrecursionlimit", PyInt.of(0));
                return "no error";
            } catch (PyException e) {
                return e.getMessage();
            }
        }));
        PyStr a = in.call(() -> PyStr.of("name"));
        PyStr b = in.call(() -> PyStr.of("name"));
        assertEquals(in.call(() -> Abstract.callMethod(sys, "intern", a)), in.call(() -> Abstract.callMethod(sys, "intern", b)));
    }
}
