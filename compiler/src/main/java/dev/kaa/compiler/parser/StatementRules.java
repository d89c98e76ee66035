package dev.kaa.compiler.parser;

import dev.kaa.compiler.ast.Alias;
import dev.kaa.compiler.ast.Arg;
import dev.kaa.compiler.ast.Arguments;
import dev.kaa.compiler.ast.Assert;
import dev.kaa.compiler.ast.AnnAssign;
import dev.kaa.compiler.ast.Assign;
import dev.kaa.compiler.ast.AsyncFor;
import dev.kaa.compiler.ast.AsyncFunctionDef;
import dev.kaa.compiler.ast.AsyncWith;
import dev.kaa.compiler.ast.AugAssign;
import dev.kaa.compiler.ast.Break;
import dev.kaa.compiler.ast.Call;
import dev.kaa.compiler.ast.ClassDef;
import dev.kaa.compiler.ast.Continue;
import dev.kaa.compiler.ast.Delete;
import dev.kaa.compiler.ast.ExceptHandler;
import dev.kaa.compiler.ast.ExcepthandlerNode;
import dev.kaa.compiler.ast.Expr;
import dev.kaa.compiler.ast.ExprContext;
import dev.kaa.compiler.ast.ExprNode;
import dev.kaa.compiler.ast.For;
import dev.kaa.compiler.ast.FunctionDef;
import dev.kaa.compiler.ast.Global;
import dev.kaa.compiler.ast.If;
import dev.kaa.compiler.ast.Import;
import dev.kaa.compiler.ast.ImportFrom;
import dev.kaa.compiler.ast.Match;
import dev.kaa.compiler.ast.MatchCase;
import dev.kaa.compiler.ast.Name;
import dev.kaa.compiler.ast.Nonlocal;
import dev.kaa.compiler.ast.OperatorKind;
import dev.kaa.compiler.ast.ParamSpec;
import dev.kaa.compiler.ast.Pass;
import dev.kaa.compiler.ast.PatternNode;
import dev.kaa.compiler.ast.Raise;
import dev.kaa.compiler.ast.Return;
import dev.kaa.compiler.ast.StmtNode;
import dev.kaa.compiler.ast.Try;
import dev.kaa.compiler.ast.TryStar;
import dev.kaa.compiler.ast.Tuple;
import dev.kaa.compiler.ast.TypeAlias;
import dev.kaa.compiler.ast.TypeParamNode;
import dev.kaa.compiler.ast.TypeVar;
import dev.kaa.compiler.ast.TypeVarTuple;
import dev.kaa.compiler.ast.While;
import dev.kaa.compiler.ast.With;
import dev.kaa.compiler.ast.Withitem;
import dev.kaa.compiler.tokenize.Token;
import dev.kaa.compiler.tokenize.TokenType;
import dev.kaa.compiler.tokenize.Tokenizer;

import java.util.ArrayList;
import java.util.List;

/**
 * The statement rules of Python 3.13.0's Grammar/python.gram (from {@code statements} to
 * {@code func_type_comment}, match statements included; patterns are in {@link PatternRules}) and the
 * statement-level {@code invalid_*} rules with CPython's exact messages. Each method is named after its
 * rule and returns the node (a List for sequence rules) or null, leaving the position unchanged on null.
 *
 * <p>Where the newer python.gram in CPython's main branch differs (lazy imports, unparenthesized
 * {@code except A, B}, {@code invalid_raise_stmt}, ...), the rules here follow what CPython 3.13.0 does.
 */
public abstract class StatementRules extends PatternRules {
    // Memo ids (statement/pattern rules use 200 and above).
    private static final int SIMPLE_STMT_ID = 210;
    private static final int BLOCK_ID = 211;
    private static final int TYPE_PARAM_ID = 212;

    protected StatementRules(Tokenizer tokenizer, String filename) {
        super(tokenizer, filename);
    }

    // ================================================================================================
    // General statements

    // statements: statement+
    protected List<StmtNode> statements() {
        enter();
        try {
            int m = mark();
            List<StmtNode> all = null;
            enter(); // CPython's _loop1 helper rule for statement+ counts as a level too
            try {
                while (true) {
                    List<StmtNode> s = statement();
                    if (s == null) {
                        break;
                    }
                    if (all == null) {
                        all = new ArrayList<>();
                    }
                    all.addAll(s);
                }
            } finally {
                leave();
            }
            if (all == null) {
                reset(m);
            }
            return all;
        } finally {
            leave();
        }
    }

    // statement: compound_stmt | simple_stmts
    protected List<StmtNode> statement() {
        enter();
        try {
            int m = mark();
            StmtNode c = compound_stmt();
            if (c != null) {
                return List.of(c);
            }
            reset(m);
            List<StmtNode> s = simple_stmts();
            if (s != null) {
                return s;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // statement_newline:
    //     | compound_stmt NEWLINE | simple_stmts | NEWLINE { [Pass] } | ENDMARKER { _PyPegen_interactive_exit }
    protected List<StmtNode> statement_newline() {
        enter();
        try {
            int m = mark();
            StmtNode c;
            if ((c = compound_stmt()) != null && expect(TokenType.NEWLINE) != null) {
                return List.of(c);
            }
            reset(m);
            List<StmtNode> s = simple_stmts();
            if (s != null) {
                return s;
            }
            reset(m);
            if (expect(TokenType.NEWLINE) != null) {
                return List.of(new Pass(startLine(m), startCol(m), endLine(), endCol()));
            }
            if (expect(TokenType.ENDMARKER) != null) {
                return interactiveExit();
            }
            return null;
        } finally {
            leave();
        }
    }

    /**
     * _PyPegen_interactive_exit: the end of input in 'single' mode. CPython only records E_EOF for its REPL
     * and fails the alternative, so compile() reports the generic error.
     */
    protected List<StmtNode> interactiveExit() {
        return null;
    }

    // simple_stmts:
    //     | simple_stmt !';' NEWLINE
    //     | ';'.simple_stmt+ [';'] NEWLINE
    protected List<StmtNode> simple_stmts() {
        enter();
        try {
            int m = mark();
            StmtNode s = simple_stmt();
            if (s != null && !check(TokenType.SEMI) && expect(TokenType.NEWLINE) != null) {
                return List.of(s);
            }
            reset(m);
            s = simple_stmt();
            if (s != null) {
                List<StmtNode> all = new ArrayList<>();
                all.add(s);
                while (true) {
                    int m2 = mark();
                    if (expect(TokenType.SEMI) != null && (s = simple_stmt()) != null) {
                        all.add(s);
                    } else {
                        reset(m2);
                        break;
                    }
                }
                expect(TokenType.SEMI);
                if (expect(TokenType.NEWLINE) != null) {
                    return all;
                }
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // simple_stmt (memo):
    //     | assignment | &"type" type_alias | star_expressions | &'return' return_stmt
    //     | &('import' | 'from') import_stmt | &'raise' raise_stmt | 'pass' | &'del' del_stmt
    //     | &'yield' yield_stmt | &'assert' assert_stmt | 'break' | 'continue' | &'global' global_stmt
    //     | &'nonlocal' nonlocal_stmt
    @Override
    protected StmtNode simple_stmt() {
        enter();
        try {
            Object memo = memoLookup(SIMPLE_STMT_ID);
            if (memo != NO_MEMO) {
                return (StmtNode) memo;
            }
            int m = mark();
            StmtNode res = simpleStmtAlternatives(m);
            if (res == null) {
                reset(m);
            }
            memoStore(m, SIMPLE_STMT_ID, res);
            return res;
        } finally {
            leave();
        }
    }

    private StmtNode simpleStmtAlternatives(int m) {
        StmtNode s;
        if ((s = assignment()) != null) {
            return s;
        }
        reset(m);
        if (checkSoftKeyword("type") && (s = type_alias()) != null) {
            return s;
        }
        reset(m);
        ExprNode e = star_expressions();
        if (e != null) {
            return new Expr(e, startLine(m), startCol(m), endLine(), endCol());
        }
        reset(m);
        if (checkKeyword("return") && (s = return_stmt()) != null) {
            return s;
        }
        reset(m);
        if ((checkKeyword("import") || checkKeyword("from")) && (s = import_stmt()) != null) {
            return s;
        }
        reset(m);
        if (checkKeyword("raise") && (s = raise_stmt()) != null) {
            return s;
        }
        reset(m);
        if ((s = pass_stmt()) != null) {
            return s;
        }
        reset(m);
        if (checkKeyword("del") && (s = del_stmt()) != null) {
            return s;
        }
        reset(m);
        if (checkKeyword("yield") && (s = yield_stmt()) != null) {
            return s;
        }
        reset(m);
        if (checkKeyword("assert") && (s = assert_stmt()) != null) {
            return s;
        }
        reset(m);
        if ((s = break_stmt()) != null) {
            return s;
        }
        reset(m);
        if ((s = continue_stmt()) != null) {
            return s;
        }
        reset(m);
        if (checkKeyword("global") && (s = global_stmt()) != null) {
            return s;
        }
        reset(m);
        if (checkKeyword("nonlocal") && (s = nonlocal_stmt()) != null) {
            return s;
        }
        reset(m);
        return null;
    }

    /** Lookahead for a soft keyword ({@code &"type"}). */
    protected final boolean checkSoftKeyword(String kw) {
        int m = mark();
        boolean r = softKeyword(kw) != null;
        reset(m);
        return r;
    }

    // compound_stmt:
    //     | &('def' | '@' | 'async') function_def | &'if' if_stmt | &('class' | '@') class_def
    //     | &('with' | 'async') with_stmt | &('for' | 'async') for_stmt | &'try' try_stmt
    //     | &'while' while_stmt | match_stmt
    protected StmtNode compound_stmt() {
        enter();
        try {
            int m = mark();
            StmtNode s;
            if ((checkKeyword("def") || check(TokenType.AT) || checkKeyword("async")) && (s = function_def()) != null) {
                return s;
            }
            reset(m);
            if (checkKeyword("if") && (s = if_stmt()) != null) {
                return s;
            }
            reset(m);
            if ((checkKeyword("class") || check(TokenType.AT)) && (s = class_def()) != null) {
                return s;
            }
            reset(m);
            if ((checkKeyword("with") || checkKeyword("async")) && (s = with_stmt()) != null) {
                return s;
            }
            reset(m);
            if ((checkKeyword("for") || checkKeyword("async")) && (s = for_stmt()) != null) {
                return s;
            }
            reset(m);
            if (checkKeyword("try") && (s = try_stmt()) != null) {
                return s;
            }
            reset(m);
            if (checkKeyword("while") && (s = while_stmt()) != null) {
                return s;
            }
            reset(m);
            if ((s = match_stmt()) != null) {
                return s;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // ================================================================================================
    // Simple statements

    // assignment:
    //     | NAME ':' expression ['=' annotated_rhs]
    //     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
    //     | (star_targets '=')+ annotated_rhs !'=' [TYPE_COMMENT]
    //     | single_target augassign ~ annotated_rhs
    //     | invalid_assignment
    protected StmtNode assignment() {
        enter();
        try {
            int m = mark();
            Name a;
            ExprNode b;
            if ((a = name()) != null && expect(TokenType.COLON) != null && (b = expression()) != null) {
                ExprNode c = optionalAssignedValue();
                return new AnnAssign(a.withCtx(ExprContext.Store), b, c, 1, startLine(m), startCol(m), endLine(),
                        endCol());
            }
            reset(m);
            ExprNode t = null;
            enter(); // the group ('(' single_target ')' | single_subscript_attribute_target) is a helper rule in CPython
            try {
                if (expect(TokenType.LPAR) != null && (t = single_target()) != null
                        && expect(TokenType.RPAR) != null) {
                    // '(' single_target ')'
                } else {
                    reset(m);
                    t = single_subscript_attribute_target();
                }
            } finally {
                leave();
            }
            if (t != null && expect(TokenType.COLON) != null && (b = expression()) != null) {
                ExprNode c = optionalAssignedValue();
                return new AnnAssign(t, b, c, 0, startLine(m), startCol(m), endLine(), endCol());
            }
            reset(m);
            List<ExprNode> targets = null;
            enter(); // (star_targets '=')+ is a _loop1 helper calling a group helper: two levels in CPython
            enter();
            try {
                while (true) {
                    int m2 = mark();
                    ExprNode z;
                    if ((z = star_targets()) != null && expect(TokenType.EQUAL) != null) {
                        if (targets == null) {
                            targets = new ArrayList<>();
                        }
                        targets.add(z);
                    } else {
                        reset(m2);
                        break;
                    }
                }
            } finally {
                leave();
                leave();
            }
            if (targets != null) {
                ExprNode v = annotated_rhs();
                if (v != null && !check(TokenType.EQUAL)) {
                    expect(TokenType.TYPE_COMMENT);
                    return new Assign(targets, v, null, startLine(m), startCol(m), endLine(), endCol());
                }
            }
            reset(m);
            OperatorKind op;
            if ((t = single_target()) != null && (op = augassign()) != null) {
                ExprNode v = annotated_rhs();
                if (v != null) {
                    return new AugAssign(t, op, v, startLine(m), startCol(m), endLine(), endCol());
                }
                reset(m);
                return null; // the cut: no other alternative is tried
            }
            reset(m);
            if (callInvalidRules) {
                invalid_assignment();
                reset(m);
            }
            return null;
        } finally {
            leave();
        }
    }

    /** {@code ['=' d=annotated_rhs]}: the value, or null (position unchanged). */
    private ExprNode optionalAssignedValue() {
        int m = mark();
        ExprNode d;
        if (expect(TokenType.EQUAL) != null && (d = annotated_rhs()) != null) {
            return d;
        }
        reset(m);
        return null;
    }

    // augassign: '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '**=' | '//='
    protected OperatorKind augassign() {
        Token t = peekToken();
        OperatorKind op = switch (t.type()) {
            case PLUSEQUAL -> OperatorKind.Add;
            case MINEQUAL -> OperatorKind.Sub;
            case STAREQUAL -> OperatorKind.Mult;
            case ATEQUAL -> OperatorKind.MatMult;
            case SLASHEQUAL -> OperatorKind.Div;
            case PERCENTEQUAL -> OperatorKind.Mod;
            case AMPEREQUAL -> OperatorKind.BitAnd;
            case VBAREQUAL -> OperatorKind.BitOr;
            case CIRCUMFLEXEQUAL -> OperatorKind.BitXor;
            case LEFTSHIFTEQUAL -> OperatorKind.LShift;
            case RIGHTSHIFTEQUAL -> OperatorKind.RShift;
            case DOUBLESTAREQUAL -> OperatorKind.Pow;
            case DOUBLESLASHEQUAL -> OperatorKind.FloorDiv;
            default -> null;
        };
        if (op != null) {
            expect(t.type());
        }
        return op;
    }

    // return_stmt: 'return' [star_expressions]
    protected StmtNode return_stmt() {
        enter();
        try {
            int m = mark();
            if (keyword("return") != null) {
                ExprNode a = star_expressions();
                return new Return(a, startLine(m), startCol(m), endLine(), endCol());
            }
            return null;
        } finally {
            leave();
        }
    }

    // raise_stmt: 'raise' expression ['from' expression] | 'raise'
    protected StmtNode raise_stmt() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            if (keyword("raise") != null && (a = expression()) != null) {
                int m2 = mark();
                ExprNode b;
                if (!(keyword("from") != null && (b = expression()) != null)) {
                    reset(m2);
                    b = null;
                }
                return new Raise(a, b, startLine(m), startCol(m), endLine(), endCol());
            }
            reset(m);
            if (keyword("raise") != null) {
                return new Raise(null, null, startLine(m), startCol(m), endLine(), endCol());
            }
            return null;
        } finally {
            leave();
        }
    }

    // pass_stmt: 'pass'
    @Override
    protected StmtNode pass_stmt() {
        int m = mark();
        if (keyword("pass") != null) {
            return new Pass(startLine(m), startCol(m), endLine(), endCol());
        }
        return null;
    }

    // break_stmt: 'break'
    @Override
    protected StmtNode break_stmt() {
        int m = mark();
        if (keyword("break") != null) {
            return new Break(startLine(m), startCol(m), endLine(), endCol());
        }
        return null;
    }

    // continue_stmt: 'continue'
    @Override
    protected StmtNode continue_stmt() {
        int m = mark();
        if (keyword("continue") != null) {
            return new Continue(startLine(m), startCol(m), endLine(), endCol());
        }
        return null;
    }

    /** ','.NAME+ as identifiers, or null. */
    private List<String> commaSeparatedNames() {
        int m = mark();
        Name n = name();
        if (n == null) {
            reset(m);
            return null;
        }
        List<String> names = new ArrayList<>();
        names.add(n.id);
        while (true) {
            int m2 = mark();
            if (expect(TokenType.COMMA) != null && (n = name()) != null) {
                names.add(n.id);
            } else {
                reset(m2);
                return names;
            }
        }
    }

    // global_stmt: 'global' ','.NAME+
    protected StmtNode global_stmt() {
        enter();
        try {
            int m = mark();
            List<String> names;
            if (keyword("global") != null && (names = commaSeparatedNames()) != null) {
                return new Global(names, startLine(m), startCol(m), endLine(), endCol());
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // nonlocal_stmt: 'nonlocal' ','.NAME+
    protected StmtNode nonlocal_stmt() {
        enter();
        try {
            int m = mark();
            List<String> names;
            if (keyword("nonlocal") != null && (names = commaSeparatedNames()) != null) {
                return new Nonlocal(names, startLine(m), startCol(m), endLine(), endCol());
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
    protected StmtNode del_stmt() {
        enter();
        try {
            int m = mark();
            List<ExprNode> a;
            if (keyword("del") != null && (a = del_targets()) != null
                    && (check(TokenType.SEMI) || check(TokenType.NEWLINE))) {
                return new Delete(a, startLine(m), startCol(m), endLine(), endCol());
            }
            reset(m);
            if (callInvalidRules) {
                invalid_del_stmt();
                reset(m);
            }
            return null;
        } finally {
            leave();
        }
    }

    // yield_stmt: yield_expr
    protected StmtNode yield_stmt() {
        enter();
        try {
            int m = mark();
            ExprNode y = yield_expr();
            if (y != null) {
                return new Expr(y, startLine(m), startCol(m), endLine(), endCol());
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // assert_stmt: 'assert' expression [',' expression]
    protected StmtNode assert_stmt() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            if (keyword("assert") != null && (a = expression()) != null) {
                int m2 = mark();
                ExprNode b;
                if (!(expect(TokenType.COMMA) != null && (b = expression()) != null)) {
                    reset(m2);
                    b = null;
                }
                return new Assert(a, b, startLine(m), startCol(m), endLine(), endCol());
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // import_stmt: invalid_import | import_name | import_from
    protected StmtNode import_stmt() {
        enter();
        try {
            int m = mark();
            if (callInvalidRules) {
                invalid_import();
                reset(m);
            }
            StmtNode s;
            if ((s = import_name()) != null) {
                return s;
            }
            reset(m);
            if ((s = import_from()) != null) {
                return s;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // import_name: 'import' dotted_as_names
    protected StmtNode import_name() {
        enter();
        try {
            int m = mark();
            List<Alias> a;
            if (keyword("import") != null && (a = dotted_as_names()) != null) {
                return new Import(a, startLine(m), startCol(m), endLine(), endCol());
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** ('.' | '...')* : the number of dots (CPython's _PyPegen_seq_count_dots). */
    private int importDots() {
        int dots = 0;
        while (true) {
            if (expect(TokenType.DOT) != null) {
                dots += 1;
            } else if (expect(TokenType.ELLIPSIS) != null) {
                dots += 3;
            } else {
                return dots;
            }
        }
    }

    // import_from:
    //     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
    //     | 'from' ('.' | '...')+ 'import' import_from_targets
    protected StmtNode import_from() {
        enter();
        try {
            int m = mark();
            String b;
            List<Alias> c;
            if (keyword("from") != null) {
                int dots = importDots();
                if ((b = dotted_name()) != null && keyword("import") != null && (c = import_from_targets()) != null) {
                    return new ImportFrom(b, c, dots, startLine(m), startCol(m), endLine(), endCol());
                }
            }
            reset(m);
            if (keyword("from") != null) {
                int m2 = mark();
                int dots = importDots();
                if (mark() > m2 && keyword("import") != null && (c = import_from_targets()) != null) {
                    return new ImportFrom(null, c, dots, startLine(m), startCol(m), endLine(), endCol());
                }
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // import_from_targets:
    //     | '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
    //     | invalid_import_from_targets
    protected List<Alias> import_from_targets() {
        enter();
        try {
            int m = mark();
            List<Alias> a;
            if (expect(TokenType.LPAR) != null && (a = import_from_as_names()) != null) {
                expect(TokenType.COMMA);
                if (expect(TokenType.RPAR) != null) {
                    return a;
                }
            }
            reset(m);
            if ((a = import_from_as_names()) != null && !check(TokenType.COMMA)) {
                return a;
            }
            reset(m);
            if (expect(TokenType.STAR) != null) {
                return List.of(new Alias("*", null, startLine(m), startCol(m), endLine(), endCol()));
            }
            if (callInvalidRules) {
                invalid_import_from_targets();
                reset(m);
            }
            return null;
        } finally {
            leave();
        }
    }

    // import_from_as_names: ','.import_from_as_name+
    protected List<Alias> import_from_as_names() {
        enter();
        try {
            int m = mark();
            Alias a = import_from_as_name();
            if (a == null) {
                reset(m);
                return null;
            }
            List<Alias> all = new ArrayList<>();
            all.add(a);
            while (true) {
                int m2 = mark();
                if (expect(TokenType.COMMA) != null && (a = import_from_as_name()) != null) {
                    all.add(a);
                } else {
                    reset(m2);
                    return all;
                }
            }
        } finally {
            leave();
        }
    }

    /** ['as' NAME]: the alias name, or null (position unchanged). */
    private String optionalAsName() {
        int m = mark();
        Name z;
        if (keyword("as") != null && (z = name()) != null) {
            return z.id;
        }
        reset(m);
        return null;
    }

    // import_from_as_name: NAME ['as' NAME]
    protected Alias import_from_as_name() {
        enter();
        try {
            int m = mark();
            Name a = name();
            if (a == null) {
                return null;
            }
            String b = optionalAsName();
            return new Alias(a.id, b, startLine(m), startCol(m), endLine(), endCol());
        } finally {
            leave();
        }
    }

    // dotted_as_names: ','.dotted_as_name+
    protected List<Alias> dotted_as_names() {
        enter();
        try {
            int m = mark();
            Alias a = dotted_as_name();
            if (a == null) {
                reset(m);
                return null;
            }
            List<Alias> all = new ArrayList<>();
            all.add(a);
            while (true) {
                int m2 = mark();
                if (expect(TokenType.COMMA) != null && (a = dotted_as_name()) != null) {
                    all.add(a);
                } else {
                    reset(m2);
                    return all;
                }
            }
        } finally {
            leave();
        }
    }

    // dotted_as_name: dotted_name ['as' NAME]
    protected Alias dotted_as_name() {
        enter();
        try {
            int m = mark();
            String a = dotted_name();
            if (a == null) {
                return null;
            }
            String b = optionalAsName();
            return new Alias(a, b, startLine(m), startCol(m), endLine(), endCol());
        } finally {
            leave();
        }
    }

    // dotted_name: dotted_name '.' NAME | NAME   (left-recursive; a loop here)
    protected String dotted_name() {
        enter();
        try {
            Name n = name();
            if (n == null) {
                return null;
            }
            String s = n.id;
            while (true) {
                int m2 = mark();
                if (expect(TokenType.DOT) != null && (n = name()) != null) {
                    s = s + "." + n.id;
                } else {
                    reset(m2);
                    return s;
                }
            }
        } finally {
            leave();
        }
    }

    // ================================================================================================
    // Compound statements: common elements

    // block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
    protected List<StmtNode> block() {
        enter();
        try {
            Object memo = memoLookup(BLOCK_ID);
            if (memo != NO_MEMO) {
                @SuppressWarnings("unchecked")
                List<StmtNode> r = (List<StmtNode>) memo;
                return r;
            }
            int m = mark();
            List<StmtNode> res = null;
            List<StmtNode> a;
            if (expect(TokenType.NEWLINE) != null && expect(TokenType.INDENT) != null
                    && (a = statements()) != null && expect(TokenType.DEDENT) != null) {
                res = a;
            } else {
                reset(m);
                res = simple_stmts();
                if (res == null) {
                    reset(m);
                    if (callInvalidRules) {
                        invalid_block();
                        reset(m);
                    }
                }
            }
            memoStore(m, BLOCK_ID, res);
            return res;
        } finally {
            leave();
        }
    }

    // decorators: ('@' named_expression NEWLINE)+
    protected List<ExprNode> decorators() {
        enter();
        try {
            List<ExprNode> all = null;
            while (true) {
                int m2 = mark();
                ExprNode f;
                if (expect(TokenType.AT) != null && (f = named_expression()) != null
                        && expect(TokenType.NEWLINE) != null) {
                    if (all == null) {
                        all = new ArrayList<>();
                    }
                    all.add(f);
                } else {
                    reset(m2);
                    return all;
                }
            }
        } finally {
            leave();
        }
    }

    // ================================================================================================
    // Class definitions

    // class_def: decorators class_def_raw | class_def_raw
    protected StmtNode class_def() {
        enter();
        try {
            int m = mark();
            List<ExprNode> d;
            StmtNode b;
            if ((d = decorators()) != null && (b = class_def_raw()) != null) {
                ClassDef c = (ClassDef) b;
                return new ClassDef(c.name, c.bases, c.keywords, c.body, d, c.type_params, c.lineno, c.col_offset,
                        c.end_lineno, c.end_col_offset);
            }
            reset(m);
            if ((b = class_def_raw()) != null) {
                return b;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // class_def_raw:
    //     | invalid_class_def_raw
    //     | 'class' NAME [type_params] ['(' [arguments] ')'] ':' block
    protected StmtNode class_def_raw() {
        enter();
        try {
            int m = mark();
            if (callInvalidRules) {
                invalid_class_def_raw();
                reset(m);
            }
            Name a;
            if (keyword("class") != null && (a = name()) != null) {
                List<TypeParamNode> t = optionalTypeParams();
                int m2 = mark();
                Call b = null;
                if (expect(TokenType.LPAR) != null) {
                    b = arguments();
                    if (expect(TokenType.RPAR) == null) {
                        reset(m2);
                        b = null;
                    } else if (b == null) {
                        b = NO_ARGUMENTS;
                    }
                } else {
                    reset(m2);
                }
                List<StmtNode> c;
                if (expect(TokenType.COLON) != null && (c = block()) != null) {
                    return new ClassDef(a.id, b == null ? List.of() : listOrEmpty(b.args),
                            b == null ? List.of() : listOrEmpty(b.keywords), c, List.of(),
                            t == null ? List.of() : t, startLine(m), startCol(m), endLine(), endCol());
                }
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** A stand-in for {@code '(' ')'} (no arguments) in class_def_raw. */
    private static final Call NO_ARGUMENTS = new Call(null, List.of(), List.of(), 0, 0, 0, 0);

    private static <T> List<T> listOrEmpty(List<T> l) {
        return l == null ? List.of() : l;
    }

    /** [type_params]: the list, or null (position unchanged). */
    private List<TypeParamNode> optionalTypeParams() {
        int m = mark();
        List<TypeParamNode> t = type_params();
        if (t == null) {
            reset(m);
        }
        return t;
    }

    // ================================================================================================
    // Function definitions

    // function_def: decorators function_def_raw | function_def_raw
    protected StmtNode function_def() {
        enter();
        try {
            int m = mark();
            List<ExprNode> d;
            StmtNode f;
            if ((d = decorators()) != null && (f = function_def_raw()) != null) {
                if (f instanceof AsyncFunctionDef a) {
                    return new AsyncFunctionDef(a.name, a.args, a.body, d, a.returns, a.type_comment, a.type_params,
                            a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
                }
                FunctionDef a = (FunctionDef) f;
                return new FunctionDef(a.name, a.args, a.body, d, a.returns, a.type_comment, a.type_params,
                        a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
            }
            reset(m);
            if ((f = function_def_raw()) != null) {
                return f;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // function_def_raw:
    //     | invalid_def_raw
    //     | 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' [func_type_comment] block
    //     | 'async' 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' [func_type_comment] block
    // (In 3.13 the forced '(' and ':' are in invalid_def_raw, so "def f[]()" reports the empty type
    // parameter list rather than "expected '('".)
    protected StmtNode function_def_raw() {
        enter();
        try {
            int m = mark();
            if (callInvalidRules) {
                invalid_def_raw();
                reset(m);
            }
            for (int alt = 0; alt < 2; alt++) {
                boolean isAsync = alt == 1;
                if (isAsync && keyword("async") == null) {
                    reset(m);
                    continue;
                }
                Name n;
                if (keyword("def") != null && (n = name()) != null) {
                    List<TypeParamNode> t = optionalTypeParams();
                    if (expect(TokenType.LPAR) != null) {
                        int m2 = mark();
                        Arguments params = params();
                        if (params == null) {
                            reset(m2);
                        }
                        if (expect(TokenType.RPAR) != null) {
                            ExprNode r = optionalReturns();
                            if (expect(TokenType.COLON) != null) {
                                optionalFuncTypeComment();
                                List<StmtNode> b;
                                if ((b = block()) != null) {
                                    Arguments args = params != null ? params : emptyArguments();
                                    List<TypeParamNode> tp = t == null ? List.of() : t;
                                    if (isAsync) {
                                        return new AsyncFunctionDef(n.id, args, b, List.of(), r, null, tp,
                                                startLine(m), startCol(m), endLine(), endCol());
                                    }
                                    return new FunctionDef(n.id, args, b, List.of(), r, null, tp, startLine(m),
                                            startCol(m), endLine(), endCol());
                                }
                            }
                        }
                    }
                }
                reset(m);
            }
            return null;
        } finally {
            leave();
        }
    }

    /** ['->' expression] */
    private ExprNode optionalReturns() {
        int m = mark();
        ExprNode r;
        if (expect(TokenType.RARROW) != null && (r = expression()) != null) {
            return r;
        }
        reset(m);
        return null;
    }

    /** [func_type_comment] */
    private void optionalFuncTypeComment() {
        int m = mark();
        if (func_type_comment() == null) {
            reset(m);
        }
    }

    // ================================================================================================
    // Function parameters

    // params: invalid_parameters | parameters
    protected Arguments params() {
        enter();
        try {
            int m = mark();
            if (callInvalidRules) {
                invalid_parameters();
                reset(m);
            }
            Arguments a = parameters();
            if (a == null) {
                reset(m);
            }
            return a;
        } finally {
            leave();
        }
    }

    // parameters:
    //     | slash_no_default param_no_default* param_with_default* [star_etc]
    //     | slash_with_default param_with_default* [star_etc]
    //     | param_no_default+ param_with_default* [star_etc]
    //     | param_with_default+ [star_etc]
    //     | star_etc
    protected Arguments parameters() {
        enter();
        try {
            int m = mark();
            List<Arg> a = slash_no_default();
            if (a != null) {
                List<Arg> b = paramNoDefaultStar();
                List<CoreNameDefaultPair> c = paramWithDefaultStar();
                CoreStarEtc d = optionalStarEtc();
                return makeArguments(a, null, b, c, d);
            }
            reset(m);
            CoreSlashWithDefault sw = slash_with_default();
            if (sw != null) {
                List<CoreNameDefaultPair> b = paramWithDefaultStar();
                CoreStarEtc c = optionalStarEtc();
                return makeArguments(null, sw, null, b, c);
            }
            reset(m);
            List<Arg> plain = paramNoDefaultStar();
            if (!plain.isEmpty()) {
                List<CoreNameDefaultPair> b = paramWithDefaultStar();
                CoreStarEtc c = optionalStarEtc();
                return makeArguments(null, null, plain, b, c);
            }
            reset(m);
            List<CoreNameDefaultPair> withDefaults = paramWithDefaultStar();
            if (!withDefaults.isEmpty()) {
                CoreStarEtc c = optionalStarEtc();
                return makeArguments(null, null, null, withDefaults, c);
            }
            reset(m);
            CoreStarEtc se = star_etc();
            if (se != null) {
                return makeArguments(null, null, null, null, se);
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    private List<Arg> paramNoDefaultStar() {
        List<Arg> all = new ArrayList<>();
        Arg a;
        while ((a = param_no_default()) != null) {
            all.add(a);
        }
        return all;
    }

    private List<CoreNameDefaultPair> paramWithDefaultStar() {
        List<CoreNameDefaultPair> all = new ArrayList<>();
        CoreNameDefaultPair a;
        while ((a = param_with_default()) != null) {
            all.add(a);
        }
        return all;
    }

    private List<CoreNameDefaultPair> paramMaybeDefaultStar() {
        List<CoreNameDefaultPair> all = new ArrayList<>();
        CoreNameDefaultPair a;
        while ((a = param_maybe_default()) != null) {
            all.add(a);
        }
        return all;
    }

    private CoreStarEtc optionalStarEtc() {
        int m = mark();
        CoreStarEtc s = star_etc();
        if (s == null) {
            reset(m);
        }
        return s;
    }

    // slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')'
    protected List<Arg> slash_no_default() {
        enter();
        try {
            int m = mark();
            List<Arg> a = paramNoDefaultStar();
            if (!a.isEmpty() && expect(TokenType.SLASH) != null
                    && (expect(TokenType.COMMA) != null || check(TokenType.RPAR))) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // slash_with_default:
    //     | param_no_default* param_with_default+ '/' ','
    //     | param_no_default* param_with_default+ '/' &')'
    protected CoreSlashWithDefault slash_with_default() {
        enter();
        try {
            int m = mark();
            List<Arg> a = paramNoDefaultStar();
            List<CoreNameDefaultPair> b = paramWithDefaultStar();
            if (!b.isEmpty() && expect(TokenType.SLASH) != null
                    && (expect(TokenType.COMMA) != null || check(TokenType.RPAR))) {
                return new CoreSlashWithDefault(a, b);
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // star_etc:
    //     | invalid_star_etc
    //     | '*' param_no_default param_maybe_default* [kwds]
    //     | '*' param_no_default_star_annotation param_maybe_default* [kwds]
    //     | '*' ',' param_maybe_default+ [kwds]
    //     | kwds
    protected CoreStarEtc star_etc() {
        enter();
        try {
            int m = mark();
            if (callInvalidRules) {
                invalid_star_etc();
                reset(m);
            }
            Arg a;
            if (expect(TokenType.STAR) != null && (a = param_no_default()) != null) {
                List<CoreNameDefaultPair> b = paramMaybeDefaultStar();
                Arg c = optionalKwds();
                return new CoreStarEtc(a, b, c);
            }
            reset(m);
            if (expect(TokenType.STAR) != null && (a = param_no_default_star_annotation()) != null) {
                List<CoreNameDefaultPair> b = paramMaybeDefaultStar();
                Arg c = optionalKwds();
                return new CoreStarEtc(a, b, c);
            }
            reset(m);
            if (expect(TokenType.STAR) != null && expect(TokenType.COMMA) != null) {
                List<CoreNameDefaultPair> b = paramMaybeDefaultStar();
                if (!b.isEmpty()) {
                    Arg c = optionalKwds();
                    return new CoreStarEtc(null, b, c);
                }
            }
            reset(m);
            if ((a = kwds()) != null) {
                return new CoreStarEtc(null, null, a);
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    private Arg optionalKwds() {
        int m = mark();
        Arg a = kwds();
        if (a == null) {
            reset(m);
        }
        return a;
    }

    // kwds: invalid_kwds | '**' param_no_default
    protected Arg kwds() {
        enter();
        try {
            int m = mark();
            if (callInvalidRules) {
                invalid_kwds();
                reset(m);
            }
            Arg a;
            if (expect(TokenType.DOUBLESTAR) != null && (a = param_no_default()) != null) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // param_no_default: param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')'
    protected Arg param_no_default() {
        enter();
        try {
            int m = mark();
            Arg a;
            if ((a = param()) != null && expect(TokenType.COMMA) != null) {
                expect(TokenType.TYPE_COMMENT);
                return a;
            }
            reset(m);
            if ((a = param()) != null) {
                expect(TokenType.TYPE_COMMENT);
                if (check(TokenType.RPAR)) {
                    return a;
                }
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // param_no_default_star_annotation:
    //     | param_star_annotation ',' TYPE_COMMENT? | param_star_annotation TYPE_COMMENT? &')'
    protected Arg param_no_default_star_annotation() {
        enter();
        try {
            int m = mark();
            Arg a;
            if ((a = param_star_annotation()) != null && expect(TokenType.COMMA) != null) {
                expect(TokenType.TYPE_COMMENT);
                return a;
            }
            reset(m);
            if ((a = param_star_annotation()) != null) {
                expect(TokenType.TYPE_COMMENT);
                if (check(TokenType.RPAR)) {
                    return a;
                }
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // param_with_default: param default ',' TYPE_COMMENT? | param default TYPE_COMMENT? &')'
    protected CoreNameDefaultPair param_with_default() {
        enter();
        try {
            int m = mark();
            Arg a;
            ExprNode c;
            if ((a = param()) != null && (c = default_()) != null && expect(TokenType.COMMA) != null) {
                expect(TokenType.TYPE_COMMENT);
                return new CoreNameDefaultPair(a, c);
            }
            reset(m);
            if ((a = param()) != null && (c = default_()) != null) {
                expect(TokenType.TYPE_COMMENT);
                if (check(TokenType.RPAR)) {
                    return new CoreNameDefaultPair(a, c);
                }
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // param_maybe_default: param default? ',' TYPE_COMMENT? | param default? TYPE_COMMENT? &')'
    protected CoreNameDefaultPair param_maybe_default() {
        enter();
        try {
            int m = mark();
            Arg a;
            if ((a = param()) != null) {
                ExprNode c = optionalDefault();
                if (expect(TokenType.COMMA) != null) {
                    expect(TokenType.TYPE_COMMENT);
                    return new CoreNameDefaultPair(a, c);
                }
            }
            reset(m);
            if ((a = param()) != null) {
                ExprNode c = optionalDefault();
                expect(TokenType.TYPE_COMMENT);
                if (check(TokenType.RPAR)) {
                    return new CoreNameDefaultPair(a, c);
                }
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    private ExprNode optionalDefault() {
        int m = mark();
        ExprNode c = default_();
        if (c == null) {
            reset(m);
        }
        return c;
    }

    // param: NAME annotation?
    protected Arg param() {
        enter();
        try {
            int m = mark();
            Name a = name();
            if (a == null) {
                return null;
            }
            int m2 = mark();
            ExprNode b = annotation();
            if (b == null) {
                reset(m2);
            }
            return new Arg(a.id, b, null, startLine(m), startCol(m), endLine(), endCol());
        } finally {
            leave();
        }
    }

    // param_star_annotation: NAME star_annotation
    protected Arg param_star_annotation() {
        enter();
        try {
            int m = mark();
            Name a;
            ExprNode b;
            if ((a = name()) != null && (b = star_annotation()) != null) {
                return new Arg(a.id, b, null, startLine(m), startCol(m), endLine(), endCol());
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // annotation: ':' expression
    protected ExprNode annotation() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            if (expect(TokenType.COLON) != null && (a = expression()) != null) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // star_annotation: ':' star_expression
    protected ExprNode star_annotation() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            if (expect(TokenType.COLON) != null && (a = star_expression()) != null) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // ================================================================================================
    // If, while, for, with, try

    // if_stmt:
    //     | invalid_if_stmt
    //     | 'if' named_expression ':' block elif_stmt
    //     | 'if' named_expression ':' block [else_block]
    protected StmtNode if_stmt() {
        return ifOrElif("if");
    }

    // elif_stmt:
    //     | invalid_elif_stmt
    //     | 'elif' named_expression ':' block elif_stmt
    //     | 'elif' named_expression ':' block [else_block]
    protected StmtNode elif_stmt() {
        return ifOrElif("elif");
    }

    private StmtNode ifOrElif(String kw) {
        enter();
        try {
            int m = mark();
            if (callInvalidRules) {
                if (kw.equals("if")) {
                    invalid_if_stmt();
                } else {
                    invalid_elif_stmt();
                }
                reset(m);
            }
            ExprNode a;
            List<StmtNode> b;
            StmtNode c;
            if (keyword(kw) != null && (a = named_expression()) != null && expect(TokenType.COLON) != null
                    && (b = block()) != null && (c = elif_stmt()) != null) {
                return new If(a, b, List.of(c), startLine(m), startCol(m), endLine(), endCol());
            }
            reset(m);
            if (keyword(kw) != null && (a = named_expression()) != null && expect(TokenType.COLON) != null
                    && (b = block()) != null) {
                List<StmtNode> e = optionalElseBlock();
                return new If(a, b, e, startLine(m), startCol(m), endLine(), endCol());
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    private List<StmtNode> optionalElseBlock() {
        int m = mark();
        List<StmtNode> e = else_block();
        if (e == null) {
            reset(m);
            return List.of();
        }
        return e;
    }

    // else_block: invalid_else_stmt | 'else' &&':' block
    protected List<StmtNode> else_block() {
        enter();
        try {
            int m = mark();
            if (callInvalidRules) {
                invalid_else_stmt();
                reset(m);
            }
            List<StmtNode> b;
            if (keyword("else") != null && expectForced(TokenType.COLON, ":") != null && (b = block()) != null) {
                return b;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
    protected StmtNode while_stmt() {
        enter();
        try {
            int m = mark();
            if (callInvalidRules) {
                invalid_while_stmt();
                reset(m);
            }
            ExprNode a;
            List<StmtNode> b;
            if (keyword("while") != null && (a = named_expression()) != null && expect(TokenType.COLON) != null
                    && (b = block()) != null) {
                List<StmtNode> c = optionalElseBlock();
                return new While(a, b, c, startLine(m), startCol(m), endLine(), endCol());
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // for_stmt:
    //     | invalid_for_stmt
    //     | 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
    //     | 'async' 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
    //     | invalid_for_target
    protected StmtNode for_stmt() {
        enter();
        try {
            int m = mark();
            if (callInvalidRules) {
                invalid_for_stmt();
                reset(m);
            }
            for (int alt = 0; alt < 2; alt++) {
                boolean isAsync = alt == 1;
                if (isAsync && keyword("async") == null) {
                    reset(m);
                    continue;
                }
                ExprNode t;
                if (keyword("for") != null && (t = star_targets()) != null && keyword("in") != null) {
                    // the cut: past 'in', a failure fails the whole rule
                    ExprNode ex;
                    List<StmtNode> b;
                    if ((ex = star_expressions()) != null && expect(TokenType.COLON) != null) {
                        expect(TokenType.TYPE_COMMENT);
                        if ((b = block()) != null) {
                            List<StmtNode> el = optionalElseBlock();
                            if (isAsync) {
                                return new AsyncFor(t, ex, b, el, null, startLine(m), startCol(m), endLine(),
                                        endCol());
                            }
                            return new For(t, ex, b, el, null, startLine(m), startCol(m), endLine(), endCol());
                        }
                    }
                    reset(m);
                    return null;
                }
                reset(m);
            }
            if (callInvalidRules) {
                stmtInvalidForTarget();
                reset(m);
            }
            return null;
        } finally {
            leave();
        }
    }

    // with_stmt:
    //     | invalid_with_stmt_indent
    //     | 'with' '(' ','.with_item+ ','? ')' ':' [TYPE_COMMENT] block
    //     | 'with' ','.with_item+ ':' [TYPE_COMMENT] block
    //     | 'async' 'with' '(' ','.with_item+ ','? ')' ':' block
    //     | 'async' 'with' ','.with_item+ ':' [TYPE_COMMENT] block
    //     | invalid_with_stmt
    protected StmtNode with_stmt() {
        enter();
        try {
            int m = mark();
            if (callInvalidRules) {
                invalid_with_stmt_indent();
                reset(m);
            }
            for (int alt = 0; alt < 2; alt++) {
                boolean isAsync = alt == 1;
                if (isAsync && keyword("async") == null) {
                    reset(m);
                    continue;
                }
                int afterAsync = mark();
                List<Withitem> a;
                List<StmtNode> b;
                if (keyword("with") != null && expect(TokenType.LPAR) != null && (a = withItems()) != null) {
                    expect(TokenType.COMMA);
                    if (expect(TokenType.RPAR) != null && expect(TokenType.COLON) != null) {
                        if (!isAsync) {
                            expect(TokenType.TYPE_COMMENT);
                        }
                        if ((b = block()) != null) {
                            return makeWith(isAsync, a, b, m);
                        }
                    }
                }
                reset(afterAsync);
                if (keyword("with") != null && (a = withItems()) != null && expect(TokenType.COLON) != null) {
                    expect(TokenType.TYPE_COMMENT);
                    if ((b = block()) != null) {
                        return makeWith(isAsync, a, b, m);
                    }
                }
                reset(m);
            }
            if (callInvalidRules) {
                invalid_with_stmt();
                reset(m);
            }
            return null;
        } finally {
            leave();
        }
    }

    private StmtNode makeWith(boolean isAsync, List<Withitem> items, List<StmtNode> body, int m) {
        if (isAsync) {
            return new AsyncWith(items, body, null, startLine(m), startCol(m), endLine(), endCol());
        }
        return new With(items, body, null, startLine(m), startCol(m), endLine(), endCol());
    }

    /** ','.with_item+ */
    private List<Withitem> withItems() {
        int m = mark();
        Withitem w = with_item();
        if (w == null) {
            reset(m);
            return null;
        }
        List<Withitem> all = new ArrayList<>();
        all.add(w);
        while (true) {
            int m2 = mark();
            if (expect(TokenType.COMMA) != null && (w = with_item()) != null) {
                all.add(w);
            } else {
                reset(m2);
                return all;
            }
        }
    }

    // with_item:
    //     | expression 'as' star_target &(',' | ')' | ':')
    //     | invalid_with_item
    //     | expression
    protected Withitem with_item() {
        enter();
        try {
            int m = mark();
            ExprNode e;
            ExprNode t;
            if ((e = expression()) != null && keyword("as") != null && (t = star_target()) != null
                    && (check(TokenType.COMMA) || check(TokenType.RPAR) || check(TokenType.COLON))) {
                return new Withitem(e, t);
            }
            reset(m);
            if (callInvalidRules) {
                invalid_with_item();
                reset(m);
            }
            if ((e = expression()) != null) {
                return new Withitem(e, null);
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // try_stmt:
    //     | invalid_try_stmt
    //     | 'try' &&':' block finally_block
    //     | 'try' &&':' block except_block+ [else_block] [finally_block]
    //     | 'try' &&':' block except_star_block+ [else_block] [finally_block]
    protected StmtNode try_stmt() {
        enter();
        try {
            int m = mark();
            if (callInvalidRules) {
                invalid_try_stmt();
                reset(m);
            }
            List<StmtNode> b;
            List<StmtNode> f;
            if (keyword("try") != null && expectForced(TokenType.COLON, ":") != null && (b = block()) != null
                    && (f = finally_block()) != null) {
                return new Try(b, List.of(), List.of(), f, startLine(m), startCol(m), endLine(), endCol());
            }
            reset(m);
            for (int alt = 0; alt < 2; alt++) {
                boolean star = alt == 1;
                if (keyword("try") != null && expectForced(TokenType.COLON, ":") != null && (b = block()) != null) {
                    List<ExcepthandlerNode> ex = new ArrayList<>();
                    ExcepthandlerNode h;
                    while ((h = star ? except_star_block() : except_block()) != null) {
                        ex.add(h);
                    }
                    if (!ex.isEmpty()) {
                        List<StmtNode> el = optionalElseBlock();
                        int m2 = mark();
                        f = finally_block();
                        if (f == null) {
                            reset(m2);
                            f = List.of();
                        }
                        if (star) {
                            return new TryStar(b, ex, el, f, startLine(m), startCol(m), endLine(), endCol());
                        }
                        return new Try(b, ex, el, f, startLine(m), startCol(m), endLine(), endCol());
                    }
                }
                reset(m);
            }
            return null;
        } finally {
            leave();
        }
    }

    // except_block:
    //     | invalid_except_stmt_indent
    //     | 'except' expression ['as' NAME] ':' block
    //     | 'except' ':' block
    //     | invalid_except_stmt
    protected ExcepthandlerNode except_block() {
        enter();
        try {
            int m = mark();
            if (callInvalidRules) {
                invalid_except_stmt_indent();
                reset(m);
            }
            ExprNode e;
            List<StmtNode> b;
            if (keyword("except") != null && (e = expression()) != null) {
                String t = optionalAsName();
                if (expect(TokenType.COLON) != null && (b = block()) != null) {
                    return new ExceptHandler(e, t, b, startLine(m), startCol(m), endLine(), endCol());
                }
            }
            reset(m);
            if (keyword("except") != null && expect(TokenType.COLON) != null && (b = block()) != null) {
                return new ExceptHandler(null, null, b, startLine(m), startCol(m), endLine(), endCol());
            }
            reset(m);
            if (callInvalidRules) {
                invalid_except_stmt();
                reset(m);
            }
            return null;
        } finally {
            leave();
        }
    }

    // except_star_block:
    //     | invalid_except_star_stmt_indent
    //     | 'except' '*' expression ['as' NAME] ':' block
    //     | invalid_except_stmt
    protected ExcepthandlerNode except_star_block() {
        enter();
        try {
            int m = mark();
            if (callInvalidRules) {
                invalid_except_star_stmt_indent();
                reset(m);
            }
            ExprNode e;
            List<StmtNode> b;
            if (keyword("except") != null && expect(TokenType.STAR) != null && (e = expression()) != null) {
                String t = optionalAsName();
                if (expect(TokenType.COLON) != null && (b = block()) != null) {
                    return new ExceptHandler(e, t, b, startLine(m), startCol(m), endLine(), endCol());
                }
            }
            reset(m);
            if (callInvalidRules) {
                invalid_except_stmt();
                reset(m);
            }
            return null;
        } finally {
            leave();
        }
    }

    // finally_block: invalid_finally_stmt | 'finally' &&':' block
    protected List<StmtNode> finally_block() {
        enter();
        try {
            int m = mark();
            if (callInvalidRules) {
                invalid_finally_stmt();
                reset(m);
            }
            List<StmtNode> a;
            if (keyword("finally") != null && expectForced(TokenType.COLON, ":") != null && (a = block()) != null) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // ================================================================================================
    // Match statement

    // match_stmt:
    //     | "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
    //     | invalid_match_stmt
    protected StmtNode match_stmt() {
        enter();
        try {
            int m = mark();
            ExprNode subject;
            if (softKeyword("match") != null && (subject = subject_expr()) != null && expect(TokenType.COLON) != null
                    && expect(TokenType.NEWLINE) != null && expect(TokenType.INDENT) != null) {
                List<MatchCase> cases = new ArrayList<>();
                MatchCase c;
                while ((c = case_block()) != null) {
                    cases.add(c);
                }
                if (!cases.isEmpty() && expect(TokenType.DEDENT) != null) {
                    return new Match(subject, cases, startLine(m), startCol(m), endLine(), endCol());
                }
            }
            reset(m);
            if (callInvalidRules) {
                invalid_match_stmt();
                reset(m);
            }
            return null;
        } finally {
            leave();
        }
    }

    // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    protected ExprNode subject_expr() {
        enter();
        try {
            int m = mark();
            ExprNode value;
            if ((value = star_named_expression()) != null && expect(TokenType.COMMA) != null) {
                int m2 = mark();
                List<ExprNode> values = star_named_expressions();
                if (values == null) {
                    reset(m2);
                }
                List<ExprNode> elts = new ArrayList<>();
                elts.add(value);
                if (values != null) {
                    elts.addAll(values);
                }
                return new Tuple(elts, ExprContext.Load, startLine(m), startCol(m), endLine(), endCol());
            }
            reset(m);
            ExprNode e = named_expression();
            if (e != null) {
                return e;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // case_block: invalid_case_block | "case" patterns guard? ':' block
    protected MatchCase case_block() {
        enter();
        try {
            int m = mark();
            if (callInvalidRules) {
                invalid_case_block();
                reset(m);
            }
            PatternNode pattern;
            if (softKeyword("case") != null && (pattern = patterns()) != null) {
                ExprNode g = optionalGuard();
                List<StmtNode> body;
                if (expect(TokenType.COLON) != null && (body = block()) != null) {
                    return new MatchCase(pattern, g, body);
                }
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    private ExprNode optionalGuard() {
        int m = mark();
        ExprNode g = guard();
        if (g == null) {
            reset(m);
        }
        return g;
    }

    // guard: 'if' named_expression
    protected ExprNode guard() {
        enter();
        try {
            int m = mark();
            ExprNode g;
            if (keyword("if") != null && (g = named_expression()) != null) {
                return g;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // ================================================================================================
    // Type statement and type parameters

    // type_alias: "type" NAME [type_params] '=' expression
    protected StmtNode type_alias() {
        enter();
        try {
            int m = mark();
            Name n;
            if (softKeyword("type") != null && (n = name()) != null) {
                List<TypeParamNode> t = optionalTypeParams();
                ExprNode b;
                if (expect(TokenType.EQUAL) != null && (b = expression()) != null) {
                    return new TypeAlias(n.withCtx(ExprContext.Store), t == null ? List.of() : t, b, startLine(m),
                            startCol(m), endLine(), endCol());
                }
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // type_params: invalid_type_params | '[' type_param_seq ']'
    protected List<TypeParamNode> type_params() {
        enter();
        try {
            int m = mark();
            if (callInvalidRules) {
                invalid_type_params();
                reset(m);
            }
            List<TypeParamNode> t;
            if (expect(TokenType.LSQB) != null && (t = type_param_seq()) != null && expect(TokenType.RSQB) != null) {
                return t;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // type_param_seq: ','.type_param+ [',']
    protected List<TypeParamNode> type_param_seq() {
        enter();
        try {
            int m = mark();
            TypeParamNode t = type_param();
            if (t == null) {
                reset(m);
                return null;
            }
            List<TypeParamNode> all = new ArrayList<>();
            all.add(t);
            while (true) {
                int m2 = mark();
                if (expect(TokenType.COMMA) != null && (t = type_param()) != null) {
                    all.add(t);
                } else {
                    reset(m2);
                    break;
                }
            }
            expect(TokenType.COMMA);
            return all;
        } finally {
            leave();
        }
    }

    // type_param (memo):
    //     | NAME [type_param_bound] [type_param_default]
    //     | '*' NAME ':' expression { "cannot use constraints/bound with TypeVarTuple" }
    //     | '*' NAME [type_param_starred_default]
    //     | '**' NAME ':' expression { "cannot use constraints/bound with ParamSpec" }
    //     | '**' NAME [type_param_default]
    protected TypeParamNode type_param() {
        enter();
        try {
            Object memo = memoLookup(TYPE_PARAM_ID);
            if (memo != NO_MEMO) {
                return (TypeParamNode) memo;
            }
            int m = mark();
            TypeParamNode res = typeParamAlternatives(m);
            if (res == null) {
                reset(m);
            }
            memoStore(m, TYPE_PARAM_ID, res);
            return res;
        } finally {
            leave();
        }
    }

    private TypeParamNode typeParamAlternatives(int m) {
        Name a;
        if ((a = name()) != null) {
            ExprNode b = optionalTypeParamPart(TokenType.COLON, false);
            ExprNode c = optionalTypeParamPart(TokenType.EQUAL, false);
            return new TypeVar(a.id, b, c, startLine(m), startCol(m), endLine(), endCol());
        }
        reset(m);
        Token colon;
        ExprNode e;
        if (expect(TokenType.STAR) != null && name() != null && (colon = expect(TokenType.COLON)) != null
                && (e = expression()) != null) {
            return raiseSyntaxErrorStartingFrom(colon, e instanceof Tuple
                    ? "cannot use constraints with TypeVarTuple" : "cannot use bound with TypeVarTuple");
        }
        reset(m);
        if (expect(TokenType.STAR) != null && (a = name()) != null) {
            ExprNode b = optionalTypeParamPart(TokenType.EQUAL, true);
            return new TypeVarTuple(a.id, b, startLine(m), startCol(m), endLine(), endCol());
        }
        reset(m);
        if (expect(TokenType.DOUBLESTAR) != null && name() != null && (colon = expect(TokenType.COLON)) != null
                && (e = expression()) != null) {
            return raiseSyntaxErrorStartingFrom(colon, e instanceof Tuple
                    ? "cannot use constraints with ParamSpec" : "cannot use bound with ParamSpec");
        }
        reset(m);
        if (expect(TokenType.DOUBLESTAR) != null && (a = name()) != null) {
            ExprNode b = optionalTypeParamPart(TokenType.EQUAL, false);
            return new ParamSpec(a.id, b, startLine(m), startCol(m), endLine(), endCol());
        }
        reset(m);
        return null;
    }

    // type_param_bound: ':' expression
    // type_param_default: '=' expression
    // type_param_starred_default: '=' star_expression
    private ExprNode optionalTypeParamPart(TokenType lead, boolean starred) {
        enter();
        try {
            int m = mark();
            ExprNode e;
            if (expect(lead) != null && (e = starred ? star_expression() : expression()) != null) {
                return e;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // ================================================================================================
    // Type comments (never produced: ast.parse without type_comments; the rules still read as CPython's)

    // func_type_comment:
    //     | NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | invalid_double_type_comments | TYPE_COMMENT
    protected Token func_type_comment() {
        enter();
        try {
            int m = mark();
            Token t;
            if (expect(TokenType.NEWLINE) != null && (t = expect(TokenType.TYPE_COMMENT)) != null) {
                int m2 = mark();
                boolean ok = expect(TokenType.NEWLINE) != null && expect(TokenType.INDENT) != null;
                reset(m2);
                if (ok) {
                    return t;
                }
            }
            reset(m);
            if (callInvalidRules) {
                invalid_double_type_comments();
                reset(m);
            }
            if ((t = expect(TokenType.TYPE_COMMENT)) != null) {
                return t;
            }
            return null;
        } finally {
            leave();
        }
    }

    // ================================================================================================
    // invalid_* statement rules (CPython 3.13.0). Each either raises or returns null/void, leaving the
    // position for the caller to reset.

    // invalid_assignment:
    //     | invalid_ann_assign_target ':' expression
    //     | star_named_expression ',' star_named_expressions* ':' expression
    //     | expression ':' expression
    //     | (star_targets '=')* star_expressions '='
    //     | (star_targets '=')* yield_expr '='
    //     | star_expressions augassign annotated_rhs
    protected void invalid_assignment() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            if ((a = invalid_ann_assign_target()) != null && expect(TokenType.COLON) != null && expression() != null) {
                raiseSyntaxErrorKnownLocation(a, "only single target (not " + ExprNames.getExprName(a)
                        + ") can be annotated");
            }
            reset(m);
            if ((a = star_named_expression()) != null && expect(TokenType.COMMA) != null) {
                while (star_named_expressions() != null) {
                    // star_named_expressions*
                }
                if (expect(TokenType.COLON) != null && expression() != null) {
                    raiseSyntaxErrorKnownLocation(a, "only single target (not tuple) can be annotated");
                }
            }
            reset(m);
            if ((a = expression()) != null && expect(TokenType.COLON) != null && expression() != null) {
                raiseSyntaxErrorKnownLocation(a, "illegal target for annotation");
            }
            reset(m);
            starTargetsEqualsStar();
            if ((a = star_expressions()) != null && expect(TokenType.EQUAL) != null) {
                invalidTarget(TargetsType.STAR_TARGETS, a);
            }
            reset(m);
            starTargetsEqualsStar();
            if ((a = yield_expr()) != null && expect(TokenType.EQUAL) != null) {
                raiseSyntaxErrorKnownLocation(a, "assignment to yield expression not possible");
            }
            reset(m);
            if ((a = star_expressions()) != null && augassign() != null && annotated_rhs() != null) {
                raiseSyntaxErrorKnownLocation(a, "'" + ExprNames.getExprName(a)
                        + "' is an illegal expression for augmented assignment");
            }
            reset(m);
        } finally {
            leave();
        }
    }

    /**
     * RAISE_SYNTAX_ERROR_INVALID_TARGET as CPython 3.13's pegen.h has it: "cannot assign to %s" / "cannot
     * delete %s" at the first sub-expression that cannot be a target; when there is none it raises nothing
     * (the rule fails and the generic error stands).
     */
    protected final void invalidTarget(TargetsType type, ExprNode e) {
        ExprNode invalid = getInvalidTarget(e, type);
        if (invalid != null) {
            String what = ExprNames.getExprName(invalid);
            raiseSyntaxErrorKnownLocation(invalid,
                    (type == TargetsType.DEL_TARGETS ? "cannot delete " : "cannot assign to ") + what);
        }
    }

    /** (star_targets '=')* */
    private void starTargetsEqualsStar() {
        while (true) {
            int m = mark();
            if (!(star_targets() != null && expect(TokenType.EQUAL) != null)) {
                reset(m);
                return;
            }
        }
    }

    // invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
    protected ExprNode invalid_ann_assign_target() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            if ((a = list()) != null) {
                return a;
            }
            reset(m);
            if ((a = tuple()) != null) {
                return a;
            }
            reset(m);
            if (expect(TokenType.LPAR) != null && (a = invalid_ann_assign_target()) != null
                    && expect(TokenType.RPAR) != null) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // invalid_del_stmt: 'del' star_expressions
    protected void invalid_del_stmt() {
        enter();
        try {
            ExprNode a;
            if (keyword("del") != null && (a = star_expressions()) != null) {
                invalidTarget(TargetsType.DEL_TARGETS, a);
            }
        } finally {
            leave();
        }
    }

    // invalid_block: NEWLINE !INDENT
    protected void invalid_block() {
        enter();
        try {
            if (expect(TokenType.NEWLINE) != null && !check(TokenType.INDENT)) {
                raiseIndentationError("expected an indented block");
            }
        } finally {
            leave();
        }
    }

    // invalid_import:
    //     | 'import' ','.dotted_name+ 'from' dotted_name
    //     | 'import' NEWLINE
    protected void invalid_import() {
        enter();
        try {
            int m = mark();
            Token a;
            if ((a = keyword("import")) != null && dottedNames() && keyword("from") != null && dotted_name() != null) {
                raiseSyntaxErrorStartingFrom(a, "Did you mean to use 'from ... import ...' instead?");
            }
            reset(m);
            Token token;
            if (keyword("import") != null && (token = expect(TokenType.NEWLINE)) != null) {
                raiseSyntaxErrorStartingFrom(token, "Expected one or more names after 'import'");
            }
            reset(m);
        } finally {
            leave();
        }
    }

    /** ','.dotted_name+ */
    private boolean dottedNames() {
        if (dotted_name() == null) {
            return false;
        }
        while (true) {
            int m = mark();
            if (!(expect(TokenType.COMMA) != null && dotted_name() != null)) {
                reset(m);
                return true;
            }
        }
    }

    // invalid_import_from_targets:
    //     | import_from_as_names ',' NEWLINE
    //     | NEWLINE
    protected void invalid_import_from_targets() {
        enter();
        try {
            int m = mark();
            if (import_from_as_names() != null && expect(TokenType.COMMA) != null && expect(TokenType.NEWLINE) != null) {
                raiseSyntaxError("trailing comma not allowed without surrounding parentheses");
            }
            reset(m);
            Token token;
            if ((token = expect(TokenType.NEWLINE)) != null) {
                raiseSyntaxErrorStartingFrom(token, "Expected one or more names after 'import'");
            }
            reset(m);
        } finally {
            leave();
        }
    }

    // invalid_for_target: 'async'? 'for' star_expressions
    private void stmtInvalidForTarget() {
        enter();
        try {
            int m = mark();
            keyword("async");
            ExprNode a;
            if (keyword("for") != null && (a = star_expressions()) != null) {
                invalidTarget(TargetsType.FOR_TARGETS, a);
            }
            reset(m);
        } finally {
            leave();
        }
    }

    // invalid_for_stmt:
    //     | ['async'] 'for' star_targets 'in' star_expressions NEWLINE
    //     | ['async'] 'for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
    protected void invalid_for_stmt() {
        enter();
        try {
            int m = mark();
            keyword("async");
            if (keyword("for") != null && star_targets() != null && keyword("in") != null
                    && star_expressions() != null && expect(TokenType.NEWLINE) != null) {
                raiseSyntaxError("expected ':'");
            }
            reset(m);
            keyword("async");
            Token a;
            if ((a = keyword("for")) != null && star_targets() != null && keyword("in") != null
                    && star_expressions() != null && expect(TokenType.COLON) != null
                    && expect(TokenType.NEWLINE) != null && !check(TokenType.INDENT)) {
                raiseIndentationError("expected an indented block after 'for' statement on line " + a.lineno());
            }
            reset(m);
        } finally {
            leave();
        }
    }

    // invalid_def_raw:
    //     | ['async'] 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
    //     | ['async'] 'def' NAME [type_params] &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
    protected void invalid_def_raw() {
        enter();
        try {
            int m = mark();
            keyword("async");
            Token a;
            if ((a = keyword("def")) != null && name() != null) {
                optionalTypeParams();
                if (expect(TokenType.LPAR) != null) {
                    int m2 = mark();
                    if (params() == null) {
                        reset(m2);
                    }
                    if (expect(TokenType.RPAR) != null) {
                        optionalReturns();
                        if (expect(TokenType.COLON) != null && expect(TokenType.NEWLINE) != null
                                && !check(TokenType.INDENT)) {
                            raiseIndentationError("expected an indented block after function definition on line "
                                    + a.lineno());
                        }
                    }
                }
            }
            reset(m);
            keyword("async");
            if (keyword("def") != null && name() != null) {
                optionalTypeParams();
                expectForced(TokenType.LPAR, "(");
                int m2 = mark();
                if (params() == null) {
                    reset(m2);
                }
                if (expect(TokenType.RPAR) != null) {
                    optionalReturns();
                    expectForced(TokenType.COLON, ":");
                    optionalFuncTypeComment();
                    block();
                }
            }
            reset(m);
        } finally {
            leave();
        }
    }

    // invalid_class_def_raw:
    //     | 'class' NAME [type_params] ['(' [arguments] ')'] NEWLINE
    //     | 'class' NAME [type_params] ['(' [arguments] ')'] ':' NEWLINE !INDENT
    protected void invalid_class_def_raw() {
        enter();
        try {
            int m = mark();
            if (keyword("class") != null && name() != null) {
                classHeaderRest();
                if (expect(TokenType.NEWLINE) != null) {
                    raiseSyntaxError("expected ':'");
                }
            }
            reset(m);
            Token a;
            if ((a = keyword("class")) != null && name() != null) {
                classHeaderRest();
                if (expect(TokenType.COLON) != null && expect(TokenType.NEWLINE) != null && !check(TokenType.INDENT)) {
                    raiseIndentationError("expected an indented block after class definition on line " + a.lineno());
                }
            }
            reset(m);
        } finally {
            leave();
        }
    }

    /** [type_params] ['(' [arguments] ')'] */
    private void classHeaderRest() {
        optionalTypeParams();
        int m = mark();
        if (expect(TokenType.LPAR) != null) {
            int m2 = mark();
            if (arguments() == null) {
                reset(m2);
            }
            if (expect(TokenType.RPAR) != null) {
                return;
            }
        }
        reset(m);
    }

    // invalid_double_type_comments: TYPE_COMMENT NEWLINE TYPE_COMMENT NEWLINE INDENT
    protected void invalid_double_type_comments() {
        enter();
        try {
            int m = mark();
            if (expect(TokenType.TYPE_COMMENT) != null && expect(TokenType.NEWLINE) != null
                    && expect(TokenType.TYPE_COMMENT) != null && expect(TokenType.NEWLINE) != null
                    && expect(TokenType.INDENT) != null) {
                raiseSyntaxError("Cannot have two type comments on def");
            }
            reset(m);
        } finally {
            leave();
        }
    }

    // invalid_with_item: expression 'as' expression &(',' | ')' | ':')
    protected void invalid_with_item() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            if (expression() != null && keyword("as") != null && (a = expression()) != null
                    && (check(TokenType.COMMA) || check(TokenType.RPAR) || check(TokenType.COLON))) {
                invalidTarget(TargetsType.STAR_TARGETS, a);
            }
            reset(m);
        } finally {
            leave();
        }
    }

    /** ','.(expression ['as' star_target])+, or with {@code expressions} in the parenthesized form. */
    private boolean withHeaderItems(boolean parenthesized) {
        if (!withHeaderItem(parenthesized)) {
            return false;
        }
        while (true) {
            int m = mark();
            if (!(expect(TokenType.COMMA) != null && withHeaderItem(parenthesized))) {
                reset(m);
                return true;
            }
        }
    }

    private boolean withHeaderItem(boolean parenthesized) {
        int m = mark();
        if ((parenthesized ? expressions() : expression()) == null) {
            reset(m);
            return false;
        }
        int m2 = mark();
        if (!(keyword("as") != null && star_target() != null)) {
            reset(m2);
        }
        return true;
    }

    // invalid_with_stmt:
    //     | ['async'] 'with' ','.(expression ['as' star_target])+ NEWLINE
    //     | ['async'] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
    protected void invalid_with_stmt() {
        enter();
        try {
            int m = mark();
            keyword("async");
            if (keyword("with") != null && withHeaderItems(false) && expect(TokenType.NEWLINE) != null) {
                raiseSyntaxError("expected ':'");
            }
            reset(m);
            keyword("async");
            if (keyword("with") != null && expect(TokenType.LPAR) != null && withHeaderItems(true)) {
                expect(TokenType.COMMA);
                if (expect(TokenType.RPAR) != null && expect(TokenType.NEWLINE) != null) {
                    raiseSyntaxError("expected ':'");
                }
            }
            reset(m);
        } finally {
            leave();
        }
    }

    // invalid_with_stmt_indent:
    //     | ['async'] 'with' ','.(expression ['as' star_target])+ ':' NEWLINE !INDENT
    //     | ['async'] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' ':' NEWLINE !INDENT
    protected void invalid_with_stmt_indent() {
        enter();
        try {
            int m = mark();
            keyword("async");
            Token a;
            if ((a = keyword("with")) != null && withHeaderItems(false) && expect(TokenType.COLON) != null
                    && expect(TokenType.NEWLINE) != null && !check(TokenType.INDENT)) {
                raiseIndentationError("expected an indented block after 'with' statement on line " + a.lineno());
            }
            reset(m);
            keyword("async");
            if ((a = keyword("with")) != null && expect(TokenType.LPAR) != null && withHeaderItems(true)) {
                expect(TokenType.COMMA);
                if (expect(TokenType.RPAR) != null && expect(TokenType.COLON) != null
                        && expect(TokenType.NEWLINE) != null && !check(TokenType.INDENT)) {
                    raiseIndentationError("expected an indented block after 'with' statement on line " + a.lineno());
                }
            }
            reset(m);
        } finally {
            leave();
        }
    }

    // invalid_try_stmt:
    //     | 'try' ':' NEWLINE !INDENT
    //     | 'try' ':' block !('except' | 'finally')
    //     | 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
    //     | 'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':'
    protected void invalid_try_stmt() {
        enter();
        try {
            int m = mark();
            Token a;
            if ((a = keyword("try")) != null && expect(TokenType.COLON) != null && expect(TokenType.NEWLINE) != null
                    && !check(TokenType.INDENT)) {
                raiseIndentationError("expected an indented block after 'try' statement on line " + a.lineno());
            }
            reset(m);
            if (keyword("try") != null && expect(TokenType.COLON) != null && block() != null
                    && !checkKeyword("except") && !checkKeyword("finally")) {
                raiseSyntaxError("expected 'except' or 'finally' block");
            }
            reset(m);
            if (keyword("try") != null && expect(TokenType.COLON) != null) {
                blockStar();
                if (except_block() != null) {
                    while (except_block() != null) {
                        // except_block+
                    }
                    Token b;
                    if ((a = keyword("except")) != null && (b = expect(TokenType.STAR)) != null
                            && expression() != null) {
                        optionalAsName();
                        if (expect(TokenType.COLON) != null) {
                            raiseSyntaxErrorKnownRange(a, b,
                                    "cannot have both 'except' and 'except*' on the same 'try'");
                        }
                    }
                }
            }
            reset(m);
            if (keyword("try") != null && expect(TokenType.COLON) != null) {
                blockStar();
                if (except_star_block() != null) {
                    while (except_star_block() != null) {
                        // except_star_block+
                    }
                    if ((a = keyword("except")) != null) {
                        int m2 = mark();
                        if (expression() != null) {
                            optionalAsName();
                        } else {
                            reset(m2);
                        }
                        if (expect(TokenType.COLON) != null) {
                            raiseSyntaxErrorKnownLocation(a,
                                    "cannot have both 'except' and 'except*' on the same 'try'");
                        }
                    }
                }
            }
            reset(m);
        } finally {
            leave();
        }
    }

    /** block* */
    private void blockStar() {
        while (true) {
            int m = mark();
            if (block() == null) {
                reset(m);
                return;
            }
        }
    }

    // invalid_except_stmt:
    //     | 'except' '*'? expression ',' expressions ['as' NAME ] ':'
    //     | 'except' '*'? expression ['as' NAME ] NEWLINE
    //     | 'except' NEWLINE
    //     | 'except' '*' (NEWLINE | ':')
    protected void invalid_except_stmt() {
        enter();
        try {
            int m = mark();
            ExprNode a;
            if (keyword("except") != null) {
                expect(TokenType.STAR);
                if ((a = expression()) != null && expect(TokenType.COMMA) != null && expressions() != null) {
                    optionalAsName();
                    if (expect(TokenType.COLON) != null) {
                        raiseSyntaxErrorStartingFrom(a, "multiple exception types must be parenthesized");
                    }
                }
            }
            reset(m);
            if (keyword("except") != null) {
                expect(TokenType.STAR);
                if (expression() != null) {
                    optionalAsName();
                    if (expect(TokenType.NEWLINE) != null) {
                        raiseSyntaxError("expected ':'");
                    }
                }
            }
            reset(m);
            if (keyword("except") != null && expect(TokenType.NEWLINE) != null) {
                raiseSyntaxError("expected ':'");
            }
            reset(m);
            if (keyword("except") != null && expect(TokenType.STAR) != null
                    && (expect(TokenType.NEWLINE) != null || expect(TokenType.COLON) != null)) {
                raiseSyntaxError("expected one or more exception types");
            }
            reset(m);
        } finally {
            leave();
        }
    }

    // invalid_finally_stmt: 'finally' ':' NEWLINE !INDENT
    protected void invalid_finally_stmt() {
        enter();
        try {
            int m = mark();
            Token a;
            if ((a = keyword("finally")) != null && expect(TokenType.COLON) != null
                    && expect(TokenType.NEWLINE) != null && !check(TokenType.INDENT)) {
                raiseIndentationError("expected an indented block after 'finally' statement on line " + a.lineno());
            }
            reset(m);
        } finally {
            leave();
        }
    }

    // invalid_except_stmt_indent:
    //     | 'except' expression ['as' NAME ] ':' NEWLINE !INDENT
    //     | 'except' ':' NEWLINE !INDENT
    protected void invalid_except_stmt_indent() {
        enter();
        try {
            int m = mark();
            Token a;
            if ((a = keyword("except")) != null && expression() != null) {
                optionalAsName();
                if (expect(TokenType.COLON) != null && expect(TokenType.NEWLINE) != null && !check(TokenType.INDENT)) {
                    raiseIndentationError("expected an indented block after 'except' statement on line "
                            + a.lineno());
                }
            }
            reset(m);
            if ((a = keyword("except")) != null && expect(TokenType.COLON) != null
                    && expect(TokenType.NEWLINE) != null && !check(TokenType.INDENT)) {
                raiseIndentationError("expected an indented block after 'except' statement on line " + a.lineno());
            }
            reset(m);
        } finally {
            leave();
        }
    }

    // invalid_except_star_stmt_indent: 'except' '*' expression ['as' NAME ] ':' NEWLINE !INDENT
    protected void invalid_except_star_stmt_indent() {
        enter();
        try {
            int m = mark();
            Token a;
            if ((a = keyword("except")) != null && expect(TokenType.STAR) != null && expression() != null) {
                optionalAsName();
                if (expect(TokenType.COLON) != null && expect(TokenType.NEWLINE) != null && !check(TokenType.INDENT)) {
                    raiseIndentationError("expected an indented block after 'except*' statement on line "
                            + a.lineno());
                }
            }
            reset(m);
        } finally {
            leave();
        }
    }

    // invalid_match_stmt:
    //     | "match" subject_expr NEWLINE { "expected ':'" }
    //     | "match" subject_expr ':' NEWLINE !INDENT
    protected void invalid_match_stmt() {
        enter();
        try {
            int m = mark();
            if (softKeyword("match") != null && subject_expr() != null && expect(TokenType.NEWLINE) != null) {
                raiseSyntaxError("expected ':'");
            }
            reset(m);
            Token a;
            if ((a = softKeyword("match")) != null && subject_expr() != null && expect(TokenType.COLON) != null
                    && expect(TokenType.NEWLINE) != null && !check(TokenType.INDENT)) {
                raiseIndentationError("expected an indented block after 'match' statement on line " + a.lineno());
            }
            reset(m);
        } finally {
            leave();
        }
    }

    // invalid_case_block:
    //     | "case" patterns guard? NEWLINE { "expected ':'" }
    //     | "case" patterns guard? ':' NEWLINE !INDENT
    protected void invalid_case_block() {
        enter();
        try {
            int m = mark();
            if (softKeyword("case") != null && patterns() != null) {
                optionalGuard();
                if (expect(TokenType.NEWLINE) != null) {
                    raiseSyntaxError("expected ':'");
                }
            }
            reset(m);
            Token a;
            if ((a = softKeyword("case")) != null && patterns() != null) {
                optionalGuard();
                if (expect(TokenType.COLON) != null && expect(TokenType.NEWLINE) != null && !check(TokenType.INDENT)) {
                    raiseIndentationError("expected an indented block after 'case' statement on line " + a.lineno());
                }
            }
            reset(m);
        } finally {
            leave();
        }
    }

    // invalid_if_stmt:
    //     | 'if' named_expression NEWLINE { "expected ':'" }
    //     | a='if' a=named_expression ':' NEWLINE !INDENT   (pegen renames the second a; the 'if' wins)
    protected void invalid_if_stmt() {
        enter();
        try {
            int m = mark();
            if (keyword("if") != null && named_expression() != null && expect(TokenType.NEWLINE) != null) {
                raiseSyntaxError("expected ':'");
            }
            reset(m);
            Token a;
            if ((a = keyword("if")) != null && named_expression() != null && expect(TokenType.COLON) != null
                    && expect(TokenType.NEWLINE) != null && !check(TokenType.INDENT)) {
                raiseIndentationError("expected an indented block after 'if' statement on line " + a.lineno());
            }
            reset(m);
        } finally {
            leave();
        }
    }

    // invalid_elif_stmt:
    //     | 'elif' named_expression NEWLINE { "expected ':'" }
    //     | 'elif' named_expression ':' NEWLINE !INDENT
    protected void invalid_elif_stmt() {
        enter();
        try {
            int m = mark();
            if (keyword("elif") != null && named_expression() != null && expect(TokenType.NEWLINE) != null) {
                raiseSyntaxError("expected ':'");
            }
            reset(m);
            Token a;
            if ((a = keyword("elif")) != null && named_expression() != null && expect(TokenType.COLON) != null
                    && expect(TokenType.NEWLINE) != null && !check(TokenType.INDENT)) {
                raiseIndentationError("expected an indented block after 'elif' statement on line " + a.lineno());
            }
            reset(m);
        } finally {
            leave();
        }
    }

    // invalid_else_stmt: 'else' ':' NEWLINE !INDENT
    protected void invalid_else_stmt() {
        enter();
        try {
            int m = mark();
            Token a;
            if ((a = keyword("else")) != null && expect(TokenType.COLON) != null && expect(TokenType.NEWLINE) != null
                    && !check(TokenType.INDENT)) {
                raiseIndentationError("expected an indented block after 'else' statement on line " + a.lineno());
            }
            reset(m);
        } finally {
            leave();
        }
    }

    // invalid_while_stmt:
    //     | 'while' named_expression NEWLINE { "expected ':'" }
    //     | 'while' named_expression ':' NEWLINE !INDENT
    protected void invalid_while_stmt() {
        enter();
        try {
            int m = mark();
            if (keyword("while") != null && named_expression() != null && expect(TokenType.NEWLINE) != null) {
                raiseSyntaxError("expected ':'");
            }
            reset(m);
            Token a;
            if ((a = keyword("while")) != null && named_expression() != null && expect(TokenType.COLON) != null
                    && expect(TokenType.NEWLINE) != null && !check(TokenType.INDENT)) {
                raiseIndentationError("expected an indented block after 'while' statement on line " + a.lineno());
            }
            reset(m);
        } finally {
            leave();
        }
    }

    // invalid_parameters:
    //     | "/" ','
    //     | (slash_no_default | slash_with_default) param_maybe_default* '/'
    //     | slash_no_default? param_no_default* invalid_parameters_helper param_no_default
    //     | param_no_default* '(' param_no_default+ ','? ')'
    //     | (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
    //       param_maybe_default* '/'
    //     | param_maybe_default+ '/' '*'
    protected void invalid_parameters() {
        enter();
        try {
            int m = mark();
            Token a;
            if ((a = expect(TokenType.SLASH)) != null && expect(TokenType.COMMA) != null) {
                raiseSyntaxErrorKnownLocation(a, "at least one argument must precede /");
            }
            reset(m);
            if (slashNoOrWithDefault()) {
                paramMaybeDefaultStar();
                if ((a = expect(TokenType.SLASH)) != null) {
                    raiseSyntaxErrorKnownLocation(a, "/ may appear only once");
                }
            }
            reset(m);
            if (slash_no_default() == null) {
                reset(m);
            }
            paramNoDefaultStar();
            Arg p;
            if (invalid_parameters_helper() && (p = param_no_default()) != null) {
                raiseSyntaxErrorKnownLocation(p, "parameter without a default follows parameter with a default");
            }
            reset(m);
            paramNoDefaultStar();
            Token b;
            if ((a = expect(TokenType.LPAR)) != null && !paramNoDefaultStar().isEmpty()) {
                expect(TokenType.COMMA);
                if ((b = expect(TokenType.RPAR)) != null) {
                    raiseSyntaxErrorKnownRange(a, b, "Function parameters cannot be parenthesized");
                }
            }
            reset(m);
            if (!slashNoOrWithDefault()) {
                reset(m);
            }
            paramMaybeDefaultStar();
            if (expect(TokenType.STAR) != null) {
                int m2 = mark();
                boolean ok = expect(TokenType.COMMA) != null;
                if (!ok) {
                    reset(m2);
                    ok = param_no_default() != null;
                }
                if (ok) {
                    paramMaybeDefaultStar();
                    if ((a = expect(TokenType.SLASH)) != null) {
                        raiseSyntaxErrorKnownLocation(a, "/ must be ahead of *");
                    }
                }
            }
            reset(m);
            if (!paramMaybeDefaultStar().isEmpty() && expect(TokenType.SLASH) != null
                    && (a = expect(TokenType.STAR)) != null) {
                raiseSyntaxErrorKnownLocation(a, "expected comma between / and *");
            }
            reset(m);
        } finally {
            leave();
        }
    }

    /** (slash_no_default | slash_with_default) */
    private boolean slashNoOrWithDefault() {
        int m = mark();
        if (slash_no_default() != null) {
            return true;
        }
        reset(m);
        if (slash_with_default() != null) {
            return true;
        }
        reset(m);
        return false;
    }

    // invalid_parameters_helper: slash_with_default | param_with_default+
    protected boolean invalid_parameters_helper() {
        enter();
        try {
            int m = mark();
            if (slash_with_default() != null) {
                return true;
            }
            reset(m);
            if (!paramWithDefaultStar().isEmpty()) {
                return true;
            }
            reset(m);
            return false;
        } finally {
            leave();
        }
    }

    // invalid_star_etc:
    //     | '*' (')' | ',' (')' | '**'))
    //     | '*' ',' TYPE_COMMENT
    //     | '*' param '='
    //     | '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')
    protected void invalid_star_etc() {
        enter();
        try {
            int m = mark();
            Token a;
            if ((a = expect(TokenType.STAR)) != null) {
                if (expect(TokenType.RPAR) != null) {
                    raiseSyntaxErrorKnownLocation(a, "named arguments must follow bare *");
                }
                if (expect(TokenType.COMMA) != null
                        && (expect(TokenType.RPAR) != null || expect(TokenType.DOUBLESTAR) != null)) {
                    raiseSyntaxErrorKnownLocation(a, "named arguments must follow bare *");
                }
            }
            reset(m);
            if (expect(TokenType.STAR) != null && expect(TokenType.COMMA) != null
                    && expect(TokenType.TYPE_COMMENT) != null) {
                raiseSyntaxError("bare * has associated type comment");
            }
            reset(m);
            if (expect(TokenType.STAR) != null && param() != null && (a = expect(TokenType.EQUAL)) != null) {
                raiseSyntaxErrorKnownLocation(a, "var-positional argument cannot have default value");
            }
            reset(m);
            if (expect(TokenType.STAR) != null && paramNoDefaultOrComma()) {
                paramMaybeDefaultStar();
                if ((a = expect(TokenType.STAR)) != null && paramNoDefaultOrComma()) {
                    raiseSyntaxErrorKnownLocation(a, "* argument may appear only once");
                }
            }
            reset(m);
        } finally {
            leave();
        }
    }

    /** (param_no_default | ',') */
    private boolean paramNoDefaultOrComma() {
        int m = mark();
        if (param_no_default() != null) {
            return true;
        }
        reset(m);
        return expect(TokenType.COMMA) != null;
    }

    // invalid_kwds:
    //     | '**' param '='
    //     | '**' param ',' param
    //     | '**' param ',' ('*'|'**'|'/')
    protected void invalid_kwds() {
        enter();
        try {
            int m = mark();
            Token a;
            if (expect(TokenType.DOUBLESTAR) != null && param() != null && (a = expect(TokenType.EQUAL)) != null) {
                raiseSyntaxErrorKnownLocation(a, "var-keyword argument cannot have default value");
            }
            reset(m);
            Arg p;
            if (expect(TokenType.DOUBLESTAR) != null && param() != null && expect(TokenType.COMMA) != null
                    && (p = param()) != null) {
                raiseSyntaxErrorKnownLocation(p, "arguments cannot follow var-keyword argument");
            }
            reset(m);
            if (expect(TokenType.DOUBLESTAR) != null && param() != null && expect(TokenType.COMMA) != null) {
                if ((a = expect(TokenType.STAR)) != null || (a = expect(TokenType.DOUBLESTAR)) != null
                        || (a = expect(TokenType.SLASH)) != null) {
                    raiseSyntaxErrorKnownLocation(a, "arguments cannot follow var-keyword argument");
                }
            }
            reset(m);
        } finally {
            leave();
        }
    }

    // invalid_type_params: '[' ']'
    protected void invalid_type_params() {
        enter();
        try {
            int m = mark();
            Token token;
            if (expect(TokenType.LSQB) != null && (token = expect(TokenType.RSQB)) != null) {
                raiseSyntaxErrorStartingFrom(token, "Type parameter list cannot be empty");
            }
            reset(m);
        } finally {
            leave();
        }
    }
}
