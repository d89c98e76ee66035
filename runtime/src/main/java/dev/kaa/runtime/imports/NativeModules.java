package dev.kaa.runtime.imports;

import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.objects.PyModule;

import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The native (Java) modules an {@code import} can find before looking at {@code sys.path}: CPython's
 * built-in modules ({@code BuiltinImporter}, {@code sys.builtin_module_names}). Each entry makes a new
 * module object for one interpreter, normally {@code PyModule.fromSpec(new XxxTable())} from the table
 * the annotation processor generated for an {@code @PyModule} class; {@code sys} and {@code builtins}
 * exist from the interpreter's start and are returned as they are.
 *
 * <p>To add a module: one entry below (keep the names sorted).
 */
public final class NativeModules {
    private NativeModules() {
    }

    private static final Map<String, Function<Interpreter, PyModule>> FACTORIES = Map.ofEntries(
            Map.entry("_typing", interp -> PyModule.fromSpec(new dev.kaa.runtime.modules.TypingModuleTable())),
            Map.entry("builtins", interp -> interp.builtins),
            Map.entry("math", interp -> PyModule.fromSpec(new dev.kaa.runtime.modules.MathModuleTable())),
            Map.entry("sys", interp -> interp.sys),
            Map.entry("time", interp -> PyModule.fromSpec(new dev.kaa.runtime.modules.TimeModuleTable())));

    /** Whether {@code name} is a native module. */
    public static boolean contains(String name) {
        return FACTORIES.containsKey(name);
    }

    /** A new module object for the native module {@code name} in {@code interp}, or null if there is none. */
    public static PyModule create(String name, Interpreter interp) {
        Function<Interpreter, PyModule> f = FACTORIES.get(name);
        return f == null ? null : f.apply(interp);
    }

    /** The names, sorted ({@code sys.builtin_module_names}). */
    public static String[] names() {
        return new TreeSet<>(FACTORIES.keySet()).toArray(new String[0]);
    }
}
