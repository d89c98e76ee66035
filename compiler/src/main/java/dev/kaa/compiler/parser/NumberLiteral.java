package dev.kaa.compiler.parser;

import dev.kaa.compiler.ast.ComplexValue;

import java.math.BigInteger;

/**
 * The value of a NUMBER token, as CPython's parsenumber (Parser/action_helpers.c, pegen.c): int (Long or
 * BigInteger), float (Double) or imaginary (ComplexValue). Underscores are dropped first.
 */
public final class NumberLiteral {
    /** sys.int_info.default_max_str_digits: decimal literals longer than this are an error. */
    static final int MAX_STR_DIGITS = 4300;

    private NumberLiteral() {
    }

    /** Thrown for a decimal int literal over the digit limit; carries CPython's ValueError text. */
    static final class TooManyDigits extends RuntimeException {
        TooManyDigits(String msg) {
            super(msg, null, false, false);
        }
    }

    /** The value of the literal text {@code s} (already known to be a valid token). */
    public static Object parse(String s) {
        if (s.indexOf('_') >= 0) {
            s = s.replace("_", "");
        }
        int n = s.length();
        char last = s.charAt(n - 1);
        if (last == 'j' || last == 'J') {
            return new ComplexValue(0.0, parseDouble(s.substring(0, n - 1)));
        }
        if (n > 1 && s.charAt(0) == '0') {
            char c = s.charAt(1);
            int radix = switch (c) {
                case 'x', 'X' -> 16;
                case 'o', 'O' -> 8;
                case 'b', 'B' -> 2;
                default -> 0;
            };
            if (radix != 0) {
                return narrow(new BigInteger(s.substring(2), radix));
            }
        }
        boolean digits = true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                digits = false;
                break;
            }
        }
        if (!digits) {
            return parseDouble(s);
        }
        if (n <= 18) {
            return Long.parseLong(s);
        }
        if (s.charAt(0) != '0' && n > MAX_STR_DIGITS) {
            throw new TooManyDigits("Exceeds the limit (" + MAX_STR_DIGITS
                    + " digits) for integer string conversion: value has " + n
                    + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        return narrow(new BigInteger(s));
    }

    private static Object narrow(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    /** PyOS_string_to_double: correctly rounded, overflow to inf (as Java's parser does). */
    private static double parseDouble(String s) {
        return Double.parseDouble(s);
    }
}
