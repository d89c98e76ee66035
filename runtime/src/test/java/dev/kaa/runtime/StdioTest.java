package dev.kaa.runtime;

import dev.kaa.runtime.objects.PyBool;
import dev.kaa.runtime.objects.PyFloat;
import dev.kaa.runtime.objects.PyInt;
import dev.kaa.runtime.objects.PyList;
import dev.kaa.runtime.objects.PyNone;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PyTextIO;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The text streams of sys and the builtins print() and input(). */
class StdioTest {
    private static PyObject[] a(PyObject... x) {
        return x;
    }

    @Test
    void printThroughOwnStream() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PyTextIO out = Py.run(() -> PyTextIO.forOutput(bytes, "<stdout>", false));
        Py.callKw(Py.builtin("print"), a(PyInt.of(1), PyStr.of("é"), PyFloat.of(2.5)), "file", out);
        Py.callKw(Py.builtin("print"), a(PyStr.of("a"), PyStr.of("b")), "sep", PyStr.of("--"), "end",
                PyStr.of("!\n"), "file", out);
        Py.callKw(Py.builtin("print"), a(PyStr.of("x"), PyStr.of("y")), "sep", PyNone.NONE, "end", PyNone.NONE,
                "file", out);
        assertEquals("", bytes.toString(StandardCharsets.UTF_8), "block-buffered until flush");
        Py.run(() -> Abstract.callMethod(out, "flush"));
        assertEquals("1 é 2.5\na--b!\nx y\n", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printToObjectWithWrite() {
        PyList parts = Py.run(PyList::new);
        PyObject file = Py.run(() -> {
            PyObject ns = new dev.kaa.runtime.objects.PySimpleNamespace().with("write", Abstract.getAttr(parts, "append"))
                    .with("flush", Abstract.getAttr(parts, "clear"));
            return ns;
        });
        Py.callKw(Py.builtin("print"), a(PyInt.of(1), PyInt.of(2)), "file", file);
        assertEquals("['1', ' ', '2', '\\n']", Py.repr(parts));
        Py.callKw(Py.builtin("print"), a(PyInt.of(1)), "file", file, "flush", PyBool.TRUE);
        assertEquals("[]", Py.repr(parts));
    }

    @Test
    void printErrors() {
        Py.assertError("TypeError: sep must be None or a string, not int",
                () -> Py.callKw(Py.builtin("print"), a(), "sep", PyInt.of(1)));
        Py.assertError("TypeError: end must be None or a string, not int",
                () -> Py.callKw(Py.builtin("print"), a(), "end", PyInt.of(1)));
        Py.assertError("AttributeError: 'int' object has no attribute 'write'",
                () -> Py.callKw(Py.builtin("print"), a(), "file", PyInt.of(1)));
        Py.assertError("TypeError: print() got an unexpected keyword argument 'foo'",
                () -> Py.callKw(Py.builtin("print"), a(), "foo", PyInt.of(1)));
    }

    @Test
    void writeAndLineBuffering() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PyTextIO out = Py.run(() -> PyTextIO.forOutput(bytes, "<stderr>", true));
        assertEquals("3", Py.repr(Py.run(() -> Abstract.callMethod(out, "write", PyStr.of("abc")))));
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
        Py.run(() -> Abstract.callMethod(out, "write", PyStr.of("\ud800\n")));
        assertEquals("abc\\ud800\n", bytes.toString(StandardCharsets.UTF_8), "stderr: backslashreplace");
        Py.assertError("TypeError: write() argument must be str, not int",
                () -> Abstract.callMethod(out, "write", PyInt.of(1)));
        assertEquals("<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>", Py.repr(out));
        assertEquals("'backslashreplace'", Py.repr(Py.attr(out, "errors")));
        assertEquals("2", Py.repr(Py.run(() -> Abstract.callMethod(out, "fileno"))));
        Py.assertError("io.UnsupportedOperation: not readable", () -> Abstract.callMethod(out, "read"));
        PyTextIO strict = Py.run(() -> PyTextIO.forOutput(bytes, "<stdout>", false));
        Py.assertError("UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in position 1: "
                + "surrogates not allowed", () -> Abstract.callMethod(strict, "write", PyStr.of("a\ud800")));
        Py.run(() -> Abstract.callMethod(out, "close"));
        Py.assertError("ValueError: I/O operation on closed file.", () -> Abstract.callMethod(out, "write", PyStr.of("x")));
    }

    private static PyTextIO input(String text) {
        return Py.run(() -> PyTextIO.forInput(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "<stdin>"));
    }

    @Test
    void reading() {
        PyTextIO in = input("one\r\ntwo\rthree\nfour é\nlast");
        assertEquals("'one\\n'", Py.repr(Py.run(() -> Abstract.callMethod(in, "readline"))));
        assertEquals("'two\\n'", Py.repr(Py.run(() -> Abstract.callMethod(in, "readline"))));
        assertEquals("'th'", Py.repr(Py.run(() -> Abstract.callMethod(in, "read", PyInt.of(2)))));
        assertEquals("['ree\\n', 'four é\\n', 'last']", Py.repr(Py.run(() -> Abstract.callMethod(in, "readlines"))));
        assertEquals("''", Py.repr(Py.run(() -> Abstract.callMethod(in, "readline"))));
        PyTextIO in2 = input("a\nb\n");
        assertEquals("['a\\n', 'b\\n']", Py.repr(Py.call("list", in2)));
        PyTextIO in3 = input("x\ny");
        assertEquals("'x\\ny'", Py.repr(Py.run(() -> Abstract.callMethod(in3, "read"))));
        Py.assertError("TypeError: argument should be integer or None, not 'str'",
                () -> Abstract.callMethod(in3, "read", PyStr.of("1")));
        PyTextIO bad = input("");
        assertEquals("''", Py.repr(Py.run(() -> Abstract.callMethod(bad, "read"))));
    }

    @Test
    void inputBuiltin() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Py.run(() -> {
            PyObject oldIn = Py.INTERP.sys.getDict().getItem(PyStr.of("stdin"));
            PyObject oldOut = Py.INTERP.sys.getDict().getItem(PyStr.of("stdout"));
            try {
                Py.INTERP.sys.add("stdin", input("hello\nworld"));
                Py.INTERP.sys.add("stdout", PyTextIO.forOutput(bytes, "<stdout>", false));
                assertEquals("'hello'", Py.repr(Py.call("input", PyStr.of("? "))));
                assertEquals("'world'", Py.repr(Py.call("input")));
                Py.assertError("EOFError: EOF when reading a line", () -> Py.call("input", PyStr.of("> ")));
                Py.INTERP.sys.add("stdin", PyNone.NONE);
                Py.assertError("RuntimeError: input(): lost sys.stdin", () -> Py.call("input"));
            } finally {
                Py.INTERP.sys.add("stdin", oldIn);
                Py.INTERP.sys.add("stdout", oldOut);
            }
            return null;
        });
        assertEquals("? > ", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void ascii() {
        assertEquals("\"'a\\\\xe9\\\\u20ac\\\\U0001f600'\"", Py.repr(Py.call("ascii", PyStr.of("aé€😀"))));
        assertEquals("'1'", Py.repr(Py.call("ascii", PyInt.of(1))));
    }
}
