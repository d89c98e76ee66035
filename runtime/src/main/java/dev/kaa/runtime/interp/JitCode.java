package dev.kaa.runtime.interp;

import dev.kaa.runtime.PyException;
import dev.kaa.runtime.ThreadState;
import dev.kaa.runtime.objects.PyFrame;
import dev.kaa.runtime.objects.PyObject;

/**
 * The executable form of a code object: either a JVM class made by {@link JitCompiler} or the
 * interpreter loop ({@link Eval#INTERPRETER}) for code the compiler does not take.
 */
@FunctionalInterface
public interface JitCode {
    /**
     * Runs the frame from instruction {@code entry} (0, or the instruction after a YIELD_VALUE or
     * RETURN_GENERATOR when a generator resumes) until it returns or yields; {@code throwIn}, when not
     * null, is raised at the suspension point instead (generator {@code throw()}).
     */
    PyObject run(PyFrame f, ThreadState ts, int entry, PyException throwIn);
}
