package dev.kaa.runtime.objects;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * The platform C library's {@code pow}, which CPython's {@code float.__pow__} calls. glibc's pow is not
 * correctly rounded (its error bound is about 0.52 ulp: {@code 10.0 ** 23} is an exact halfway case that it
 * rounds up, and about one random argument pair in a thousand comes out one ulp away from the correctly
 * rounded value), and neither is {@link Math#pow}, in other cases; only the same library gives the same
 * bits as CPython on the same machine. So Kaa calls it through the foreign-function API.
 *
 * <p>A restricted method called without {@code --enable-native-access} makes the JVM print a warning on
 * the process's stderr, which no Python program's output may contain; so the native function is used only
 * when the JVM was started with native access for the class path ({@code ALL-UNNAMED}), as the {@code kaa}
 * launcher does. Otherwise (an embedding JVM, a test harness) {@link Math#pow} stands in.
 */
public final class NativeLibm {
    private NativeLibm() {
    }

    /** The java launcher's options whose value is the next argument. */
    private static final java.util.Set<String> VALUE_OPTIONS = java.util.Set.of("-cp", "-classpath", "--class-path",
            "-p", "--module-path", "--upgrade-module-path", "--add-modules", "--add-opens", "--add-exports",
            "--add-reads", "--limit-modules", "--patch-module", "--source");

    /** {@code double pow(double, double)} of the C library, or null when not available. */
    private static final MethodHandle POW = lookup("pow");

    private static MethodHandle lookup(String name) {
        try {
            if (!nativeAccessEnabled()) {
                return null;
            }
            Linker linker = Linker.nativeLinker();
            Optional<MemorySegment> f = linker.defaultLookup().find(name);
            if (f.isEmpty()) {
                return null;
            }
            // critical: a leaf function that neither blocks nor calls back, so no thread-state transition.
            return linker.downcallHandle(f.get(), FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE,
                    ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE), Linker.Option.critical(false));
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** Whether the JVM's options (its command line or JDK_JAVA_OPTIONS) enable native access for ALL-UNNAMED. */
    private static boolean nativeAccessEnabled() {
        String[] args = ProcessHandle.current().info().arguments().orElse(new String[0]);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--enable-native-access=") && namesUnnamed(a.substring(a.indexOf('=') + 1))) {
                return true;
            }
            if (a.equals("--enable-native-access") && i + 1 < args.length && namesUnnamed(args[i + 1])) {
                return true;
            }
            if (VALUE_OPTIONS.contains(a)) {
                i++; // the option's value, e.g. the class path
            } else if (!a.startsWith("-") || a.equals("-jar")) {
                break; // the main class: the program's own arguments follow
            }
        }
        String opts = System.getenv("JDK_JAVA_OPTIONS");
        if (opts != null) {
            for (String a : opts.trim().split("\\s+")) {
                if (a.startsWith("--enable-native-access=") && namesUnnamed(a.substring(a.indexOf('=') + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean namesUnnamed(String modules) {
        for (String m : modules.split(",")) {
            if (m.equals("ALL-UNNAMED")) {
                return true;
            }
        }
        return false;
    }

    /** {@code pow(x, y)} of the C library (IEEE special cases as C99 Annex F), else {@link Math#pow}. */
    public static double pow(double x, double y) {
        MethodHandle h = POW;
        if (h != null) {
            try {
                return (double) h.invokeExact(x, y);
            } catch (Throwable t) {
                // pow neither throws nor calls back; nothing can arrive here.
            }
        }
        return Math.pow(x, y);
    }
}
