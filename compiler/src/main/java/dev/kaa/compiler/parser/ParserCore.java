package dev.kaa.compiler.parser;

import dev.kaa.compiler.PySyntaxError;
import dev.kaa.compiler.ast.ExprContext;
import dev.kaa.compiler.ast.ExprNode;
import dev.kaa.compiler.ast.LocatedNode;
import dev.kaa.compiler.ast.Name;
import dev.kaa.compiler.tokenize.Token;
import dev.kaa.compiler.tokenize.TokenType;
import dev.kaa.compiler.tokenize.Tokenizer;

import java.util.Arrays;

/**
 * The machinery of CPython's PEG parser (Parser/pegen.c, pegen_errors.c): the lazily filled token
 * buffer, backtracking marks, memoization, left recursion, the recursion limit and the raising of
 * SyntaxErrors with CPython's exact locations. The grammar rules sit on top, one method per rule, in
 * {@link ExpressionRules} → {@code PatternRules} → {@code StatementRules} → {@code Parser}.
 *
 * <h2>How to write a rule</h2>
 * A rule method is named after the grammar rule ({@code star_expressions()}), returns the AST node (or
 * a List, or a helper record) on success and {@code null} on failure. On failure it must leave the
 * position where it found it; the usual shape is
 * <pre>{@code
 * protected ExprNode foo() {
 *     enter();                                   // CPython's p->level++ / MAXSTACK check
 *     try {
 *         int m = mark();
 *         Token t; ExprNode a;
 *         // alternative 1:  'not' a=foo
 *         if ((t = keyword("not")) != null && (a = foo()) != null) {
 *             // EXTRA: start of the token at m, end of the last consumed (non-NEWLINE/INDENT/DEDENT) token
 *             return new UnaryOp(UnaryOpKind.Not, a, sl(m), sc(m), el(), ec());
 *         }
 *         reset(m);
 *         // alternative 2 ...
 *         return null;
 *     } finally {
 *         leave();
 *     }
 * }
 * }</pre>
 * ({@link #startLine(int)}/{@link #startCol(int)}/{@link #endLine()}/{@link #endCol()} are the same with
 * longer names). {@link #tokenAt(int)} fills the buffer as CPython's EXTRA does, which matters: the generic
 * "invalid syntax" error points at the furthest token ever read, so read tokens exactly when CPython
 * would (never peek further than the grammar does).
 *
 * <h2>Tokens</h2>
 * {@link #expect(TokenType)} consumes a token of that type ({@code '('} is {@code expect(LPAR)});
 * {@link #keyword(String)} a hard keyword ({@code 'if'}); {@link #softKeyword(String)} a NAME spelled
 * {@code "match"}; {@link #name()} a NAME that is not a hard keyword, as a {@code Name} node with Load
 * context; {@link #nameToken()} the same as a Token. Lookahead {@code &x} / {@code !x}: take
 * {@code int m = mark()}, try, {@code reset(m)}; for single tokens {@link #check(TokenType)},
 * {@link #checkKeyword(String)}. {@code &&'x'} (forced token) is {@link #expectForced(TokenType, String)}.
 *
 * <h2>Memoization and left recursion</h2>
 * Rules marked {@code (memo)} in python.gram: {@code Object r = memoLookup(ID); if (r != NO_MEMO) return
 * (T) r;} then, after computing result {@code res} from start mark {@code m}: {@code memoStore(m, ID,
 * res)} (failures are memoized too). Left-recursive rules: write the body as {@code foo_raw()}, add
 * {@code case ID -> foo_raw()} to the subclass's {@link #leftRecursiveBody(int)} switch and make
 * {@code foo()} call {@code leftRecursive(ID)}, which runs CPython's grow-the-seed loop (a switch with
 * direct calls: a {@link Rule} per rule made that call megamorphic, 18% of the parser's time).
 * Rule ids are ints: ExpressionRules uses 1..199, statement/pattern rules should use 200 and above
 * (ids 1..23 and 200..215 get the fast array memo; others a linked list, as in CPython).
 *
 * <h2>Depth</h2>
 * Call {@link #enter()}/{@link #leave()} in every rule method (try/finally) — and also around the code
 * of each helper function pegen generates for a group, a loop or a gather ({@code _tmp_N},
 * {@code _loop0_N}, {@code _loop1_N}, {@code _gather_N}) when it lies on a path that can be deep, and
 * around a lookahead of a group ({@code &(STRING|FSTRING_START)} calls a {@code _tmp_N}: an
 * {@code enter(); leave();} pair where the lookahead is tried). CPython
 * fails with MemoryError("Parser stack overflowed - Python source too complex to parse") when a rule is
 * entered at depth 6000, so matching its depth function for function matches its limit exactly
 * (e.g. {@code "not " * 5969 + "x"} parses, one more does not).
 *
 * <h2>Errors</h2>
 * Errors are Java exceptions ({@link PySyntaxError}) thrown by the {@code raise*} helpers; they never
 * return (their generic return type lets you write {@code return raiseSyntaxError("...")}). They mirror
 * CPython's macros: {@link #raiseSyntaxError} (RAISE_SYNTAX_ERROR: at the last token read),
 * {@link #raiseSyntaxErrorKnownLocation} (a node or token), {@link #raiseSyntaxErrorKnownRange} (from a to
 * b), {@link #raiseSyntaxErrorStartingFrom}, {@link #raiseSyntaxErrorOnNextToken},
 * {@link #raiseIndentationError}, {@link #raiseSyntaxErrorInvalidTarget}. Positions are converted from
 * byte columns to code points exactly as CPython does, in the text of the error's first line taken where
 * CPython takes it (the file on disk if {@code filename} names one, else the tokenizer's buffer), which
 * also decides how far offsets past the end of that line are clamped.
 *
 * <h2>The two passes</h2>
 * {@link #runParser(Rule)} runs the start rule once with {@link #callInvalidRules}
 * false; on failure it runs it again with it true (every {@code invalid_*} alternative is guarded by
 * {@code if (callInvalidRules && ...)}), then reports the generic error ("invalid syntax" at the furthest
 * token of the first pass, unclosed brackets, unexpected indent...), as _PyPegen_run_parser does.
 * Entry: {@code Parser} builds a {@code Tokenizer.forParser(bytes, filename)}, passes it to the
 * constructor and calls {@code runParser(this::file)}.
 *
 * <h2>Shared pieces</h2>
 * ExpressionRules implements a few rules the statement rules use too: {@code annotated_rhs()},
 * {@code default_()} (python.gram's {@code default}, a Java keyword), {@code arguments()} (returns a
 * {@code Call} with a dummy func, as CPython; use its args/keywords), {@code star_targets()},
 * {@code del_targets()}, {@code type_expressions()}... It declares {@code simple_stmt()},
 * {@code pass_stmt()}, {@code break_stmt()}, {@code continue_stmt()} abstract (used by
 * invalid_expression). Parameter helpers: {@link CoreNameDefaultPair}, {@link CoreSlashWithDefault},
 * {@link CoreStarEtc}, {@link #makeArguments}, {@link #emptyArguments()}. Identifiers from NAME tokens
 * go through {@link #identifier(String)} (NFKC). {@link #getInvalidTarget} and
 * {@code ExprNames.getExprName} are _PyPegen_get_invalid_target and _PyPegen_get_expr_name.
 * The parser stack overflow (MAXSTACK) is reported as a PySyntaxError of kind "MemoryError", since
 * CPython raises MemoryError("Parser stack overflowed - Python source too complex to parse").
 */
public abstract class ParserCore {
    /** CPython's MAXSTACK (Parser/parser.c) for a release build. */
    protected static final int MAXSTACK = 6000;

    /** The value memoLookup returns when the rule has not been memoized at this position. */
    protected static final Object NO_MEMO = new Object();

    /** Python's hard keywords (Lib/keyword.py kwlist). */
    private static boolean isHardKeyword(String s) {
        return switch (s) {
            case "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
                 "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
                 "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
                 "yield" -> true;
            default -> false;
        };
    }

    protected final String filename;
    protected final Tokenizer tokenizer;

    private Token[] tokens = new Token[512];
    /** Per token: is it a NAME spelled as a hard keyword. */
    private boolean[] isKeyword = new boolean[512];
    private Memo[] memos = new Memo[512];
    /**
     * The fast memo: per token, arrays indexed by {@link #memoSlot} (rule ids 1..23 and 200..215); the end
     * mark is stored + 1 so that 0 means "not memoized". Other ids use the linked {@link #memos}.
     */
    private Object[][] memoVal = new Object[512][];
    private int[][] memoEnd = new int[512][];
    private static final int MEMO_SLOTS = 40;
    /** Per token: the NFKC-normalized identifier of a NAME, computed once. */
    private String[] idents = new String[512];
    /** Per token: the tokenizer's bracket depth after it (CPython's Token.level). */
    private int[] levels = new int[512];
    private int fill;
    private int pos;

    /** True in the second pass, when the invalid_* rules are tried (CPython's p->call_invalid_rules). */
    protected boolean callInvalidRules;
    /** Rule nesting depth (CPython's p->level). */
    protected int level;
    /** CPython's p->known_err_token. */
    protected Token knownErrToken;

    private static final class Memo {
        final int type;
        Object node;
        int mark;
        Memo next;

        Memo(int type, Object node, int mark, Memo next) {
            this.type = type;
            this.node = node;
            this.mark = mark;
            this.next = next;
        }
    }

    protected ParserCore(Tokenizer tokenizer, String filename) {
        this.tokenizer = tokenizer;
        this.filename = filename;
    }

    // ------------------------------------------------------------------------------------------------
    // Token buffer

    /** The current position (index of the next token). */
    protected final int mark() {
        return pos;
    }

    /** Back to a position taken with {@link #mark()}. */
    protected final void reset(int mark) {
        pos = mark;
    }

    /** How many tokens have been read from the tokenizer. */
    protected final int fill() {
        return fill;
    }

    /** Single-input mode: the first ENDMARKER becomes NEWLINE (set by the parser before parsing). */
    protected boolean singleInput;
    /** The start rule is file_input: only then are error lines read from the file named by filename. */
    protected boolean fileInput = true;
    /** p->parsing_started: a token other than an ENDMARKER turned NEWLINE has been read. */
    private boolean parsingStarted;

    private void fillToken() {
        if (fill == tokens.length) {
            int n = tokens.length * 2;
            tokens = Arrays.copyOf(tokens, n);
            isKeyword = Arrays.copyOf(isKeyword, n);
            memos = Arrays.copyOf(memos, n);
            memoVal = Arrays.copyOf(memoVal, n);
            memoEnd = Arrays.copyOf(memoEnd, n);
            idents = Arrays.copyOf(idents, n);
            levels = Arrays.copyOf(levels, n);
        }
        Token t;
        try {
            t = tokenizer.next();
        } catch (PySyntaxError e) {
            tokenizerFailed = true;
            throw e;
        }
        if (singleInput) {
            if (t.type() == TokenType.ENDMARKER && parsingStarted) {
                // _PyPegen_fill_token: in single-input mode an ENDMARKER after some input is read as a
                // NEWLINE (ending a compound statement), the open blocks get their DEDENTs, and the
                // ENDMARKER comes next.
                parsingStarted = false;
                tokenizer.implyDedents();
                t = new Token(TokenType.NEWLINE, "", t.lineno(), t.col(), t.endLineno(), t.endCol(),
                        t.charCol(), t.endCharCol(), t.line(), t.start(), t.end(), null);
            } else {
                parsingStarted = true;
            }
        }
        tokens[fill] = t;
        levels[fill] = tokenizer.parenDepth();
        isKeyword[fill] = t.type() == TokenType.NAME && isHardKeyword(t.string());
        fill++;
        if (t.type() == TokenType.ERRORTOKEN) {
            tokenizerEofError();
        }
    }

    /** The token at index i, reading it from the tokenizer if needed. */
    protected final Token tokenAt(int i) {
        while (i >= fill) {
            fillToken();
        }
        return tokens[i];
    }

    /** The token at the current position, without consuming it. */
    protected final Token peekToken() {
        if (pos == fill) {
            fillToken();
        }
        return tokens[pos];
    }

    /** The last token read (CPython's p->tokens[p->fill-1]). */
    protected final Token lastFilledToken() {
        return tokens[fill - 1];
    }

    /** The last consumed token that is not NEWLINE/INDENT/DEDENT/ENDMARKER: where EXTRA's end comes from. */
    protected final Token lastToken() {
        Token token = null;
        for (int m = pos - 1; m >= 0; m--) {
            token = tokens[m];
            TokenType ty = token.type();
            if (ty != TokenType.ENDMARKER && ty != TokenType.NEWLINE && ty != TokenType.INDENT
                    && ty != TokenType.DEDENT) {
                break;
            }
        }
        return token;
    }

    /**
     * The index of the first token read that starts at or after (line, byte column), or {@link #fill()}:
     * a binary search, token positions being non-decreasing.
     */
    protected final int tokenIndexAt(int line, int col) {
        int lo = 0;
        int hi = fill;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens[mid];
            if (t.lineno() < line || (t.lineno() == line && t.col() < col)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** CPython's Token.level of the token at index i: open brackets after it. */
    protected final int tokenLevelAt(int i) {
        return levels[i];
    }

    /** EXTRA's start line: the line of the token at {@code mark}. */
    protected final int sl(int mark) {
        return tokenAt(mark).lineno();
    }

    /** EXTRA's start column. */
    protected final int sc(int mark) {
        return tokenAt(mark).col();
    }

    /** EXTRA's end line: the end of the last consumed token. */
    protected final int el() {
        return lastToken().endLineno();
    }

    /** EXTRA's end column. */
    protected final int ec() {
        return lastToken().endCol();
    }

    protected final int startLine(int mark) {
        return tokenAt(mark).lineno();
    }

    protected final int startCol(int mark) {
        return tokenAt(mark).col();
    }

    protected final int endLine() {
        return lastToken().endLineno();
    }

    protected final int endCol() {
        return lastToken().endCol();
    }

    /** Consumes and returns the next token if it has this type, else null. */
    protected final Token expect(TokenType type) {
        if (pos == fill) {
            fillToken();
        }
        Token t = tokens[pos];
        if (t.type() != type || isKeyword[pos]) {
            return null;
        }
        pos++;
        return t;
    }

    /** Lookahead: is the next token of this type (not consumed). */
    protected final boolean check(TokenType type) {
        if (pos == fill) {
            fillToken();
        }
        return tokens[pos].type() == type && !isKeyword[pos];
    }

    /** {@code &&'x'}: the token or "expected 'x'" at the last token (CPython's _PyPegen_expect_forced_token). */
    protected final Token expectForced(TokenType type, String expected) {
        if (pos == fill) {
            fillToken();
        }
        Token t = tokens[pos];
        if (t.type() != type || isKeyword[pos]) {
            return raiseErrorKnownLocation("SyntaxError", t.lineno(), t.col(), t.endLineno(), t.endCol(),
                    "expected '" + expected + "'");
        }
        pos++;
        return t;
    }

    /** Consumes a hard keyword. */
    protected final Token keyword(String kw) {
        if (pos == fill) {
            fillToken();
        }
        if (isKeyword[pos] && tokens[pos].string().equals(kw)) {
            return tokens[pos++];
        }
        return null;
    }

    /** Lookahead for a hard keyword. */
    protected final boolean checkKeyword(String kw) {
        if (pos == fill) {
            fillToken();
        }
        return isKeyword[pos] && tokens[pos].string().equals(kw);
    }

    /** Consumes a NAME spelled {@code kw} (a soft keyword such as "match"); CPython's _PyPegen_expect_soft_keyword. */
    protected final Token softKeyword(String kw) {
        if (pos == fill) {
            fillToken();
        }
        Token t = tokens[pos];
        if (t.type() == TokenType.NAME && !isKeyword[pos] && t.string().equals(kw)) {
            pos++;
            return t;
        }
        return null;
    }

    /** Python 3.13's soft keywords, in CPython's order. */
    private static final String[] SOFT_KEYWORDS = {"_", "case", "match", "type"};

    /**
     * SOFT_KEYWORD in the grammar (CPython's _PyPegen_soft_keyword_token). CPython compares with
     * {@code strncmp(keyword, token, len(token))}, so any NAME that is a prefix of a soft keyword
     * ("c", "ma", "typ", ...) matches too; that quirk decides some error messages, so it is kept.
     */
    protected final Token anySoftKeyword() {
        if (pos == fill) {
            fillToken();
        }
        Token t = tokens[pos];
        if (t.type() == TokenType.NAME && !isKeyword[pos]) {
            String s = t.string();
            for (String kw : SOFT_KEYWORDS) {
                if (kw.startsWith(s)) {
                    pos++;
                    return t;
                }
            }
        }
        return null;
    }

    /** Consumes a NAME that is not a hard keyword. */
    protected final Token nameToken() {
        if (pos == fill) {
            fillToken();
        }
        Token t = tokens[pos];
        if (t.type() == TokenType.NAME && !isKeyword[pos]) {
            pos++;
            return t;
        }
        return null;
    }

    /** NAME as a Name node with Load context (CPython's _PyPegen_name_token), identifier NFKC-normalized. */
    protected final Name name() {
        Token t = nameToken();
        if (t == null) {
            return null;
        }
        String id = idents[pos - 1];
        if (id == null) {
            id = idents[pos - 1] = identifier(t.string());
        }
        return new Name(id, ExprContext.Load, t.lineno(), t.col(), t.endLineno(), t.endCol());
    }

    /** An identifier as CPython stores it: NFKC-normalized when not ASCII (_PyPegen_new_identifier). */
    protected static String identifier(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC);
            }
        }
        return s;
    }

    // ------------------------------------------------------------------------------------------------
    // Depth, memoization, left recursion

    /** Entry of a rule: CPython's {@code if (p->level++ == MAXSTACK)} check. */
    protected final void enter() {
        if (level++ == MAXSTACK) {
            stackOverflow();
        }
    }

    /** Exit of a rule. */
    protected final void leave() {
        level--;
    }

    /**
     * "Parser stack overflowed - Python source too complex to parse", which CPython raises as a
     * MemoryError (reported here as a PySyntaxError of kind "MemoryError" without location).
     */
    protected final <T> T stackOverflow() {
        throw new PySyntaxError("MemoryError", "Parser stack overflowed - Python source too complex to parse",
                filename, PySyntaxError.NONE, PySyntaxError.NONE, PySyntaxError.NONE, PySyntaxError.NONE, null);
    }

    private static int memoSlot(int type) {
        if (type > 0 && type < 24) {
            return type;
        }
        if (type >= 200 && type < 216) {
            return type - 176;
        }
        return -1;
    }

    /** The memoized result of rule {@code type} at the current position (moving past it), or {@link #NO_MEMO}. */
    protected final Object memoLookup(int type) {
        if (pos == fill) {
            fillToken();
        }
        int slot = memoSlot(type);
        if (slot >= 0) {
            int[] ends = memoEnd[pos];
            if (ends != null && ends[slot] != 0) {
                Object v = memoVal[pos][slot];
                pos = ends[slot] - 1;
                return v;
            }
            return NO_MEMO;
        }
        for (Memo m = memos[pos]; m != null; m = m.next) {
            if (m.type == type) {
                pos = m.mark;
                return m.node;
            }
        }
        return NO_MEMO;
    }

    /** Records the result of rule {@code type} started at {@code startMark} and ending at the current position. */
    protected final void memoStore(int startMark, int type, Object node) {
        int slot = memoSlot(type);
        if (slot >= 0) {
            int[] ends = memoEnd[startMark];
            if (ends == null) {
                ends = memoEnd[startMark] = new int[MEMO_SLOTS];
                memoVal[startMark] = new Object[MEMO_SLOTS];
            }
            ends[slot] = pos + 1;
            memoVal[startMark][slot] = node;
            return;
        }
        memos[startMark] = new Memo(type, node, pos, memos[startMark]);
    }

    /** CPython's _PyPegen_update_memo: replace or insert. */
    private void memoUpdate(int startMark, int type, Object node) {
        if (memoSlot(type) < 0) {
            for (Memo m = memos[startMark]; m != null; m = m.next) {
                if (m.type == type) {
                    m.node = node;
                    m.mark = pos;
                    return;
                }
            }
        }
        memoStore(startMark, type, node);
    }

    /** A rule body, for {@link #leftRecursive}. */
    @FunctionalInterface
    protected interface Rule<T> {
        T parse();
    }

    /**
     * A left-recursive rule: CPython's "grow the seed" loop. {@code raw} is the rule's body, in which the
     * recursive call to the rule itself finds the previous (shorter) result in the memo.
     */
    protected final <T> T leftRecursive(int type, Rule<T> raw) {
        enter();
        try {
            Object memo = memoLookup(type);
            if (memo != NO_MEMO) {
                @SuppressWarnings("unchecked")
                T r = (T) memo;
                return r;
            }
            int m = pos;
            int resmark = pos;
            T res = null;
            while (true) {
                int save = pos;
                pos = resmark;
                memoUpdate(m, type, res);
                pos = save;
                pos = m;
                T r = raw.parse();
                if (r == null || pos <= resmark) {
                    break;
                }
                resmark = pos;
                res = r;
            }
            pos = resmark;
            return res;
        } finally {
            leave();
        }
    }

    /**
     * The body ({@code foo_raw}) of the left-recursive rule {@code type}, for {@link #leftRecursive(int)}:
     * a switch with direct calls, which the JIT can inline, where a {@link Rule} per rule would make the
     * hottest call of the parser a megamorphic interface call.
     */
    protected Object leftRecursiveBody(int type) {
        throw new IllegalStateException("no left-recursive rule " + type);
    }

    /** {@link #leftRecursive(int, Rule)} with the body given by {@link #leftRecursiveBody(int)}. */
    protected final Object leftRecursive(int type) {
        enter();
        try {
            Object memo = memoLookup(type);
            if (memo != NO_MEMO) {
                return memo;
            }
            int m = pos;
            int resmark = pos;
            Object res = null;
            while (true) {
                int save = pos;
                pos = resmark;
                memoUpdate(m, type, res);
                pos = save;
                pos = m;
                Object r = leftRecursiveBody(type);
                if (r == null || pos <= resmark) {
                    break;
                }
                resmark = pos;
                res = r;
            }
            pos = resmark;
            return res;
        } finally {
            leave();
        }
    }

    /** Drop all memos (for the second pass). */
    private void clearMemos() {
        int n = Math.min(memos.length, fill + 1);
        Arrays.fill(memos, 0, n, null);
        Arrays.fill(memoVal, 0, n, null);
        Arrays.fill(memoEnd, 0, n, null);
    }

    // ------------------------------------------------------------------------------------------------
    // Running the parser

    /**
     * CPython's _PyPegen_run_parser: first pass; on failure a second pass with the invalid_* rules, then
     * the generic error. Returns the start rule's result (never null).
     */
    protected final <T> T runParser(Rule<T> startRule) {
        T res;
        try {
            res = startRule.parse();
        } catch (PySyntaxError e) {
            // CPython keeps error_indicator set, so its second pass does nothing; the error stands, but a
            // parser (not tokenizer) error may still be replaced by a later tokenizer error.
            throw finishError(e);
        }
        if (res != null) {
            return res;
        }
        Token lastToken = tokens[fill - 1];
        // reset_parser_state_for_error_pass
        clearMemos();
        pos = 0;
        level = 0;
        callInvalidRules = true;
        try {
            startRule.parse();
        } catch (PySyntaxError e) {
            throw finishError(e);
        }
        throw setSyntaxError(lastToken);
    }

    /** Marker: errors raised by the tokenizer (not the parser) pass through _Pypegen_set_syntax_error as is. */
    private boolean tokenizerFailed;

    private PySyntaxError finishError(PySyntaxError e) {
        if (tokenizerFailed || e.kind.equals("MemoryError")) {
            return e;
        }
        PySyntaxError later = tokenizeFullSourceToCheckForErrors();
        return later != null ? later : e;
    }

    /** _Pypegen_set_syntax_error when no error was raised by the passes. */
    private PySyntaxError setSyntaxError(Token lastToken) {
        if (fill == 0) {
            return error("SyntaxError", "error at start before reading any input");
        }
        if (lastToken.type() == TokenType.INDENT || lastToken.type() == TokenType.DEDENT) {
            return error("IndentationError",
                    lastToken.type() == TokenType.INDENT ? "unexpected indent" : "unexpected unindent");
        }
        PySyntaxError e = errorAt("SyntaxError", lastToken, "invalid syntax");
        PySyntaxError later = tokenizeFullSourceToCheckForErrors();
        return later != null ? later : e;
    }

    private PySyntaxError errorAt(String kind, Token t, String msg) {
        try {
            return raiseErrorKnownLocation(kind, t.lineno(), t.col(), t.endLineno(), t.endCol(), msg);
        } catch (PySyntaxError e) {
            return e;
        }
    }

    private PySyntaxError error(String kind, String msg) {
        try {
            return raiseError(kind, msg);
        } catch (PySyntaxError e) {
            return e;
        }
    }

    /**
     * _PyPegen_tokenize_full_source_to_check_for_errors: an error the tokenizer raises itself (E_ERROR:
     * invalid character, unterminated string, unmatched bracket...) later in the file wins over the
     * parser's error; errors CPython's tokenizer only reports through its error code (bad dedent, tabs,
     * line continuation, EOF) do not, but an unclosed bracket opened before the error's line does.
     * A decoding error found there surfaces as CPython's UnicodeDecodeError.
     */
    private PySyntaxError tokenizeFullSourceToCheckForErrors() {
        if (tokenizerFailed) {
            return null;
        }
        Token current = knownErrToken != null ? knownErrToken : tokens[fill - 1];
        int currentErrLine = current.lineno();
        try {
            while (true) {
                Token t = tokenizer.next();
                if (t.type() == TokenType.ENDMARKER) {
                    return null;
                }
                if (t.type() == TokenType.ERRORTOKEN) {
                    return unclosedBefore(currentErrLine);
                }
            }
        } catch (PySyntaxError e) {
            int code = tokenizer.errorCode();
            if (code == Tokenizer.E_DECODE && tokenizer.decodeErrorMessage() != null) {
                return new PySyntaxError("UnicodeDecodeError", tokenizer.decodeErrorMessage(), filename,
                        PySyntaxError.NONE, PySyntaxError.NONE, PySyntaxError.NONE, PySyntaxError.NONE, null);
            }
            if (code == Tokenizer.E_ERROR) {
                // CPython keeps the parser's error when the tokenizer stopped inside an f-string
                // (tok_mode_stack_index > 0). Approximated by the message until the Tokenizer exposes it.
                if (e.msg.contains("f-string")) {
                    return null;
                }
                return e;
            }
            return unclosedBefore(currentErrLine);
        }
    }

    private PySyntaxError unclosedBefore(int currentErrLine) {
        int depth = tokenizer.parenDepth();
        if (depth > 0 && currentErrLine > tokenizer.openBracket(depth - 1).lineno()) {
            return unclosedBracketError();
        }
        return null;
    }

    /** The tokenizer reached the end inside brackets (or a continuation line): CPython's E_EOF case. */
    private void tokenizerEofError() {
        tokenizerFailed = true;
        if (tokenizer.parenDepth() > 0) {
            throw unclosedBracketError();
        }
        raiseError("SyntaxError", "unexpected EOF while parsing");
    }

    private PySyntaxError unclosedBracketError() {
        var b = tokenizer.openBracket(tokenizer.parenDepth() - 1);
        try {
            return raiseErrorKnownLocation("SyntaxError", b.lineno(), b.col(), b.lineno(), -1,
                    "'" + b.bracket() + "' was never closed");
        } catch (PySyntaxError e) {
            return e;
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Raising errors (pegen.h macros, pegen_errors.c)

    /** RAISE_SYNTAX_ERROR: located at the last token read (_PyPegen_raise_error with use_mark=0). */
    protected final <T> T raiseSyntaxError(String msg) {
        return raiseError("SyntaxError", msg);
    }

    /** RAISE_INDENTATION_ERROR. */
    protected final <T> T raiseIndentationError(String msg) {
        return raiseError("IndentationError", msg);
    }

    /** _PyPegen_raise_error(p, errtype, use_mark=0, ...): at the last token read (or known_err_token). */
    protected final <T> T raiseError(String kind, String msg) {
        return raiseErrorAtToken(kind, msg, false);
    }

    private <T> T raiseErrorAtToken(String kind, String msg, boolean useMark) {
        if (fill == 0) {
            return raiseErrorAt(kind, 0, 0, 0, -1, msg);
        }
        if (useMark && pos == fill) {
            fillToken();
        }
        Token t = knownErrToken != null ? knownErrToken : tokens[useMark ? pos : fill - 1];
        int colOffset;
        int endColOffset = -1;
        if (t.col() == -1) {
            colOffset = tokenizer.cursorColumn();
        } else {
            colOffset = t.col() + 1;
        }
        if (t.endCol() != -1) {
            endColOffset = t.endCol() + 1;
        }
        return raiseErrorAt(kind, t.lineno(), colOffset, t.endLineno(), endColOffset, msg);
    }

    /** RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN: at the token at the current position (use_mark=1). */
    protected final <T> T raiseSyntaxErrorOnNextToken(String msg) {
        return raiseErrorAtToken("SyntaxError", msg, true);
    }

    protected final <T> T raiseSyntaxErrorKnownLocation(LocatedNode a, String msg) {
        return raiseErrorKnownLocation("SyntaxError", a.lineno, a.col_offset, a.end_lineno, a.end_col_offset, msg);
    }

    protected final <T> T raiseSyntaxErrorKnownLocation(Token a, String msg) {
        return raiseErrorKnownLocation("SyntaxError", a.lineno(), a.col(), a.endLineno(), a.endCol(), msg);
    }

    protected final <T> T raiseSyntaxErrorKnownRange(LocatedNode a, LocatedNode b, String msg) {
        return raiseErrorKnownLocation("SyntaxError", a.lineno, a.col_offset, b.end_lineno, b.end_col_offset, msg);
    }

    protected final <T> T raiseSyntaxErrorKnownRange(Token a, LocatedNode b, String msg) {
        return raiseErrorKnownLocation("SyntaxError", a.lineno(), a.col(), b.end_lineno, b.end_col_offset, msg);
    }

    protected final <T> T raiseSyntaxErrorKnownRange(LocatedNode a, Token b, String msg) {
        return raiseErrorKnownLocation("SyntaxError", a.lineno, a.col_offset, b.endLineno(), b.endCol(), msg);
    }

    protected final <T> T raiseSyntaxErrorKnownRange(Token a, Token b, String msg) {
        return raiseErrorKnownLocation("SyntaxError", a.lineno(), a.col(), b.endLineno(), b.endCol(), msg);
    }

    /** RAISE_SYNTAX_ERROR_STARTING_FROM: from a to the end of the line (end offset CURRENT_POS). */
    protected final <T> T raiseSyntaxErrorStartingFrom(LocatedNode a, String msg) {
        return raiseErrorKnownLocation("SyntaxError", a.lineno, a.col_offset, CURRENT_POS, CURRENT_POS, msg);
    }

    protected final <T> T raiseSyntaxErrorStartingFrom(Token a, String msg) {
        return raiseErrorKnownLocation("SyntaxError", a.lineno(), a.col(), CURRENT_POS, CURRENT_POS, msg);
    }

    /** pegen.h's CURRENT_POS: "where the tokenizer is now". */
    protected static final int CURRENT_POS = -5;

    /**
     * RAISE_ERROR_KNOWN_LOCATION + _PyPegen_raise_error_known_location: 0-based byte columns in, CPython's
     * 1-based code-point offsets out. {@code endCol} -1 means no end offset.
     */
    protected final <T> T raiseErrorKnownLocation(String kind, int lineno, int col, int endLineno, int endCol,
                                                  String msg) {
        int colOffset = col == CURRENT_POS ? CURRENT_POS : col + 1;
        int endColOffset = endCol == CURRENT_POS ? CURRENT_POS : endCol + 1;
        return raiseErrorAt(kind, lineno, colOffset, endLineno, endColOffset, msg);
    }

    /**
     * _PyPegen_raise_error_known_location: 1-based byte offsets in (CURRENT_POS allowed), code points out,
     * counted in the text of the error's first line (also for the end offset, as CPython does).
     */
    protected final <T> T raiseErrorAt(String kind, int lineno, int colOffset, int endLineno, int endColOffset,
                                       String msg) {
        if (endLineno == CURRENT_POS) {
            endLineno = tokenizer.cursorLineno();
        }
        if (endColOffset == CURRENT_POS) {
            endColOffset = tokenizer.cursorColumn();
        }
        String line = errorLine(lineno);
        int colNumber = byteOffsetToCharacterOffset(line, colOffset);
        int endColNumber = endColOffset;
        if (endColOffset > 0) {
            endColNumber = byteOffsetToCharacterOffset(line, endColOffset);
        }
        throw new PySyntaxError(kind, msg, filename, lineno, colNumber, endLineno, endColNumber, line);
    }

    /** The source file's lines as _PyErr_ProgramDecodedTextObject reads them, once; empty if unreadable. */
    private java.util.List<String> diskLines;

    /**
     * The error's source line, where _PyPegen_raise_error_known_location takes it from: the file named
     * {@code filename} if there is one (_PyErr_ProgramDecodedTextObject: universal newlines, at most 999
     * bytes, BOM skipped); else the tokenizer's current line if the error is on it (newline included);
     * else the line from the tokenizer's buffer without its newline.
     */
    private String errorLine(int lineno) {
        if (lineno > 0 && fileInput) {
            if (diskLines == null) {
                diskLines = readDiskLines(filename);
            }
            if (lineno <= diskLines.size() && diskLines.get(lineno - 1) != null) {
                return diskLines.get(lineno - 1);
            }
        }
        if (tokenizer.cursorLineno() <= lineno) {
            return bufferLine(tokenizer.cursorLineno(), true);
        }
        return bufferLine(lineno, false);
    }

    /** Start offsets of the lines of the tokenizer's (UTF-8, newline-translated) buffer. */
    private int[] bufferLineStarts;

    /** A line of the tokenizer's buffer, decoded as CPython does (UTF-8, errors="replace"). */
    private String bufferLine(int lineno, boolean withNewline) {
        byte[] src = tokenizer.source();
        int len = tokenizer.sourceLength();
        if (bufferLineStarts == null) {
            int n = 1;
            for (int i = 0; i < len; i++) {
                if (src[i] == '\n') {
                    n++;
                }
            }
            int[] starts = new int[n + 1];
            int k = 1;
            for (int i = 0; i < len; i++) {
                if (src[i] == '\n') {
                    starts[k++] = i + 1;
                }
            }
            starts[k] = len;
            bufferLineStarts = starts;
        }
        if (lineno < 1 || lineno >= bufferLineStarts.length) {
            return "";
        }
        int from = bufferLineStarts[lineno - 1];
        int to = bufferLineStarts[lineno];
        if (!withNewline && to > from && src[to - 1] == '\n') {
            to--;
        }
        return StrUtf8.decodeReplace(src, from, to);
    }

    /**
     * err_programtext for every line: lines split on \n, \r\n or \r (kept as \n), read with fgets into a
     * 1000-byte buffer (so a longer line shows as its last chunk of at most 999 bytes), decoded with the
     * file's PEP 263 encoding and errors="replace". A null entry means CPython would find no text there.
     */
    private static java.util.List<String> readDiskLines(String filename) {
        byte[] b;
        try {
            java.nio.file.Path path = java.nio.file.Path.of(filename);
            if (!java.nio.file.Files.isRegularFile(path)) {
                return java.util.List.of();
            }
            b = java.nio.file.Files.readAllBytes(path);
        } catch (java.io.IOException | RuntimeException e) {
            return java.util.List.of();
        }
        java.util.ArrayList<byte[]> raw = new java.util.ArrayList<>();
        java.io.ByteArrayOutputStream cur = new java.io.ByteArrayOutputStream();
        int i = 0;
        while (i < b.length) {
            byte c = b[i++];
            boolean eol = false;
            if (c == '\r') {
                if (i < b.length && b[i] == '\n') {
                    i++;
                }
                c = '\n';
                eol = true;
            } else if (c == '\n') {
                eol = true;
            }
            cur.write(c);
            if (eol) {
                raw.add(cur.toByteArray());
                cur.reset();
            }
        }
        if (cur.size() > 0) {
            raw.add(cur.toByteArray());
        }
        java.nio.charset.Charset cs = codingCookie(raw);
        java.util.ArrayList<String> lines = new java.util.ArrayList<>(raw.size());
        for (int k = 0; k < raw.size(); k++) {
            lines.add(decodeProgramLine(raw.get(k), k == 0, cs));
        }
        return lines;
    }

    private static String decodeProgramLine(byte[] line, boolean first, java.nio.charset.Charset cs) {
        int start = 0;
        int n;
        while (true) {
            n = Math.min(999, line.length - start);
            if (n == 999 && line[start + 998] != '\n') {
                start += 999;
                if (start >= line.length) {
                    return null; // fgets at the end of the file: no text
                }
                continue;
            }
            break;
        }
        if (first && start == 0 && n >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
                && (line[2] & 0xFF) == 0xBF) {
            start = 3;
            n -= 3;
        }
        if (cs == null) {
            return StrUtf8.decodeReplace(line, start, start + n);
        }
        return new String(line, start, n, cs);
    }

    /** The PEP 263 encoding declared on line 1 or 2 (null: UTF-8). */
    private static java.nio.charset.Charset codingCookie(java.util.List<byte[]> raw) {
        for (int k = 0; k < Math.min(2, raw.size()); k++) {
            String l = new String(raw.get(k), java.nio.charset.StandardCharsets.ISO_8859_1);
            int hash = l.indexOf('#');
            if (hash < 0 || !l.substring(0, hash).isBlank()) {
                if (l.isBlank()) {
                    continue;
                }
                return null;
            }
            int c = l.indexOf("coding", hash);
            if (c < 0 || c + 6 >= l.length() || (l.charAt(c + 6) != ':' && l.charAt(c + 6) != '=')) {
                continue;
            }
            int s = c + 7;
            while (s < l.length() && (l.charAt(s) == ' ' || l.charAt(s) == '\t')) {
                s++;
            }
            int e = s;
            while (e < l.length() && (Character.isLetterOrDigit(l.charAt(e)) || "-_.".indexOf(l.charAt(e)) >= 0)) {
                e++;
            }
            String name = l.substring(s, e).toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            if (name.equals("utf-8") || name.startsWith("utf-8-") || name.equals("utf8")) {
                return null;
            }
            if (name.equals("latin-1") || name.startsWith("latin-1-") || name.equals("iso-latin-1")) {
                return java.nio.charset.StandardCharsets.ISO_8859_1;
            }
            try {
                return java.nio.charset.Charset.forName(name);
            } catch (RuntimeException ex) {
                return null;
            }
        }
        return null;
    }

    /**
     * _PyPegen_byte_offset_to_character_offset: how many code points the first {@code colOffset} bytes
     * of the line decode to (a cut multi-byte character counts as one, as with "replace").
     */
    protected static int byteOffsetToCharacterOffset(String line, int colOffset) {
        if (colOffset <= 0) {
            return colOffset;
        }
        int bytes = 0;
        int chars = 0;
        int i = 0;
        int n = line.length();
        while (i < n && bytes < colOffset) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            chars++;
        }
        if (bytes < colOffset) {
            // past the end of the line: clamp to len + 1, as CPython does
            chars += Math.min(colOffset - bytes, 1);
        }
        return chars;
    }

    // ------------------------------------------------------------------------------------------------
    // Invalid targets (_PyPegen_get_invalid_target, RAISE_SYNTAX_ERROR_INVALID_TARGET)

    /** The kinds of target of _PyPegen_get_invalid_target. */
    protected enum TargetsType { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS }

    /** The first sub-expression that cannot be a target of this kind, or null. */
    protected static ExprNode getInvalidTarget(ExprNode e, TargetsType type) {
        if (e == null) {
            return null;
        }
        switch (e) {
            case dev.kaa.compiler.ast.ListExpr l -> {
                for (ExprNode x : l.elts) {
                    ExprNode c = getInvalidTarget(x, type);
                    if (c != null) {
                        return c;
                    }
                }
                return null;
            }
            case dev.kaa.compiler.ast.Tuple l -> {
                for (ExprNode x : l.elts) {
                    ExprNode c = getInvalidTarget(x, type);
                    if (c != null) {
                        return c;
                    }
                }
                return null;
            }
            case dev.kaa.compiler.ast.Starred s -> {
                if (type == TargetsType.DEL_TARGETS) {
                    return e;
                }
                return getInvalidTarget(s.value, type);
            }
            case dev.kaa.compiler.ast.Compare c -> {
                // This is needed, because the `a in b` in `for a in b` gets parsed as a comparison, and
                // so we need to search the left side of the comparison for invalid targets.
                if (type == TargetsType.FOR_TARGETS) {
                    if (c.ops.get(0) == dev.kaa.compiler.ast.CmpOpKind.In) {
                        return getInvalidTarget(c.left, type);
                    }
                    return null;
                }
                return e;
            }
            case Name n -> {
                return null;
            }
            case dev.kaa.compiler.ast.Subscript s -> {
                return null;
            }
            case dev.kaa.compiler.ast.Attribute a -> {
                return null;
            }
            default -> {
                return e;
            }
        }
    }

    /** RAISE_SYNTAX_ERROR_INVALID_TARGET: "cannot assign to %s" / "cannot delete %s" at the culprit. */
    protected final <T> T raiseSyntaxErrorInvalidTarget(TargetsType type, ExprNode e) {
        ExprNode invalid = getInvalidTarget(e, type);
        if (invalid != null) {
            String msg = type == TargetsType.DEL_TARGETS ? "cannot delete %s" : "cannot assign to %s";
            return raiseSyntaxErrorKnownLocation(invalid, msg.replace("%s", ExprNames.getExprName(invalid)));
        }
        return raiseSyntaxError("invalid syntax");
    }

    // ------------------------------------------------------------------------------------------------
    // Action helpers shared by lambda and def parameters (action_helpers.c)

    /** _PyPegen_empty_arguments. */
    protected static dev.kaa.compiler.ast.Arguments emptyArguments() {
        return new dev.kaa.compiler.ast.Arguments(java.util.List.of(), java.util.List.of(), null,
                java.util.List.of(), java.util.List.of(), null, java.util.List.of());
    }

    private static java.util.List<dev.kaa.compiler.ast.Arg> names(java.util.List<CoreNameDefaultPair> pairs) {
        java.util.ArrayList<dev.kaa.compiler.ast.Arg> r = new java.util.ArrayList<>(pairs.size());
        for (CoreNameDefaultPair p : pairs) {
            r.add(p.arg());
        }
        return r;
    }

    private static java.util.List<ExprNode> defaults(java.util.List<CoreNameDefaultPair> pairs) {
        java.util.ArrayList<ExprNode> r = new java.util.ArrayList<>(pairs.size());
        for (CoreNameDefaultPair p : pairs) {
            r.add(p.value());
        }
        return r;
    }

    private static <E> java.util.List<E> join(java.util.List<? extends E> a, java.util.List<? extends E> b) {
        java.util.ArrayList<E> r = new java.util.ArrayList<>(a.size() + b.size());
        r.addAll(a);
        r.addAll(b);
        return r;
    }

    /** _PyPegen_make_arguments: any argument may be null. */
    protected static dev.kaa.compiler.ast.Arguments makeArguments(
            java.util.List<dev.kaa.compiler.ast.Arg> slashWithoutDefault, CoreSlashWithDefault slashWithDefault,
            java.util.List<dev.kaa.compiler.ast.Arg> plainNames, java.util.List<CoreNameDefaultPair> namesWithDefault,
            CoreStarEtc starEtc) {
        java.util.List<dev.kaa.compiler.ast.Arg> posonlyargs;
        if (slashWithoutDefault != null) {
            posonlyargs = slashWithoutDefault;
        } else if (slashWithDefault != null) {
            posonlyargs = join(slashWithDefault.plainNames(), names(slashWithDefault.namesWithDefaults()));
        } else {
            posonlyargs = java.util.List.of();
        }
        java.util.List<dev.kaa.compiler.ast.Arg> posargs;
        if (plainNames != null && namesWithDefault != null) {
            posargs = join(plainNames, names(namesWithDefault));
        } else if (namesWithDefault != null) {
            posargs = names(namesWithDefault);
        } else if (plainNames != null) {
            posargs = plainNames;
        } else {
            posargs = java.util.List.of();
        }
        java.util.List<ExprNode> posdefaults;
        if (slashWithDefault != null && namesWithDefault != null) {
            posdefaults = join(defaults(slashWithDefault.namesWithDefaults()), defaults(namesWithDefault));
        } else if (namesWithDefault != null) {
            posdefaults = defaults(namesWithDefault);
        } else if (slashWithDefault != null) {
            posdefaults = defaults(slashWithDefault.namesWithDefaults());
        } else {
            posdefaults = java.util.List.of();
        }
        dev.kaa.compiler.ast.Arg vararg = starEtc != null ? starEtc.vararg() : null;
        java.util.List<dev.kaa.compiler.ast.Arg> kwonlyargs = starEtc != null && starEtc.kwonlyargs() != null
                ? names(starEtc.kwonlyargs()) : java.util.List.of();
        java.util.List<ExprNode> kwdefaults = starEtc != null && starEtc.kwonlyargs() != null
                ? defaults(starEtc.kwonlyargs()) : java.util.List.of();
        dev.kaa.compiler.ast.Arg kwarg = starEtc != null ? starEtc.kwarg() : null;
        return new dev.kaa.compiler.ast.Arguments(posonlyargs, posargs, vararg, kwonlyargs, kwdefaults, kwarg,
                posdefaults);
    }
}
