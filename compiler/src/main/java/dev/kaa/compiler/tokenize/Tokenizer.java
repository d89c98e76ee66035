package dev.kaa.compiler.tokenize;

import dev.kaa.compiler.PySyntaxError;

import java.nio.charset.StandardCharsets;

/**
 * Python 3.13's tokenizer: CPython's Parser/lexer/lexer.c ({@code tok_get_normal_mode},
 * {@code tok_get_fstring_mode}) read beside this file, over the UTF-8 bytes of the source (as CPython
 * does), producing tokens on demand.
 *
 * <p>Two modes, as in CPython:
 * <ul>
 *   <li>{@link #forParser}: what the PEG parser reads ({@code _PyTokenizer_FromString}): the source is
 *   decoded per PEP 263 / BOM and its line ends translated to {@code \n}; exact operator types (a stray
 *   {@code $} or {@code ?} is OP, {@code <>} is NOTEQUAL with text "<>"); keywords are NAME tokens; no
 *   COMMENT, NL or ENCODING tokens; positions as in the parser's tokens (see {@link Token}); NEWLINE's
 *   text is "" (or the comment before it, as in CPython); {@link Token#line()} is null.</li>
 *   <li>{@link #forTokenizeModule}: what {@code tokenize.tokenize} yields ({@code TokenizerIter} with
 *   {@code extra_tokens=True}, fed by {@code detect_encoding}): ENCODING first, COMMENT and NL, line ends
 *   kept, the trailing DEDENTs/ENDMARKER on the line after the last. {@link TokenDump} prints them.</li>
 * </ul>
 *
 * <p>Errors. {@link #next()} throws {@link PySyntaxError}, with CPython's fields:
 * <ul>
 *   <li>errors the C tokenizer raises itself ({@code _PyTokenizer_syntaxerror}: unterminated strings,
 *   invalid literals and characters, brackets, f-strings, null bytes): {@link #errorCode()} is then
 *   {@link #E_ERROR};</li>
 *   <li>in the parser's mode also the errors pegen builds from the tokenizer's error code
 *   ({@code _Pypegen_tokenizer_error}), already located as pegen locates them: E_DEDENT ("unindent does
 *   not match ..."), E_TABSPACE (TabError), E_TOODEEP, E_LINECONT, and E_DECODE ("(unicode error) ..."
 *   for an identifier that is not UTF-8). {@link #errorCode()} tells which. This matters in
 *   {@code _PyPegen_tokenize_full_source_to_check_for_errors}: there only E_ERROR replaces the
 *   parser's error; the others count as a plain ERRORTOKEN (check the open brackets, keep the error),
 *   except E_DECODE, which CPython lets escape as a UnicodeDecodeError
 *   ({@link #decodeErrorMessage()});</li>
 *   <li>the end of input inside brackets or right after a backslash (E_EOF) is not thrown: in the
 *   parser's mode {@link #next()} returns an ERRORTOKEN without position and the parser raises
 *   "'(' was never closed" from {@link #parenDepth()}/{@link #openBracket}, or "unexpected EOF while
 *   parsing" located at the cursor: CPython's {@code _PyPegen_raise_error} uses
 *   {@code p->tok->cur - p->tok->line_start} ({@link #cursorColumn()}, not plus one) when the token
 *   has {@code col_offset == -1} (also INDENT, DEDENT, ENDMARKER), and end offset -1.</li>
 * </ul>
 * After an error, {@link #next()} throws the same error again. Initialization errors (bad coding
 * declaration) have lineno 0 and offset -1 in the parser's mode; in the tokenize module's mode they have
 * no location (lineno and offset -1).
 *
 * <p>Warnings CPython issues while tokenizing are collected in {@link #warnings()}.
 */
public final class Tokenizer {

    // errcode.h values we distinguish (tok->done)
    public static final int E_OK = 10;
    public static final int E_EOF = 11;
    public static final int E_TOKEN = 13;
    public static final int E_SYNTAX = 14;
    public static final int E_NOMEM = 15;
    public static final int E_DONE = 16;
    public static final int E_ERROR = 17;
    public static final int E_TABSPACE = 18;
    public static final int E_TOODEEP = 20;
    public static final int E_DEDENT = 21;
    public static final int E_DECODE = 22;
    public static final int E_EOFS = 23;
    public static final int E_EOLS = 24;
    public static final int E_LINECONT = 25;

    private static final int EOF = -1;
    private static final int TABSIZE = 8;
    /** ALTTABSIZE: the alternate tab spacing that detects inconsistent tabs and spaces. */
    private static final int ALTTABSIZE = 1;
    private static final int MAXINDENT = 100;
    private static final int MAXLEVEL = 200;
    private static final int MAXFSTRINGLEVEL = 150;
    private static final int MAX_EXPR_NESTING = 3;

    private static final TokenType[] TYPES = TokenType.values();

    private final String filename;
    /** tok->tok_extra_tokens: the tokenize module's mode. */
    private final boolean extraTokens;
    /** The source as UTF-8; for exec input ending in a newline (added when the source has none). */
    private final byte[] src;
    private final int srcEnd;
    /** Whether the last line's newline was added (tok->implicit_newline for the last line). */
    private final boolean implicitNewlineAtEnd;
    /** The ENCODING token's text (tokenize mode); the declared encoding or null (parser's mode). */
    private final String encoding;
    /** Null, or where the lines readline() gave end (tokenize mode with a codec other than UTF-8). */
    private final int[] readlineEnds;
    private int readlineIndex;
    /** Null, or the '\n's added to decoded lines without one (tokenize mode with another codec). */
    private final java.util.BitSet addedNewlines;

    // tok_state
    private int cur;
    private int inp;
    private int buf;
    private int lineStart;
    private int start = -1;
    private int startingColOffset = -1;
    private int lineno;
    private int firstLineno;
    private int multiLineStart;
    private int done = E_OK;
    private boolean atbol = true;
    private int pendin;
    private int indent;
    private final int[] indstack = new int[MAXINDENT];
    private final int[] altindstack = new int[MAXINDENT];
    private int level;
    private final char[] parenstack = new char[MAXLEVEL];
    private final int[] parenlinenostack = new int[MAXLEVEL];
    private final int[] parencolstack = new int[MAXLEVEL];
    private boolean contLine;
    private boolean commentNewline;
    private FStringMode[] modes = new FStringMode[4];
    private int modeIndex;

    // the token being made (struct token)
    private int pStart;
    private int pEnd;
    private String metadata;

    // per-stream state
    private boolean encodingSent;
    private boolean finished;
    private PySyntaxError error;
    private String decodeError;
    /** The null-byte error CPython sets without stopping (tokenize mode only). */
    private PySyntaxError nulError;
    private Token endToken;
    private static final int NAME_CACHE_SIZE = 1024;
    /** Recent NAME texts by hash (see name()). */
    private String[] names;
    /** Whether the current line (lineStart..inp) is all ASCII. */
    private boolean lineAscii = true;
    /** Cache for charCount: in the line starting at ccLine, ccByte bytes are ccChar characters. */
    private int ccLine = -1;
    private int ccByte;
    private int ccChar;
    /** Line cache for Token.line. */
    private int cachedLineFrom = -1;
    private int cachedLineTo = -1;
    private String cachedLine;
    private final java.util.List<TokenizerWarning> warnings = new java.util.ArrayList<>();
    /** Line offsets for lineText, built on first use. */
    private int[] lineOffsets;

    private Tokenizer(String filename, boolean extraTokens, SourceDecoder.Decoded decoded) {
        this.filename = filename;
        this.extraTokens = extraTokens;
        this.src = decoded.bytes();
        this.srcEnd = decoded.length();
        this.implicitNewlineAtEnd = decoded.implicitNewline();
        this.encoding = decoded.encoding();
        this.readlineEnds = decoded.lineEnds();
        this.addedNewlines = decoded.addedNewlines();
        this.cur = 0;
        this.inp = 0;
        this.buf = 0;
        this.lineStart = 0;
        FStringMode regular = new FStringMode();
        regular.reset();
        regular.fstringKind = false;
        modes[0] = regular;
    }

    /** A tokenizer in the parser's mode over raw source bytes (decoded per PEP 263 / BOM). */
    public static Tokenizer forParser(byte[] source, String filename) {
        return forParser(source, filename, true, false);
    }

    /**
     * A tokenizer in the parser's mode. {@code execInput}: the start rule is {@code file_input}, so a
     * final newline is added when missing (eval, single and func_type input get none, as in CPython);
     * {@code ignoreCookie}: the source was a str ({@code PyCF_IGNORE_COOKIE}), already UTF-8, so no BOM or
     * coding declaration is looked for.
     */
    public static Tokenizer forParser(byte[] source, String filename, boolean execInput, boolean ignoreCookie) {
        try {
            return new Tokenizer(filename, false,
                    SourceDecoder.forParser(source, filename, execInput, ignoreCookie));
        } catch (PySyntaxError e) {
            Tokenizer t = new Tokenizer(filename, false, SourceDecoder.empty());
            t.error = e;
            t.done = E_ERROR;
            return t;
        }
    }

    /** A tokenizer in the tokenize module's mode (COMMENT, NL, ENCODING tokens included). */
    public static Tokenizer forTokenizeModule(byte[] source, String filename) {
        try {
            return new Tokenizer(filename, true, SourceDecoder.forTokenizeModule(source, filename));
        } catch (PySyntaxError e) {
            Tokenizer t = new Tokenizer(filename, true, SourceDecoder.empty());
            t.error = e;
            t.done = E_ERROR;
            return t;
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Public accessors

    /** The source the tokens point into: UTF-8, decoded and (in the parser's mode) newline-translated. */
    public byte[] source() {
        return src;
    }

    /** The number of valid bytes in {@link #source()}. */
    public int sourceLength() {
        return srcEnd;
    }

    /**
     * After an E_DECODE error: str() of the UnicodeDecodeError behind it. (When CPython meets it while
     * tokenizing the rest of the file after a parser error, ast.parse raises that UnicodeDecodeError.)
     */
    public String decodeErrorMessage() {
        return decodeError;
    }

    /**
     * In the parser's mode: the encoding the source's coding declaration named (CPython's tok->encoding:
     * "utf-8" also after a UTF-8 BOM), or null if it has none.
     */
    public String declaredEncoding() {
        return extraTokens ? null : encoding;
    }

    /**
     * {@code PyUnicode_Decode(b[from, to), encoding, "replace")} with Python's codecs, as
     * _PyErr_ProgramDecodedTextObject decodes a line it reads back from the source file with
     * {@link #declaredEncoding()} (null: UTF-8); null where CPython's codec raises even so (it then has no
     * text for the line).
     */
    public static String decodeReplace(String encoding, byte[] b, int from, int to) {
        if (encoding == null) {
            return Utf8.decodeReplace(b, from, to);
        }
        try {
            return PythonCodecs.decode(encoding, b, from, to, true);
        } catch (PythonCodecs.CodecError e) {
            return null;
        }
    }

    /** The SyntaxWarnings issued so far, in order. */
    public java.util.List<TokenizerWarning> warnings() {
        return warnings;
    }

    /** The tokenizer's error code (CPython's tok->done): E_OK, E_EOF, E_ERROR, E_DEDENT, ... */
    public int errorCode() {
        return done;
    }

    /** The tokenizer's current line (p->tok->lineno). */
    public int cursorLineno() {
        return lineno;
    }

    /** The byte column of the tokenizer's cursor in its current line (p->tok->cur - p->tok->line_start). */
    public int cursorColumn() {
        return cur - lineStart;
    }

    /**
     * Single-input mode at the end of input ({@code _PyPegen_fill_token} turning ENDMARKER into NEWLINE):
     * the open indentation levels become pending DEDENTs ({@code tok->pendin = -tok->indent}), which the
     * next tokens deliver before ENDMARKER comes again.
     */
    public void implyDedents() {
        if (indent > 0) {
            pendin = -indent;
            indent = 0;
            endToken = null;
        }
    }

    /** How many brackets are open at the current position (CPython's tok->level). */
    public int parenDepth() {
        return level;
    }

    /** The i-th open bracket (0 = outermost): its character, line and 0-based byte column. */
    public OpenBracket openBracket(int i) {
        return new OpenBracket(parenstack[i], parenlinenostack[i], parencolstack[i]);
    }

    /** The text of physical line {@code lineno} (1-based) including its newline, or "" past the end. */
    public String lineText(int lineno) {
        if (lineOffsets == null) {
            int n = 1;
            for (int i = 0; i < srcEnd; i++) {
                if (src[i] == '\n') {
                    n++;
                }
            }
            int[] offs = new int[n + 1];
            int k = 0;
            offs[k++] = 0;
            for (int i = 0; i < srcEnd; i++) {
                if (src[i] == '\n') {
                    offs[k++] = i + 1;
                }
            }
            offs[k] = srcEnd;
            lineOffsets = offs;
        }
        if (lineno < 1 || lineno >= lineOffsets.length) {
            return "";
        }
        int from = lineOffsets[lineno - 1];
        int to = lineOffsets[lineno];
        if (from >= srcEnd) {
            return "";
        }
        if (to == srcEnd && implicitNewlineAtEnd && to > from) {
            to--;
        }
        // decoded with errors="replace" as CPython does (one U+FFFD per maximal invalid subpart, which is
        // not the JDK's rule): error offsets are counted in this text
        return Utf8.decodeReplace(src, from, to);
    }

    // ------------------------------------------------------------------------------------------------
    // next()

    /** The next token; ENDMARKER repeats at the end. */
    public Token next() throws PySyntaxError {
        if (error != null) {
            throw error;
        }
        if (endToken != null) {
            return endToken;
        }
        if (extraTokens && !encodingSent) {
            encodingSent = true;
            return new Token(TokenType.ENCODING, encoding, 0, 0, 0, 0, 0, 0, "", -1, -1, null);
        }
        try {
            return makeToken();
        } catch (PySyntaxError e) {
            error = e;
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // Never let a Java exception reach a user: report what CPython would as closely as we can.
            error = new PySyntaxError("SyntaxError", "unknown tokenization error", filename, lineno,
                    0, lineno, 0, null);
            throw error;
        }
    }

    private Token makeToken() {
        pStart = -1;
        pEnd = -1;
        metadata = null;
        int type = tokGet();
        if (nulError != null) {
            if (type == TokenType.ERRORTOKEN.number) {
                throw nulError;
            }
            // A token returned with an exception set: the tokenize module fails with a SystemError.
            throw new PySyntaxError("SystemError", "<built-in method __new__ of type object at 0x7f0000000000> "
                    + "returned a result with an exception set", filename, -1, -1, -1, -1, null);
        }
        if (type == TokenType.ERRORTOKEN.number) {
            return errorToken();
        }
        TokenType tt = TYPES[type];
        int tokLineno = (tt == TokenType.STRING || tt == TokenType.FSTRING_MIDDLE) ? firstLineno : lineno;
        int endLineno = lineno;
        int col = -1;
        int endCol = -1;
        if (pStart >= 0) {
            col = startingColOffset;
            endCol = cur - lineStart;
        }
        String string;
        if (pStart < 0) {
            string = "";
        } else {
            if (extraTokens && !lineAscii) {
                // The token's text is decoded strictly; a span that cuts a character (an OP token made
                // of '\r' and a lead byte) makes the tokenize module fail with a UnicodeDecodeError.
                Utf8.DecodeError bad = Utf8.check(src, pStart, pEnd);
                if (bad != null) {
                    throw new PySyntaxError("UnicodeDecodeError", bad.message(), filename, -1, -1, -1, -1,
                            null);
                }
            }
            String op = tt.operator;
            if (op != null && pEnd - pStart == op.length() && src[pStart] == op.charAt(0)) {
                string = op; // no copy for operators
            } else if (tt == TokenType.NAME && lineAscii) {
                string = name(pStart, pEnd);
            } else {
                string = text(pStart, pEnd);
            }
        }
        if (!extraTokens) {
            int charCol = -1;
            int endCharCol = -1;
            int ls = (tt == TokenType.STRING || tt == TokenType.FSTRING_MIDDLE) ? multiLineStart : lineStart;
            if (pStart >= 0 && pStart >= ls) {
                charCol = charCount(ls, pStart);
            }
            if (pEnd >= 0 && pEnd >= lineStart) {
                endCharCol = charCount(lineStart, pEnd);
            }
            Token t = new Token(tt, string, tokLineno, col, endLineno, endCol, charCol, endCharCol,
                    null, pStart, pEnd, metadata);
            if (tt == TokenType.ENDMARKER) {
                endToken = t;
            }
            return t;
        }
        return extraToken(tt, string, tokLineno, endLineno, col, endCol);
    }

    /** Python-tokenize.c's tokenizeriter_next adjustments for the tokenize module. */
    private Token extraToken(TokenType tt, String string, int tokLineno, int endLineno, int col, int endCol) {
        boolean isString = tt == TokenType.STRING || tt == TokenType.FSTRING_MIDDLE;
        boolean trailing = tt == TokenType.ENDMARKER || (tt == TokenType.DEDENT && done == E_EOF);
        int ls = isString ? multiLineStart : lineStart;
        int charCol = -1;
        int endCharCol = -1;
        if (pStart >= 0 && pStart >= ls) {
            charCol = charCount(ls, pStart);
        }
        if (pEnd >= 0 && pEnd >= lineStart) {
            endCharCol = charCount(lineStart, pEnd);
        }
        String line;
        if (trailing) {
            line = "";
            tokLineno = endLineno = tokLineno + 1;
            charCol = endCharCol = 0;
        } else {
            line = lineFor(tt);
        }
        boolean implicitNewline = implicitNewlineBefore(inp);
        if (tt == TokenType.NEWLINE) {
            if (implicitNewline) {
                // 3.13.0 keeps the token's own text then: "" or "\r" (without the added newline)
            } else if (src[start] == '\r') {
                string = "\r\n";
            } else {
                string = "\n";
            }
            endCharCol++;
        } else if (tt == TokenType.NL) {
            if (implicitNewline) {
                string = "";
            }
        }
        Token t = new Token(tt, string, tokLineno, col, endLineno, endCol, charCol, endCharCol, line,
                pStart, pEnd, metadata);
        if (tt == TokenType.ENDMARKER) {
            endToken = t;
        }
        return t;
    }

    /** The line(s) a token is on, as the tokenize module's {@code line}. */
    private String lineFor(TokenType tt) {
        int from = (tt == TokenType.STRING || tt == TokenType.FSTRING_MIDDLE) ? multiLineStart : lineStart;
        int to = inp;
        if (extraTokens && to - from >= 1 && implicitNewlineBefore(inp)) {
            to--;
        }
        if (from > to) {
            from = to;
        }
        if (from != cachedLineFrom || to != cachedLineTo) {
            cachedLineFrom = from;
            cachedLineTo = to;
            cachedLine = text(from, to);
        }
        return cachedLine;
    }

    /** Whether the '\n' just before {@code pos} was added (tok->implicit_newline for the line ending there). */
    private boolean implicitNewlineBefore(int pos) {
        if (addedNewlines != null) {
            return pos > 0 && addedNewlines.get(pos - 1);
        }
        return implicitNewlineAtEnd && pos == srcEnd;
    }

    /** An ERRORTOKEN from tok_get: turn the error code into CPython's error. */
    private Token errorToken() {
        if (!extraTokens) {
            switch (done) {
                case E_EOF:
                    // The parser raises "'(' was never closed" or "unexpected EOF while parsing".
                    return new Token(TokenType.ERRORTOKEN, "", lineno, -1, lineno, -1, -1, -1, null, -1, -1,
                            null);
                case E_DEDENT:
                    // RAISE_INDENTATION_ERROR at the error token, which has no position: the cursor.
                    throw pegenErrorAtCursor("IndentationError",
                            "unindent does not match any outer indentation level");
                case E_TABSPACE:
                    throw pegenError("TabError", "inconsistent use of tabs and spaces in indentation", 0);
                case E_TOODEEP:
                    throw pegenError("IndentationError", "too many levels of indentation", 0);
                case E_LINECONT:
                    throw pegenError("SyntaxError", "unexpected character after line continuation character",
                            cur - buf - 1);
                default:
                    throw pegenError("SyntaxError", "unknown parsing error", 0);
            }
        }
        // Python-tokenize.c's _tokenizer_error
        String msg;
        String kind = "SyntaxError";
        switch (done) {
            case E_EOF:
                throw new PySyntaxError("SyntaxError", "unexpected EOF in multi-line statement", filename,
                        lineno, Math.max(inp - buf, 0), lineno, -1, null);
            case E_DEDENT:
                msg = "unindent does not match any outer indentation level";
                kind = "IndentationError";
                break;
            case E_TABSPACE:
                kind = "TabError";
                msg = "inconsistent use of tabs and spaces in indentation";
                break;
            case E_TOODEEP:
                kind = "IndentationError";
                msg = "too many levels of indentation";
                break;
            case E_LINECONT:
                msg = "unexpected character after line continuation character";
                break;
            default:
                msg = "unknown tokenization error";
        }
        int size = inp - buf;
        // error_line is buf..inp without its newline; the offset is inp - buf bytes in characters.
        int lineEnd = size >= 1 ? inp - 1 : inp;
        int offset = byteOffsetToCharOffsetClamped(buf, lineEnd, size);
        throw new PySyntaxError(kind, msg, filename, lineno, offset, lineno, -1, text(buf, lineEnd));
    }

    /**
     * _PyPegen_raise_error at an error token without position: col_offset is the cursor's byte column
     * (not plus one), end -1.
     */
    private PySyntaxError pegenErrorAtCursor(String kind, String msg) {
        int colOffset = cur == buf ? 0 : cur - lineStart;
        return pegenKnownLocation(kind, msg, lineno, colOffset, lineno, -1);
    }

    /** _Pypegen_tokenizer_error's RAISE_ERROR_KNOWN_LOCATION(lineno, col_offset, lineno, -1). */
    private PySyntaxError pegenError(String kind, String msg, int colOffset) {
        return pegenKnownLocation(kind, msg, lineno, colOffset + 1, lineno, 0);
    }

    /** _PyPegen_raise_error_known_location with 1-based byte columns; converts them to characters. */
    private PySyntaxError pegenKnownLocation(String kind, String msg, int lineno, int col, int endLineno,
                                             int endCol) {
        // The error line is the file's line lineno (with its newline); past the end, the tokenizer's buffer.
        int from = lineStartOf(lineno);
        int to;
        if (from < 0) {
            from = buf;
            to = inp;
        } else {
            to = from;
            while (to < srcEnd && src[to] != '\n') {
                to++;
            }
            if (to < srcEnd) {
                to++;
            }
        }
        int colNumber = byteOffsetToCharOffsetClamped(from, to, col);
        int endColNumber = endCol;
        if (endCol > 0) {
            endColNumber = byteOffsetToCharOffsetClamped(from, to, endCol);
        }
        return new PySyntaxError(kind, msg, filename, lineno, colNumber, endLineno, endColNumber,
                Utf8.decodeReplace(src, from, to));
    }

    /** Offset of the first byte of line {@code n}, or -1 past the end. */
    private int lineStartOf(int n) {
        lineText(1);
        if (n < 1 || n >= lineOffsets.length || lineOffsets[n - 1] >= srcEnd) {
            return -1;
        }
        return lineOffsets[n - 1];
    }

    /**
     * _PyPegen_byte_offset_to_character_offset over the line src[from, to): the error line is decoded
     * with "replace" and encoded again, col is clamped to its length + 1 (the terminating NUL counts as a
     * character), and the first col bytes are decoded with "replace" and counted.
     */
    private int byteOffsetToCharOffsetClamped(int from, int to, int col) {
        if (col < 0) {
            return col;
        }
        byte[] line = src;
        if (!Utf8.isValid(src, from, to)) {
            line = Utf8.decodeReplace(src, from, to).getBytes(StandardCharsets.UTF_8);
            to = line.length;
            from = 0;
        }
        int len = to - from;
        if (col > len + 1) {
            col = len + 1;
        }
        if (col > len) {
            return Utf8.countCharsReplace(line, from, to) + (col - len);
        }
        return Utf8.countCharsReplace(line, from, from + col);
    }

    // ------------------------------------------------------------------------------------------------
    // Helpers

    /** src[from, to) decoded with errors="replace" (CPython's rule for invalid bytes, not the JDK's). */
    private String text(int from, int to) {
        if (to <= from) {
            return "";
        }
        int i = from;
        while (i < to && src[i] >= 0) {
            i++;
        }
        if (i == to) {
            return new String(src, from, to - from, StandardCharsets.ISO_8859_1); // ASCII: a plain copy
        }
        return Utf8.decodeReplace(src, from, to);
    }

    /**
     * The text of an ASCII NAME, shared between the occurrences of a name in this source: names repeat
     * a lot, and a shared String also keeps its hash for the parser's keyword lookups.
     */
    private String name(int from, int to) {
        int len = to - from;
        if (len > 32) {
            return new String(src, from, len, StandardCharsets.ISO_8859_1);
        }
        int h = len;
        for (int i = from; i < to; i++) {
            h = 31 * h + src[i];
        }
        if (names == null) {
            names = new String[NAME_CACHE_SIZE];
        }
        int slot = (h ^ (h >>> 12)) & (NAME_CACHE_SIZE - 1);
        String cached = names[slot];
        if (cached != null && cached.length() == len) {
            int i = 0;
            while (i < len && cached.charAt(i) == src[from + i]) {
                i++;
            }
            if (i == len) {
                return cached;
            }
        }
        String s = new String(src, from, len, StandardCharsets.ISO_8859_1);
        names[slot] = s;
        return s;
    }

    /**
     * Characters in src[from, to), from a line start to a token boundary. Counting restarts from the
     * last position asked for in the same line, so a megabyte line is not scanned once per token.
     */
    private int charCount(int from, int to) {
        if (to <= from) {
            return to - from;
        }
        if (from == lineStart && lineAscii) {
            return to - from;
        }
        int n;
        if (from == ccLine && to >= ccByte) {
            n = ccChar + Utf8.countCharsReplace(src, ccByte, to);
        } else {
            n = Utf8.countCharsReplace(src, from, to);
        }
        ccLine = from;
        ccByte = to;
        ccChar = n;
        return n;
    }

    private FStringMode mode() {
        return modes[modeIndex];
    }

    private boolean insideFString() {
        return modeIndex > 0;
    }

    private static boolean isPotentialIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    private static boolean isPotentialIdentifierChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                || c >= 128;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isXDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** tok_nextc: the next byte, reading the next line when the current one is used up. */
    private int nextc() {
        for (;;) {
            if (cur != inp) {
                return src[cur++] & 0xff;
            }
            if (done != E_OK) {
                return EOF;
            }
            if (!underflow()) {
                cur = inp;
                return EOF;
            }
            for (int i = lineStart; i < inp; i++) {
                if (src[i] == 0) {
                    // CPython sets the error and goes on as at the end of input: the error is reported
                    // if an ERRORTOKEN follows (see makeToken).
                    nulError = syntaxError("source code cannot contain null bytes");
                    cur = inp;
                    return EOF;
                }
            }
        }
    }

    /** tok_underflow_string / tok_underflow_readline: make the next line current. */
    private boolean underflow() {
        if (inp >= srcEnd) {
            done = E_EOF;
            if (extraTokens && start < 0 && !insideFString()) {
                buf = inp;
            }
            return false;
        }
        if (start < 0 && (!extraTokens || !insideFString())) {
            buf = cur;
        }
        lineStart = cur;
        lineno++;
        int i = cur;
        byte any = 0;
        if (readlineEnds != null) {
            // a decoded line may hold more '\n's: the tokenizer reads it as one line, as CPython does
            while (readlineIndex < readlineEnds.length && readlineEnds[readlineIndex] <= cur) {
                readlineIndex++;
            }
            int end = readlineIndex < readlineEnds.length ? readlineEnds[readlineIndex] : srcEnd;
            for (; i < end; i++) {
                any |= src[i];
            }
            lineAscii = any >= 0;
            inp = end;
            return true;
        }
        byte b;
        while (i < srcEnd && (b = src[i]) != '\n') {
            any |= b;
            i++;
        }
        lineAscii = any >= 0;
        inp = i < srcEnd ? i + 1 : srcEnd;
        return true;
    }

    /** tok_backup. */
    private void backup(int c) {
        if (c != EOF) {
            cur--;
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Errors raised by the tokenizer itself (_PyTokenizer_syntaxerror and friends)

    /** _PyTokenizer_syntaxerror: located at the cursor (offset = characters up to the cursor). */
    private PySyntaxError syntaxError(String msg) {
        return syntaxErrorRange(msg, -1, -1);
    }

    /** _syntaxerror_range with byte columns (1-based) or -1 for "the cursor". */
    private PySyntaxError syntaxErrorRange(String msg, int colOffset, int endColOffset) {
        if (nulError != null) {
            return nulError; // the first error stands
        }
        done = E_ERROR;
        int ls = Math.min(lineStart, cur);
        int col;
        if (colOffset == -1) {
            col = Utf8.countCharsReplace(src, ls, cur);
        } else {
            col = colOffset;
        }
        int endCol = endColOffset == -1 ? col : endColOffset;
        int lineEnd = ls;
        while (lineEnd < srcEnd && src[lineEnd] != '\n') {
            lineEnd++;
        }
        return new PySyntaxError("SyntaxError", msg, filename, lineno, col, lineno, endCol,
                text(ls, lineEnd));
    }

    // ------------------------------------------------------------------------------------------------
    // tok_get

    private int tokGet() {
        FStringMode current = mode();
        if (!current.fstringKind) {
            return tokGetNormalMode(current);
        }
        return tokGetFStringMode(current);
    }

    private static final int T_ENDMARKER = 0;
    private static final int T_NAME = 1;
    private static final int T_NUMBER = 2;
    private static final int T_STRING = 3;
    private static final int T_NEWLINE = 4;
    private static final int T_INDENT = 5;
    private static final int T_DEDENT = 6;
    private static final int T_OP = TokenType.OP.number;
    private static final int T_FSTRING_START = TokenType.FSTRING_START.number;
    private static final int T_FSTRING_MIDDLE = TokenType.FSTRING_MIDDLE.number;
    private static final int T_FSTRING_END = TokenType.FSTRING_END.number;
    private static final int T_COMMENT = TokenType.COMMENT.number;
    private static final int T_NL = TokenType.NL.number;
    private static final int T_ERRORTOKEN = TokenType.ERRORTOKEN.number;

    private int tokGetNormalMode(FStringMode currentTok) {
        int c;
        boolean blankline;

        nextline:
        for (;;) {
            start = -1;
            startingColOffset = -1;
            blankline = false;

            // Get indentation level
            if (atbol) {
                int col = 0;
                int altcol = 0;
                atbol = false;
                int contLineCol = 0;
                for (;;) {
                    c = nextc();
                    if (c == ' ') {
                        col++;
                        altcol++;
                    } else if (c == '\t') {
                        col = (col / TABSIZE + 1) * TABSIZE;
                        altcol = (altcol / ALTTABSIZE + 1) * ALTTABSIZE;
                    } else if (c == '\014') { // Control-L (formfeed)
                        col = altcol = 0; // For Emacs users
                    } else if (c == '\\') {
                        // Indentation cannot be split over multiple physical lines using backslashes:
                        // the first backslash found determines the indentation of what follows.
                        contLineCol = contLineCol != 0 ? contLineCol : col;
                        if ((c = continuationLine()) == -1) {
                            return T_ERRORTOKEN;
                        }
                    } else {
                        break;
                    }
                }
                backup(c);
                if (c == '#' || c == '\n' || c == '\r') {
                    // Lines with only whitespace and/or comments don't affect the indentation and are
                    // not passed to the parser as NEWLINE tokens.
                    blankline = true;
                }
                if (!blankline && level == 0) {
                    col = contLineCol != 0 ? contLineCol : col;
                    altcol = contLineCol != 0 ? contLineCol : altcol;
                    if (col == indstack[indent]) {
                        // No change
                        if (altcol != altindstack[indent]) {
                            return indentError();
                        }
                    } else if (col > indstack[indent]) {
                        // Indent -- always one
                        if (indent + 1 >= MAXINDENT) {
                            done = E_TOODEEP;
                            cur = inp;
                            return T_ERRORTOKEN;
                        }
                        if (altcol <= altindstack[indent]) {
                            return indentError();
                        }
                        pendin++;
                        indstack[++indent] = col;
                        altindstack[indent] = altcol;
                    } else {
                        // Dedent -- any number, must be consistent
                        while (indent > 0 && col < indstack[indent]) {
                            pendin--;
                            indent--;
                        }
                        if (col != indstack[indent]) {
                            done = E_DEDENT;
                            cur = inp;
                            return T_ERRORTOKEN;
                        }
                        if (altcol != altindstack[indent]) {
                            return indentError();
                        }
                    }
                }
            }

            start = cur;
            startingColOffset = cur - lineStart;

            // Return pending indents/dedents
            if (pendin != 0) {
                if (pendin < 0) {
                    if (extraTokens) {
                        pStart = cur;
                        pEnd = cur;
                    }
                    pendin++;
                    return T_DEDENT;
                } else {
                    if (extraTokens) {
                        pStart = buf;
                        pEnd = cur;
                    }
                    pendin--;
                    return T_INDENT;
                }
            }

            // Peek ahead at the next character
            c = nextc();
            backup(c);

            again:
            for (;;) {
                start = -1;
                // Skip spaces
                do {
                    c = nextc();
                } while (c == ' ' || c == '\t' || c == '\014');

                // Set start of current token
                start = cur - 1;
                if (c == EOF) {
                    start = cur;
                }
                startingColOffset = start - lineStart;

                // Skip comment
                if (c == '#') {
                    while (c != EOF && c != '\n' && c != '\r') {
                        c = nextc();
                    }
                    if (extraTokens) {
                        int p = start;
                        backup(c); // don't eat the newline or EOF
                        pStart = p;
                        pEnd = cur;
                        commentNewline = blankline;
                        return T_COMMENT;
                    }
                }

                // Check for EOF and errors now
                if (c == EOF) {
                    if (level != 0) {
                        return T_ERRORTOKEN;
                    }
                    return done == E_EOF ? T_ENDMARKER : T_ERRORTOKEN;
                }

                // Identifier (most frequent token!)
                if (isPotentialIdentifierStart(c)) {
                    // Process the various legal combinations of b"", r"", u"", and f"".
                    boolean sawB = false;
                    boolean sawR = false;
                    boolean sawU = false;
                    boolean sawF = false;
                    for (;;) {
                        if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                            sawB = true;
                        } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                            // u"" is backwards compatibility only: not in arbitrary order.
                            sawU = true;
                        } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                            // ur"" and ru"" are not supported
                            sawR = true;
                        } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                            sawF = true;
                        } else {
                            break;
                        }
                        c = nextc();
                        if (c == '"' || c == '\'') {
                            if (sawF) {
                                return fstringStart(c);
                            }
                            return stringLiteral(c);
                        }
                    }
                    boolean nonascii = false;
                    while (isPotentialIdentifierChar(c)) {
                        if (c >= 128) {
                            nonascii = true;
                        }
                        c = nextc();
                    }
                    backup(c);
                    if (nonascii && !verifyIdentifier()) {
                        return T_ERRORTOKEN;
                    }
                    pStart = start;
                    pEnd = cur;
                    return T_NAME;
                }

                if (c == '\r') {
                    c = nextc();
                }

                // Newline
                if (c == '\n') {
                    atbol = true;
                    if (blankline || level > 0) {
                        if (extraTokens) {
                            if (commentNewline) {
                                commentNewline = false;
                            }
                            pStart = start;
                            pEnd = cur;
                            return T_NL;
                        }
                        continue nextline;
                    }
                    if (commentNewline && extraTokens) {
                        commentNewline = false;
                        pStart = start;
                        pEnd = cur;
                        return T_NL;
                    }
                    pStart = start;
                    pEnd = cur - 1; // Leave '\n' out of the string
                    contLine = false;
                    return T_NEWLINE;
                }

                // Period or number starting with period?
                if (c == '.') {
                    c = nextc();
                    if (isDigit(c)) {
                        return fraction(c);
                    } else if (c == '.') {
                        c = nextc();
                        if (c == '.') {
                            pStart = start;
                            pEnd = cur;
                            return TokenType.ELLIPSIS.number;
                        } else {
                            backup(c);
                        }
                        backup('.');
                    } else {
                        backup(c);
                    }
                    pStart = start;
                    pEnd = cur;
                    return TokenType.DOT.number;
                }

                // Number
                if (isDigit(c)) {
                    return number(c);
                }

                // String (no prefix)
                if (c == '\'' || c == '"') {
                    return stringLiteral(c);
                }

                // Line continuation
                if (c == '\\') {
                    if ((c = continuationLine()) == -1) {
                        return T_ERRORTOKEN;
                    }
                    contLine = true;
                    continue again; // Read next line
                }

                // Punctuation character
                boolean isPunctuation = c == ':' || c == '}' || c == '!' || c == '{';
                if (isPunctuation && insideFString() && currentTok.curlyBracketExprStartDepth >= 0) {
                    // This runs before the curly_bracket_depth is incremented by the '{' case, so for
                    // '{' the depth is one less than it will be.
                    int cursor = currentTok.curlyBracketDepth - (c != '{' ? 1 : 0);
                    boolean inFormatSpec = currentTok.inFormatSpec;
                    boolean cursorInFormatWithDebug = cursor == 1 && (currentTok.debug || inFormatSpec);
                    boolean cursorValid = cursor == 0 || cursorInFormatWithDebug;
                    if (cursorValid) {
                        updateFStringExpr(currentTok, c);
                    }
                    if (cursorValid && c != '{') {
                        setFStringExpr(currentTok);
                    }
                    if (c == ':' && cursor == currentTok.curlyBracketExprStartDepth) {
                        currentTok.fstringKind = true;
                        currentTok.inFormatSpec = true;
                        pStart = start;
                        pEnd = cur;
                        return TokenType.COLON.number;
                    }
                }

                // Check for two-character token
                {
                    int c2 = nextc();
                    int currentToken = Operators.twoChars(c, c2);
                    if (currentToken != T_OP) {
                        int c3 = nextc();
                        int currentToken3 = Operators.threeChars(c, c2, c3);
                        if (currentToken3 != T_OP) {
                            currentToken = currentToken3;
                        } else {
                            backup(c3);
                        }
                        pStart = start;
                        pEnd = cur;
                        return currentToken;
                    }
                    backup(c2);
                }

                // Keep track of parentheses nesting level
                switch (c) {
                    case '(', '[', '{' -> {
                        if (level >= MAXLEVEL) {
                            throw syntaxError("too many nested parentheses");
                        }
                        parenstack[level] = (char) c;
                        parenlinenostack[level] = lineno;
                        parencolstack[level] = start - lineStart;
                        level++;
                        if (insideFString()) {
                            currentTok.curlyBracketDepth++;
                        }
                    }
                    case ')', ']', '}' -> {
                        if (insideFString() && currentTok.curlyBracketDepth == 0 && c == '}') {
                            throw syntaxError("f-string: single '}' is not allowed");
                        }
                        if (!extraTokens && level == 0) {
                            throw syntaxError("unmatched '" + (char) c + "'");
                        }
                        if (level > 0) {
                            level--;
                            int opening = parenstack[level];
                            if (!extraTokens && !((opening == '(' && c == ')')
                                    || (opening == '[' && c == ']')
                                    || (opening == '{' && c == '}'))) {
                                // If the opening bracket belongs to an f-string's expression part (e.g.
                                // f"{)}") and the closing one is an arbitrary nested expression, report
                                // an unmatched bracket rather than a mismatch.
                                if (insideFString() && opening == '{') {
                                    int previousBracket = currentTok.curlyBracketDepth - 1;
                                    if (previousBracket == currentTok.curlyBracketExprStartDepth) {
                                        throw syntaxError("f-string: unmatched '" + (char) c + "'");
                                    }
                                }
                                if (parenlinenostack[level] != lineno) {
                                    throw syntaxError("closing parenthesis '" + (char) c
                                            + "' does not match opening parenthesis '" + (char) opening
                                            + "' on line " + parenlinenostack[level]);
                                } else {
                                    throw syntaxError("closing parenthesis '" + (char) c
                                            + "' does not match opening parenthesis '" + (char) opening + "'");
                                }
                            }
                        }
                        if (insideFString()) {
                            currentTok.curlyBracketDepth--;
                            if (currentTok.curlyBracketDepth < 0) {
                                throw syntaxError("f-string: unmatched '" + (char) c + "'");
                            }
                            if (c == '}' && currentTok.curlyBracketDepth == currentTok.curlyBracketExprStartDepth) {
                                currentTok.curlyBracketExprStartDepth--;
                                currentTok.fstringKind = true;
                                currentTok.inFormatSpec = false;
                                currentTok.debug = false;
                            }
                        }
                    }
                    default -> {
                    }
                }

                if (!UnicodeTables.isPrintable(c)) {
                    throw syntaxError(String.format("invalid non-printable character U+%04X", c));
                }

                if (c == '=' && currentTok.curlyBracketExprStartDepth >= 0) {
                    currentTok.debug = true;
                }

                // Punctuation character
                pStart = start;
                pEnd = cur;
                return Operators.oneChar(c);
            }
        }
    }

    private int indentError() {
        done = E_TABSPACE;
        cur = inp;
        return T_ERRORTOKEN;
    }

    /** tok_continuation_line: after a backslash, the newline and the first character of the next line. */
    private int continuationLine() {
        int c = nextc();
        if (c == '\r') {
            c = nextc();
        }
        if (c != '\n') {
            done = E_LINECONT;
            return -1;
        }
        c = nextc();
        if (c == EOF) {
            done = E_EOF;
            cur = inp;
            return -1;
        } else {
            backup(c);
        }
        return c;
    }

    // ------------------------------------------------------------------------------------------------
    // Identifiers

    /** verify_identifier: PEP 3131 (only in the parser's mode). */
    private boolean verifyIdentifier() {
        if (extraTokens) {
            return true;
        }
        int len = cur - start;
        Utf8.DecodeError err = Utf8.check(src, start, cur);
        if (err != null) {
            done = E_DECODE;
            decodeError = err.message();
            throw pegenErrorAtCursor("SyntaxError", "(unicode error) " + err.message());
        }
        int i = start;
        boolean first = true;
        while (i < cur) {
            int b = src[i] & 0xff;
            int cp;
            int n;
            if (b < 0x80) {
                cp = b;
                n = 1;
            } else if (b < 0xE0) {
                cp = ((b & 0x1F) << 6) | (src[i + 1] & 0x3F);
                n = 2;
            } else if (b < 0xF0) {
                cp = ((b & 0x0F) << 12) | ((src[i + 1] & 0x3F) << 6) | (src[i + 2] & 0x3F);
                n = 3;
            } else {
                cp = ((b & 0x07) << 18) | ((src[i + 1] & 0x3F) << 12) | ((src[i + 2] & 0x3F) << 6)
                        | (src[i + 3] & 0x3F);
                n = 4;
            }
            boolean ok = first ? (cp == '_' || UnicodeTables.isXidStart(cp)) : UnicodeTables.isXidContinue(cp);
            if (!ok) {
                cur = i + n;
                if (UnicodeTables.isPrintable(cp)) {
                    throw syntaxError(String.format("invalid character '%s' (U+%04X)",
                            new String(Character.toChars(cp)), cp));
                }
                throw syntaxError(String.format("invalid non-printable character U+%04X", cp));
            }
            first = false;
            i += n;
        }
        assert len > 0;
        return true;
    }

    // ------------------------------------------------------------------------------------------------
    // Numbers

    /** lookahead: are the next characters {@code test}, not followed by an identifier character? */
    private boolean lookahead(String test) {
        int s = 0;
        boolean res = false;
        while (true) {
            int c = nextc();
            if (s == test.length()) {
                res = !isPotentialIdentifierChar(c);
            } else if (c == test.charAt(s)) {
                s++;
                continue;
            }
            backup(c);
            while (s != 0) {
                backup(test.charAt(--s));
            }
            return res;
        }
    }

    /** verify_end_of_number. Throws on an invalid literal. */
    private void verifyEndOfNumber(int c, String kind) {
        if (extraTokens) {
            // The tokenize module is more liberal: no warnings, no errors about what follows.
            return;
        }
        // A keyword right after a number ("1if x else y") is deprecated: a SyntaxWarning in CPython
        // (warnings are not errors here). Anything else identifier-like is an error.
        boolean r = false;
        if (c == 'a') {
            r = lookahead("nd");
        } else if (c == 'e') {
            r = lookahead("lse");
        } else if (c == 'f') {
            r = lookahead("or");
        } else if (c == 'i') {
            int c2 = nextc();
            if (c2 == 'f' || c2 == 'n' || c2 == 's') {
                r = true;
            }
            backup(c2);
        } else if (c == 'o') {
            r = lookahead("r");
        } else if (c == 'n') {
            r = lookahead("ot");
        }
        if (r) {
            warnings.add(new TokenizerWarning(lineno, "invalid " + kind + " literal"));
            return;
        }
        if (c < 128 && isPotentialIdentifierChar(c)) {
            backup(c);
            throw syntaxError("invalid " + kind + " literal");
        }
    }

    /** tok_decimal_tail: digits with single underscores between them; returns the character after. */
    private int decimalTail() {
        int c;
        while (true) {
            do {
                c = nextc();
            } while (isDigit(c));
            if (c != '_') {
                break;
            }
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw syntaxError("invalid decimal literal");
            }
        }
        return c;
    }

    private int number(int c) {
        if (c == '0') {
            // Hex, octal or binary -- maybe.
            c = nextc();
            if (c == 'x' || c == 'X') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (!isXDigit(c)) {
                        backup(c);
                        throw syntaxError("invalid hexadecimal literal");
                    }
                    do {
                        c = nextc();
                    } while (isXDigit(c));
                } while (c == '_');
                verifyEndOfNumber(c, "hexadecimal");
            } else if (c == 'o' || c == 'O') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (c < '0' || c >= '8') {
                        if (isDigit(c)) {
                            throw syntaxError("invalid digit '" + (char) c + "' in octal literal");
                        } else {
                            backup(c);
                            throw syntaxError("invalid octal literal");
                        }
                    }
                    do {
                        c = nextc();
                    } while ('0' <= c && c < '8');
                } while (c == '_');
                if (isDigit(c)) {
                    throw syntaxError("invalid digit '" + (char) c + "' in octal literal");
                }
                verifyEndOfNumber(c, "octal");
            } else if (c == 'b' || c == 'B') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (c != '0' && c != '1') {
                        if (isDigit(c)) {
                            throw syntaxError("invalid digit '" + (char) c + "' in binary literal");
                        } else {
                            backup(c);
                            throw syntaxError("invalid binary literal");
                        }
                    }
                    do {
                        c = nextc();
                    } while (c == '0' || c == '1');
                } while (c == '_');
                if (isDigit(c)) {
                    throw syntaxError("invalid digit '" + (char) c + "' in binary literal");
                }
                verifyEndOfNumber(c, "binary");
            } else {
                boolean nonzero = false;
                // maybe old-style octal; in any case, allow '0' as a literal
                while (true) {
                    if (c == '_') {
                        c = nextc();
                        if (!isDigit(c)) {
                            backup(c);
                            throw syntaxError("invalid decimal literal");
                        }
                    }
                    if (c != '0') {
                        break;
                    }
                    c = nextc();
                }
                int zerosEnd = cur;
                if (isDigit(c)) {
                    nonzero = true;
                    c = decimalTail();
                }
                if (c == '.') {
                    c = nextc();
                    return fraction(c);
                } else if (c == 'e' || c == 'E') {
                    return exponent(c);
                } else if (c == 'j' || c == 'J') {
                    return imaginary();
                } else if (nonzero && !extraTokens) {
                    // Old-style octal: now disallowed.
                    backup(c);
                    throw syntaxErrorRange("leading zeros in decimal integer literals are not permitted; "
                                    + "use an 0o prefix for octal integers",
                            // (3.13 reports these byte columns as they are, not in characters)
                            start + 1 - lineStart, zerosEnd - lineStart);
                }
                verifyEndOfNumber(c, "decimal");
            }
        } else {
            // Decimal
            c = decimalTail();
            if (c == '.') {
                c = nextc();
                return fraction(c);
            }
            return afterFraction(c);
        }
        backup(c);
        pStart = start;
        pEnd = cur;
        return T_NUMBER;
    }

    /** The fraction part; c is the character after the '.'. */
    private int fraction(int c) {
        if (isDigit(c)) {
            c = decimalTail();
        }
        return afterFraction(c);
    }

    private int afterFraction(int c) {
        if (c == 'e' || c == 'E') {
            return exponent(c);
        }
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEndOfNumber(c, "decimal");
        backup(c);
        pStart = start;
        pEnd = cur;
        return T_NUMBER;
    }

    private int exponent(int e) {
        int c = nextc();
        if (c == '+' || c == '-') {
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw syntaxError("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            backup(c);
            verifyEndOfNumber(e, "decimal");
            backup(e);
            pStart = start;
            pEnd = cur;
            return T_NUMBER;
        }
        c = decimalTail();
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEndOfNumber(c, "decimal");
        backup(c);
        pStart = start;
        pEnd = cur;
        return T_NUMBER;
    }

    private int imaginary() {
        int c = nextc();
        verifyEndOfNumber(c, "imaginary");
        backup(c);
        pStart = start;
        pEnd = cur;
        return T_NUMBER;
    }

    // ------------------------------------------------------------------------------------------------
    // Strings

    /** letter_quote: a string literal (not an f-string); c is its opening quote. */
    private int stringLiteral(int c) {
        int quote = c;
        int quoteSize = 1;
        int endQuoteSize = 0;
        boolean hasEscapedQuote = false;

        // Multi-line strings take their line number and column from their first line.
        firstLineno = lineno;
        multiLineStart = lineStart;

        // Find the quote size and start of string
        c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote) {
                quoteSize = 3;
            } else {
                endQuoteSize = 1; // empty string found
            }
        }
        if (c != quote) {
            backup(c);
        }

        // Get rest of string
        while (endQuoteSize != quoteSize) {
            c = nextc();
            if (c == EOF || (quoteSize == 1 && c == '\n')) {
                // Report the error from the initial quote character.
                cur = start + 1;
                lineStart = multiLineStart;
                int startLine = lineno;
                lineno = firstLineno;

                if (insideFString()) {
                    // In an f-string, a string ending at the f-string's own quotes means a missing '}'.
                    FStringMode theCurrentTok = mode();
                    if (theCurrentTok.quote == quote && theCurrentTok.quoteSize == quoteSize) {
                        throw syntaxError("f-string: expecting '}'");
                    }
                }

                if (quoteSize == 3) {
                    throw syntaxError("unterminated triple-quoted string literal (detected at line "
                            + startLine + ")");
                } else if (hasEscapedQuote) {
                    throw syntaxError("unterminated string literal (detected at line " + startLine
                            + "); perhaps you escaped the end quote?");
                } else {
                    throw syntaxError("unterminated string literal (detected at line " + startLine + ")");
                }
            }
            if (c == quote) {
                endQuoteSize += 1;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    c = nextc(); // skip escaped char
                    if (c == quote) {
                        hasEscapedQuote = true;
                    }
                    if (c == '\r') {
                        c = nextc();
                    }
                }
            }
        }

        pStart = start;
        pEnd = cur;
        return T_STRING;
    }

    /** f_string_quote: the start of an f-string; c is its opening quote. */
    private int fstringStart(int c) {
        int quote = c;
        int quoteSize = 1;

        firstLineno = lineno;
        multiLineStart = lineStart;

        // Find the quote size and start of string
        int afterQuote = nextc();
        if (afterQuote == quote) {
            int afterAfterQuote = nextc();
            if (afterAfterQuote == quote) {
                quoteSize = 3;
            } else {
                backup(afterAfterQuote);
                backup(afterQuote);
            }
        }
        if (afterQuote != quote) {
            backup(afterQuote);
        }

        pStart = start;
        pEnd = cur;
        if (modeIndex + 1 >= MAXFSTRINGLEVEL) {
            throw syntaxError("too many nested f-strings");
        }
        modeIndex++;
        if (modeIndex == modes.length) {
            modes = java.util.Arrays.copyOf(modes, modes.length * 2);
        }
        FStringMode m = modes[modeIndex];
        if (m == null) {
            m = modes[modeIndex] = new FStringMode();
        }
        m.reset();
        m.fstringKind = true;
        m.quote = quote;
        m.quoteSize = quoteSize;
        m.fstringStart = start;
        m.fstringMultiLineStart = lineStart;
        m.fstringLineStart = lineno;
        int first = src[start] | 0x20;
        if (first == 'f') {
            m.raw = (src[start + 1] | 0x20) == 'r';
        } else {
            m.raw = true;
        }
        m.curlyBracketDepth = 0;
        m.curlyBracketExprStartDepth = -1;
        return T_FSTRING_START;
    }

    /** _PyLexer_update_fstring_expr for '{', '}', '!', ':' (string-mode buffers: offsets suffice). */
    private void updateFStringExpr(FStringMode m, int c) {
        if (c == '{') {
            m.lastExprStart = cur;
            m.lastExprEnd = -1;
        } else if (m.lastExprEnd == -1) {
            m.lastExprEnd = start;
        }
    }

    /** set_fstring_expr: give the token closing a debug ({@code =}) field the expression's text. */
    private void setFStringExpr(FStringMode m) {
        if (!m.debug || metadata != null || extraTokens || m.lastExprStart < 0) {
            return;
        }
        int from = m.lastExprStart;
        int to = m.lastExprEnd < 0 ? start : m.lastExprEnd;
        boolean hash = false;
        for (int i = from; i < to; i++) {
            if (src[i] == '#') {
                hash = true;
                break;
            }
        }
        if (!hash) {
            metadata = text(from, to);
            return;
        }
        // Comments are left out of the debug text: from each '#' (wherever it is, even in a string) up
        // to the end of its line, as CPython does.
        byte[] result = new byte[to - from];
        int j = 0;
        for (int i = from; i < to; i++) {
            if (src[i] == '#') {
                while (i < to && src[i] != 0) {
                    if (src[i] == '\n') {
                        result[j++] = src[i];
                        break;
                    }
                    i++;
                }
            } else {
                result[j++] = src[i];
            }
        }
        metadata = new String(result, 0, j, StandardCharsets.UTF_8);
    }

    private int tokGetFStringMode(FStringMode currentTok) {
        int endQuoteSize = 0;
        boolean unicodeEscape = false;

        start = cur;
        firstLineno = lineno;
        startingColOffset = cur - lineStart;

        // If we start with a bracket, we defer to the normal mode as there is nothing for us to tokenize
        // before it.
        int startChar = nextc();
        if (startChar == '{') {
            int peek1 = nextc();
            backup(peek1);
            backup(startChar);
            if (peek1 != '{') {
                currentTok.curlyBracketExprStartDepth++;
                if (currentTok.curlyBracketExprStartDepth >= MAX_EXPR_NESTING) {
                    throw syntaxError("f-string: expressions nested too deeply");
                }
                currentTok.fstringKind = false;
                return tokGetNormalMode(currentTok);
            }
        } else {
            backup(startChar);
        }

        // Check if we are at the end of the string
        boolean atEnd = true;
        for (int i = 0; i < currentTok.quoteSize; i++) {
            int quote = nextc();
            if (quote != currentTok.quote) {
                // (quotes matched so far stay read: they are part of the FSTRING_MIDDLE)
                backup(quote);
                atEnd = false;
                break;
            }
        }
        if (atEnd) {
            currentTok.lastExprStart = -1;
            currentTok.lastExprEnd = -1;
            pStart = start;
            pEnd = cur;
            modeIndex--;
            return T_FSTRING_END;
        }

        // f_string_middle:
        multiLineStart = lineStart;
        while (endQuoteSize != currentTok.quoteSize) {
            int c = nextc();
            boolean inFormatSpec = currentTok.inFormatSpec && currentTok.curlyBracketExprStartDepth >= 0;

            if (c == EOF || (currentTok.quoteSize == 1 && c == '\n')) {
                // If we are in a format spec and we found a newline, the format spec ends here and we
                // return to the regular mode.
                if (inFormatSpec && c == '\n') {
                    backup(c);
                    currentTok.fstringKind = false;
                    currentTok.inFormatSpec = false;
                    pStart = start;
                    pEnd = cur;
                    return T_FSTRING_MIDDLE;
                }

                // Report the error from the f-string's start.
                cur = currentTok.fstringStart;
                cur++;
                lineStart = currentTok.fstringMultiLineStart;
                int startLine = lineno;
                lineno = currentTok.fstringLineStart;

                if (currentTok.quoteSize == 3) {
                    throw syntaxError("unterminated triple-quoted f-string literal (detected at line "
                            + startLine + ")");
                } else {
                    throw syntaxError("unterminated f-string literal (detected at line " + startLine + ")");
                }
            }

            if (c == currentTok.quote) {
                endQuoteSize += 1;
                continue;
            } else {
                endQuoteSize = 0;
            }

            if (c == '{') {
                updateFStringExpr(currentTok, c);
                int peek = nextc();
                if (peek != '{' || inFormatSpec) {
                    backup(peek);
                    backup(c);
                    currentTok.curlyBracketExprStartDepth++;
                    if (currentTok.curlyBracketExprStartDepth >= MAX_EXPR_NESTING) {
                        throw syntaxError("f-string: expressions nested too deeply");
                    }
                    currentTok.fstringKind = false;
                    currentTok.inFormatSpec = false;
                    pStart = start;
                    pEnd = cur;
                } else {
                    pStart = start;
                    pEnd = cur - 1;
                }
                return T_FSTRING_MIDDLE;
            } else if (c == '}') {
                if (unicodeEscape) {
                    pStart = start;
                    pEnd = cur;
                    return T_FSTRING_MIDDLE;
                }
                int peek = nextc();

                // The tokenizer can only be in the format spec if the expression has been scanned and
                // we are not at the top level of the bracket stack; format specs can't use doubled
                // braces, so we can bypass them here.
                int cursor = currentTok.curlyBracketDepth;
                if (peek == '}' && !inFormatSpec && cursor == 0) {
                    pStart = start;
                    pEnd = cur - 1;
                } else {
                    backup(peek);
                    backup(c);
                    currentTok.fstringKind = false;
                    currentTok.inFormatSpec = false;
                    pStart = start;
                    pEnd = cur;
                }
                return T_FSTRING_MIDDLE;
            } else if (c == '\\') {
                int peek = nextc();
                if (peek == '\r') {
                    peek = nextc();
                }
                // Special case when the backslash is right before a curly brace: restore and return
                // control to the loop for the next iteration.
                if (peek == '{' || peek == '}') {
                    if (!currentTok.raw) {
                        warnings.add(new TokenizerWarning(lineno,
                                "invalid escape sequence '\\" + (char) peek + "'"));
                    }
                    backup(peek);
                    continue;
                }

                if (!currentTok.raw) {
                    if (peek == 'N') {
                        // Handle named unicode escapes (\N{BULLET})
                        peek = nextc();
                        if (peek == '{') {
                            unicodeEscape = true;
                        } else {
                            backup(peek);
                        }
                    }
                } // else: skip the escaped character
            }
        }

        // Back up the f-string quotes to emit a final FSTRING_MIDDLE and add the quotes to the
        // FSTRING_END in the next tokenizer iteration.
        for (int i = 0; i < currentTok.quoteSize; i++) {
            backup(currentTok.quote);
        }
        pStart = start;
        pEnd = cur;
        return T_FSTRING_MIDDLE;
    }
}
