package dev.kaa.compiler.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** repr() of AST constants against values printed by CPython 3.13. */
class AstReprTest {

    @Test
    void floatReprIsShortestRoundTrip() {
        assertEquals("5e-324", AstRepr.repr(Double.MIN_VALUE));
        assertEquals("1e-323", AstRepr.repr(1e-323));
        assertEquals("2.2250738585072014e-308", AstRepr.repr(Double.MIN_NORMAL));
        assertEquals("1.7976931348623157e+308", AstRepr.repr(Double.MAX_VALUE));
        assertEquals("0.1", AstRepr.repr(0.1));
        assertEquals("1e+16", AstRepr.repr(1e16));
        assertEquals("1000000000000000.0", AstRepr.repr(1e15));
        assertEquals("0.0001", AstRepr.repr(0.0001));
        assertEquals("1e-05", AstRepr.repr(0.00001));
        assertEquals("inf", AstRepr.repr(Double.POSITIVE_INFINITY));
        assertEquals("9.5", AstRepr.repr(9.5));
        assertEquals("1.5j", AstRepr.repr(new ComplexValue(0, 1.5)));
        assertEquals("1j", AstRepr.repr(new ComplexValue(0, 1.0)));
        assertEquals("1e+20j", AstRepr.repr(new ComplexValue(0, 1e20)));
    }

    @Test
    void strReprEscapesWhatPythonFindsUnprintable() {
        assertEquals("'\\U00014000'", AstRepr.repr(new String(Character.toChars(0x14000))));
        assertEquals("'\\xa0'", AstRepr.repr("\u00a0"));
        assertEquals("\"it's\"", AstRepr.repr("it's"));
        assertEquals("'\\'\"'", AstRepr.repr("'\""));
        assertEquals("'é'", AstRepr.repr("é"));
        assertEquals("b\"\\x00'\\n\"", AstRepr.repr(new byte[] {0, '\'', '\n'}));
    }
}
