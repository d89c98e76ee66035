package dev.kaa.compiler.codegen;

import dev.kaa.compiler.ast.Node;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A guess at which strings CPython has interned by the time it makes a code object: keywords, builtins
 * and every identifier of the module being compiled (the parser interns identifiers). It only decides
 * the printed order of frozenset constants of strings (see CodeGen.orderedFrozenset).
 */
final class InternedNames {
    private static final Set<String> BUILTINS = Set.of((
            "ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup BlockingIOError "
            + "BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError "
            + "ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError Ellipsis EncodingWarning "
            + "EnvironmentError Exception ExceptionGroup False FileExistsError FileNotFoundError FloatingPointError "
            + "FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError IndexError "
            + "InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError "
            + "ModuleNotFoundError NameError None NotADirectoryError NotImplemented NotImplementedError OSError "
            + "OverflowError PendingDeprecationWarning PermissionError ProcessLookupError PythonFinalizationError "
            + "RecursionError ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration "
            + "StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError True TypeError "
            + "UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError "
            + "UnicodeWarning UserWarning ValueError Warning ZeroDivisionError _IncompleteInputError "
            + "__build_class__ __debug__ __doc__ __import__ __loader__ __name__ __package__ __spec__ abs aiter all "
            + "and anext any as ascii assert async await bin bool break breakpoint bytearray bytes callable chr "
            + "class classmethod compile complex continue copyright credits def del delattr dict dir divmod elif "
            + "else enumerate eval except exec exit filter finally float for format from frozenset getattr global "
            + "globals hasattr hash help hex id if import in input int is isinstance issubclass iter lambda len "
            + "license list locals map max memoryview min next nonlocal not object oct open or ord pass pow print "
            + "property quit raise range repr return reversed round set setattr slice sorted staticmethod str sum "
            + "super try tuple type vars while with yield zip").split(" "));

    private final Node root;
    private Set<String> identifiers;

    InternedNames(Node root) {
        this.root = root;
    }

    boolean isInterned(String s) {
        if (BUILTINS.contains(s)) {
            return true;
        }
        if (identifiers == null) {
            identifiers = new HashSet<>();
            collect(root);
        }
        return identifiers.contains(s);
    }

    private void collect(Object o) {
        if (o instanceof dev.kaa.compiler.ast.Constant) {
            return; // string literals are new objects, not interned by the parser
        }
        if (o instanceof Node n) {
            for (Field f : n.getClass().getFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                Object v;
                try {
                    v = f.get(n);
                } catch (IllegalAccessException e) {
                    continue;
                }
                if (v instanceof String s) {
                    if (!f.getName().equals("kind") && !f.getName().equals("type_comment")) {
                        for (String part : s.split("\\.")) {
                            identifiers.add(part);
                        }
                    }
                } else {
                    collect(v);
                }
            }
        } else if (o instanceof List<?> l) {
            for (Object x : l) {
                if (x instanceof String s) {
                    identifiers.add(s);
                } else {
                    collect(x);
                }
            }
        }
    }
}
