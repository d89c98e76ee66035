package dev.kaa.runtime.interp;

import dev.kaa.runtime.objects.PyBaseException;

/**
 * RERAISE and the re-raising half of END_ASYNC_FOR: the exception continues unwinding without a new
 * traceback entry or context (CPython's {@code goto exception_unwind}). Never leaves a frame's code: an
 * unhandled one is turned back into a {@link dev.kaa.runtime.PyException} by {@link JitOps#unwind}.
 */
final class Reraise extends RuntimeException {
    final PyBaseException exc;
    /** RERAISE with an oparg restores the lasti of the original raise (pushed to handlers); else -1. */
    final int lasti;

    Reraise(PyBaseException exc, int lasti) {
        super(null, null, false, false);
        this.exc = exc;
        this.lasti = lasti;
    }
}
