package dev.kaa.runtime;

import dev.kaa.runtime.imports.NativeModules;
import dev.kaa.runtime.objects.PyFloat;
import dev.kaa.runtime.objects.PyInt;
import dev.kaa.runtime.objects.PyModule;
import dev.kaa.runtime.objects.PyObject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The time module's clocks and sleep, called through the module as Python code would. */
class TimeModuleTest {
    private static PyObject call(String name, PyObject... args) {
        return Py.run(() -> {
            PyModule time = NativeModules.create("time", Py.INTERP);
            return Abstract.call(Abstract.getAttr(time, name), args);
        });
    }

    @Test
    void clocks() {
        double now = ((PyFloat) call("time")).value;
        assertTrue(Math.abs(now - System.currentTimeMillis() / 1000.0) < 5, "time() is the wall clock");
        long ns = ((PyInt) call("time_ns")).longValue();
        assertTrue(Math.abs(ns / 1e9 - now) < 5);
        double a = ((PyFloat) call("perf_counter")).value;
        double b = ((PyFloat) call("perf_counter")).value;
        assertTrue(b >= a, "perf_counter never goes back");
        long m1 = ((PyInt) call("monotonic_ns")).longValue();
        long m2 = ((PyInt) call("monotonic_ns")).longValue();
        assertTrue(m2 >= m1);
        assertTrue(((PyFloat) call("process_time")).value > 0, "the JVM has used CPU time");
    }

    @Test
    void sleep() {
        long t0 = System.nanoTime();
        call("sleep", PyFloat.of(0.05));
        assertTrue(System.nanoTime() - t0 >= 45_000_000L, "slept about 50 ms");
        call("sleep", PyInt.of(0));
        Py.assertError("ValueError: sleep length must be non-negative", () -> call("sleep", PyInt.of(-1)));
        Py.assertError("ValueError: Invalid value NaN (not a number)", () -> call("sleep", PyFloat.of(Double.NaN)));
        Py.assertError("TypeError: 'str' object cannot be interpreted as an integer",
                () -> call("sleep", dev.kaa.runtime.objects.PyStr.of("a")));
        Py.assertError("TypeError: time.sleep() takes exactly one argument (0 given)", () -> call("sleep"));
        Py.assertError("TypeError: time.time() takes no arguments (1 given)", () -> call("time", PyInt.of(1)));
    }
}
