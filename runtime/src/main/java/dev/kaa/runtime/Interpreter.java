package dev.kaa.runtime;

import dev.kaa.runtime.builtins.BuiltinsModuleTable;
import dev.kaa.runtime.builtins.SysModuleTable;
import dev.kaa.runtime.objects.PyDict;
import dev.kaa.runtime.objects.PyModule;
import dev.kaa.runtime.objects.PyStr;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One isolated Python interpreter: all mutable state of a running Python program lives here (and in the
 * {@link ThreadState}s of its threads), never in static fields, so any number of interpreters run in one
 * JVM without seeing each other. Builtin types and their methods are immutable and shared by all.
 *
 * <ul>
 *   <li>{@link #hashSecret}: the key of str/bytes hashing ({@code PYTHONHASHSEED});</li>
 *   <li>{@link #modules} ({@code sys.modules}), {@link #builtins} and its dict, {@link #sys};</li>
 *   <li>the recursion limit ({@code sys.setrecursionlimit}) and the interned strings.</li>
 * </ul>
 *
 * <p>Python code runs inside {@link #run(Runnable)}/{@link #call(Supplier)}, which bind the calling Java
 * thread's {@link ThreadState} for this interpreter (nested calls from another interpreter bind their own).
 *
 * <pre>{@code
 * Interpreter interp = new Interpreter(Interpreter.Config.fromEnvironment(System.getenv()));
 * PyObject r = interp.call(() -> PyNumber.add(PyInt.of(1), PyInt.of(2)));
 * }</pre>
 */
public final class Interpreter {
    /** Start-up settings (the parts of CPython's {@code PyConfig} the runtime needs). */
    public record Config(HashSecret hashSecret, int recursionLimit) {
        /** Defaults: a random hash secret, recursion limit 1000. */
        public static Config defaults() {
            return new Config(HashSecret.random(), 1000);
        }

        /** From environment variables ({@code PYTHONHASHSEED}); an invalid seed is an IllegalArgumentException. */
        public static Config fromEnvironment(Map<String, String> env) {
            String seed = env.get("PYTHONHASHSEED");
            HashSecret s = HashSecret.fromEnvironment(seed);
            if (s == null) {
                throw new IllegalArgumentException(
                        "PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]");
            }
            return new Config(s, 1000);
        }

        /** Defaults with a fixed hash seed. */
        public static Config withHashSeed(long seed) {
            return new Config(HashSecret.fromSeed(seed), 1000);
        }
    }

    /** The source lines of files and registered sources, for tracebacks ({@code linecache}). */
    public final dev.kaa.runtime.interp.SourceLines sourceLines = new dev.kaa.runtime.interp.SourceLines();
    /**
     * {@code sys.get_int_max_str_digits()}: the limit on int/str conversions of huge values in base 10
     * (CVE-2020-10735); 0 means no limit. Set by {@code -X int_max_str_digits} and
     * {@code sys.set_int_max_str_digits}.
     */
    public volatile int intMaxStrDigits = 4300;
    /** The str/bytes hash key. */
    public final HashSecret hashSecret;
    /** {@code sys.modules}. */
    public final PyDict modules;
    /** The {@code builtins} module. */
    public final PyModule builtins;
    /** The {@code sys} module. */
    public final PyModule sys;
    private volatile int recursionLimit;
    private final ThreadLocal<ThreadState> threadStates;
    private final Map<PyStr, PyStr> interned = new ConcurrentHashMap<>();

    public Interpreter() {
        this(Config.defaults());
    }

    public Interpreter(Config config) {
        this.hashSecret = config.hashSecret();
        this.recursionLimit = config.recursionLimit();
        this.threadStates = ThreadLocal.withInitial(() -> new ThreadState(this, Thread.currentThread()));
        ThreadState ts = threadStates.get();
        // Building the namespaces hashes strs, which needs this interpreter bound to the thread.
        this.modules = ScopedValue.where(ThreadState.CURRENT, ts).call(PyDict::new);
        this.builtins = ScopedValue.where(ThreadState.CURRENT, ts).call(() -> PyModule.fromSpec(new BuiltinsModuleTable()));
        this.sys = ScopedValue.where(ThreadState.CURRENT, ts).call(() -> PyModule.fromSpec(new SysModuleTable()));
        run(() -> {
            modules.setItem(PyStr.of("builtins"), builtins);
            modules.setItem(PyStr.of("sys"), sys);
        });
    }

    /** The builtins namespace ({@code builtins.__dict__}). */
    public PyDict builtinsDict() {
        return builtins.getDict();
    }

    /** This interpreter's state for the calling Java thread. */
    public ThreadState threadState() {
        return threadStates.get();
    }

    /** Runs {@code action} with this interpreter bound to the calling thread. */
    public void run(Runnable action) {
        ThreadState ts = threadStates.get();
        if (ThreadState.currentOrNull() == ts) {
            action.run();
            return;
        }
        ScopedValue.where(ThreadState.CURRENT, ts).run(action);
    }

    /** Computes {@code action} with this interpreter bound to the calling thread. */
    public <R> R call(Supplier<R> action) {
        ThreadState ts = threadStates.get();
        if (ThreadState.currentOrNull() == ts) {
            return action.get();
        }
        return ScopedValue.where(ThreadState.CURRENT, ts).call(action::get);
    }

    /**
     * Asks the interpreter to raise KeyboardInterrupt in the main Python thread at its next check (the
     * SIGINT handler calls this). The loop polls {@link #interruptRequested} at backward jumps and calls.
     */
    public void requestInterrupt() {
        interruptRequested = true;
    }

    /** Set by {@link #requestInterrupt()}; cleared by the interpreter loop when it raises. */
    public volatile boolean interruptRequested;

    public int getRecursionLimit() {
        return recursionLimit;
    }

    /** {@code sys.setrecursionlimit}. */
    public void setRecursionLimit(int limit) {
        if (limit < 1) {
            throw PyErr.format(dev.kaa.runtime.objects.PyExc.ValueError, "recursion limit must be greater or equal than 1");
        }
        recursionLimit = limit;
    }

    /** {@code sys.intern}: the canonical instance of an equal string in this interpreter. */
    public PyStr intern(PyStr s) {
        PyStr prev = interned.putIfAbsent(s, s);
        return prev == null ? s : prev;
    }
}
