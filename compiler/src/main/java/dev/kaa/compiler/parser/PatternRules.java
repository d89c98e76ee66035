package dev.kaa.compiler.parser;

import dev.kaa.compiler.ast.Attribute;
import dev.kaa.compiler.ast.BinOp;
import dev.kaa.compiler.ast.ComplexValue;
import dev.kaa.compiler.ast.Constant;
import dev.kaa.compiler.ast.ExprContext;
import dev.kaa.compiler.ast.ExprNode;
import dev.kaa.compiler.ast.MatchAs;
import dev.kaa.compiler.ast.MatchClass;
import dev.kaa.compiler.ast.MatchMapping;
import dev.kaa.compiler.ast.MatchOr;
import dev.kaa.compiler.ast.MatchSequence;
import dev.kaa.compiler.ast.MatchSingleton;
import dev.kaa.compiler.ast.MatchStar;
import dev.kaa.compiler.ast.MatchValue;
import dev.kaa.compiler.ast.Name;
import dev.kaa.compiler.ast.OperatorKind;
import dev.kaa.compiler.ast.PatternNode;
import dev.kaa.compiler.ast.UnaryOp;
import dev.kaa.compiler.ast.UnaryOpKind;
import dev.kaa.compiler.tokenize.Token;
import dev.kaa.compiler.tokenize.TokenType;
import dev.kaa.compiler.tokenize.Tokenizer;

import java.util.ArrayList;
import java.util.List;

/**
 * The pattern rules of the match statement (python.gram, "Match statement" section, from
 * {@code patterns} down to {@code keyword_pattern}) and their {@code invalid_*} rules, as in CPython
 * 3.13.0. The statement itself ({@code match_stmt}, {@code case_block}) is in {@link StatementRules}.
 *
 * <p>{@code attr} and {@code name_or_attr} are left-recursive in the grammar; they are written here as
 * loops ({@code NAME ('.' NAME)*}), which reads the same tokens and builds the same nodes.
 */
public abstract class PatternRules extends ExpressionRules {
    // Memo ids of the memoized pattern rules (statement/pattern rules use 200 and above).
    private static final int CLOSED_PATTERN_ID = 200;
    private static final int STAR_PATTERN_ID = 201;

    protected PatternRules(Tokenizer tokenizer, String filename) {
        super(tokenizer, filename);
    }

    /** CPython's KeyPatternPair: a mapping key (or class keyword Name) and its pattern. */
    protected record PatternKeyPair(ExprNode key, PatternNode pattern) {
    }

    // patterns: open_sequence_pattern | pattern
    protected PatternNode patterns() {
        enter();
        try {
            int m = mark();
            List<PatternNode> seq = open_sequence_pattern();
            if (seq != null) {
                return new MatchSequence(seq, startLine(m), startCol(m), endLine(), endCol());
            }
            reset(m);
            PatternNode p = pattern();
            if (p != null) {
                return p;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // pattern: as_pattern | or_pattern
    protected PatternNode pattern() {
        enter();
        try {
            int m = mark();
            PatternNode p = as_pattern();
            if (p != null) {
                return p;
            }
            reset(m);
            p = or_pattern();
            if (p != null) {
                return p;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern
    protected PatternNode as_pattern() {
        enter();
        try {
            int m = mark();
            PatternNode p;
            Name target;
            if ((p = or_pattern()) != null && keyword("as") != null && (target = pattern_capture_target()) != null) {
                return new MatchAs(p, target.id, startLine(m), startCol(m), endLine(), endCol());
            }
            reset(m);
            if (callInvalidRules) {
                invalid_as_pattern();
                reset(m);
            }
            return null;
        } finally {
            leave();
        }
    }

    // or_pattern: '|'.closed_pattern+
    protected PatternNode or_pattern() {
        enter();
        try {
            int m = mark();
            PatternNode first = closed_pattern();
            if (first == null) {
                reset(m);
                return null;
            }
            List<PatternNode> alts = null;
            while (true) {
                int m2 = mark();
                PatternNode next;
                if (expect(TokenType.VBAR) != null && (next = closed_pattern()) != null) {
                    if (alts == null) {
                        alts = new ArrayList<>();
                        alts.add(first);
                    }
                    alts.add(next);
                } else {
                    reset(m2);
                    break;
                }
            }
            if (alts == null) {
                return first;
            }
            return new MatchOr(alts, startLine(m), startCol(m), endLine(), endCol());
        } finally {
            leave();
        }
    }

    // closed_pattern (memo): literal_pattern | capture_pattern | wildcard_pattern | value_pattern
    //     | group_pattern | sequence_pattern | mapping_pattern | class_pattern
    protected PatternNode closed_pattern() {
        enter();
        try {
            Object memo = memoLookup(CLOSED_PATTERN_ID);
            if (memo != NO_MEMO) {
                return (PatternNode) memo;
            }
            int m = mark();
            PatternNode res = closedPatternAlternatives(m);
            if (res == null) {
                reset(m);
            }
            memoStore(m, CLOSED_PATTERN_ID, res);
            return res;
        } finally {
            leave();
        }
    }

    private PatternNode closedPatternAlternatives(int m) {
        PatternNode p;
        if ((p = literal_pattern()) != null) {
            return p;
        }
        reset(m);
        if ((p = capture_pattern()) != null) {
            return p;
        }
        reset(m);
        if ((p = wildcard_pattern()) != null) {
            return p;
        }
        reset(m);
        if ((p = value_pattern()) != null) {
            return p;
        }
        reset(m);
        if ((p = group_pattern()) != null) {
            return p;
        }
        reset(m);
        if ((p = sequence_pattern()) != null) {
            return p;
        }
        reset(m);
        if ((p = mapping_pattern()) != null) {
            return p;
        }
        reset(m);
        if ((p = class_pattern()) != null) {
            return p;
        }
        reset(m);
        return null;
    }

    private boolean checkPlusOrMinus() {
        return check(TokenType.PLUS) || check(TokenType.MINUS);
    }

    // literal_pattern:
    //     | signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
    protected PatternNode literal_pattern() {
        enter();
        try {
            int m = mark();
            ExprNode v;
            if ((v = signed_number()) != null && !checkPlusOrMinus()) {
                return new MatchValue(v, startLine(m), startCol(m), endLine(), endCol());
            }
            reset(m);
            if ((v = complex_number()) != null) {
                return new MatchValue(v, startLine(m), startCol(m), endLine(), endCol());
            }
            reset(m);
            if ((v = patternStrings()) != null) {
                return new MatchValue(v, startLine(m), startCol(m), endLine(), endCol());
            }
            reset(m);
            if (keyword("None") != null) {
                return new MatchSingleton(null, startLine(m), startCol(m), endLine(), endCol());
            }
            if (keyword("True") != null) {
                return new MatchSingleton(Boolean.TRUE, startLine(m), startCol(m), endLine(), endCol());
            }
            if (keyword("False") != null) {
                return new MatchSingleton(Boolean.FALSE, startLine(m), startCol(m), endLine(), endCol());
            }
            return null;
        } finally {
            leave();
        }
    }

    /** strings, skipped outright when the next token cannot start one (strings only reads that token then). */
    private ExprNode patternStrings() {
        if (!check(TokenType.STRING) && !check(TokenType.FSTRING_START)) {
            return null;
        }
        return strings();
    }

    // literal_expr:
    //     | signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
    protected ExprNode literal_expr() {
        enter();
        try {
            int m = mark();
            ExprNode v;
            if ((v = signed_number()) != null && !checkPlusOrMinus()) {
                return v;
            }
            reset(m);
            if ((v = complex_number()) != null) {
                return v;
            }
            reset(m);
            if ((v = patternStrings()) != null) {
                return v;
            }
            reset(m);
            if (keyword("None") != null) {
                return new Constant(null, null, startLine(m), startCol(m), endLine(), endCol());
            }
            if (keyword("True") != null) {
                return new Constant(Boolean.TRUE, null, startLine(m), startCol(m), endLine(), endCol());
            }
            if (keyword("False") != null) {
                return new Constant(Boolean.FALSE, null, startLine(m), startCol(m), endLine(), endCol());
            }
            return null;
        } finally {
            leave();
        }
    }

    // complex_number:
    //     | signed_real_number '+' imaginary_number | signed_real_number '-' imaginary_number
    protected ExprNode complex_number() {
        enter();
        try {
            int m = mark();
            ExprNode real;
            ExprNode imag;
            if ((real = signed_real_number()) != null && expect(TokenType.PLUS) != null
                    && (imag = imaginary_number()) != null) {
                return new BinOp(real, OperatorKind.Add, imag, startLine(m), startCol(m), endLine(), endCol());
            }
            reset(m);
            if ((real = signed_real_number()) != null && expect(TokenType.MINUS) != null
                    && (imag = imaginary_number()) != null) {
                return new BinOp(real, OperatorKind.Sub, imag, startLine(m), startCol(m), endLine(), endCol());
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // signed_number: NUMBER | '-' NUMBER
    protected ExprNode signed_number() {
        enter();
        try {
            int m = mark();
            ExprNode n;
            if ((n = numberToken()) != null) {
                return n;
            }
            reset(m);
            if (expect(TokenType.MINUS) != null && (n = numberToken()) != null) {
                return new UnaryOp(UnaryOpKind.USub, n, startLine(m), startCol(m), endLine(), endCol());
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // signed_real_number: real_number | '-' real_number
    protected ExprNode signed_real_number() {
        enter();
        try {
            int m = mark();
            ExprNode n;
            if ((n = real_number()) != null) {
                return n;
            }
            reset(m);
            if (expect(TokenType.MINUS) != null && (n = real_number()) != null) {
                return new UnaryOp(UnaryOpKind.USub, n, startLine(m), startCol(m), endLine(), endCol());
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // real_number: NUMBER { _PyPegen_ensure_real(p, real) }
    protected ExprNode real_number() {
        enter();
        try {
            ExprNode n = numberToken();
            if (n == null) {
                return null;
            }
            if (!(n instanceof Constant c) || c.value instanceof ComplexValue) {
                return raiseSyntaxErrorKnownLocation(n, "real number required in complex literal");
            }
            return n;
        } finally {
            leave();
        }
    }

    // imaginary_number: NUMBER { _PyPegen_ensure_imaginary(p, imag) }
    protected ExprNode imaginary_number() {
        enter();
        try {
            ExprNode n = numberToken();
            if (n == null) {
                return null;
            }
            if (!(n instanceof Constant c) || !(c.value instanceof ComplexValue)) {
                return raiseSyntaxErrorKnownLocation(n, "imaginary number required in complex literal");
            }
            return n;
        } finally {
            leave();
        }
    }

    /** NUMBER as a Constant (CPython's _PyPegen_number_token): atom() does exactly that for a NUMBER token. */
    private ExprNode numberToken() {
        if (!check(TokenType.NUMBER)) {
            return null;
        }
        return atom();
    }

    // capture_pattern: pattern_capture_target
    protected PatternNode capture_pattern() {
        enter();
        try {
            int m = mark();
            Name target = pattern_capture_target();
            if (target != null) {
                return new MatchAs(null, target.id, startLine(m), startCol(m), endLine(), endCol());
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // pattern_capture_target: !"_" NAME !('.' | '(' | '=')
    protected Name pattern_capture_target() {
        enter();
        try {
            int m = mark();
            if (softKeyword("_") != null) {
                reset(m);
                return null;
            }
            Name name = name();
            if (name == null) {
                return null;
            }
            if (check(TokenType.DOT) || check(TokenType.LPAR) || check(TokenType.EQUAL)) {
                reset(m);
                return null;
            }
            return name.withCtx(ExprContext.Store);
        } finally {
            leave();
        }
    }

    // wildcard_pattern: "_"
    protected PatternNode wildcard_pattern() {
        enter();
        try {
            int m = mark();
            if (softKeyword("_") != null) {
                return new MatchAs(null, null, startLine(m), startCol(m), endLine(), endCol());
            }
            return null;
        } finally {
            leave();
        }
    }

    // value_pattern: attr !('.' | '(' | '=')
    protected PatternNode value_pattern() {
        enter();
        try {
            int m = mark();
            ExprNode attr = attr();
            if (attr != null && !(check(TokenType.DOT) || check(TokenType.LPAR) || check(TokenType.EQUAL))) {
                return new MatchValue(attr, startLine(m), startCol(m), endLine(), endCol());
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // attr: name_or_attr '.' NAME   (left-recursive; a loop here)
    protected ExprNode attr() {
        enter();
        try {
            int m = mark();
            ExprNode e = name_or_attr();
            if (e instanceof Attribute) {
                return e;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // name_or_attr: attr | NAME   — NAME ('.' NAME)*
    protected ExprNode name_or_attr() {
        enter();
        try {
            int m = mark();
            ExprNode e = name();
            if (e == null) {
                return null;
            }
            while (true) {
                int m2 = mark();
                Name n;
                if (expect(TokenType.DOT) != null && (n = name()) != null) {
                    e = new Attribute(e, n.id, ExprContext.Load, startLine(m), startCol(m), endLine(), endCol());
                } else {
                    reset(m2);
                    return e;
                }
            }
        } finally {
            leave();
        }
    }

    // group_pattern: '(' pattern ')'
    protected PatternNode group_pattern() {
        enter();
        try {
            int m = mark();
            PatternNode p;
            if (expect(TokenType.LPAR) != null && (p = pattern()) != null && expect(TokenType.RPAR) != null) {
                return p;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
    protected PatternNode sequence_pattern() {
        enter();
        try {
            int m = mark();
            if (expect(TokenType.LSQB) != null) {
                List<PatternNode> ps = maybe_sequence_pattern();
                if (expect(TokenType.RSQB) != null) {
                    return new MatchSequence(ps == null ? List.of() : ps, startLine(m), startCol(m), endLine(),
                            endCol());
                }
            }
            reset(m);
            if (expect(TokenType.LPAR) != null) {
                List<PatternNode> ps = open_sequence_pattern();
                if (expect(TokenType.RPAR) != null) {
                    return new MatchSequence(ps == null ? List.of() : ps, startLine(m), startCol(m), endLine(),
                            endCol());
                }
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
    protected List<PatternNode> open_sequence_pattern() {
        enter();
        try {
            int m = mark();
            PatternNode first;
            if ((first = maybe_star_pattern()) != null && expect(TokenType.COMMA) != null) {
                List<PatternNode> rest = maybe_sequence_pattern();
                List<PatternNode> all = new ArrayList<>();
                all.add(first);
                if (rest != null) {
                    all.addAll(rest);
                }
                return all;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
    protected List<PatternNode> maybe_sequence_pattern() {
        enter();
        try {
            int m = mark();
            PatternNode p = maybe_star_pattern();
            if (p == null) {
                reset(m);
                return null;
            }
            List<PatternNode> ps = new ArrayList<>();
            ps.add(p);
            while (true) {
                int m2 = mark();
                if (expect(TokenType.COMMA) != null && (p = maybe_star_pattern()) != null) {
                    ps.add(p);
                } else {
                    reset(m2);
                    break;
                }
            }
            expect(TokenType.COMMA);
            return ps;
        } finally {
            leave();
        }
    }

    // maybe_star_pattern: star_pattern | pattern
    protected PatternNode maybe_star_pattern() {
        enter();
        try {
            int m = mark();
            PatternNode p;
            if ((p = star_pattern()) != null) {
                return p;
            }
            reset(m);
            if ((p = pattern()) != null) {
                return p;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern
    protected PatternNode star_pattern() {
        enter();
        try {
            Object memo = memoLookup(STAR_PATTERN_ID);
            if (memo != NO_MEMO) {
                return (PatternNode) memo;
            }
            int m = mark();
            PatternNode res = null;
            Name target;
            if (expect(TokenType.STAR) != null && (target = pattern_capture_target()) != null) {
                res = new MatchStar(target.id, startLine(m), startCol(m), endLine(), endCol());
            } else {
                reset(m);
                if (expect(TokenType.STAR) != null && wildcard_pattern() != null) {
                    res = new MatchStar(null, startLine(m), startCol(m), endLine(), endCol());
                } else {
                    reset(m);
                }
            }
            memoStore(m, STAR_PATTERN_ID, res);
            return res;
        } finally {
            leave();
        }
    }

    // mapping_pattern:
    //     | '{' '}'
    //     | '{' double_star_pattern ','? '}'
    //     | '{' items_pattern ',' double_star_pattern ','? '}'
    //     | '{' items_pattern ','? '}'
    protected PatternNode mapping_pattern() {
        enter();
        try {
            int m = mark();
            if (expect(TokenType.LBRACE) != null && expect(TokenType.RBRACE) != null) {
                return new MatchMapping(List.of(), List.of(), null, startLine(m), startCol(m), endLine(), endCol());
            }
            reset(m);
            Name rest;
            if (expect(TokenType.LBRACE) != null && (rest = double_star_pattern()) != null) {
                expect(TokenType.COMMA);
                if (expect(TokenType.RBRACE) != null) {
                    return new MatchMapping(List.of(), List.of(), rest.id, startLine(m), startCol(m), endLine(),
                            endCol());
                }
            }
            reset(m);
            List<PatternKeyPair> items;
            if (expect(TokenType.LBRACE) != null && (items = items_pattern()) != null
                    && expect(TokenType.COMMA) != null && (rest = double_star_pattern()) != null) {
                expect(TokenType.COMMA);
                if (expect(TokenType.RBRACE) != null) {
                    return new MatchMapping(keysOf(items), patternsOf(items), rest.id, startLine(m), startCol(m),
                            endLine(), endCol());
                }
            }
            reset(m);
            if (expect(TokenType.LBRACE) != null && (items = items_pattern()) != null) {
                expect(TokenType.COMMA);
                if (expect(TokenType.RBRACE) != null) {
                    return new MatchMapping(keysOf(items), patternsOf(items), null, startLine(m), startCol(m),
                            endLine(), endCol());
                }
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    private static List<ExprNode> keysOf(List<PatternKeyPair> items) {
        List<ExprNode> keys = new ArrayList<>(items.size());
        for (PatternKeyPair kv : items) {
            keys.add(kv.key());
        }
        return keys;
    }

    private static List<PatternNode> patternsOf(List<PatternKeyPair> items) {
        List<PatternNode> ps = new ArrayList<>(items.size());
        for (PatternKeyPair kv : items) {
            ps.add(kv.pattern());
        }
        return ps;
    }

    private static List<String> namesOf(List<PatternKeyPair> items) {
        List<String> names = new ArrayList<>(items.size());
        for (PatternKeyPair kv : items) {
            names.add(((Name) kv.key()).id);
        }
        return names;
    }

    // items_pattern: ','.key_value_pattern+
    protected List<PatternKeyPair> items_pattern() {
        enter();
        try {
            int m = mark();
            PatternKeyPair kv = key_value_pattern();
            if (kv == null) {
                reset(m);
                return null;
            }
            List<PatternKeyPair> items = new ArrayList<>();
            items.add(kv);
            while (true) {
                int m2 = mark();
                if (expect(TokenType.COMMA) != null && (kv = key_value_pattern()) != null) {
                    items.add(kv);
                } else {
                    reset(m2);
                    return items;
                }
            }
        } finally {
            leave();
        }
    }

    // key_value_pattern: (literal_expr | attr) ':' pattern
    protected PatternKeyPair key_value_pattern() {
        enter();
        try {
            int m = mark();
            ExprNode key = literal_expr();
            if (key == null) {
                reset(m);
                key = attr();
            }
            PatternNode p;
            if (key != null && expect(TokenType.COLON) != null && (p = pattern()) != null) {
                return new PatternKeyPair(key, p);
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // double_star_pattern: '**' pattern_capture_target
    protected Name double_star_pattern() {
        enter();
        try {
            int m = mark();
            Name target;
            if (expect(TokenType.DOUBLESTAR) != null && (target = pattern_capture_target()) != null) {
                return target;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // class_pattern:
    //     | name_or_attr '(' ')'
    //     | name_or_attr '(' positional_patterns ','? ')'
    //     | name_or_attr '(' keyword_patterns ','? ')'
    //     | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
    //     | invalid_class_pattern
    protected PatternNode class_pattern() {
        enter();
        try {
            int m = mark();
            ExprNode cls;
            if ((cls = name_or_attr()) != null && expect(TokenType.LPAR) != null && expect(TokenType.RPAR) != null) {
                return new MatchClass(cls, List.of(), List.of(), List.of(), startLine(m), startCol(m), endLine(),
                        endCol());
            }
            reset(m);
            List<PatternNode> pos;
            if ((cls = name_or_attr()) != null && expect(TokenType.LPAR) != null
                    && (pos = positional_patterns()) != null) {
                expect(TokenType.COMMA);
                if (expect(TokenType.RPAR) != null) {
                    return new MatchClass(cls, pos, List.of(), List.of(), startLine(m), startCol(m), endLine(),
                            endCol());
                }
            }
            reset(m);
            List<PatternKeyPair> kws;
            if ((cls = name_or_attr()) != null && expect(TokenType.LPAR) != null
                    && (kws = keyword_patterns()) != null) {
                expect(TokenType.COMMA);
                if (expect(TokenType.RPAR) != null) {
                    return new MatchClass(cls, List.of(), namesOf(kws), patternsOf(kws), startLine(m), startCol(m),
                            endLine(), endCol());
                }
            }
            reset(m);
            if ((cls = name_or_attr()) != null && expect(TokenType.LPAR) != null
                    && (pos = positional_patterns()) != null && expect(TokenType.COMMA) != null
                    && (kws = keyword_patterns()) != null) {
                expect(TokenType.COMMA);
                if (expect(TokenType.RPAR) != null) {
                    return new MatchClass(cls, pos, namesOf(kws), patternsOf(kws), startLine(m), startCol(m),
                            endLine(), endCol());
                }
            }
            reset(m);
            if (callInvalidRules) {
                invalid_class_pattern();
                reset(m);
            }
            return null;
        } finally {
            leave();
        }
    }

    // positional_patterns: ','.pattern+
    protected List<PatternNode> positional_patterns() {
        enter();
        try {
            int m = mark();
            PatternNode p = pattern();
            if (p == null) {
                reset(m);
                return null;
            }
            List<PatternNode> ps = new ArrayList<>();
            ps.add(p);
            while (true) {
                int m2 = mark();
                if (expect(TokenType.COMMA) != null && (p = pattern()) != null) {
                    ps.add(p);
                } else {
                    reset(m2);
                    return ps;
                }
            }
        } finally {
            leave();
        }
    }

    // keyword_patterns: ','.keyword_pattern+
    protected List<PatternKeyPair> keyword_patterns() {
        enter();
        try {
            int m = mark();
            PatternKeyPair kv = keyword_pattern();
            if (kv == null) {
                reset(m);
                return null;
            }
            List<PatternKeyPair> items = new ArrayList<>();
            items.add(kv);
            while (true) {
                int m2 = mark();
                if (expect(TokenType.COMMA) != null && (kv = keyword_pattern()) != null) {
                    items.add(kv);
                } else {
                    reset(m2);
                    return items;
                }
            }
        } finally {
            leave();
        }
    }

    // keyword_pattern: NAME '=' pattern
    protected PatternKeyPair keyword_pattern() {
        enter();
        try {
            int m = mark();
            Name arg;
            PatternNode value;
            if ((arg = name()) != null && expect(TokenType.EQUAL) != null && (value = pattern()) != null) {
                return new PatternKeyPair(arg, value);
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // ------------------------------------------------------------------------------------------------
    // invalid_* pattern rules (3.13.0)

    // invalid_as_pattern:
    //     | or_pattern 'as' "_" { "cannot use '_' as a target" }
    //     | or_pattern 'as' !NAME expression { "invalid pattern target" }
    protected void invalid_as_pattern() {
        enter();
        try {
            int m = mark();
            Token a;
            if (or_pattern() != null && keyword("as") != null && (a = softKeyword("_")) != null) {
                raiseSyntaxErrorKnownLocation(a, "cannot use '_' as a target");
            }
            reset(m);
            if (or_pattern() != null && keyword("as") != null) {
                int m2 = mark();
                boolean isName = nameToken() != null;
                reset(m2);
                ExprNode e;
                if (!isName && (e = expression()) != null) {
                    raiseSyntaxErrorKnownLocation(e, "invalid pattern target");
                }
            }
            reset(m);
        } finally {
            leave();
        }
    }

    // invalid_class_pattern:
    //     | name_or_attr '(' invalid_class_argument_pattern { "positional patterns follow keyword patterns" }
    protected void invalid_class_pattern() {
        enter();
        try {
            int m = mark();
            List<PatternNode> a;
            if (name_or_attr() != null && expect(TokenType.LPAR) != null
                    && (a = invalid_class_argument_pattern()) != null) {
                raiseSyntaxErrorKnownRange(a.get(0), a.get(a.size() - 1), "positional patterns follow keyword patterns");
            }
            reset(m);
        } finally {
            leave();
        }
    }

    // invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' positional_patterns
    protected List<PatternNode> invalid_class_argument_pattern() {
        enter();
        try {
            int m = mark();
            int m2 = mark();
            if (!(positional_patterns() != null && expect(TokenType.COMMA) != null)) {
                reset(m2);
            }
            List<PatternNode> a;
            if (keyword_patterns() != null && expect(TokenType.COMMA) != null && (a = positional_patterns()) != null) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }
}
