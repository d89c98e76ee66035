package dev.kaa.runtime.slots;

import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.objects.PyExc;
import dev.kaa.runtime.objects.PyObject;

/**
 * {@code PyObject_HashNotImplemented}: the {@code tp_hash} of unhashable types ("unhashable type: 'list'").
 * Its own class, with no static dependencies, because type bootstrapping refers to it.
 */
public final class HashNotImplemented implements HashFunc {
    public static final HashNotImplemented INSTANCE = new HashNotImplemented();

    private HashNotImplemented() {
    }

    @Override
    public long hash(PyObject self) {
        throw PyErr.format(PyExc.TypeError, "unhashable type: '%s'", self.type().getName());
    }
}
