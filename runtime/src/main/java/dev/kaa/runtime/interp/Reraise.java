package dev.kaa.runtime.interp;

import dev.kaa.runtime.objects.PyBaseException;

/**
 * RERAISE and the re-raising half of END_ASYNC_FOR inside the interpreter loop: the exception continues
 * unwinding without a new traceback entry or context (CPython's {@code goto exception_unwind}). Never
 * leaves the loop: an unhandled one is turned back into a {@link dev.kaa.runtime.PyException}.
 */
final class Reraise extends RuntimeException {
    final PyBaseException exc;

    Reraise(PyBaseException exc) {
        super(null, null, false, false);
        this.exc = exc;
    }
}
