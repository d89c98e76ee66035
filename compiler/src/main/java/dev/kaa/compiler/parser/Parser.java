package dev.kaa.compiler.parser;

import dev.kaa.compiler.PySyntaxError;
import dev.kaa.compiler.ast.ExprNode;
import dev.kaa.compiler.ast.Expression;
import dev.kaa.compiler.ast.FunctionType;
import dev.kaa.compiler.ast.Interactive;
import dev.kaa.compiler.ast.ModNode;
import dev.kaa.compiler.ast.Module;
import dev.kaa.compiler.ast.StmtNode;
import dev.kaa.compiler.tokenize.Token;
import dev.kaa.compiler.tokenize.TokenType;
import dev.kaa.compiler.tokenize.Tokenizer;

import java.util.List;

/**
 * The PEG parser for Python 3.13's grammar (Grammar/python.gram): the start rules {@code file},
 * {@code interactive}, {@code eval} and {@code func_type} and the public entry points, one per
 * {@code compile()} mode. The rules themselves are layered in {@link ParserCore} → {@link ExpressionRules}
 * → {@link PatternRules} → {@link StatementRules} → this class.
 *
 * <p>Every failure is reported as a {@link PySyntaxError} with CPython's message and location; no other
 * exception escapes (a Java stack overflow on absurdly deep input becomes CPython's "too complex" error).
 */
public final class Parser extends StatementRules {

    private Parser(Tokenizer tokenizer, String filename) {
        super(tokenizer, filename);
    }

    /** ast.parse(source, filename), i.e. compile(..., 'exec', PyCF_ONLY_AST): the Module, or a PySyntaxError. */
    public static ModNode parseFile(byte[] source, String filename) throws PySyntaxError {
        return run(source, filename, Mode.FILE);
    }

    /** compile(..., 'eval', PyCF_ONLY_AST): an Expression. */
    public static ModNode parseEval(byte[] source, String filename) throws PySyntaxError {
        return run(source, filename, Mode.EVAL);
    }

    /** compile(..., 'single', PyCF_ONLY_AST): an Interactive. */
    public static ModNode parseInteractive(byte[] source, String filename) throws PySyntaxError {
        return run(source, filename, Mode.SINGLE);
    }

    /** compile(..., 'func_type', PyCF_ONLY_AST): a FunctionType. */
    public static ModNode parseFuncType(byte[] source, String filename) throws PySyntaxError {
        return run(source, filename, Mode.FUNC_TYPE);
    }

    /** What to parse: a module, an expression, an interactive statement or a function type comment. */
    public enum Mode { FILE, EVAL, SINGLE, FUNC_TYPE }

    /**
     * As {@link #parseFile} etc. by {@code mode}, adding the tokenizer's warnings (invalid escape sequences,
     * ...) to {@code warnings} when the parse succeeds, for {@code compile()} to report as SyntaxWarnings.
     */
    public static ModNode parse(byte[] source, String filename, Mode mode,
                                java.util.List<dev.kaa.compiler.tokenize.TokenizerWarning> warnings) {
        return run(source, filename, mode, false, warnings);
    }

    /**
     * As {@link #parse(byte[], String, Mode, List)}; {@code ignoreCookie} ({@code PyCF_IGNORE_COOKIE}, set
     * by compile(), exec() and eval() for a str source) reads the bytes as UTF-8 whatever coding
     * declaration or BOM they hold.
     */
    public static ModNode parse(byte[] source, String filename, Mode mode, boolean ignoreCookie,
                                java.util.List<dev.kaa.compiler.tokenize.TokenizerWarning> warnings) {
        return run(source, filename, mode, ignoreCookie, warnings);
    }

    private static ModNode run(byte[] source, String filename, Mode mode) {
        return run(source, filename, mode, false, null);
    }

    private static ModNode run(byte[] source, String filename, Mode mode, boolean ignoreCookie,
                               java.util.List<dev.kaa.compiler.tokenize.TokenizerWarning> warnings) {
        // Only file input gets an implicit final newline (_PyTokenizer_translate_newlines' exec_input).
        Tokenizer tokenizer = Tokenizer.forParser(source, filename, mode == Mode.FILE, ignoreCookie);
        Parser p = new Parser(tokenizer, filename);
        p.singleInput = mode == Mode.SINGLE;
        p.fileInput = mode == Mode.FILE;
        ModNode mod = run(p, filename, mode);
        if (mode == Mode.SINGLE && p.badSingleStatement(source)) {
            Token t = p.tokenAt(p.fill() - 1);
            throw new PySyntaxError("SyntaxError", "multiple statements found while compiling a single statement",
                    filename, t.lineno(), t.charCol() + 1, t.endLineno(),
                    Math.max(t.endCharCol(), t.charCol() + 1) + 1, tokenizer.lineText(t.lineno()));
        }
        if (warnings != null) {
            warnings.addAll(tokenizer.warnings());
        }
        return mod;
    }

    private static ModNode run(Parser p, String filename, Mode mode) {
        ModNode mod;
        try {
            mod = switch (mode) {
                case FILE -> p.runParser(p::file);
                case EVAL -> p.runParser(p::eval);
                case SINGLE -> p.runParser(p::interactive);
                case FUNC_TYPE -> p.runParser(p::func_type);
            };
        } catch (StackOverflowError e) {
            // CPython stops at MAXSTACK rule levels; a Java stack smaller than that depth needs lands here.
            throw new PySyntaxError("MemoryError", "Parser stack overflowed - Python source too complex to parse",
                    filename, -1, -1, -1, -1, null);
        }
        if (p.tooDeepForAst(mod)) {
            // ast.parse then converts the tree to Python objects, which has its own depth limit.
            throw new PySyntaxError("RecursionError", "maximum recursion depth exceeded during ast construction",
                    filename, PySyntaxError.NONE, PySyntaxError.NONE, PySyntaxError.NONE, PySyntaxError.NONE, null);
        }
        return mod;
    }

    /**
     * Would ast2obj's depth limit reject the tree ({@link AstDepth})? Every node on a path from a statement
     * down owns at least one token of its own, except nodes such as Expr, withitem or MatchValue whose
     * child always owns one, so a statement spanning T tokens is at most 2T + 1 levels deep: only the
     * top-level statements long enough to pass the limit need to be walked.
     */
    private boolean tooDeepForAst(ModNode mod) {
        if (!(mod instanceof Module module) || 2 * fill() + 2 <= AstDepth.MAX_DEPTH) {
            return !(mod instanceof Module) && AstDepth.tooDeep(mod, 0);
        }
        for (StmtNode s : module.body) {
            int line = s.lineno;
            int col = s.col_offset;
            List<ExprNode> decorators = switch (s) {
                case dev.kaa.compiler.ast.FunctionDef f -> f.decorator_list;
                case dev.kaa.compiler.ast.AsyncFunctionDef f -> f.decorator_list;
                case dev.kaa.compiler.ast.ClassDef c -> c.decorator_list;
                default -> List.of();
            };
            if (!decorators.isEmpty()) {
                line = decorators.get(0).lineno;
                col = 0;
            }
            int span = tokenIndexAt(s.end_lineno, s.end_col_offset) - tokenIndexAt(line, col);
            if (1 + 2 * span + 1 > AstDepth.MAX_DEPTH && AstDepth.tooDeep(s, 1)) {
                return true;
            }
        }
        return false;
    }

    // file: [statements] ENDMARKER
    private ModNode file() {
        enter();
        try {
            int m = mark();
            List<StmtNode> a = statements();
            if (a == null) {
                reset(m);
            }
            if (expect(TokenType.ENDMARKER) != null) {
                return new Module(a == null ? List.of() : a, List.of());
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /**
     * {@code bad_single_statement}: whether anything but blanks and comments follows the statement that
     * single-input mode parsed (from the end of the last token read).
     */
    private boolean badSingleStatement(byte[] source) {
        int cur = -1;
        for (int i = fill() - 1; i >= 0 && cur < 0; i--) {
            cur = tokenAt(i).end();
        }
        if (cur < 0) {
            return false;
        }
        int i = cur;
        while (i < source.length) {
            byte c = source[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                i++;
            } else if (c == '#') {
                while (i < source.length && source[i] != '\n') {
                    i++;
                }
            } else {
                return true;
            }
        }
        return false;
    }

    // interactive: statement_newline
    private ModNode interactive() {
        enter();
        try {
            List<StmtNode> a = statement_newline();
            return a == null ? null : new Interactive(a);
        } finally {
            leave();
        }
    }

    // eval: expressions NEWLINE* ENDMARKER
    private ModNode eval() {
        enter();
        try {
            return evalAlternative();
        } finally {
            leave();
        }
    }

    private ModNode evalAlternative() {
        int m = mark();
        ExprNode a = expressions();
        if (a != null) {
            while (expect(TokenType.NEWLINE) != null) {
                // NEWLINE*
            }
            if (expect(TokenType.ENDMARKER) != null) {
                return new Expression(a);
            }
        }
        reset(m);
        return null;
    }

    // func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
    private ModNode func_type() {
        enter();
        try {
            return funcTypeAlternative();
        } finally {
            leave();
        }
    }

    private ModNode funcTypeAlternative() {
        int m = mark();
        if (expect(TokenType.LPAR) != null) {
            int m2 = mark();
            List<ExprNode> a = type_expressions();
            if (a == null) {
                reset(m2);
            }
            ExprNode b;
            if (expect(TokenType.RPAR) != null && expect(TokenType.RARROW) != null && (b = expression()) != null) {
                while (expect(TokenType.NEWLINE) != null) {
                    // NEWLINE*
                }
                if (expect(TokenType.ENDMARKER) != null) {
                    return new FunctionType(a == null ? List.of() : a, b);
                }
            }
        }
        reset(m);
        return null;
    }
}
