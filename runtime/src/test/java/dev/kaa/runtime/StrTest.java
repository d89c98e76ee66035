package dev.kaa.runtime;

import dev.kaa.runtime.objects.PyInt;
import dev.kaa.runtime.objects.PyList;
import dev.kaa.runtime.objects.PyNone;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PySlice;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.slots.CompareOp;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** str: code-point semantics with astral characters and lone surrogates, and the common methods. */
class StrTest {
    private static PyStr s(String js) {
        return PyStr.of(js);
    }

    private static String r(PyObject o) {
        return Py.repr(o);
    }

    @Test
    void astralCharactersAreOneCodePoint() {
        PyStr x = s("a😀b");
        assertEquals(3, x.length());
        assertEquals("3", r(Py.call("len", x)));
        assertEquals("'😀'", r(Py.run(() -> Abstract.getItem(x, PyInt.of(1)))));
        assertEquals("'b'", r(Py.run(() -> Abstract.getItem(x, PyInt.of(-1)))));
        assertEquals("128512", r(Py.call("ord", Py.run(() -> Abstract.getItem(x, PyInt.of(1))))));
        assertEquals("'b😀a'", r(Py.run(() -> Abstract.getItem(x, new PySlice(PyNone.NONE, PyNone.NONE, PyInt.of(-1))))));
        assertEquals("'😀b'", r(Py.run(() -> Abstract.getItem(x, new PySlice(PyInt.of(1), PyNone.NONE, PyNone.NONE)))));
        Py.assertError("IndexError: string index out of range", () -> Abstract.getItem(x, PyInt.of(3)));
        assertEquals("1", r(Py.run(() -> Abstract.callMethod(x, "find", s("😀")))));
    }

    @Test
    void loneSurrogatesStayTwoCodePoints() {
        PyStr pair = PyStr.fromCodePoints(new int[] {0xd83d, 0xde00}, 0, 2);
        assertEquals(2, pair.length());
        assertFalse(Py.run(() -> Abstract.richCompareBool(pair, s("😀"), CompareOp.EQ)));
        assertEquals("'\\ud83d\\ude00'", r(pair));
        assertEquals("'😀'", r(PyStr.fromCodePoints(new int[] {0x1f600}, 0, 1)));
        // CPython 3.13 reports the whole run of surrogates (checked: '\ud83d\ude00'.encode()).
        Py.assertError("UnicodeEncodeError: 'utf-8' codec can't encode characters in position 0-1: "
                + "surrogates not allowed", () -> Abstract.callMethod(pair, "encode"));
    }

    @Test
    void reprQuotesAndEscapes() {
        assertEquals("\"it's\"", r(s("it's")));
        assertEquals("'say \"hi\"'", r(s("say \"hi\"")));
        assertEquals("'a\\n\\t\\x00\\x7f'", r(s("a\n\t\0\u007f")));
        assertEquals("'é\\xa0'", r(s("é\u00a0")));
    }

    @Test
    void comparisonIsByCodePoint() {
        assertTrue(Py.run(() -> Abstract.richCompareBool(s("\uffff"), s("😀"), CompareOp.LT)));
        assertTrue(Py.run(() -> Abstract.richCompareBool(s("ab"), s("abc"), CompareOp.LT)));
        Py.assertError("TypeError: '<' not supported between instances of 'str' and 'int'",
                () -> Abstract.richCompare(s("a"), PyInt.of(1), CompareOp.LT));
    }

    @Test
    void methods() {
        assertEquals("['a', 'b', 'c']", r(Py.run(() -> Abstract.callMethod(s("  a b\tc\n"), "split"))));
        assertEquals("['a', '', 'b']", r(Py.run(() -> Abstract.callMethod(s("a,,b"), "split", s(",")))));
        assertEquals("['a b', 'c']", r(Py.run(() -> Abstract.callMethod(s("a b c"), "rsplit", PyNone.NONE, PyInt.of(1)))));
        assertEquals("'a-b-c'", r(Py.run(() -> Abstract.callMethod(s("-"), "join", PyList.of(s("a"), s("b"), s("c"))))));
        assertEquals("'xx'", r(Py.run(() -> Abstract.callMethod(s("  xx  "), "strip"))));
        assertEquals("'ABC'", r(Py.run(() -> Abstract.callMethod(s("abc"), "upper"))));
        assertEquals("'   ab  '", r(Py.run(() -> Abstract.callMethod(s("ab"), "center", PyInt.of(7)))));
        assertEquals("'-0042'", r(Py.run(() -> Abstract.callMethod(s("-42"), "zfill", PyInt.of(5)))));
        assertEquals("('a', '=', 'b=c')", r(Py.run(() -> Abstract.callMethod(s("a=b=c"), "partition", s("=")))));
        assertEquals("'xbxb'", r(Py.run(() -> Abstract.callMethod(s("abab"), "replace", s("a"), s("x")))));
        assertEquals("2", r(Py.run(() -> Abstract.callMethod(s("abab"), "count", s("ab")))));
        assertEquals("True", r(Py.run(() -> Abstract.callMethod(s("hello"), "startswith", dev.kaa.runtime.objects.PyTuple.of(s("x"), s("he"))))));
        assertEquals("b'h\\xc3\\xa9'", r(Py.run(() -> Abstract.callMethod(s("hé"), "encode"))));
        assertEquals("'abab'", r(Py.run(() -> PyNumber.multiply(s("ab"), PyInt.of(2)))));
        Py.assertError("TypeError: can only concatenate str (not \"int\") to str", () -> PyNumber.add(s("a"), PyInt.of(1)));
        Py.assertError("TypeError: can't multiply sequence by non-int of type 'str'", () -> PyNumber.multiply(s("a"), s("b")));
        Py.assertError("TypeError: sequence item 0: expected str instance, int found",
                () -> Abstract.callMethod(s(""), "join", PyList.of(PyInt.of(1))));
        Py.assertError("ValueError: substring not found", () -> Abstract.callMethod(s("a"), "index", s("b")));
        Py.assertError("TypeError: 'in <string>' requires string as left operand, not int",
                () -> Abstract.contains(s("a"), PyInt.of(1)));
    }

    @Test
    void iteration() {
        PyObject it = Py.run(() -> Abstract.getIter(s("ab")));
        assertEquals("<class 'str_ascii_iterator'>", r(it.type()));
        assertEquals("['h', 'é']", r(Py.run(() -> PyList.of(Abstract.sequenceToArray(s("hé"))))));
        assertEquals("<class 'str_iterator'>", r(Py.run(() -> Abstract.getIter(s("hé")).type())));
    }

    @Test
    void percentFormatAndFormatSpec() {
        PyObject args = dev.kaa.runtime.objects.PyTuple.of(s("a"), s("b"), PyInt.of(42), dev.kaa.runtime.objects.PyFloat.of(3.14159),
                PyInt.of(255), PyInt.of(8), dev.kaa.runtime.objects.PyFloat.of(12345.678), dev.kaa.runtime.objects.PyFloat.of(0.0001),
                PyInt.of(65), PyInt.of(7), PyInt.of(7), PyInt.of(7));
        assertEquals("\"a-'b'-42- 3.14-ff-10-1.234568e+04-0.0001-A-%-7   |0007|+7\"",
                r(Py.run(() -> PyNumber.remainder(s("%s-%r-%d-%5.2f-%x-%o-%e-%g-%c-%%-%-4d|%04d|%+d"), args))));
        assertEquals("'abc|   ab|ab   |'", r(Py.run(() -> PyNumber.remainder(s("%.3s|%5s|%-5s|"),
                dev.kaa.runtime.objects.PyTuple.of(s("abcdef"), s("ab"), s("ab"))))));
        Py.assertError("TypeError: %d format: a real number is required, not str", () -> PyNumber.remainder(s("%d"), s("a")));
        Py.assertError("TypeError: not enough arguments for format string",
                () -> PyNumber.remainder(s("%s %s"), dev.kaa.runtime.objects.PyTuple.of(PyInt.of(1))));
        Py.assertError("TypeError: not all arguments converted during string formatting",
                () -> PyNumber.remainder(s("%s"), dev.kaa.runtime.objects.PyTuple.of(PyInt.of(1), PyInt.of(2))));
        Py.assertError("ValueError: unsupported format character 'z' (0x7a) at index 1", () -> PyNumber.remainder(s("%z"), PyInt.of(1)));
        assertEquals("'   ab'", r(Py.call("format", s("ab"), s(">5"))));
        assertEquals("'**ab**'", r(Py.call("format", s("ab"), s("*^6"))));
        assertEquals("'ab'", r(Py.call("format", s("abc"), s(".2"))));
        Py.assertError("ValueError: Unknown format code 'd' for object of type 'str'", () -> Abstract.call(Py.builtin("format"), s("ab"), s("d")));
        Py.assertError("ValueError: '=' alignment not allowed in string format specifier",
                () -> Abstract.call(Py.builtin("format"), s("ab"), s("=5")));
    }

    @Test
    void strFormat() {
        PyObject fmt = Py.run(() -> Abstract.getAttr(s("{} {} {}"), "format"));
        assertEquals("'1 a 2.5'", r(Py.run(() -> Abstract.call(fmt, PyInt.of(1), s("a"), dev.kaa.runtime.objects.PyFloat.of(2.5)))));
        assertEquals("'ba'", r(Py.run(() -> Abstract.callMethod(s("{1}{0}"), "format", s("a"), s("b")))));
        assertEquals("\"   x|'x'\"", r(Py.callKw(Py.attr(s("{n:>4}|{n!r}"), "format"), new PyObject[0], "n", s("x"))));
        assertEquals("'{}    3.14'", r(Py.callKw(Py.attr(s("{{}}{:{w}.{p}f}"), "format"),
                new PyObject[] {dev.kaa.runtime.objects.PyFloat.of(3.14159)}, "w", PyInt.of(8), "p", PyInt.of(2))));
        assertEquals("'9 8'", r(Py.run(() -> Abstract.callMethod(s("{0[k]} {1[1]}"), "format", Py.run(() -> {
            dev.kaa.runtime.objects.PyDict d = new dev.kaa.runtime.objects.PyDict();
            d.setItem(s("k"), PyInt.of(9));
            return d;
        }), PyList.of(PyInt.of(7), PyInt.of(8))))));
        Py.assertError("ValueError: Single '{' encountered in format string", () -> Abstract.callMethod(s("{"), "format", PyInt.of(1)));
        Py.assertError("ValueError: Single '}' encountered in format string", () -> Abstract.callMethod(s("}"), "format", PyInt.of(1)));
        Py.assertError("ValueError: cannot switch from manual field specification to automatic field numbering",
                () -> Abstract.callMethod(s("{0}{}"), "format", PyInt.of(1), PyInt.of(2)));
        Py.assertError("IndexError: Replacement index 2 out of range for positional args tuple",
                () -> Abstract.callMethod(s("{2}"), "format", PyInt.of(1)));
        Py.assertError("KeyError: 'x'", () -> Abstract.callMethod(s("{x}"), "format", PyInt.of(1)));
        Py.assertError("ValueError: Unknown conversion specifier z", () -> Abstract.callMethod(s("{!z}"), "format", PyInt.of(1)));
        Py.assertError("ValueError: Max string recursion exceeded",
                () -> Abstract.callMethod(s("{:{:{}}}"), "format", PyInt.of(1), PyInt.of(2), PyInt.of(3)));
        assertEquals("'Ab Cd'", r(Py.run(() -> Abstract.callMethod(s("ab cD"), "title"))));
        assertEquals("'a   bc  d'", r(Py.run(() -> Abstract.callMethod(s("a\tbc\td"), "expandtabs", PyInt.of(4)))));
    }
}
