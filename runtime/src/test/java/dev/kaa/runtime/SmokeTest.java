package dev.kaa.runtime;

import dev.kaa.runtime.objects.PyInt;
import dev.kaa.runtime.objects.PyList;
import dev.kaa.runtime.objects.PyStr;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SmokeTest {
    @Test
    void basics() {
        assertEquals("3", Py.repr(Py.run(() -> PyNumber.add(PyInt.of(1), PyInt.of(2)))));
        assertEquals("'abc'", Py.repr(PyStr.of("abc")));
        assertEquals("[1, 'a']", Py.repr(PyList.of(PyInt.of(1), PyStr.of("a"))));
        assertEquals("<class 'int'>", Py.repr(PyInt.TYPE));
        assertEquals("3", Py.repr(Py.call("len", PyList.of(PyInt.of(1), PyInt.of(2), PyInt.of(3)))));
    }
}
