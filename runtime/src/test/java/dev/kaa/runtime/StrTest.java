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
        Py.assertError("UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud83d' in position 0: "
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
}
