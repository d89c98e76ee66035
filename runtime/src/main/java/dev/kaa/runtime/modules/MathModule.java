package dev.kaa.runtime.modules;

import dev.kaa.annotations.PyFunction;
import dev.kaa.annotations.PyModule;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyException;
import dev.kaa.runtime.PyNumber;
import dev.kaa.runtime.objects.PyBool;
import dev.kaa.runtime.objects.PyExc;
import dev.kaa.runtime.objects.PyFloat;
import dev.kaa.runtime.objects.PyInt;
import dev.kaa.runtime.objects.PyNone;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PyTuple;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The {@code math} module (CPython's {@code Modules/mathmodule.c}): the same functions, special-value rules
 * and errors. A NaN from non-NaN arguments is ValueError "math domain error", an infinity from finite
 * arguments is OverflowError "math range error" (or a domain error at a singularity). The elementary
 * functions come from {@link Libm}, which chooses for each the Java computation that agrees with glibc.
 */
@PyModule(name = "math", doc = "This module provides access to the mathematical functions\n"
        + "defined by the C standard.")
public final class MathModule {
    private MathModule() {
    }

    static void exec(dev.kaa.runtime.objects.PyModule m) {
        m.add("__package__", dev.kaa.runtime.objects.PyStr.EMPTY);
        m.add("pi", PyFloat.of(Math.PI));
        m.add("e", PyFloat.of(Math.E));
        m.add("tau", PyFloat.of(2 * Math.PI));
        m.add("inf", PyFloat.of(Double.POSITIVE_INFINITY));
        m.add("nan", PyFloat.of(Double.NaN));
    }

    // ---------------------------------------------------------------------------------------------
    // Error handling as math_1, math_2 and is_error

    private static PyException domainError() {
        return PyErr.format(PyExc.ValueError, "math domain error");
    }

    private static PyException rangeError() {
        return PyErr.format(PyExc.OverflowError, "math range error");
    }

    /** {@code PyFloat_AsDouble} with its fast paths. */
    static double asDouble(PyObject o) {
        if (o.getClass() == PyFloat.class) {
            return ((PyFloat) o).value;
        }
        return PyFloat.asDouble(o);
    }

    /** {@code math_1}: NaN from a non-NaN is a domain error, infinity from a finite an overflow or singularity. */
    private static PyObject math1(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? rangeError() : domainError();
        }
        return PyFloat.of(r);
    }

    /** {@code math_2}'s checks on a two-argument result. */
    private static PyObject math2(double x, double y, double r) {
        if (Double.isNaN(r)) {
            if (!Double.isNaN(x) && !Double.isNaN(y)) {
                throw domainError();
            }
        } else if (Double.isInfinite(r)) {
            if (Double.isFinite(x) && Double.isFinite(y)) {
                throw rangeError();
            }
        }
        return PyFloat.of(r);
    }

    // ---------------------------------------------------------------------------------------------
    // One-argument functions

    @PyFunction(sig = "x, /", doc = "Return the arc cosine (measured in radians) of x.\n\nThe result is between 0 and pi.")
    static PyObject acos(PyObject x) {
        double v = asDouble(x);
        return math1(v, Libm.acos(v), false);
    }

    @PyFunction(sig = "x, /", doc = "Return the inverse hyperbolic cosine of x.")
    static PyObject acosh(PyObject x) {
        double v = asDouble(x);
        return math1(v, Libm.acosh(v), false);
    }

    @PyFunction(sig = "x, /", doc = "Return the arc sine (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2.")
    static PyObject asin(PyObject x) {
        double v = asDouble(x);
        return math1(v, Libm.asin(v), false);
    }

    @PyFunction(sig = "x, /", doc = "Return the inverse hyperbolic sine of x.")
    static PyObject asinh(PyObject x) {
        double v = asDouble(x);
        return math1(v, Libm.asinh(v), false);
    }

    @PyFunction(sig = "x, /", doc = "Return the arc tangent (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2.")
    static PyObject atan(PyObject x) {
        double v = asDouble(x);
        return math1(v, Libm.atan(v), false);
    }

    @PyFunction(sig = "x, /", doc = "Return the inverse hyperbolic tangent of x.")
    static PyObject atanh(PyObject x) {
        double v = asDouble(x);
        return math1(v, Libm.atanh(v), false);
    }

    @PyFunction(sig = "x, /", doc = "Return the cube root of x.")
    static PyObject cbrt(PyObject x) {
        double v = asDouble(x);
        return math1(v, Libm.cbrt(v), false);
    }

    @PyFunction(sig = "x, /", doc = "Return the cosine of x (measured in radians).")
    static PyObject cos(PyObject x) {
        double v = asDouble(x);
        return math1(v, Math.cos(v), false);
    }

    @PyFunction(sig = "x, /", doc = "Return the hyperbolic cosine of x.")
    static PyObject cosh(PyObject x) {
        double v = asDouble(x);
        return math1(v, Libm.cosh(v), true);
    }

    @PyFunction(sig = "x, /", doc = "Return e raised to the power of x.")
    static PyObject exp(PyObject x) {
        double v = asDouble(x);
        return math1(v, Math.exp(v), true);
    }

    @PyFunction(sig = "x, /", doc = "Return 2 raised to the power of x.")
    static PyObject exp2(PyObject x) {
        double v = asDouble(x);
        return math1(v, Math.pow(2.0, v), true);
    }

    @PyFunction(sig = "x, /", doc = "Return exp(x)-1.\n\n"
            + "This function avoids the loss of precision involved in the direct evaluation of exp(x)-1 for small x.")
    static PyObject expm1(PyObject x) {
        double v = asDouble(x);
        return math1(v, StrictMath.expm1(v), true);
    }

    @PyFunction(sig = "x, /", doc = "Return the absolute value of the float x.")
    static PyObject fabs(PyObject x) {
        double v = asDouble(x);
        return PyFloat.of(Math.abs(v));
    }

    @PyFunction(sig = "x, /", doc = "Return the natural logarithm of 1+x (base e).\n\n"
            + "The result is computed in a way which is accurate for x near zero.")
    static PyObject log1p(PyObject x) {
        double v = asDouble(x);
        return math1(v, Math.log1p(v), false);
    }

    @PyFunction(sig = "x, /", doc = "Return the sine of x (measured in radians).")
    static PyObject sin(PyObject x) {
        double v = asDouble(x);
        return math1(v, Math.sin(v), false);
    }

    @PyFunction(sig = "x, /", doc = "Return the hyperbolic sine of x.")
    static PyObject sinh(PyObject x) {
        double v = asDouble(x);
        return math1(v, Libm.sinh(v), true);
    }

    @PyFunction(sig = "x, /", doc = "Return the square root of x.")
    static PyObject sqrt(PyObject x) {
        double v = asDouble(x);
        return math1(v, Math.sqrt(v), false);
    }

    @PyFunction(sig = "x, /", doc = "Return the tangent of x (measured in radians).")
    static PyObject tan(PyObject x) {
        double v = asDouble(x);
        return math1(v, Math.tan(v), false);
    }

    @PyFunction(sig = "x, /", doc = "Return the hyperbolic tangent of x.")
    static PyObject tanh(PyObject x) {
        double v = asDouble(x);
        return math1(v, StrictMath.tanh(v), false);
    }

    // ---------------------------------------------------------------------------------------------
    // gamma, lgamma, erf, erfc (CPython's own algorithms)

    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] LANCZOS_NUM = {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408};
    private static final double[] LANCZOS_DEN = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};
    private static final double[] GAMMA_INTEGRAL = {
        1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
        3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
        1307674368000.0, 20922789888000.0, 355687428096000.0,
        6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
        51090942171709440000.0, 1124000727777607680000.0};
    private static final double LOGPI = 1.144729885849400174143427351353058711647;

    private static double lanczosSum(double x) {
        double num = 0.0;
        double den = 0.0;
        if (x < 5.0) {
            for (int i = LANCZOS_NUM.length; --i >= 0;) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < LANCZOS_NUM.length; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    /** {@code m_tgamma}; errors are raised here as math_1a would. */
    static double tgamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0.0) {
                return x;
            }
            throw domainError();
        }
        if (x == 0.0) {
            throw domainError();
        }
        if (x == Math.floor(x)) {
            if (x < 0.0) {
                throw domainError();
            }
            if (x <= GAMMA_INTEGRAL.length) {
                return GAMMA_INTEGRAL[(int) x - 1];
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            double r = 1.0 / x;
            if (Double.isInfinite(r)) {
                throw rangeError();
            }
            return r;
        }
        if (absx > 200.0) {
            if (x < 0.0) {
                return 0.0 / Libm.sinpi(x);
            }
            throw rangeError();
        }
        double y = absx + LANCZOS_G_MINUS_HALF;
        double z;
        if (absx > LANCZOS_G_MINUS_HALF) {
            double q = y - absx;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            double q = y - LANCZOS_G_MINUS_HALF;
            z = q - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -Math.PI / Libm.sinpi(absx) / absx * Math.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / Math.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        if (Double.isInfinite(r)) {
            throw rangeError();
        }
        return r;
    }

    /** {@code m_lgamma}. */
    static double lgamma(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) {
                throw domainError();
            }
            return 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return -Math.log(absx);
        }
        double r = Math.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) {
            r = LOGPI - Math.log(Math.abs(Libm.sinpi(absx))) - Math.log(absx) - r;
        }
        if (Double.isInfinite(r)) {
            throw rangeError();
        }
        return r;
    }

    @PyFunction(sig = "x, /", doc = "Gamma function at x.")
    static PyObject gamma(PyObject x) {
        return PyFloat.of(tgamma(asDouble(x)));
    }

    @PyFunction(sig = "x, /", doc = "Natural logarithm of absolute value of Gamma function at x.")
    static PyObject lgamma(PyObject x) {
        return PyFloat.of(lgamma(asDouble(x)));
    }

    @PyFunction(sig = "x, /", doc = "Error function at x.")
    static PyObject erf(PyObject x) {
        return PyFloat.of(Libm.erf(asDouble(x)));
    }

    @PyFunction(sig = "x, /", doc = "Complementary error function at x.")
    static PyObject erfc(PyObject x) {
        return PyFloat.of(Libm.erfc(asDouble(x)));
    }

    // ---------------------------------------------------------------------------------------------
    // Two-argument functions

    /** {@code m_atan2}: C99's special cases, then the platform atan2. */
    static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (Double.isInfinite(y)) {
            if (Double.isInfinite(x)) {
                return Math.copySign(Math.copySign(1., x) == 1. ? 0.25 * Math.PI : 0.75 * Math.PI, y);
            }
            return Math.copySign(0.5 * Math.PI, y);
        }
        if (Double.isInfinite(x) || y == 0.) {
            return Math.copySign(Math.copySign(1., x) == 1. ? 0. : Math.PI, y);
        }
        return Libm.atan2(y, x);
    }

    @PyFunction(sig = "y, x, /", doc = "Return the arc tangent (measured in radians) of y/x.\n\n"
            + "Unlike atan(y/x), the signs of both x and y are considered.")
    static PyObject atan2(PyObject y, PyObject x) {
        double a = asDouble(y);
        double b = asDouble(x);
        return math2(a, b, atan2(a, b));
    }

    @PyFunction(sig = "x, y, /", doc = "Return a float with the magnitude (absolute value) of x but the sign of y.\n\n"
            + "On platforms that support signed zeros, copysign(1.0, -0.0)\nreturns -1.0.\n")
    static PyObject copysign(PyObject x, PyObject y) {
        double a = asDouble(x);
        double b = asDouble(y);
        // Java's copySign may treat a NaN sign arbitrarily; C's takes the NaN's sign bit.
        return PyFloat.of(Math.copySign(a, b));
    }

    /** {@code m_remainder}: IEEE 754 remainder, exact. */
    static double remainder(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            if (y == 0.0) {
                return Double.NaN;
            }
            double absx = Math.abs(x);
            double absy = Math.abs(y);
            double m = absx % absy;
            double c = absy - m;
            double r;
            if (m < c) {
                r = m;
            } else if (m > c) {
                r = -c;
            } else {
                r = m - 2.0 * ((0.5 * (absx - m)) % absy);
            }
            return Math.copySign(1.0, x) * r;
        }
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return y;
        }
        if (Double.isInfinite(x)) {
            return Double.NaN;
        }
        return x;
    }

    @PyFunction(sig = "x, y, /", doc = "Difference between x and the closest integer multiple of y.\n\n"
            + "Return x - n*y where n*y is the closest integer multiple of y.\n"
            + "In the case where x is exactly halfway between two multiples of\n"
            + "y, the nearest even value of n is used. The result is always exact.")
    static PyObject remainder(PyObject x, PyObject y) {
        double a = asDouble(x);
        double b = asDouble(y);
        return math2(a, b, remainder(a, b));
    }

    @PyFunction(sig = "x, y, /", doc = "Return fmod(x, y), according to platform C.\n\nx % y may differ.")
    static PyObject fmod(double x, double y) {
        if (Double.isInfinite(y) && Double.isFinite(x)) {
            return PyFloat.of(x);
        }
        double r = x % y;
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw domainError();
        }
        return PyFloat.of(r);
    }

    @PyFunction(sig = "x, y, /", doc = "Return x**y (x to the power of y).")
    static PyObject pow(double x, double y) {
        double r;
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) {
                r = y == 0. ? 1. : x;
            } else if (Double.isNaN(y)) {
                r = x == 1. ? 1. : y;
            } else if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0.) {
                    r = oddY ? x : Math.abs(x);
                } else if (y == 0.) {
                    r = 1.;
                } else {
                    r = oddY ? Math.copySign(0., x) : 0.;
                }
            } else {
                if (Math.abs(x) == 1.0) {
                    r = 1.;
                } else if (y > 0. && Math.abs(x) > 1.0) {
                    r = y;
                } else if (y < 0. && Math.abs(x) < 1.0) {
                    r = -y;
                } else {
                    r = 0.;
                }
            }
            return PyFloat.of(r);
        }
        r = Math.pow(x, y);
        if (Double.isNaN(r)) {
            throw domainError();
        }
        if (Double.isInfinite(r)) {
            throw x == 0. ? domainError() : rangeError();
        }
        return PyFloat.of(r);
    }

    @PyFunction(sig = "x, y, z, /", doc = "Fused multiply-add operation.\n\nCompute (x * y) + z with a single round.")
    static PyObject fma(double x, double y, double z) {
        double r = Math.fma(x, y, z);
        if (!Double.isFinite(r)) {
            if (Double.isNaN(r)) {
                if (!Double.isNaN(x) && !Double.isNaN(y) && !Double.isNaN(z)) {
                    throw PyErr.format(PyExc.ValueError, "invalid operation in fma");
                }
            } else if (Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(z)) {
                throw PyErr.format(PyExc.OverflowError, "overflow in fma");
            }
        }
        return PyFloat.of(r);
    }

    // ---------------------------------------------------------------------------------------------
    // Logarithms

    /** {@code loghelper}: ints of any size (log of a huge int via its bit length), else math_1. */
    private static double logHelper(PyObject arg, int which) {
        if (arg instanceof PyInt i) {
            if (i.signum() <= 0) {
                throw domainError();
            }
            if (i.isSmall()) {
                return logOf((double) i.longValue(), which);
            }
            BigInteger b = i.toBig();
            double d = b.doubleValue();
            if (Double.isFinite(d)) {
                return logOf(d, which);
            }
            // x ~= m * 2**e with 0.5 <= m < 1 (_PyLong_Frexp); log(x) = log(m) + log(2) * e.
            long e = b.bitLength();
            double m = new BigDecimal(b.shiftRight((int) (e - 60))).doubleValue() / 0x1p60;
            return logOf(m, which) + logOf(2.0, which) * e;
        }
        double x = asDouble(arg);
        double r = logOf(x, which);
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw domainError();
        }
        return r;
    }

    /** m_log (0), m_log2 (1), m_log10 (2): NaN or -inf for out-of-domain arguments, checked by the caller. */
    private static double logOf(double x, int which) {
        if (Double.isFinite(x)) {
            if (x > 0.0) {
                return switch (which) {
                    case 0 -> Math.log(x);
                    case 1 -> Libm.log2(x);
                    default -> Libm.log10(x);
                };
            }
            return x == 0.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        if (Double.isNaN(x) || x > 0.0) {
            return x;
        }
        return Double.NaN;
    }

    @PyFunction(sig = "x, base=NULL, /", doc = "log(x, [base=math.e])\nReturn the logarithm of x to the given base.\n\n"
            + "If the base is not specified, returns the natural logarithm (base e) of x.")
    static PyObject log(PyObject x, PyObject base) {
        double num = logHelper(x, 0);
        if (base == null) {
            return PyFloat.of(num);
        }
        double den = logHelper(base, 0);
        return PyNumber.trueDivide(PyFloat.of(num), PyFloat.of(den));
    }

    @PyFunction(sig = "x, /", doc = "Return the base 2 logarithm of x.")
    static PyObject log2(PyObject x) {
        return PyFloat.of(logHelper(x, 1));
    }

    @PyFunction(sig = "x, /", doc = "Return the base 10 logarithm of x.")
    static PyObject log10(PyObject x) {
        return PyFloat.of(logHelper(x, 2));
    }

    // ---------------------------------------------------------------------------------------------
    // Rounding and representation

    private static final PyStr FLOOR = PyStr.shared("__floor__");
    private static final PyStr CEIL = PyStr.shared("__ceil__");
    private static final PyStr TRUNC = PyStr.shared("__trunc__");

    @PyFunction(sig = "x, /", doc = "Return the floor of x as an Integral.\n\nThis is the largest integer <= x.")
    static PyObject floor(PyObject x) {
        double v;
        if (x.getClass() == PyFloat.class) {
            v = ((PyFloat) x).value;
        } else {
            if (x.getClass() == PyInt.class) {
                return x;
            }
            PyObject m = x.type().lookup(FLOOR);
            if (m != null) {
                return Abstract.callMethod(x, "__floor__");
            }
            v = PyFloat.asDouble(x);
        }
        return PyFloat.toInt(Math.floor(v));
    }

    @PyFunction(sig = "x, /", doc = "Return the ceiling of x as an Integral.\n\nThis is the smallest integer >= x.")
    static PyObject ceil(PyObject x) {
        if (x.getClass() != PyFloat.class) {
            if (x.getClass() == PyInt.class) {
                return x;
            }
            PyObject m = x.type().lookup(CEIL);
            if (m != null) {
                return Abstract.callMethod(x, "__ceil__");
            }
        }
        return PyFloat.toInt(Math.ceil(asDouble(x)));
    }

    @PyFunction(sig = "x, /", doc = "Truncates the Real x to the nearest Integral toward 0.\n\nUses the __trunc__ magic method.")
    static PyObject trunc(PyObject x) {
        if (x.getClass() == PyFloat.class) {
            return PyFloat.toInt(((PyFloat) x).value);
        }
        PyObject m = x.type().lookup(TRUNC);
        if (m == null) {
            throw PyErr.format(PyExc.TypeError, "type %s doesn't define __trunc__ method", x.type().getName());
        }
        return Abstract.callMethod(x, "__trunc__");
    }

    @PyFunction(sig = "x, /", doc = "Return the mantissa and exponent of x, as pair (m, e).\n\n"
            + "m is a float and e is an int, such that x = m * 2.**e.\nIf x is 0, m and e are both 0.  Else 0.5 <= abs(m) < 1.0.")
    static PyObject frexp(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) {
            return PyTuple.of(PyFloat.of(x), PyInt.ZERO);
        }
        int e = Math.getExponent(x);
        double m;
        if (e < Double.MIN_EXPONENT) {
            double s = x * 0x1p54;
            e = Math.getExponent(s) - 54;
            m = Math.scalb(s, -(Math.getExponent(s) + 1));
        } else {
            m = Math.scalb(x, -(e + 1));
        }
        return PyTuple.of(PyFloat.of(m), PyInt.of(e + 1));
    }

    @PyFunction(sig = "x, i, /", doc = "Return x * (2**i).\n\nThis is essentially the inverse of frexp().")
    static PyObject ldexp(double x, PyObject i) {
        if (!(i instanceof PyInt pi)) {
            throw PyErr.format(PyExc.TypeError, "Expected an int as second argument to ldexp.");
        }
        long exp;
        if (pi.isSmall()) {
            exp = pi.longValue();
        } else {
            exp = pi.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        double r;
        if (x == 0. || !Double.isFinite(x)) {
            r = x;
        } else if (exp > Integer.MAX_VALUE) {
            throw rangeError();
        } else if (exp < Integer.MIN_VALUE) {
            r = Math.copySign(0., x);
        } else {
            r = scalbRounded(x, (int) exp);
            if (Double.isInfinite(r)) {
                throw rangeError();
            }
        }
        return PyFloat.of(r);
    }

    /** C's ldexp: one correctly rounded result even when it is subnormal (Math.scalb rounds once too). */
    private static double scalbRounded(double x, int e) {
        if (e > 2200) {
            e = 2200;
        } else if (e < -2200) {
            e = -2200;
        }
        return Math.scalb(x, e);
    }

    @PyFunction(sig = "x, /", doc = "Return the fractional and integer parts of x.\n\nBoth results carry the sign of x and are floats.")
    static PyObject modf(double x) {
        if (Double.isInfinite(x)) {
            return PyTuple.of(PyFloat.of(Math.copySign(0., x)), PyFloat.of(x));
        }
        if (Double.isNaN(x)) {
            return PyTuple.of(PyFloat.of(x), PyFloat.of(x));
        }
        double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
        double fp = Math.copySign(x - ip, x);
        return PyTuple.of(PyFloat.of(fp), PyFloat.of(ip));
    }

    @PyFunction(sig = "x, /", doc = "Convert angle x from radians to degrees.")
    static PyObject degrees(double x) {
        return PyFloat.of(x * (180.0 / Math.PI));
    }

    @PyFunction(sig = "x, /", doc = "Convert angle x from degrees to radians.")
    static PyObject radians(double x) {
        return PyFloat.of(x * (Math.PI / 180.0));
    }

    @PyFunction(sig = "x, /", doc = "Return True if x is neither an infinity nor a NaN, and False otherwise.")
    static boolean isfinite(double x) {
        return Double.isFinite(x);
    }

    @PyFunction(sig = "x, /", doc = "Return True if x is a NaN (not a number), and False otherwise.")
    static boolean isnan(double x) {
        return Double.isNaN(x);
    }

    @PyFunction(sig = "x, /", doc = "Return True if x is a positive or negative infinity, and False otherwise.")
    static boolean isinf(double x) {
        return Double.isInfinite(x);
    }

    @PyFunction(sig = "a, b, *, rel_tol=1e-09, abs_tol=0.0", doc = "Determine whether two floating point numbers are close in value.\n\n"
            + "  rel_tol\n    maximum difference for being considered \"close\", relative to the\n    magnitude of the input values\n"
            + "  abs_tol\n    maximum difference for being considered \"close\", regardless of the\n    magnitude of the input values\n\n"
            + "Return True if a is close in value to b, and False otherwise.\n\n"
            + "For the values to be considered close, the difference between them\n"
            + "must be smaller than at least one of the tolerances.\n\n"
            + "-inf, inf and NaN behave similarly to the IEEE 754 Standard.  That\n"
            + "is, NaN is not close to anything, even itself.  inf and -inf are\n"
            + "only close to themselves.")
    static boolean isclose(double a, double b, double relTol, double absTol) {
        if (relTol < 0.0 || absTol < 0.0) {
            throw PyErr.format(PyExc.ValueError, "tolerances must be non-negative");
        }
        if (a == b) {
            return true;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        double diff = Math.abs(b - a);
        return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
    }

    @PyFunction(sig = "x, y, /, *, steps=None", doc = "Return the floating-point value the given number of steps after x towards y.\n\n"
            + "If steps is not specified or is None, it defaults to 1.\n\n"
            + "Raises a TypeError, if x or y is not a double, or if steps is not an integer.\n"
            + "Raises ValueError if steps is negative.")
    static PyObject nextafter(double x, double y, PyObject steps) {
        if (steps == PyNone.NONE) {
            return PyFloat.of(Math.nextAfter(x, y));
        }
        PyInt s = PyNumber.index(steps);
        if (s.signum() < 0) {
            throw PyErr.format(PyExc.ValueError, "steps must be a non-negative integer");
        }
        long n = s.isSmall() ? s.longValue() : Long.MAX_VALUE;
        if (n == 0 || Double.isNaN(x)) {
            return PyFloat.of(x);
        }
        if (Double.isNaN(y)) {
            return PyFloat.of(y);
        }
        // Walk in the ordered integer space of doubles (as CPython does with a uint64 view).
        long ux = toOrdered(x);
        long uy = toOrdered(y);
        if (ux == uy) {
            return PyFloat.of(x);
        }
        long r;
        if (uy > ux) {
            r = uy - ux <= n || uy - ux < 0 ? uy : ux + n;
        } else {
            r = ux - uy <= n || ux - uy < 0 ? uy : ux - n;
        }
        return PyFloat.of(r == uy ? y : fromOrdered(r));
    }

    private static long toOrdered(double d) {
        long b = Double.doubleToRawLongBits(d);
        return b < 0 ? -(b & Long.MAX_VALUE) : b;
    }

    private static double fromOrdered(long o) {
        return o < 0 ? Double.longBitsToDouble((-o) | Long.MIN_VALUE) : Double.longBitsToDouble(o);
    }

    @PyFunction(sig = "x, /", doc = "Return the value of the least significant bit of the float x.")
    static PyObject ulp(double x) {
        if (Double.isNaN(x)) {
            return PyFloat.of(x);
        }
        x = Math.abs(x);
        if (Double.isInfinite(x)) {
            return PyFloat.of(x);
        }
        double x2 = Math.nextAfter(x, Double.POSITIVE_INFINITY);
        if (Double.isInfinite(x2)) {
            x2 = Math.nextAfter(x, Double.NEGATIVE_INFINITY);
            return PyFloat.of(x - x2);
        }
        return PyFloat.of(x2 - x);
    }

    // ---------------------------------------------------------------------------------------------
    // Sums and norms

    @PyFunction(sig = "seq, /", doc = "Return an accurate floating-point sum of values in the iterable seq.\n\n"
            + "Assumes IEEE-754 floating-point arithmetic.")
    static PyObject fsum(PyObject seq) {
        PyObject it = Abstract.getIter(seq);
        double[] p = new double[32];
        int n = 0;
        double specialSum = 0.0;
        double infSum = 0.0;
        PyObject item;
        while ((item = Abstract.next(it)) != null) {
            double x = item.getClass() == PyFloat.class ? ((PyFloat) item).value
                    : item.getClass() == PyInt.class ? ((PyInt) item).toDouble() : PyFloat.asDouble(item);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = p[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double yr = hi - x;
                double lo = y - yr;
                if (lo != 0.0) {
                    p[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    // A nonfinite x: intermediate overflow, or a nan or inf among the summands.
                    if (Double.isFinite(xsave)) {
                        throw PyErr.format(PyExc.OverflowError, "intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n >= p.length) {
                        p = java.util.Arrays.copyOf(p, p.length * 2);
                    }
                    p[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw PyErr.format(PyExc.ValueError, "-inf + inf in fsum");
            }
            return PyFloat.of(specialSum);
        }
        double hi = 0.0;
        if (n > 0) {
            hi = p[--n];
            double lo = 0.0;
            // sum_exact(ps, hi) from the top, stopping when the sum becomes inexact.
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            // Make half-even rounding work across multiple partials.
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return PyFloat.of(hi);
    }

    /** {@code vector_norm}: scaled, compensated sum of squares with a corrected square root. */
    static double vectorNorm(int n, double[] vec, double max, boolean foundNan) {
        final double t27 = 134217729.0;
        if (Double.isInfinite(max)) {
            return max;
        }
        if (foundNan) {
            return Double.NaN;
        }
        if (max == 0.0 || n <= 1) {
            return max;
        }
        int maxE = Math.getExponent(max) + 1; // frexp's exponent
        double csum = 1.0;
        double frac1 = 0.0;
        double frac2 = 0.0;
        double frac3 = 0.0;
        if (maxE >= -1023) {
            double scale = Math.scalb(1.0, -maxE);
            for (int i = 0; i < n; i++) {
                double x = vec[i] * scale;
                double t = x * t27;
                double hi = t - (t - x);
                double lo = x - hi;
                x = hi * hi;
                double oldcsum = csum;
                csum += x;
                frac1 += (oldcsum - csum) + x;
                x = 2.0 * hi * lo;
                oldcsum = csum;
                csum += x;
                frac2 += (oldcsum - csum) + x;
                frac3 += lo * lo;
            }
            double h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
            double x = h;
            double t = x * t27;
            double hi = t - (t - x);
            double lo = x - hi;
            x = -hi * hi;
            double oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
            x = -2.0 * hi * lo;
            oldcsum = csum;
            csum += x;
            frac2 += (oldcsum - csum) + x;
            x = -lo * lo;
            oldcsum = csum;
            csum += x;
            frac3 += (oldcsum - csum) + x;
            x = csum - 1.0 + (frac1 + frac2 + frac3);
            return (h + x / (2.0 * h)) / scale;
        }
        for (int i = 0; i < n; i++) {
            double x = vec[i] / max;
            x = x * x;
            double oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
        }
        return max * Math.sqrt(csum - 1.0 + frac1);
    }

    @PyFunction(sig = "*coordinates", doc = "hypot(*coordinates) -> value\n\n"
            + "Multidimensional Euclidean distance from the origin to a point.\n\n"
            + "Roughly equivalent to:\n    sqrt(sum(x**2 for x in coordinates))\n\n"
            + "For a two dimensional point (x, y), gives the hypotenuse\n"
            + "using the Pythagorean theorem:  sqrt(x*x + y*y).\n\n"
            + "For example, the hypotenuse of a 3/4/5 right triangle is:\n\n    >>> hypot(3.0, 4.0)\n    5.0\n")
    static PyObject hypot(PyTuple coordinates) {
        int n = coordinates.size();
        double[] v = new double[n];
        double max = 0.0;
        boolean nan = false;
        for (int i = 0; i < n; i++) {
            double x = Math.abs(asDouble(coordinates.get(i)));
            v[i] = x;
            nan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        return PyFloat.of(vectorNorm(n, v, max, nan));
    }

    @PyFunction(sig = "p, q, /", doc = "Return the Euclidean distance between two points p and q.\n\n"
            + "The points should be specified as sequences (or iterables) of\n"
            + "coordinates.  Both inputs must have the same dimension.\n\n"
            + "Roughly equivalent to:\n    sqrt(sum((px - qx) ** 2.0 for px, qx in zip(p, q)))")
    static PyObject dist(PyObject p, PyObject q) {
        PyObject[] ps = p instanceof PyTuple t ? t.array() : Abstract.sequenceToArray(p);
        PyObject[] qs = q instanceof PyTuple t ? t.array() : Abstract.sequenceToArray(q);
        if (ps.length != qs.length) {
            throw PyErr.format(PyExc.ValueError, "both points must have the same number of dimensions");
        }
        int n = ps.length;
        double[] diffs = new double[n];
        double max = 0.0;
        boolean nan = false;
        for (int i = 0; i < n; i++) {
            double px = asDouble(ps[i]);
            double qx = asDouble(qs[i]);
            double x = Math.abs(px - qx);
            diffs[i] = x;
            nan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        return PyFloat.of(vectorNorm(n, diffs, max, nan));
    }

    @PyFunction(sig = "iterable, /, *, start=1", doc = "Calculate the product of all the elements in the input iterable.\n\n"
            + "The default start value for the product is 1.\n\n"
            + "When the iterable is empty, return the start value.  This function is\n"
            + "intended specifically for use with numeric values and may reject\n"
            + "non-numeric types.")
    static PyObject prod(PyObject iterable, PyObject start) {
        PyObject it = Abstract.getIter(iterable);
        PyObject result = start;
        PyObject item;
        while ((item = Abstract.next(it)) != null) {
            result = PyNumber.multiply(result, item);
        }
        return result;
    }

    @PyFunction(sig = "p, q, /", doc = "Return the sum of products of values from two iterables p and q.\n\n"
            + "Roughly equivalent to:\n\n    sum(map(operator.mul, p, q, strict=True))\n\n"
            + "For float and mixed int/float inputs, the intermediate products\n"
            + "and sums are computed with extended precision.")
    static PyObject sumprod(PyObject p, PyObject q) {
        PyObject pi = Abstract.getIter(p);
        PyObject qi = Abstract.getIter(q);
        // Exact accumulation while all values are ints and finite floats; generic arithmetic after that.
        BigDecimal exact = BigDecimal.ZERO;
        boolean anyFloat = false;
        boolean exactMode = true;
        PyObject total = null;
        while (true) {
            PyObject a = Abstract.next(pi);
            PyObject b = Abstract.next(qi);
            if (a == null || b == null) {
                if (a != null || b != null) {
                    throw PyErr.format(PyExc.ValueError, "Inputs are not the same length");
                }
                break;
            }
            if (exactMode) {
                BigDecimal da = exactValue(a);
                BigDecimal db = da == null ? null : exactValue(b);
                if (da != null && db != null) {
                    anyFloat |= a.getClass() == PyFloat.class || b.getClass() == PyFloat.class;
                    exact = exact.add(da.multiply(db));
                    continue;
                }
                exactMode = false;
                total = anyFloat ? PyFloat.of(exact.doubleValue()) : PyInt.of(exact.toBigIntegerExact());
            }
            total = PyNumber.add(total, PyNumber.multiply(a, b));
        }
        if (exactMode) {
            return anyFloat ? PyFloat.of(exact.doubleValue()) : PyInt.of(exact.toBigIntegerExact());
        }
        return total;
    }

    /** The exact value of an exact int or finite float, else null. */
    private static BigDecimal exactValue(PyObject o) {
        if (o.getClass() == PyInt.class || o.getClass() == PyBool.class) {
            PyInt i = (PyInt) o;
            return i.isSmall() ? BigDecimal.valueOf(i.longValue()) : new BigDecimal(i.toBig());
        }
        if (o.getClass() == PyFloat.class) {
            double d = ((PyFloat) o).value;
            return Double.isFinite(d) ? new BigDecimal(d) : null;
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------
    // Integer functions

    @PyFunction(sig = "n, /", doc = "Return the integer part of the square root of the input.")
    static PyObject isqrt(PyObject n) {
        PyInt v = PyNumber.index(n);
        if (v.signum() < 0) {
            throw PyErr.format(PyExc.ValueError, "isqrt() argument must be nonnegative");
        }
        if (v.isSmall()) {
            long x = v.longValue();
            long r = (long) Math.sqrt((double) x);
            while (r * r > x) {
                r--;
            }
            while ((r + 1) * (r + 1) <= x && (r + 1) * (r + 1) > 0) {
                r++;
            }
            return PyInt.of(r);
        }
        return PyInt.of(v.toBig().sqrt());
    }

    @PyFunction(sig = "n, /", doc = "Find n!.\n\nRaise a ValueError if x is negative or non-integral.")
    static PyObject factorial(PyObject n) {
        PyInt v = PyNumber.index(n);
        if (!v.isSmall()) {
            if (v.signum() > 0) {
                throw PyErr.format(PyExc.OverflowError, "factorial() argument should not exceed %d", Long.MAX_VALUE);
            }
            throw PyErr.format(PyExc.ValueError, "factorial() not defined for negative values");
        }
        long x = v.longValue();
        if (x < 0) {
            throw PyErr.format(PyExc.ValueError, "factorial() not defined for negative values");
        }
        if (x > Integer.MAX_VALUE) {
            throw PyErr.newException(PyExc.MemoryError);
        }
        if (x <= 20) {
            long r = 1;
            for (int i = 2; i <= x; i++) {
                r *= i;
            }
            return PyInt.of(r);
        }
        return PyInt.of(product(1, x));
    }

    /** The product of the integers in [lo, hi], by binary splitting (balanced multiplications). */
    private static BigInteger product(long lo, long hi) {
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            long acc = 1;
            for (long i = lo + 1; i <= hi; i++) {
                if (Math.multiplyHigh(acc, i) != 0 || acc * i < 0) {
                    r = r.multiply(BigInteger.valueOf(acc));
                    acc = i;
                } else {
                    acc *= i;
                }
            }
            return r.multiply(BigInteger.valueOf(acc));
        }
        long mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    /** The product of (n-k+1) .. n for big n. */
    private static BigInteger fallingProduct(BigInteger n, long k) {
        if (k == 0) {
            return BigInteger.ONE;
        }
        if (k == 1) {
            return n;
        }
        long j = k / 2;
        return fallingProduct(n, j).multiply(fallingProduct(n.subtract(BigInteger.valueOf(j)), k - j));
    }

    @PyFunction(sig = "n, k=None, /", doc = "Number of ways to choose k items from n items without repetition and with order.\n\n"
            + "Evaluates to n! / (n - k)! when k <= n and evaluates\nto zero when k > n.\n\n"
            + "If k is not specified or is None, then k defaults to n\nand the function returns n!.\n\n"
            + "Raises TypeError if either of the arguments are not integers.\n"
            + "Raises ValueError if either of the arguments are negative.")
    static PyObject perm(PyObject n, PyObject k) {
        if (k == PyNone.NONE) {
            return factorial(n);
        }
        PyInt ni = PyNumber.index(n);
        PyInt ki = PyNumber.index(k);
        if (ni.signum() < 0) {
            throw PyErr.format(PyExc.ValueError, "n must be a non-negative integer");
        }
        if (ki.signum() < 0) {
            throw PyErr.format(PyExc.ValueError, "k must be a non-negative integer");
        }
        if (PyInt.compare(ni, ki) < 0) {
            return PyInt.ZERO;
        }
        if (!ki.isSmall()) {
            throw PyErr.format(PyExc.OverflowError, "k must not exceed %d", Long.MAX_VALUE);
        }
        return PyInt.of(fallingProduct(ni.toBig(), ki.longValue()));
    }

    @PyFunction(sig = "n, k, /", doc = "Number of ways to choose k items from n items without repetition and without order.\n\n"
            + "Evaluates to n! / (k! * (n - k)!) when k <= n and evaluates\nto zero when k > n.\n\n"
            + "Also called the binomial coefficient because it is equivalent\n"
            + "to the coefficient of k-th term in polynomial expansion of the\nexpression (1 + x)**n.\n\n"
            + "Raises TypeError if either of the arguments are not integers.\n"
            + "Raises ValueError if either of the arguments are negative.")
    static PyObject comb(PyObject n, PyObject k) {
        PyInt ni = PyNumber.index(n);
        PyInt ki = PyNumber.index(k);
        if (ni.signum() < 0) {
            throw PyErr.format(PyExc.ValueError, "n must be a non-negative integer");
        }
        if (ki.signum() < 0) {
            throw PyErr.format(PyExc.ValueError, "k must be a non-negative integer");
        }
        BigInteger nb = ni.toBig();
        BigInteger kb = ki.toBig();
        // k = min(k, n - k)
        BigInteger nk = nb.subtract(kb);
        if (nk.signum() < 0) {
            return PyInt.ZERO;
        }
        if (nk.compareTo(kb) < 0) {
            kb = nk;
        }
        if (kb.bitLength() > 63) {
            throw PyErr.format(PyExc.OverflowError, "min(n - k, k) must not exceed %d", Long.MAX_VALUE);
        }
        long kk = kb.longValue();
        if (kk == 0) {
            return PyInt.ONE;
        }
        return PyInt.of(fallingProduct(nb, kk).divide(product(1, kk)));
    }

    @PyFunction(sig = "*integers", doc = "Greatest Common Divisor.")
    static PyObject gcd(PyTuple integers) {
        int n = integers.size();
        if (n == 0) {
            return PyInt.ZERO;
        }
        PyInt res = PyNumber.index(integers.get(0));
        if (n == 1) {
            return PyInt.abs(res);
        }
        for (int i = 1; i < n; i++) {
            PyInt x = PyNumber.index(integers.get(i));
            if (res.isSmall() && res.longValue() == 1) {
                continue;
            }
            res = gcd2(res, x);
        }
        return res;
    }

    private static PyInt gcd2(PyInt a, PyInt b) {
        if (a.isSmall() && b.isSmall() && a.longValue() != Long.MIN_VALUE && b.longValue() != Long.MIN_VALUE) {
            long x = Math.abs(a.longValue());
            long y = Math.abs(b.longValue());
            while (y != 0) {
                long t = x % y;
                x = y;
                y = t;
            }
            return PyInt.of(x);
        }
        return PyInt.of(a.toBig().gcd(b.toBig()));
    }

    @PyFunction(sig = "*integers", doc = "Least Common Multiple.")
    static PyObject lcm(PyTuple integers) {
        int n = integers.size();
        if (n == 0) {
            return PyInt.ONE;
        }
        PyInt res = PyNumber.index(integers.get(0));
        if (n == 1) {
            return PyInt.abs(res);
        }
        for (int i = 1; i < n; i++) {
            PyInt x = PyNumber.index(integers.get(i));
            if (res.signum() == 0) {
                continue;
            }
            if (x.signum() == 0) {
                res = PyInt.ZERO;
                continue;
            }
            PyInt g = gcd2(res, x);
            res = PyInt.abs(PyInt.multiply(PyInt.floorDivide(res, g), x));
        }
        return res;
    }
}
