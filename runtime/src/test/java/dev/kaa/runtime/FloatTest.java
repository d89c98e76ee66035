package dev.kaa.runtime;

import dev.kaa.runtime.objects.PyFloat;
import dev.kaa.runtime.objects.PyInt;
import dev.kaa.runtime.objects.PyNone;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.slots.CompareOp;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** float: repr, arithmetic corner cases, exact comparison with ints, parsing, rounding, formatting. */
class FloatTest {
    private static PyFloat f(double d) {
        return PyFloat.of(d);
    }

    private static String r(PyObject o) {
        return Py.repr(o);
    }

    @Test
    void reprIsShortestRoundTrip() {
        assertEquals("0.1", r(f(0.1)));
        assertEquals("0.30000000000000004", r(f(0.1 + 0.2)));
        assertEquals("1e+16", r(f(1e16)));
        assertEquals("1234567890123456.0", r(f(1234567890123456.0)));
        assertEquals("0.0001", r(f(0.0001)));
        assertEquals("1e-05", r(f(0.00001)));
        assertEquals("-0.0", r(f(-0.0)));
        assertEquals("inf", r(f(Double.POSITIVE_INFINITY)));
        assertEquals("nan", r(f(Double.NaN)));
        assertEquals("5e-324", r(f(Double.MIN_VALUE)));
        assertEquals("1.7976931348623157e+308", r(f(Double.MAX_VALUE)));
    }

    @Test
    void divisionAndModulo() {
        // divmod(-7.5, 2) == (-4.0, 0.5); 7.5 // -2 == -4.0; -7.5 % 2 == 0.5
        assertEquals("(-4.0, 0.5)", r(Py.run(() -> PyNumber.divmod(f(-7.5), PyInt.of(2)))));
        assertEquals("-4.0", r(Py.run(() -> PyNumber.floorDivide(f(7.5), PyInt.of(-2)))));
        assertEquals("0.5", r(Py.run(() -> PyNumber.remainder(f(-7.5), PyInt.of(2)))));
        assertEquals("-0.0", r(Py.run(() -> PyNumber.remainder(f(0.0), f(-1.0)))));
        Py.assertError("ZeroDivisionError: float division by zero", () -> PyNumber.trueDivide(f(1.0), PyInt.of(0)));
        Py.assertError("ZeroDivisionError: float floor division by zero", () -> PyNumber.floorDivide(f(1.0), f(0.0)));
        Py.assertError("ZeroDivisionError: float modulo by zero", () -> PyNumber.remainder(f(1.0), f(0.0)));
    }

    @Test
    void power() {
        assertEquals("(1.0000000000000002+1.7320508075688772j)",
                r(Py.run(() -> PyNumber.power(PyInt.of(-8), f(1.0 / 3), PyNone.NONE))));
        assertEquals("1.0", r(Py.run(() -> PyNumber.power(f(1.0), f(Double.NaN), PyNone.NONE))));
        Py.assertError("OverflowError: (34, 'Numerical result out of range')",
                () -> PyNumber.power(f(2.0), PyInt.of(10000), PyNone.NONE));
    }

    @Test
    void exactComparisonWithInts() {
        PyInt big = PyInt.of(BigInteger.TWO.pow(53).add(BigInteger.ONE));
        assertFalse(Py.run(() -> Abstract.richCompareBool(f(0x1p53), big, CompareOp.EQ)));
        assertTrue(Py.run(() -> Abstract.richCompareBool(f(0x1p53), big, CompareOp.LT)));
        assertTrue(Py.run(() -> Abstract.richCompareBool(big, f(0x1p53), CompareOp.GT)));
        assertTrue(Py.run(() -> Abstract.richCompareBool(PyInt.of(3), f(3.0), CompareOp.EQ)));
        assertFalse(Py.run(() -> Abstract.richCompareBool(f(Double.NaN), f(Double.NaN), CompareOp.EQ)));
    }

    @Test
    void parsing() {
        assertEquals("10.5", r(Py.run(() -> Abstract.call(PyFloat.TYPE, PyStr.of("1_0.5")))));
        assertEquals("1e+50", r(Py.run(() -> Abstract.call(PyFloat.TYPE, PyStr.of("1e5_0")))));
        assertEquals("-inf", r(Py.run(() -> Abstract.call(PyFloat.TYPE, PyStr.of(" -inf ")))));
        assertEquals("nan", r(Py.run(() -> Abstract.call(PyFloat.TYPE, PyStr.of("NaN")))));
        Py.assertError("ValueError: could not convert string to float: 'x'",
                () -> Abstract.call(PyFloat.TYPE, PyStr.of("x")));
        Py.assertError("ValueError: could not convert string to float: '1d'",
                () -> Abstract.call(PyFloat.TYPE, PyStr.of("1d")));
        Py.assertError("ValueError: could not convert string to float: '0x10'",
                () -> Abstract.call(PyFloat.TYPE, PyStr.of("0x10")));
    }

    @Test
    void rounding() {
        // round(2.675, 2) == 2.67 (the double is below 2.675); round(0.5) == 0; round(1.5) == 2; round(-0.5) == 0
        assertEquals("2.67", r(Py.call("round", f(2.675), PyInt.of(2))));
        assertEquals("0", r(Py.call("round", f(0.5))));
        assertEquals("2", r(Py.call("round", f(1.5))));
        assertEquals("0", r(Py.call("round", f(-0.5))));
        assertEquals("1200.0", r(Py.call("round", f(1250.0), PyInt.of(-2))));
    }

    @Test
    void formatting() {
        assertEquals("'12,345.68'", r(Py.call("format", f(12345.678), PyStr.of(",.2f"))));
        assertEquals("'1e+16'", r(Py.call("format", f(1e16), PyStr.of(""))));
        assertEquals("'1.0'", r(Py.call("format", f(1.0), PyStr.of(".3"))));
        assertEquals("'0.1'", r(Py.call("format", f(0.1), PyStr.of("g"))));
        assertEquals("'1.234560e+02'", r(Py.call("format", f(123.456), PyStr.of("e"))));
        assertEquals("'  50.0%'", r(Py.call("format", f(0.5), PyStr.of("7.1%"))));
        Py.assertError("ValueError: Unknown format code 'q' for object of type 'float'",
                () -> Abstract.call(Py.builtin("format"), f(1.5), PyStr.of("q")));
    }
}
