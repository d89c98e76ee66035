package dev.kaa.runtime.modules;

/**
 * The C math library functions that CPython's {@code math} module calls and the JDK lacks or computes
 * differently, written to give glibc's results: {@code java.lang.Math} where it agrees with glibc (sin, cos,
 * exp, log, pow are within the last bit of glibc's correctly rounded results), and ports of the algorithms
 * glibc 2.36 uses where the JDK has no function (asinh, acosh, atanh, log2, cbrt) or a different one (sinh,
 * cosh). Special values (NaN, infinities, zeros) follow C99 Annex F, as the callers in {@link MathModule}
 * expect.
 *
 * <p>asinh, acosh, atanh, sinh and cosh follow the Sun fdlibm algorithms:
 * <pre>
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
 *
 * Developed at SunPro, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this
 * software is freely granted, provided that this notice
 * is preserved.
 * </pre>
 */
final class Libm {
    private Libm() {
    }

    private static final double LN2 = 6.93147180559945286227e-01;

    private static int highWord(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    private static int lowWord(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    static double asinh(double x) {
        int hx = highWord(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return x + x; // inf or NaN
        }
        if (ix < 0x3e300000) {
            return x; // |x| < 2**-28
        }
        double w;
        if (ix > 0x41b00000) { // |x| > 2**28
            w = Math.log(Math.abs(x)) + LN2;
        } else if (ix > 0x40000000) { // 2**28 > |x| > 2.0
            double t = Math.abs(x);
            w = Math.log(2.0 * t + 1.0 / (Math.sqrt(x * x + 1.0) + t));
        } else { // 2.0 > |x| > 2**-28
            double t = x * x;
            w = Math.log1p(Math.abs(x) + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return hx > 0 ? w : -w;
    }

    static double acosh(double x) {
        int hx = highWord(x);
        int lx = lowWord(x);
        if (hx < 0x3ff00000) { // x < 1
            return Double.NaN;
        } else if (hx >= 0x41b00000) { // x > 2**28
            if (hx >= 0x7ff00000) {
                return x + x;
            }
            return Math.log(x) + LN2;
        } else if (((hx - 0x3ff00000) | lx) == 0) {
            return 0.0; // acosh(1) = 0
        } else if (hx > 0x40000000) { // 2**28 > x > 2
            double t = x * x;
            return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
        } else { // 1 < x < 2
            double t = x - 1.0;
            return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
        }
    }

    static double atanh(double x) {
        int hx = highWord(x);
        int lx = lowWord(x);
        int ix = hx & 0x7fffffff;
        if ((ix | ((lx | (-lx)) >>> 31)) > 0x3ff00000) { // |x| > 1
            return Double.NaN;
        }
        if (ix == 0x3ff00000) {
            return x / 0.0;
        }
        if (ix < 0x3e300000) {
            return x; // |x| < 2**-28
        }
        double ax = Math.abs(x);
        double t;
        if (ix < 0x3fe00000) { // |x| < 0.5
            t = ax + ax;
            t = 0.5 * Math.log1p(t + t * ax / (1.0 - ax));
        } else {
            t = 0.5 * Math.log1p((ax + ax) / (1.0 - ax));
        }
        return hx >= 0 ? t : -t;
    }

    static double sinh(double x) {
        int jx = highWord(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return x + x;
        }
        double h = jx < 0 ? -0.5 : 0.5;
        if (ix < 0x40360000) { // |x| < 22
            if (ix < 0x3e300000) {
                return x;
            }
            double t = StrictMath.expm1(Math.abs(x));
            if (ix < 0x3ff00000) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (ix < 0x40862E42) { // |x| in [22, log(maxdouble)]
            return h * Math.exp(Math.abs(x));
        }
        int lx = lowWord(x);
        if (ix < 0x408633CE || (ix == 0x408633ce && Integer.compareUnsigned(lx, 0x8fb9f87d) <= 0)) {
            double w = Math.exp(0.5 * Math.abs(x));
            double t = h * w;
            return t * w;
        }
        return x * 1.0e307 * 1.0e307; // overflow
    }

    static double cosh(double x) {
        int ix = highWord(x) & 0x7fffffff;
        if (ix < 0x40360000) { // |x| < 22
            if (ix < 0x3fd62e43) { // |x| < 0.5*ln2
                if (ix < 0x3c800000) {
                    return 1.0;
                }
                double t = StrictMath.expm1(Math.abs(x));
                double w = 1.0 + t;
                return 1.0 + (t * t) / (w + w);
            }
            double t = Math.exp(Math.abs(x));
            return 0.5 * t + 0.5 / t;
        }
        if (ix < 0x40862e42) {
            return 0.5 * Math.exp(Math.abs(x));
        }
        int lx = lowWord(x);
        if (ix < 0x408633ce || (ix == 0x408633ce && Integer.compareUnsigned(lx, 0x8fb9f87d) <= 0)) {
            double w = Math.exp(0.5 * Math.abs(x));
            double t = 0.5 * w;
            return t * w;
        }
        if (ix >= 0x7ff00000) {
            return x * x;
        }
        return Double.POSITIVE_INFINITY;
    }

    private static final double CBRT2 = 1.2599210498948731648;
    private static final double SQR_CBRT2 = 1.5874010519681994748;
    private static final double[] CBRT_FACTOR = {1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2};

    /** glibc's dbl-64 cbrt: a polynomial start and one rational correction step. */
    static double cbrt(double x) {
        if (x == 0.0 || !Double.isFinite(x)) {
            return x + x;
        }
        int xe = Math.getExponent(x);
        double ax = Math.abs(x);
        double xm;
        if (xe < Double.MIN_EXPONENT) { // subnormal
            double scaled = ax * 0x1p54;
            xe = Math.getExponent(scaled) - 54;
            xm = Math.scalb(scaled, -(Math.getExponent(scaled) + 1));
        } else {
            xm = Math.scalb(ax, -(xe + 1));
        }
        xe += 1; // frexp: ax = xm * 2**xe with 0.5 <= xm < 1
        double u = (0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287
                + ((2.44693122563534430 + ((-1.83469277483613086 + (0.784932344976639262
                - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm));
        double t2 = u * u * u;
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
        return Math.copySign(Math.scalb(ym, xe / 3), x);
    }

    private static final double IVLN10 = 4.34294481903251816668e-01;
    private static final double LOG10_2HI = 3.01029995663611771306e-01;
    private static final double LOG10_2LO = 3.69423907715893078616e-13;

    /** glibc's log10 for positive finite x: fdlibm's reduction around its (correctly rounded) log. */
    static double log10(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >>> 32);
        int k = 0;
        if (hx < 0x00100000) { // subnormal: scale up
            k -= 54;
            x *= 0x1p54;
            bits = Double.doubleToRawLongBits(x);
            hx = (int) (bits >>> 32);
        }
        k += (hx >> 20) - 1023;
        int i = (k & 0x80000000) >>> 31;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        x = Double.longBitsToDouble(((long) hx << 32) | (bits & 0xffffffffL));
        double z = y * LOG10_2LO + IVLN10 * Math.log(x);
        return z + y * LOG10_2HI;
    }

    // Double-double arithmetic (value = hi + lo, |lo| <= ulp(hi)/2) for the correctly rounded log2.

    private static double twoSumLo(double a, double b, double s) {
        double bb = s - a;
        return (a - (s - bb)) + (b - bb);
    }

    /** log2 for positive finite x, correctly rounded (glibc's is within 0.55 ulp, so nearly always equal). */
    static double log2(double x) {
        int e = Math.getExponent(x);
        double m;
        if (e < Double.MIN_EXPONENT) {
            double s = x * 0x1p54;
            e = Math.getExponent(s) - 54;
            m = Math.scalb(s, -Math.getExponent(s));
        } else {
            m = Math.scalb(x, -e);
        }
        // x = m * 2**e with 1 <= m < 2
        if (m == 1.0) {
            return e;
        }
        if (m > 1.4142135623730951) {
            m *= 0.5;
            e += 1;
        }
        // log(m) = 2 atanh(s) = 2 (s + s^3/3 + s^5/5 + ...), s = (m - 1) / (m + 1), |s| < 0.1716.
        double num = m - 1.0; // exact (Sterbenz)
        double denHi = m + 1.0;
        double denLo = twoSumLo(m, 1.0, denHi);
        // s = num / den in double-double
        double sHi = num / denHi;
        double p = sHi * denHi;
        double pLo = Math.fma(sHi, denHi, -p);
        double sLo = ((num - p) - pLo - sHi * denLo) / denHi;
        // s^2
        double s2Hi = sHi * sHi;
        double s2Lo = Math.fma(sHi, sHi, -s2Hi) + 2 * sHi * sLo;
        // Horner in double-double: t = 1/(2k+1) + s2 * t, from the top.
        double tHi = 0.0;
        double tLo = 0.0;
        for (int k = 27; k >= 0; k--) {
            // t *= s2
            double mHi = tHi * s2Hi;
            double mLo = Math.fma(tHi, s2Hi, -mHi) + (tHi * s2Lo + tLo * s2Hi);
            double q = mHi + mLo;
            mLo = mLo - (q - mHi);
            mHi = q;
            // t += 1/(2k+1) as a double-double
            double c = 1.0 / (2 * k + 1);
            double cLo = Math.fma(-c, 2 * k + 1, 1.0) / (2 * k + 1);
            double sum = mHi + c;
            double sumLo = twoSumLo(mHi, c, sum) + mLo + cLo;
            tHi = sum + sumLo;
            tLo = sumLo - (tHi - sum);
        }
        // log(m) = 2 * s * t
        double lHi = sHi * tHi;
        double lLo = Math.fma(sHi, tHi, -lHi) + (sHi * tLo + sLo * tHi);
        lHi *= 2;
        lLo *= 2;
        // log2(m) = log(m) / ln2 = log(m) * (1/ln2) in double-double
        final double invHi = 1.4426950408889634;
        final double invLo = 2.0355273740931033e-17;
        double rHi = lHi * invHi;
        double rLo = Math.fma(lHi, invHi, -rHi) + (lHi * invLo + lLo * invHi);
        // + e, exactly, then one rounding
        double sum = rHi + e;
        double sumLo = twoSumLo(rHi, e, sum) + rLo;
        return sum + sumLo;
    }

    // Correctly rounded atan, asin, acos and atan2 (glibc's IBM Accurate Mathematical Library functions are):
    // reduce to |u| <= 1/16 around a table point k/8, sum the series in double-double, round once.

    /** atan(k/8) as double-doubles {hi, lo}. */
    private static final double[][] ATAN_TABLE = {
        {0x0.0p+0, 0x0.0p+0},
        {0x1.fd5ba9aac2f6ep-4, -0x1.cd37686760c17p-59},
        {0x1.f5b75f92c80ddp-3, 0x1.8ab6e3cf7afbdp-57},
        {0x1.6f61941e4def1p-2, -0x1.c63aae6f6e918p-56},
        {0x1.dac670561bb4fp-2, 0x1.a2b7f222f65e2p-56},
        {0x1.1e00babdefeb4p-1, -0x1.928df287a668fp-58},
        {0x1.4978fa3269ee1p-1, 0x1.2419a87f2a458p-56},
        {0x1.700a7c5784634p-1, -0x1.8c34d25aadef6p-56},
        {0x1.921fb54442d18p-1, 0x1.1a62633145c07p-55},
    };
    private static final double PI_HI = 0x1.921fb54442d18p+1;
    private static final double PI_LO = 0x1.1a62633145c07p-53;
    private static final double PIO2_HI = 0x1.921fb54442d18p+0;
    private static final double PIO2_LO = 0x1.1a62633145c07p-54;

    /** (aHi + aLo) / (bHi + bLo) as a double-double, in r. */
    private static void ddDiv(double aHi, double aLo, double bHi, double bLo, double[] r) {
        double q = aHi / bHi;
        double p = q * bHi;
        double pLo = Math.fma(q, bHi, -p);
        double rem = ((aHi - p) - pLo + aLo - q * bLo) / bHi;
        double s = q + rem;
        r[0] = s;
        r[1] = rem - (s - q);
    }

    /** atan(tHi + tLo) for 0 <= t <= 1, as a double-double in r. */
    private static void atanDD(double tHi, double tLo, double[] r) {
        int k = (int) Math.rint(tHi * 8);
        double c = k / 8.0;
        // u = (t - c) / (1 + t c): t - c is exact in double-double, 1 + t c nearly so.
        double nHi = tHi - c;
        double nLo = twoSumLo(tHi, -c, nHi) + tLo;
        double tc = tHi * c;
        double tcLo = Math.fma(tHi, c, -tc) + tLo * c;
        double dHi = 1.0 + tc;
        double dLo = twoSumLo(1.0, tc, dHi) + tcLo;
        ddDiv(nHi, nLo, dHi, dLo, r);
        double uHi = r[0];
        double uLo = r[1];
        // atan(u) = u - u^3/3 + u^5/5 - ... = u (1 - u2 (1/3 - u2 (1/5 - ...)))
        double u2Hi = uHi * uHi;
        double u2Lo = Math.fma(uHi, uHi, -u2Hi) + 2 * uHi * uLo;
        double sHi = 0.0;
        double sLo = 0.0;
        for (int n = 15; n >= 0; n--) {
            // s = 1/(2n+1) - u2 * s
            double mHi = u2Hi * sHi;
            double mLo = Math.fma(u2Hi, sHi, -mHi) + (u2Hi * sLo + u2Lo * sHi);
            double cHi = 1.0 / (2 * n + 1);
            double cLo = Math.fma(-cHi, 2 * n + 1, 1.0) / (2 * n + 1);
            double sum = cHi - mHi;
            double sumLo = twoSumLo(cHi, -mHi, sum) + cLo - mLo;
            sHi = sum + sumLo;
            sLo = sumLo - (sHi - sum);
        }
        double aHi = uHi * sHi;
        double aLo = Math.fma(uHi, sHi, -aHi) + (uHi * sLo + uLo * sHi);
        double[] base = ATAN_TABLE[k];
        double sum = base[0] + aHi;
        double sumLo = twoSumLo(base[0], aHi, sum) + base[1] + aLo;
        r[0] = sum + sumLo;
        r[1] = sumLo - (r[0] - sum);
    }

    /** atan(num / den) for num, den >= 0 (double-doubles), in r. */
    private static void atanRatio(double nHi, double nLo, double dHi, double dLo, double[] r) {
        if (nHi <= dHi) {
            ddDiv(nHi, nLo, dHi, dLo, r);
            atanDD(r[0], r[1], r);
        } else {
            ddDiv(dHi, dLo, nHi, nLo, r);
            atanDD(r[0], r[1], r);
            double sum = PIO2_HI - r[0];
            double sumLo = twoSumLo(PIO2_HI, -r[0], sum) + PIO2_LO - r[1];
            r[0] = sum + sumLo;
            r[1] = sumLo - (r[0] - sum);
        }
    }

    static double atan(double x) {
        double a = Math.abs(x);
        if (!(a >= 0x1p-27) || a > 0x1p60) { // tiny, huge, NaN, inf: the JDK's answer is exact here
            return Math.atan(x);
        }
        double[] r = new double[2];
        atanRatio(a, 0.0, 1.0, 0.0, r);
        return Math.copySign(r[0], x);
    }

    /** sqrt(1 - x*x) as a double-double in r, for |x| <= 1. */
    private static void sqrtOneMinusSquare(double x, double[] r) {
        double xx = x * x;
        double xxLo = Math.fma(x, x, -xx);
        double wHi = 1.0 - xx;
        double wLo = twoSumLo(1.0, -xx, wHi) - xxLo;
        double w = wHi + wLo;
        wLo = wLo - (w - wHi);
        wHi = w;
        if (wHi <= 0.0) {
            r[0] = 0.0;
            r[1] = 0.0;
            return;
        }
        double sHi = Math.sqrt(wHi);
        double sLo = (Math.fma(-sHi, sHi, wHi) + wLo) / (2 * sHi);
        r[0] = sHi + sLo;
        r[1] = sLo - (r[0] - sHi);
    }

    static double asin(double x) {
        double a = Math.abs(x);
        if (!(a >= 0x1p-26) || a > 1.0) {
            return Math.asin(x);
        }
        double[] r = new double[2];
        sqrtOneMinusSquare(a, r);
        atanRatio(a, 0.0, r[0], r[1], r);
        return Math.copySign(r[0], x);
    }

    static double acos(double x) {
        double a = Math.abs(x);
        if (!(a <= 1.0)) {
            return Math.acos(x);
        }
        if (a < 0x1p-60) {
            return PIO2_HI;
        }
        double[] r = new double[2];
        sqrtOneMinusSquare(a, r);
        atanRatio(r[0], r[1], a, 0.0, r);
        if (x < 0) {
            double sum = PI_HI - r[0];
            double sumLo = twoSumLo(PI_HI, -r[0], sum) + PI_LO - r[1];
            return sum + sumLo;
        }
        return r[0];
    }

    /** atan2 for finite, nonzero y and x (the caller handles the special values). */
    static double atan2(double y, double x) {
        double ay = Math.abs(y);
        double ax = Math.abs(x);
        int de = Math.getExponent(ay) - Math.getExponent(ax);
        if (de > 900 || de < -900 || Math.getExponent(ay) < -960 || Math.getExponent(ax) < -960) {
            return Math.atan2(y, x); // quotients near the ends of the exponent range
        }
        double[] r = new double[2];
        atanRatio(ay, 0.0, ax, 0.0, r);
        double v = r[0];
        if (x < 0) {
            double sum = PI_HI - r[0];
            double sumLo = twoSumLo(PI_HI, -r[0], sum) + PI_LO - r[1];
            v = sum + sumLo;
        }
        return Math.copySign(v, y);
    }

    // erf and erfc: glibc 2.36's version of fdlibm's s_erf.c (Sun, with Naohiko Shimizu's pipelined
    // polynomial evaluation, whose rounding differs from Horner's).

    private static final double ERX = 8.45062911510467529297e-01;
    private static final double EFX = 1.28379167095512586316e-01;
    private static final double[] PP = {1.28379167095512558561e-01, -3.25042107247001499370e-01,
        -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05};
    private static final double[] QQ = {0.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02,
        5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06};
    private static final double[] PA = {-2.36211856075265944077e-03, 4.14856118683748331666e-01,
        -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01,
        3.54783043256182359371e-02, -2.16637559486879084300e-03};
    private static final double[] QA = {0.0, 1.06420880400844228286e-01, 5.40397917702171048937e-01,
        7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02,
        1.19844998467991074170e-02};
    private static final double[] RA = {-9.86494403484714822705e-03, -6.93858572707181764372e-01,
        -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02,
        -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00};
    private static final double[] SA = {0.0, 1.96512716674392571292e+01, 1.37657754143519042600e+02,
        4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02,
        1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02};
    private static final double[] RB = {-9.86494292470009928597e-03, -7.99283237680523006574e-01,
        -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02,
        -1.02509513161107724954e+03, -4.83519191608651397019e+02};
    private static final double[] SB = {0.0, 3.03380607434824582924e+01, 3.25792512996573918826e+02,
        1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03,
        4.74528541206955367215e+02, -2.24409524465858183362e+01};

    /** y = R/S of the [0, 0.84375] interval, for z = x*x. */
    private static double erfSmall(double z) {
        double r1 = PP[0] + z * PP[1];
        double z2 = z * z;
        double r2 = PP[2] + z * PP[3];
        double z4 = z2 * z2;
        double s1 = 1.0 + z * QQ[1];
        double s2 = QQ[2] + z * QQ[3];
        double s3 = QQ[4] + z * QQ[5];
        double r = r1 + z2 * r2 + z4 * PP[4];
        double s = s1 + z2 * s2 + z4 * s3;
        return r / s;
    }

    /** P/Q of the [0.84375, 1.25] interval, for s = |x| - 1. */
    private static double erfMiddle(double s) {
        double p1 = PA[0] + s * PA[1];
        double s2 = s * s;
        double q1 = 1.0 + s * QA[1];
        double s4 = s2 * s2;
        double p2 = PA[2] + s * PA[3];
        double s6 = s4 * s2;
        double q2 = QA[2] + s * QA[3];
        double p3 = PA[4] + s * PA[5];
        double q3 = QA[4] + s * QA[5];
        double p = p1 + s2 * p2 + s4 * p3 + s6 * PA[6];
        double q = q1 + s2 * q2 + s4 * q3 + s6 * QA[6];
        return p / q;
    }

    /** exp(-x*x - 0.5625 + R/S) / x for |x| >= 1.25 (x positive), the tail both functions share. */
    private static double erfcTail(double x, boolean below2857) {
        double s = 1.0 / (x * x);
        double rr;
        double ss;
        if (below2857) {
            double r1 = RA[0] + s * RA[1];
            double s2 = s * s;
            double t1 = 1.0 + s * SA[1];
            double s4 = s2 * s2;
            double r2 = RA[2] + s * RA[3];
            double s6 = s4 * s2;
            double t2 = SA[2] + s * SA[3];
            double s8 = s4 * s4;
            double r3 = RA[4] + s * RA[5];
            double t3 = SA[4] + s * SA[5];
            double r4 = RA[6] + s * RA[7];
            double t4 = SA[6] + s * SA[7];
            rr = r1 + s2 * r2 + s4 * r3 + s6 * r4;
            ss = t1 + s2 * t2 + s4 * t3 + s6 * t4 + s8 * SA[8];
        } else {
            double r1 = RB[0] + s * RB[1];
            double s2 = s * s;
            double t1 = 1.0 + s * SB[1];
            double s4 = s2 * s2;
            double r2 = RB[2] + s * RB[3];
            double s6 = s4 * s2;
            double t2 = SB[2] + s * SB[3];
            double r3 = RB[4] + s * RB[5];
            double t3 = SB[4] + s * SB[5];
            double t4 = SB[6] + s * SB[7];
            rr = r1 + s2 * r2 + s4 * r3 + s6 * RB[6];
            ss = t1 + s2 * t2 + s4 * t3 + s6 * t4;
        }
        double z = Double.longBitsToDouble(Double.doubleToRawLongBits(x) & 0xffffffff00000000L);
        double r = Math.exp(-z * z - 0.5625) * Math.exp((z - x) * (z + x) + rr / ss);
        return r / x;
    }

    static double erf(double x) {
        int hx = highWord(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return Double.isNaN(x) ? x : hx < 0 ? -1.0 : 1.0;
        }
        if (ix < 0x3feb0000) { // |x| < 0.84375
            if (ix < 0x3e300000) { // |x| < 2**-28
                if (ix < 0x00800000) {
                    return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
                }
                return x + EFX * x;
            }
            return x + x * erfSmall(x * x);
        }
        if (ix < 0x3ff40000) { // 0.84375 <= |x| < 1.25
            double pq = erfMiddle(Math.abs(x) - 1.0);
            return hx >= 0 ? ERX + pq : -ERX - pq;
        }
        if (ix >= 0x40180000) { // |x| >= 6
            return hx >= 0 ? 1.0 - 1e-300 : 1e-300 - 1.0;
        }
        double t = erfcTail(Math.abs(x), ix < 0x4006DB6E);
        return hx >= 0 ? 1.0 - t : t - 1.0;
    }

    static double erfc(double x) {
        int hx = highWord(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return Double.isNaN(x) ? x : hx < 0 ? 2.0 : 0.0;
        }
        if (ix < 0x3feb0000) { // |x| < 0.84375
            if (ix < 0x3c700000) {
                return 1.0 - x;
            }
            double y = erfSmall(x * x);
            if (hx < 0x3fd00000) { // x < 1/4
                return 1.0 - (x + x * y);
            }
            double r = x * y;
            r += (x - 0.5);
            return 0.5 - r;
        }
        if (ix < 0x3ff40000) { // 0.84375 <= |x| < 1.25
            double pq = erfMiddle(Math.abs(x) - 1.0);
            if (hx >= 0) {
                return (1.0 - ERX) - pq;
            }
            return 1.0 + (ERX + pq);
        }
        if (ix < 0x403c0000) { // |x| < 28
            if (hx < 0 && ix >= 0x40180000) {
                return 2.0 - 1e-300; // x < -6
            }
            double t = erfcTail(Math.abs(x), ix < 0x4006DB6D);
            return hx > 0 ? t : 2.0 - t;
        }
        return hx > 0 ? 0.0 : 2.0 - 1e-300;
    }

    /** {@code m_sinpi}: sin(pi*x), accurate for integral and near-integral x. */
    static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.round(2.0 * y);
        double r = switch (n) {
            case 0 -> Math.sin(Math.PI * y);
            case 1 -> Math.cos(Math.PI * (y - 0.5));
            case 2 -> Math.sin(Math.PI * (1.0 - y));
            case 3 -> -Math.cos(Math.PI * (y - 1.5));
            default -> Math.sin(Math.PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }
}
