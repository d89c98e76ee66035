package dev.kaa.compiler.codegen;

import static dev.kaa.compiler.bytecode.Opcode.*;

import dev.kaa.compiler.ast.*;
import dev.kaa.compiler.bytecode.Location;
import dev.kaa.compiler.bytecode.TupleConstant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Code generation for {@code match} statements (PEP 634; the pattern part of CPython's compile.c).
 *
 * <p>Every pattern routine consumes the subject on top of the stack and jumps to a "fail_pop" block on
 * failure; {@code onTop} counts the items above the subject that must be popped on failure, and names
 * captured so far wait on the stack below them until the whole pattern has matched.
 */
final class PatternCompiler {
    private static final Location NO_LOCATION = Location.NO_LOCATION;

    private final CodeGen c;

    /** pattern_context. */
    private List<String> stores;
    private boolean allowIrrefutable;
    private List<Integer> failPop;
    private int onTop;

    PatternCompiler(CodeGen c) {
        this.c = c;
    }

    private static Location loc(LocatedNode n) {
        return CodeGen.locOf(n);
    }

    private static boolean wildcardCheck(PatternNode p) {
        return p instanceof MatchAs a && a.name == null && a.pattern == null;
    }

    private static boolean wildcardStarCheck(PatternNode p) {
        return p instanceof MatchStar s && s.name == null;
    }

    private void ensureFailPop(int n) {
        int size = n + 1;
        if (failPop == null) {
            failPop = new ArrayList<>();
        }
        while (failPop.size() < size) {
            failPop.add(c.newLabelForPatterns());
        }
    }

    private void jumpToFailPop(Location loc, int op) {
        int pops = onTop + stores.size();
        ensureFailPop(pops);
        c.emitJ(op, failPop.get(pops), loc);
    }

    private void emitAndResetFailPop(Location loc) {
        if (failPop == null || failPop.isEmpty()) {
            failPop = null;
            return;
        }
        for (int i = failPop.size() - 1; i > 0; i--) {
            c.useLabelForPatterns(failPop.get(i));
            c.emit(POP_TOP, loc);
        }
        c.useLabelForPatterns(failPop.get(0));
        failPop = null;
    }

    private void rotate(Location loc, int count) {
        while (1 < count) {
            c.emitI(SWAP, count--, loc);
        }
    }

    private void storeName(Location loc, String n) {
        if (n == null) {
            c.emit(POP_TOP, loc);
            return;
        }
        c.checkForbiddenStore(loc, n);
        if (stores.contains(n)) {
            throw c.errorAt(loc, "multiple assignments to name '" + n + "' in pattern");
        }
        int rotations = onTop + stores.size() + 1;
        rotate(loc, rotations);
        stores.add(n);
    }

    private void unpackHelper(Location loc, List<PatternNode> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            PatternNode elt = elts.get(i);
            if (elt instanceof MatchStar && !seenStar) {
                if (i >= (1 << 8) || (n - i - 1 >= (Integer.MAX_VALUE >> 8))) {
                    throw c.errorAt(loc, "too many expressions in star-unpacking sequence pattern");
                }
                c.emitI(UNPACK_EX, i + ((n - i - 1) << 8), loc);
                seenStar = true;
            } else if (elt instanceof MatchStar) {
                throw c.errorAt(loc, "multiple starred expressions in sequence pattern");
            }
        }
        if (!seenStar) {
            c.emitI(UNPACK_SEQUENCE, n, loc);
        }
    }

    private void sequenceUnpack(Location loc, List<PatternNode> patterns) {
        unpackHelper(loc, patterns);
        int size = patterns.size();
        onTop += size;
        for (PatternNode p : patterns) {
            onTop--;
            subpattern(p);
        }
    }

    private void sequenceSubscr(Location loc, List<PatternNode> patterns, int star) {
        onTop++;
        int size = patterns.size();
        for (int i = 0; i < size; i++) {
            PatternNode pattern = patterns.get(i);
            if (wildcardCheck(pattern)) {
                continue;
            }
            if (i == star) {
                continue;
            }
            c.emitI(COPY, 1, loc);
            if (i < star) {
                c.emitConst((long) i, loc);
            } else {
                // the subject may not support negative indexing: compute a nonnegative index
                c.emit(GET_LEN, loc);
                c.emitConst((long) (size - i), loc);
                c.emitBinary(loc, OperatorKind.Sub);
            }
            c.emit(BINARY_SUBSCR, loc);
            subpattern(pattern);
        }
        onTop--;
        c.emit(POP_TOP, loc);
    }

    private void subpattern(PatternNode p) {
        boolean saved = allowIrrefutable;
        allowIrrefutable = true;
        pattern(p);
        allowIrrefutable = saved;
    }

    private void patternAs(MatchAs p) {
        if (p.pattern == null) {
            // an irrefutable match
            if (!allowIrrefutable) {
                if (p.name != null) {
                    throw c.errorAt(loc(p), "name capture '" + p.name + "' makes remaining patterns unreachable");
                }
                throw c.errorAt(loc(p), "wildcard makes remaining patterns unreachable");
            }
            storeName(loc(p), p.name);
            return;
        }
        onTop++;
        c.emitI(COPY, 1, loc(p));
        pattern(p.pattern);
        onTop--;
        storeName(loc(p), p.name);
    }

    private void patternStar(MatchStar p) {
        storeName(loc(p), p.name);
    }

    private void validateKwdAttrs(List<String> attrs, List<PatternNode> patterns) {
        int n = attrs.size();
        for (int i = 0; i < n; i++) {
            String attr = attrs.get(i);
            Location loc = loc(patterns.get(i));
            c.checkForbiddenStore(loc, attr);
            for (int j = i + 1; j < n; j++) {
                if (attr.equals(attrs.get(j))) {
                    throw c.errorAt(loc(patterns.get(j)), "attribute name repeated in class pattern: " + attr);
                }
            }
        }
    }

    private void patternClass(MatchClass p) {
        List<PatternNode> patterns = p.patterns;
        List<String> kwdAttrs = p.kwd_attrs;
        List<PatternNode> kwdPatterns = p.kwd_patterns;
        int nargs = patterns.size();
        int nattrs = kwdAttrs.size();
        if (nattrs != kwdPatterns.size()) {
            throw c.errorAt(loc(p), "kwd_attrs (" + nattrs + ") / kwd_patterns (" + kwdPatterns.size()
                    + ") length mismatch in class pattern");
        }
        if (nattrs > 0) {
            validateKwdAttrs(kwdAttrs, kwdPatterns);
        }
        c.visitExpr(p.cls);
        c.emitConst(new TupleConstant(kwdAttrs.toArray()), loc(p));
        c.emitI(MATCH_CLASS, nargs, loc(p));
        c.emitI(COPY, 1, loc(p));
        c.emitConst(null, loc(p));
        c.emitI(IS_OP, 1, loc(p));
        // a tuple of (nargs + nattrs) attributes, or None
        onTop++;
        jumpToFailPop(loc(p), POP_JUMP_IF_FALSE);
        c.emitI(UNPACK_SEQUENCE, nargs + nattrs, loc(p));
        onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            onTop--;
            PatternNode pattern = i < nargs ? patterns.get(i) : kwdPatterns.get(i - nargs);
            if (wildcardCheck(pattern)) {
                c.emit(POP_TOP, loc(p));
                continue;
            }
            subpattern(pattern);
        }
    }

    private void patternMapping(MatchMapping p) {
        List<ExprNode> keys = p.keys;
        List<PatternNode> patterns = p.patterns;
        int size = keys.size();
        if (size != patterns.size()) {
            throw c.errorAt(loc(p), "keys (" + size + ") / patterns (" + patterns.size()
                    + ") length mismatch in mapping pattern");
        }
        String starTarget = p.rest;
        onTop++;
        c.emit(MATCH_MAPPING, loc(p));
        jumpToFailPop(loc(p), POP_JUMP_IF_FALSE);
        if (size == 0 && starTarget == null) {
            // {}: done, pop the subject
            onTop--;
            c.emit(POP_TOP, loc(p));
            return;
        }
        if (size > 0) {
            // a length check
            c.emit(GET_LEN, loc(p));
            c.emitConst((long) size, loc(p));
            c.emitCompare(loc(p), CmpOpKind.GtE);
            jumpToFailPop(loc(p), POP_JUMP_IF_FALSE);
        }
        HashSet<Object> seen = new HashSet<>();
        for (int i = 0; i < size; i++) {
            ExprNode key = keys.get(i);
            if (key == null) {
                throw c.errorAt(loc(patterns.get(i)),
                        "can't use NULL keys in MatchMapping (set 'rest' parameter instead)");
            }
            if (key instanceof Constant k) {
                if (!seen.add(SetKey.of(k.value))) {
                    throw c.errorAt(loc(p), "mapping pattern checks duplicate key ("
                            + dev.kaa.compiler.bytecode.ConstantRepr.repr(k.value) + ")");
                }
            } else if (!(key instanceof Attribute)) {
                throw c.errorAt(loc(p), "mapping pattern keys may only match literals and attribute lookups");
            }
            c.visitExpr(key);
        }
        c.emitI(BUILD_TUPLE, size, loc(p));
        c.emit(MATCH_KEYS, loc(p));
        // a tuple of keys and a tuple of values are now on top of the subject
        onTop += 2;
        c.emitI(COPY, 1, loc(p));
        c.emitConst(null, loc(p));
        c.emitI(IS_OP, 1, loc(p));
        jumpToFailPop(loc(p), POP_JUMP_IF_FALSE);
        c.emitI(UNPACK_SEQUENCE, size, loc(p));
        onTop += size - 1;
        for (PatternNode pattern : patterns) {
            onTop--;
            subpattern(pattern);
        }
        // a match: what follows consumes the tuple of keys and the subject
        onTop -= 2;
        if (starTarget != null) {
            // rest = dict(TOS1); for key in TOS: del rest[key]
            c.emitI(BUILD_MAP, 0, loc(p));
            c.emitI(SWAP, 3, loc(p));
            c.emitI(DICT_UPDATE, 2, loc(p));
            c.emitI(UNPACK_SEQUENCE, size, loc(p));
            while (size > 0) {
                c.emitI(COPY, 1 + size--, loc(p));
                c.emitI(SWAP, 2, loc(p));
                c.emit(DELETE_SUBSCR, loc(p));
            }
            storeName(loc(p), starTarget);
        } else {
            c.emit(POP_TOP, loc(p)); // tuple of keys
            c.emit(POP_TOP, loc(p)); // subject
        }
    }

    private void patternOr(MatchOr p) {
        int end = c.newLabelForPatterns();
        int size = p.patterns.size();
        // save the outer context; each alternative starts afresh
        List<String> oldStores = stores;
        boolean oldAllow = allowIrrefutable;
        List<Integer> oldFailPop = failPop;
        int oldOnTop = onTop;
        List<String> control = null;
        for (int i = 0; i < size; i++) {
            PatternNode alt = p.patterns.get(i);
            stores = new ArrayList<>();
            // an irrefutable sub-pattern must be last, if it is allowed at all
            allowIrrefutable = (i == size - 1) && oldAllow;
            failPop = null;
            onTop = 0;
            c.emitI(COPY, 1, loc(alt));
            pattern(alt);
            int nstores = stores.size();
            if (i == 0) {
                // the first alternative's captures are the "control" for the others
                control = stores;
            } else if (nstores != control.size()) {
                throw c.errorAt(loc(p), "alternative patterns bind different names");
            } else if (nstores > 0) {
                int icontrol = nstores;
                while (icontrol-- > 0) {
                    String name = control.get(icontrol);
                    int istores = stores.indexOf(name);
                    if (istores < 0) {
                        throw c.errorAt(loc(p), "alternative patterns bind different names");
                    }
                    if (icontrol != istores) {
                        // reorder the names on the stack to match control's order
                        int rotations = istores + 1;
                        List<String> rotated = new ArrayList<>(stores.subList(0, rotations));
                        stores.subList(0, rotations).clear();
                        stores.addAll(icontrol - istores, rotated);
                        while (rotations-- > 0) {
                            rotate(loc(alt), icontrol + 1);
                        }
                    }
                }
            }
            c.emitJ(JUMP, end, loc(alt));
            emitAndResetFailPop(loc(alt));
        }
        stores = oldStores;
        allowIrrefutable = oldAllow;
        failPop = oldFailPop;
        onTop = oldOnTop;
        // no match: pop the remaining copy of the subject and fail
        c.emit(POP_TOP, loc(p));
        jumpToFailPop(loc(p), JUMP);
        c.useLabelForPatterns(end);
        int nstores = control.size();
        // between the new stores and where they belong: the other stores, a copy of the subject, anything
        // else on top, and earlier stores
        int nrots = nstores + 1 + onTop + stores.size();
        for (int i = 0; i < nstores; i++) {
            rotate(loc(p), nrots);
            String name = control.get(i);
            if (stores.contains(name)) {
                throw c.errorAt(loc(p), "multiple assignments to name '" + name + "' in pattern");
            }
            stores.add(name);
        }
        c.emit(POP_TOP, loc(p)); // the copy of the subject
    }

    private void patternSequence(MatchSequence p) {
        List<PatternNode> patterns = p.patterns;
        int size = patterns.size();
        int star = -1;
        boolean onlyWildcard = true;
        boolean starWildcard = false;
        for (int i = 0; i < size; i++) {
            PatternNode pattern = patterns.get(i);
            if (pattern instanceof MatchStar) {
                if (star >= 0) {
                    throw c.errorAt(loc(p), "multiple starred names in sequence pattern");
                }
                starWildcard = wildcardStarCheck(pattern);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= wildcardCheck(pattern);
        }
        onTop++;
        c.emit(MATCH_SEQUENCE, loc(p));
        jumpToFailPop(loc(p), POP_JUMP_IF_FALSE);
        if (star < 0) {
            // len(subject) == size
            c.emit(GET_LEN, loc(p));
            c.emitConst((long) size, loc(p));
            c.emitCompare(loc(p), CmpOpKind.Eq);
            jumpToFailPop(loc(p), POP_JUMP_IF_FALSE);
        } else if (size > 1) {
            // len(subject) >= size - 1
            c.emit(GET_LEN, loc(p));
            c.emitConst((long) (size - 1), loc(p));
            c.emitCompare(loc(p), CmpOpKind.GtE);
            jumpToFailPop(loc(p), POP_JUMP_IF_FALSE);
        }
        onTop--;
        if (onlyWildcard) {
            // [] / [_] / [_, _] / [*_] / [_, *_] ...
            c.emit(POP_TOP, loc(p));
        } else if (starWildcard) {
            sequenceSubscr(loc(p), patterns, star);
        } else {
            sequenceUnpack(loc(p), patterns);
        }
    }

    private void patternValue(MatchValue p) {
        ExprNode value = p.value;
        if (!(value instanceof Constant || value instanceof Attribute)) {
            throw c.errorAt(loc(p), "patterns may only match literals and attribute lookups");
        }
        c.visitExpr(value);
        c.emitCompare(loc(p), CmpOpKind.Eq);
        c.emit(TO_BOOL, loc(p));
        jumpToFailPop(loc(p), POP_JUMP_IF_FALSE);
    }

    private void patternSingleton(MatchSingleton p) {
        c.emitConst(p.value, loc(p));
        c.emitCompare(loc(p), CmpOpKind.Is);
        jumpToFailPop(loc(p), POP_JUMP_IF_FALSE);
    }

    private void pattern(PatternNode p) {
        switch (p) {
            case MatchValue v -> patternValue(v);
            case MatchSingleton s -> patternSingleton(s);
            case MatchSequence s -> patternSequence(s);
            case MatchMapping m -> patternMapping(m);
            case MatchClass k -> patternClass(k);
            case MatchStar s -> patternStar(s);
            case MatchAs a -> patternAs(a);
            case MatchOr o -> patternOr(o);
        }
    }

    void match(Match s) {
        c.visitExpr(s.subject);
        int end = c.newLabelForPatterns();
        int cases = s.cases.size();
        MatchCase m = s.cases.get(cases - 1);
        boolean hasDefault = wildcardCheck(m.pattern) && 1 < cases;
        int n = cases - (hasDefault ? 1 : 0);
        for (int i = 0; i < n; i++) {
            m = s.cases.get(i);
            // copy the subject unless this is the last case
            if (i != n - 1) {
                c.emitI(COPY, 1, loc(m.pattern));
            }
            stores = new ArrayList<>();
            // irrefutable cases must be guarded, last, or both
            allowIrrefutable = m.guard != null || i == cases - 1;
            failPop = null;
            onTop = 0;
            pattern(m.pattern);
            // a match: store the captured names (they are on the stack)
            for (String name : stores) {
                c.storeName(loc(m.pattern), name);
            }
            if (m.guard != null) {
                ensureFailPop(0);
                c.jumpIfFor(loc(m.pattern), m.guard, failPop.get(0), false);
            }
            // pop the subject, done with it
            if (i != n - 1) {
                c.emit(POP_TOP, loc(m.pattern));
            }
            c.visitBody(m.body);
            c.emitJ(JUMP, end, NO_LOCATION);
            // a failed match's cleanup has the line of the pattern, not of the body's last line
            emitAndResetFailPop(loc(m.pattern));
        }
        if (hasDefault) {
            // a trailing "case _" saves some pushing and popping in the loop above
            m = s.cases.get(cases - 1);
            if (cases == 1) {
                c.emit(POP_TOP, loc(m.pattern));
            } else {
                c.emit(NOP, loc(m.pattern)); // line coverage for the default case
            }
            if (m.guard != null) {
                c.jumpIfFor(loc(m.pattern), m.guard, end, false);
            }
            c.visitBody(m.body);
        }
        c.useLabelForPatterns(end);
    }
}
