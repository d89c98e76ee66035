package dev.kaa.runtime;

import dev.kaa.runtime.objects.PyBool;
import dev.kaa.runtime.objects.PyFloat;
import dev.kaa.runtime.objects.PyInt;
import dev.kaa.runtime.objects.PyNone;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyStr;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** int: the long fast path, overflow into BigInteger and back, and Python's division semantics. */
class IntTest {
    private static PyInt i(long v) {
        return PyInt.of(v);
    }

    private static PyInt big(String s) {
        return PyInt.of(new BigInteger(s));
    }

    private static String r(PyObject o) {
        return Py.repr(o);
    }

    @Test
    void overflowToBigAndBack() {
        PyInt max = i(Long.MAX_VALUE);
        PyInt sum = PyInt.add(max, i(1));
        assertFalse(sum.isSmall());
        assertEquals("9223372036854775808", r(sum));
        PyInt back = PyInt.subtract(sum, i(1));
        assertTrue(back.isSmall(), "a result that fits a long uses the long representation");
        assertEquals(Long.MAX_VALUE, back.longValue());
        assertEquals("-9223372036854775809", r(PyInt.subtract(i(Long.MIN_VALUE), i(1))));
        assertEquals("85070591730234615847396907784232501249", r(PyInt.multiply(max, max)));
        assertEquals("9223372036854775808", r(PyInt.negate(i(Long.MIN_VALUE))));
        assertEquals("9223372036854775808", r(PyInt.abs(i(Long.MIN_VALUE))));
        assertEquals("1267650600228229401496703205376", r(PyInt.pow(i(2), i(100))));
        assertEquals("4", r(PyInt.rshift(PyInt.lshift(i(1), i(1000)), i(998))));
        assertEquals("-1", r(PyInt.rshift(i(-1), i(100))));
        assertEquals("-9223372036854775808", r(PyInt.lshift(i(-1), i(63))));
        assertEquals("9223372036854775808", r(PyInt.floorDivide(i(Long.MIN_VALUE), i(-1))));
    }

    @Test
    void floorDivisionAndModuloSigns() {
        // CPython: divmod(-7, 2) == (-4, 1); divmod(7, -2) == (-4, -1); -7 % 2 == 1; 7 % -2 == -1
        assertEquals("-4", r(PyInt.floorDivide(i(-7), i(2))));
        assertEquals("1", r(PyInt.remainder(i(-7), i(2))));
        assertEquals("-4", r(PyInt.floorDivide(i(7), i(-2))));
        assertEquals("-1", r(PyInt.remainder(i(7), i(-2))));
        assertEquals("3", r(PyInt.floorDivide(i(-7), i(-2))));
        assertEquals("-1", r(PyInt.remainder(i(-7), i(-2))));
        assertEquals("(-4, 1)", r(Py.run(() -> PyNumber.divmod(i(-7), i(2)))));
        PyInt b = big("-100000000000000000000000");
        assertEquals("-33333333333333333333334", r(PyInt.floorDivide(b, i(3))));
        assertEquals("2", r(PyInt.remainder(b, i(3))));
        assertEquals("-1", r(PyInt.remainder(b, i(-3))));
        assertEquals("0", r(PyInt.remainder(i(5), i(-1))));
        Py.assertError("ZeroDivisionError: integer division or modulo by zero", () -> PyNumber.floorDivide(i(1), i(0)));
        Py.assertError("ZeroDivisionError: integer modulo by zero", () -> PyNumber.remainder(i(1), i(0)));
        Py.assertError("ZeroDivisionError: division by zero", () -> PyNumber.trueDivide(i(1), i(0)));
    }

    @Test
    void trueDivisionIsCorrectlyRounded() {
        assertEquals("0.3333333333333333", r(Py.run(() -> PyNumber.trueDivide(i(1), i(3)))));
        assertEquals("3.333333333333333e+19", r(Py.run(() -> PyNumber.trueDivide(PyInt.pow(i(10), i(20)), i(3)))));
        assertEquals("1e+20", r(Py.run(() -> PyNumber.trueDivide(PyInt.pow(i(10), i(30)), PyInt.pow(i(10), i(10))))));
        PyInt p70 = PyInt.pow(i(2), i(70));
        assertEquals("1.0", r(Py.run(() -> PyNumber.trueDivide(PyInt.add(p70, i(1)), p70))));
        // 2**1074 / 2**2148 is the smallest subnormal; beyond the range it overflows.
        assertEquals("5e-324", r(Py.run(() -> PyNumber.trueDivide(i(1), PyInt.pow(i(2), i(1074))))));
        Py.assertError("OverflowError: integer division result too large for a float",
                () -> PyNumber.trueDivide(PyInt.pow(i(10), i(400)), i(3)));
    }

    @Test
    void power() {
        assertEquals("0.25", r(Py.run(() -> PyNumber.power(i(2), i(-2), PyNone.NONE))));
        assertEquals("4", r(Py.run(() -> PyNumber.power(i(2), i(10), i(5)))));
        assertEquals("3", r(Py.run(() -> PyNumber.power(i(3), i(-1), i(4)))));
        Py.assertError("ValueError: pow() 3rd argument cannot be 0", () -> PyNumber.power(i(2), i(3), i(0)));
        Py.assertError("ZeroDivisionError: 0.0 cannot be raised to a negative power",
                () -> PyNumber.power(i(0), i(-1), PyNone.NONE));
        Py.assertError("TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'",
                () -> PyNumber.power(i(2), PyStr.of("a"), PyNone.NONE));
        Py.assertError("TypeError: unsupported operand type(s) for ** or pow(): 'int', 'str', 'int'",
                () -> PyNumber.power(i(2), PyStr.of("a"), i(3)));
    }

    @Test
    void bitwise() {
        assertEquals("3", r(PyInt.and(i(-5), i(3))));
        assertEquals("-6", r(PyInt.invert(i(5))));
        assertEquals("-18446744073709551616", r(PyInt.and(big("-18446744073709551616"), i(-1))));
        Py.assertError("ValueError: negative shift count", () -> PyNumber.lshift(i(1), i(-1)));
    }

    @Test
    void smallIntCacheAndBool() {
        assertSame(i(256), i(256));
        assertSame(i(-5), PyInt.add(i(-3), i(-2)));
        assertEquals("2", r(Py.run(() -> PyNumber.add(PyBool.TRUE, PyBool.TRUE))));
        assertEquals("True", r(Py.run(() -> PyNumber.and(PyBool.TRUE, PyBool.TRUE))));
        assertEquals("1", r(Py.run(() -> PyNumber.and(PyBool.TRUE, i(1)))));
        assertEquals("<class 'bool'>", r(PyBool.TRUE.type()));
    }

    @Test
    void parsing() {
        assertEquals("123", r(Py.run(() -> Abstract.call(PyInt.TYPE, PyStr.of("  12_3 ")))));
        assertEquals("31", r(Py.run(() -> Abstract.call(PyInt.TYPE, PyStr.of("0x1f"), i(16)))));
        assertEquals("10", r(Py.run(() -> Abstract.call(PyInt.TYPE, PyStr.of("0010")))));
        assertEquals("3", r(Py.run(() -> Abstract.call(PyInt.TYPE, PyStr.of("\u0663")))));
        assertEquals("-255", r(Py.run(() -> Abstract.call(PyInt.TYPE, PyStr.of("-0b11111111"), i(0)))));
        assertEquals("3", r(Py.run(() -> Abstract.call(PyInt.TYPE, PyFloat.of(3.99)))));
        Py.assertError("ValueError: invalid literal for int() with base 10: '1__2'",
                () -> Abstract.call(PyInt.TYPE, PyStr.of("1__2")));
        Py.assertError("ValueError: invalid literal for int() with base 0: '010'",
                () -> Abstract.call(PyInt.TYPE, PyStr.of("010"), i(0)));
        Py.assertError("ValueError: invalid literal for int() with base 0: '0b'",
                () -> Abstract.call(PyInt.TYPE, PyStr.of("0b"), i(0)));
        Py.assertError("ValueError: int() base must be >= 2 and <= 36, or 0",
                () -> Abstract.call(PyInt.TYPE, PyStr.of("12"), i(1)));
        Py.assertError("ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has "
                + "5000 digits; use sys.set_int_max_str_digits() to increase the limit",
                () -> Abstract.call(PyInt.TYPE, PyStr.of("1".repeat(5000))));
        Py.assertError("ValueError: Exceeds the limit (4300 digits) for integer string conversion; use "
                + "sys.set_int_max_str_digits() to increase the limit", () -> Abstract.repr(PyInt.pow(i(2), i(20000))));
        Py.assertError("OverflowError: cannot convert float infinity to integer",
                () -> Abstract.call(PyInt.TYPE, PyFloat.of(Double.POSITIVE_INFINITY)));
        Py.assertError("TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'",
                () -> Abstract.call(PyInt.TYPE, PyNone.NONE));
        Py.assertError("TypeError: int() can't convert non-string with explicit base",
                () -> Abstract.call(PyInt.TYPE, i(5), i(10)));
    }

    @Test
    void rounding() {
        // round(1234, -2) == 1200, round(1250, -2) == 1200, round(1350, -2) == 1400
        assertEquals("1200", r(Py.call("round", i(1234), i(-2))));
        assertEquals("1200", r(Py.call("round", i(1250), i(-2))));
        assertEquals("1400", r(Py.call("round", i(1350), i(-2))));
        assertEquals("-1200", r(Py.call("round", i(-1250), i(-2))));
    }

    @Test
    void methods() {
        assertEquals("7", r(Py.run(() -> Abstract.callMethod(i(100), "bit_length"))));
        assertEquals("b'\\x00\\x10'", r(Py.run(() -> Abstract.callMethod(i(16), "to_bytes", i(2), PyStr.of("big")))));
        assertEquals("-2", r(Py.run(() -> Py.callKw(Abstract.getAttr(PyInt.TYPE, "from_bytes"),
                new PyObject[] {new dev.kaa.runtime.objects.PyBytes(new byte[] {-2})}, "byteorder", PyStr.of("big"),
                "signed", PyBool.TRUE))));
        assertEquals("'0x7b'", r(Py.call("format", i(123), PyStr.of("#x"))));
        assertEquals("'12,345,678'", r(Py.call("format", i(12345678), PyStr.of(","))));
        assertEquals("'+0042'", r(Py.call("format", i(42), PyStr.of("+05d"))));
        assertEquals("'0b1010'", r(Py.call("bin", i(10))));
    }
}
