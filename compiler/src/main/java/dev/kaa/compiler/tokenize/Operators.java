package dev.kaa.compiler.tokenize;

/**
 * CPython's {@code _PyToken_OneChar}, {@code _PyToken_TwoChars} and {@code _PyToken_ThreeChars}
 * (Parser/token.c), built from the operator texts of {@link TokenType}: the token type number of an
 * operator, or OP when the characters are none.
 */
final class Operators {
    private static final int OP = TokenType.OP.number;
    /** Type numbers of one-, two- and three-character operators, indexed by their ASCII characters. */
    private static final int[] ONE = new int[128];
    private static final int[] TWO = new int[128 * 128];
    /** Three-character operators by their first two characters: the third, and the type (one each). */
    private static final int[] THIRD = new int[128 * 128];
    private static final int[] THREE = new int[128 * 128];

    static {
        java.util.Arrays.fill(ONE, OP);
        java.util.Arrays.fill(TWO, OP);
        java.util.Arrays.fill(THREE, OP);
        for (TokenType t : TokenType.values()) {
            String s = t.operator;
            if (s == null) {
                continue;
            }
            switch (s.length()) {
                case 1 -> ONE[s.charAt(0)] = t.number;
                case 2 -> TWO[s.charAt(0) * 128 + s.charAt(1)] = t.number;
                case 3 -> {
                    int i = s.charAt(0) * 128 + s.charAt(1);
                    if (THREE[i] != OP) {
                        throw new AssertionError("two three-character operators start with " + s);
                    }
                    THIRD[i] = s.charAt(2);
                    THREE[i] = t.number;
                }
                default -> throw new AssertionError(s);
            }
        }
        // Grammar/Tokens has no "<>", but token.c returns NOTEQUAL for it (Barry as FLUFL, PEP 401).
        TWO['<' * 128 + '>'] = TokenType.NOTEQUAL.number;
    }

    private Operators() {
    }

    static int oneChar(int c) {
        return c >= 0 && c < 128 ? ONE[c] : OP;
    }

    static int twoChars(int c1, int c2) {
        return c1 >= 0 && c1 < 128 && c2 >= 0 && c2 < 128 ? TWO[c1 * 128 + c2] : OP;
    }

    static int threeChars(int c1, int c2, int c3) {
        if (c1 >= 0 && c1 < 128 && c2 >= 0 && c2 < 128) {
            int i = c1 * 128 + c2;
            if (THIRD[i] == c3) {
                return THREE[i];
            }
        }
        return OP;
    }

    /** tokenize's EXACT_TOKEN_TYPES: the exact type of an OP token's text, or OP. */
    static TokenType exactType(String s) {
        int n = switch (s.length()) {
            case 1 -> oneChar(s.charAt(0));
            case 2 -> s.equals("<>") ? OP : twoChars(s.charAt(0), s.charAt(1));
            case 3 -> threeChars(s.charAt(0), s.charAt(1), s.charAt(2));
            default -> OP;
        };
        return TokenType.values()[n];
    }
}
