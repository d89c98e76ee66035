package dev.kaa.compiler.parser;

import dev.kaa.compiler.ast.*;
import dev.kaa.compiler.ast.Module;

import java.util.Arrays;
import java.util.List;

/**
 * The depth limit of CPython's AST conversion (Python/Python-ast.c, ast2obj_*): converting the C tree to
 * Python objects counts one level per node of every sum and product type (mod, stmt, expr, keyword,
 * arguments, arg, comprehension, ...; not the enum-like operators and contexts) and raises
 * RecursionError("maximum recursion depth exceeded during ast construction") when the count passes its
 * limit. For {@code ast.parse} called the way the oracle calls it, measured against 3.13.0: a tree whose
 * deepest node lies {@value #MAX_DEPTH} levels down (the Module being level 1) converts, one level more
 * does not ({@code "x" + ".a" * 9994} parses, {@code ".a" * 9995} does not).
 *
 * <p>The walk is iterative (an explicit stack) so that trees far deeper than the Java stack allows are
 * measured safely.
 */
final class AstDepth {
    /** The deepest level at which ast2obj still converts a node (3.13.0, module-level {@code ast.parse}). */
    static final int MAX_DEPTH = 9997;

    private Node[] nodes = new Node[256];
    private int[] depths = new int[256];
    private int sp;

    private AstDepth() {
    }

    /** True if converting {@code root}, whose parent is at level {@code parentDepth}, would pass the limit. */
    static boolean tooDeep(Node root, int parentDepth) {
        return new AstDepth().walk(root, parentDepth);
    }

    private boolean walk(Node root, int parentDepth) {
        push(root, parentDepth);
        while (sp > 0) {
            sp--;
            Node node = nodes[sp];
            int d = depths[sp];
            nodes[sp] = null;
            if (d > MAX_DEPTH) {
                return true;
            }
            children(node, d);
        }
        return false;
    }

    private void push(Node n, int parentDepth) {
        if (n == null) {
            return;
        }
        if (sp == nodes.length) {
            nodes = Arrays.copyOf(nodes, sp * 2);
            depths = Arrays.copyOf(depths, sp * 2);
        }
        nodes[sp] = n;
        depths[sp] = parentDepth + 1;
        sp++;
    }

    private void pushAll(List<? extends Node> list, int parentDepth) {
        if (list == null) {
            return;
        }
        for (int i = 0, n = list.size(); i < n; i++) {
            push(list.get(i), parentDepth);
        }
    }

    /** Pushes the node-valued fields of {@code node} (the fields ast2obj converts recursively). */
    private void children(Node node, int d) {
        switch (node) {
            case Name _, Constant _ -> {
            }
            case Attribute n -> {
                push(n.value, d);
            }
            case Call n -> {
                push(n.func, d);
                pushAll(n.args, d);
                pushAll(n.keywords, d);
            }
            case Expr n -> {
                push(n.value, d);
            }
            case Assign n -> {
                pushAll(n.targets, d);
                push(n.value, d);
            }
            case BinOp n -> {
                push(n.left, d);
                push(n.right, d);
            }
            case Subscript n -> {
                push(n.value, d);
                push(n.slice, d);
            }
            case Keyword n -> {
                push(n.value, d);
            }
            case Arg n -> {
                push(n.annotation, d);
            }
            case Arguments n -> {
                pushAll(n.posonlyargs, d);
                pushAll(n.args, d);
                push(n.vararg, d);
                pushAll(n.kwonlyargs, d);
                pushAll(n.kw_defaults, d);
                push(n.kwarg, d);
                pushAll(n.defaults, d);
            }
            case Return n -> {
                push(n.value, d);
            }
            case If n -> {
                push(n.test, d);
                pushAll(n.body, d);
                pushAll(n.orelse, d);
            }
            case Compare n -> {
                push(n.left, d);
                pushAll(n.comparators, d);
            }
            case Tuple n -> {
                pushAll(n.elts, d);
            }
            case ListExpr n -> {
                pushAll(n.elts, d);
            }
            case Dict n -> {
                pushAll(n.keys, d);
                pushAll(n.values, d);
            }
            case FunctionDef n -> {
                push(n.args, d);
                pushAll(n.body, d);
                pushAll(n.decorator_list, d);
                push(n.returns, d);
                pushAll(n.type_params, d);
            }
            case JoinedStr n -> {
                pushAll(n.values, d);
            }
            case FormattedValue n -> {
                push(n.value, d);
                push(n.format_spec, d);
            }
            case UnaryOp n -> {
                push(n.operand, d);
            }
            case BoolOp n -> {
                pushAll(n.values, d);
            }
            case AnnAssign n -> {
                push(n.target, d);
                push(n.annotation, d);
                push(n.value, d);
            }
            case Assert n -> {
                push(n.test, d);
                push(n.msg, d);
            }
            case AsyncFor n -> {
                push(n.target, d);
                push(n.iter, d);
                pushAll(n.body, d);
                pushAll(n.orelse, d);
            }
            case AsyncFunctionDef n -> {
                push(n.args, d);
                pushAll(n.body, d);
                pushAll(n.decorator_list, d);
                push(n.returns, d);
                pushAll(n.type_params, d);
            }
            case AsyncWith n -> {
                pushAll(n.items, d);
                pushAll(n.body, d);
            }
            case AugAssign n -> {
                push(n.target, d);
                push(n.value, d);
            }
            case Await n -> {
                push(n.value, d);
            }
            case ClassDef n -> {
                pushAll(n.bases, d);
                pushAll(n.keywords, d);
                pushAll(n.body, d);
                pushAll(n.decorator_list, d);
                pushAll(n.type_params, d);
            }
            case Comprehension n -> {
                push(n.target, d);
                push(n.iter, d);
                pushAll(n.ifs, d);
            }
            case Delete n -> {
                pushAll(n.targets, d);
            }
            case DictComp n -> {
                push(n.key, d);
                push(n.value, d);
                pushAll(n.generators, d);
            }
            case ExceptHandler n -> {
                push(n.type, d);
                pushAll(n.body, d);
            }
            case Expression n -> {
                push(n.body, d);
            }
            case For n -> {
                push(n.target, d);
                push(n.iter, d);
                pushAll(n.body, d);
                pushAll(n.orelse, d);
            }
            case FunctionType n -> {
                pushAll(n.argtypes, d);
                push(n.returns, d);
            }
            case GeneratorExp n -> {
                push(n.elt, d);
                pushAll(n.generators, d);
            }
            case IfExp n -> {
                push(n.test, d);
                push(n.body, d);
                push(n.orelse, d);
            }
            case Import n -> {
                pushAll(n.names, d);
            }
            case ImportFrom n -> {
                pushAll(n.names, d);
            }
            case Interactive n -> {
                pushAll(n.body, d);
            }
            case Lambda n -> {
                push(n.args, d);
                push(n.body, d);
            }
            case ListComp n -> {
                push(n.elt, d);
                pushAll(n.generators, d);
            }
            case Match n -> {
                push(n.subject, d);
                pushAll(n.cases, d);
            }
            case MatchAs n -> {
                push(n.pattern, d);
            }
            case MatchCase n -> {
                push(n.pattern, d);
                push(n.guard, d);
                pushAll(n.body, d);
            }
            case MatchClass n -> {
                push(n.cls, d);
                pushAll(n.patterns, d);
                pushAll(n.kwd_patterns, d);
            }
            case MatchMapping n -> {
                pushAll(n.keys, d);
                pushAll(n.patterns, d);
            }
            case MatchOr n -> {
                pushAll(n.patterns, d);
            }
            case MatchSequence n -> {
                pushAll(n.patterns, d);
            }
            case MatchValue n -> {
                push(n.value, d);
            }
            case Module n -> {
                pushAll(n.body, d);
                pushAll(n.type_ignores, d);
            }
            case NamedExpr n -> {
                push(n.target, d);
                push(n.value, d);
            }
            case ParamSpec n -> {
                push(n.default_value, d);
            }
            case Raise n -> {
                push(n.exc, d);
                push(n.cause, d);
            }
            case SetComp n -> {
                push(n.elt, d);
                pushAll(n.generators, d);
            }
            case SetExpr n -> {
                pushAll(n.elts, d);
            }
            case Slice n -> {
                push(n.lower, d);
                push(n.upper, d);
                push(n.step, d);
            }
            case Starred n -> {
                push(n.value, d);
            }
            case Try n -> {
                pushAll(n.body, d);
                pushAll(n.handlers, d);
                pushAll(n.orelse, d);
                pushAll(n.finalbody, d);
            }
            case TryStar n -> {
                pushAll(n.body, d);
                pushAll(n.handlers, d);
                pushAll(n.orelse, d);
                pushAll(n.finalbody, d);
            }
            case TypeAlias n -> {
                push(n.name, d);
                pushAll(n.type_params, d);
                push(n.value, d);
            }
            case TypeVar n -> {
                push(n.bound, d);
                push(n.default_value, d);
            }
            case TypeVarTuple n -> {
                push(n.default_value, d);
            }
            case While n -> {
                push(n.test, d);
                pushAll(n.body, d);
                pushAll(n.orelse, d);
            }
            case With n -> {
                pushAll(n.items, d);
                pushAll(n.body, d);
            }
            case Withitem n -> {
                push(n.context_expr, d);
                push(n.optional_vars, d);
            }
            case Yield n -> {
                push(n.value, d);
            }
            case YieldFrom n -> {
                push(n.value, d);
            }
            default -> {
                // a leaf: Alias, Break, Constant, Continue, Global, MatchSingleton, MatchStar, Name, Nonlocal, Pass, TypeIgnore
            }
        }
    }
}
