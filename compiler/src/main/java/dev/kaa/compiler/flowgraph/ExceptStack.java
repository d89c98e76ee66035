package dev.kaa.compiler.flowgraph;

import java.util.Arrays;

/** The stack of active exception handlers while walking the CFG (CPython's _PyCfgExceptStack). */
final class ExceptStack {
    BasicBlock[] handlers = new BasicBlock[24];
    int depth;

    ExceptStack copy() {
        ExceptStack s = new ExceptStack();
        s.handlers = Arrays.copyOf(handlers, handlers.length);
        s.depth = depth;
        return s;
    }

    BasicBlock push(BasicBlock target) {
        if (depth + 1 >= handlers.length) {
            handlers = Arrays.copyOf(handlers, handlers.length * 2);
        }
        handlers[++depth] = target;
        return target;
    }

    BasicBlock pop() {
        return handlers[--depth];
    }

    BasicBlock top() {
        return handlers[depth];
    }
}
