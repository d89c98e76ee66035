package dev.kaa.runtime;

import dev.kaa.runtime.objects.PyBytes;
import dev.kaa.runtime.objects.PyFloat;
import dev.kaa.runtime.objects.PyFrozenSet;
import dev.kaa.runtime.objects.PyInt;
import dev.kaa.runtime.objects.PyNone;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PyTuple;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * hash() values equal CPython 3.13's with PYTHONHASHSEED=0 (expected values printed by CPython:
 * {@code PYTHONHASHSEED=0 python3.13 -c "print([hash(v) for v in ...])"}).
 */
class HashTest {
    private static long[] hashes(PyObject... objs) {
        return Py.run(() -> {
            long[] out = new long[objs.length];
            for (int i = 0; i < objs.length; i++) {
                out[i] = Abstract.hash(objs[i]);
            }
            return out;
        });
    }

    private static PyInt big(String s) {
        return PyInt.of(new BigInteger(s));
    }

    @Test
    void ints() {
        BigInteger two = BigInteger.TWO;
        PyObject[] vals = {PyInt.of(0), PyInt.of(1), PyInt.of(-1), PyInt.of(-2), PyInt.of((1L << 61) - 2),
            PyInt.of((1L << 61) - 1), PyInt.of(1L << 61), PyInt.of(Long.MAX_VALUE), PyInt.of(Long.MIN_VALUE),
            PyInt.of(two.pow(64)), PyInt.of(two.pow(64).negate()), PyInt.of(two.pow(100).add(BigInteger.valueOf(7))),
            PyInt.of(two.pow(100).add(BigInteger.valueOf(7)).negate()), big("12345678901234567890")};
        assertArrayEquals(new long[] {0, 1, -2, -2, 2305843009213693950L, 0, 1, 3, -4, 8, -8, 549755813895L,
            -549755813895L, 816463855166098135L}, hashes(vals));
    }

    @Test
    void floats() {
        double[] ds = {0.0, -0.0, 1.0, -1.0, 1.5, -1.5, 0.1, 1e300, -1e-300, 5e-324, 1.7976931348623157e308, 2.5,
            3.141592653589793, 1e16, 123456789.123};
        PyObject[] vals = new PyObject[ds.length];
        for (int i = 0; i < ds.length; i++) {
            vals[i] = PyFloat.of(ds[i]);
        }
        assertArrayEquals(new long[] {0, 0, 1, -2, 1152921504606846977L, -1152921504606846977L,
            230584300921369408L, 1224995262755759164L, -482449582752280463L, 16777216, 2234066890152476671L,
            1152921504606846978L, 326490430436040707L, 10000000000000000L, 283618680910892309L}, hashes(vals));
        // Equal numbers hash equally across types.
        assertEquals(Py.run(() -> Abstract.hash(PyInt.of(1L << 53))), Py.run(() -> Abstract.hash(PyFloat.of(0x1p53))));
        assertEquals(314159L, Py.run(() -> Abstract.hash(PyFloat.of(Double.POSITIVE_INFINITY))));
    }

    @Test
    void tuples() {
        PyObject[] vals = {PyTuple.EMPTY, PyTuple.of(PyInt.of(1)), PyTuple.of(PyInt.of(1), PyInt.of(2)),
            PyTuple.of(PyInt.of(1), PyTuple.of(PyInt.of(2), PyInt.of(3))), PyTuple.of(PyNone.NONE),
            PyTuple.of(PyFloat.of(1.5), PyInt.of(-2)), PyTuple.of(PyTuple.EMPTY, PyTuple.EMPTY)};
        assertArrayEquals(new long[] {5740354900026072187L, -6644214454873602895L, -3550055125485641917L,
            7267574591690527098L, 9181102132670838864L, -9002791676578425913L, 9028247024705308198L}, hashes(vals));
    }

    @Test
    void strsWithSeedZero() {
        String[] ss = {"", "a", "abc", "abcdefgh", "abcdefghi", "é", "ā", "😀", "hello world", "ab\u1234", "x".repeat(100)};
        PyObject[] vals = Py.run(() -> {
            PyObject[] v = new PyObject[ss.length];
            for (int i = 0; i < ss.length; i++) {
                v[i] = PyStr.of(ss[i]);
            }
            return v;
        });
        assertArrayEquals(new long[] {0, 4644417185603328019L, -4594863902769663758L, 4574395652268504554L,
            -532774252720507163L, 6047309291227476195L, 5473066677718280640L, -3536540696076613844L,
            -5642461784034726774L, -5063745919538677970L, 1359644457043326220L}, hashes(vals));
    }

    @Test
    void strWithOtherSeeds() {
        // PYTHONHASHSEED=1 python3.13 -c "print(hash('a'), hash('abcdefghij'))"
        Interpreter seeded = new Interpreter(Interpreter.Config.withHashSeed(1));
        long[] h = seeded.call(() -> new long[] {PyStr.of("a").hash(), PyStr.of("abcdefghij").hash()});
        assertArrayEquals(new long[] {-3012895188637184397L, -5359825416827196841L}, h);
        // A string shared between interpreters hashes by each one's secret.
        PyStr shared = PyStr.shared("a");
        assertEquals(-3012895188637184397L, seeded.call(shared::hash));
        assertEquals(4644417185603328019L, (long) Py.run(shared::hash));
    }

    @Test
    void bytes() {
        PyObject[] vals = {new PyBytes(new byte[0]), new PyBytes(new byte[] {'a'}), new PyBytes("abc".getBytes()),
            new PyBytes(new byte[] {-1, -1, -1, -1, -1, -1, -1, -1, -1})};
        assertArrayEquals(new long[] {0, 4644417185603328019L, -4594863902769663758L, -2129700217430894956L},
                hashes(vals));
    }

    @Test
    void frozensetsAndNone() {
        PyObject[] vals = Py.run(() -> {
            PyObject[] r = new PyObject[100];
            for (int i = 0; i < 100; i++) {
                r[i] = PyInt.of(i);
            }
            return new PyObject[] {PyFrozenSet.of(), PyFrozenSet.of(PyInt.of(1)),
                PyFrozenSet.of(PyInt.of(1), PyInt.of(2), PyInt.of(3)), PyFrozenSet.of(PyStr.of("a")),
                PyFrozenSet.of(r), PyNone.NONE};
        });
        assertArrayEquals(new long[] {133146708735736L, -558064481276695278L, -272375401224217160L,
            -7857795138424989601L, 4411996150312757951L, 4238894112L}, hashes(vals));
    }

    @Test
    void unhashable() {
        Py.assertError("TypeError: unhashable type: 'list'", () -> Abstract.hash(new dev.kaa.runtime.objects.PyList()));
        Py.assertError("TypeError: unhashable type: 'dict'", () -> Abstract.hash(new dev.kaa.runtime.objects.PyDict()));
        Py.assertError("TypeError: unhashable type: 'set'", () -> Abstract.hash(new dev.kaa.runtime.objects.PySet()));
    }
}
