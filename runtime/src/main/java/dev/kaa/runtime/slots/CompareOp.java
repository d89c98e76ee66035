package dev.kaa.runtime.slots;

/** The rich comparison operators, in CPython's order ({@code Py_LT} = 0 ... {@code Py_GE} = 5). */
public enum CompareOp {
    LT("<", "__lt__"), LE("<=", "__le__"), EQ("==", "__eq__"), NE("!=", "__ne__"), GT(">", "__gt__"),
    GE(">=", "__ge__");

    private static final CompareOp[] VALUES = values();

    /** The operator as written in Python ("&lt;="), for "'&lt;=' not supported between ..." messages. */
    public final String symbol;
    /** The dunder method name. */
    public final String dunder;

    CompareOp(String symbol, String dunder) {
        this.symbol = symbol;
        this.dunder = dunder;
    }

    /** The operator with its operands exchanged (CPython's {@code _Py_SwappedOp}): a &lt; b is b &gt; a. */
    public CompareOp swapped() {
        return switch (this) {
            case LT -> GT;
            case LE -> GE;
            case EQ -> EQ;
            case NE -> NE;
            case GT -> LT;
            case GE -> LE;
        };
    }

    /** The operator with CPython's numeric code (the oparg of COMPARE_OP shifted right by 5). */
    public static CompareOp of(int code) {
        return VALUES[code];
    }

    /** Whether {@code c} (a three-way comparison result: negative, zero, positive) satisfies this operator. */
    public boolean test(int c) {
        return switch (this) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
    }
}
