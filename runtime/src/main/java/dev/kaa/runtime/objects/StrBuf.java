package dev.kaa.runtime.objects;

/**
 * The growable buffer behind strs built by repeated concatenation ({@code s += t} in a loop), the Java
 * counterpart of CPython resizing a str in place when its reference count says nobody else can see it.
 *
 * <p>The buffer is append-only: a str made from it is the prefix {@code [0, len)}, which never changes
 * once written, so any number of strs can share it. Only the str whose length equals the buffer's
 * {@link #count} (the latest one) may append; appending from an older str fails and the caller copies
 * instead. So {@code s + t} reuses the buffer exactly when {@code s} is the last str built from it, which
 * is the loop case, and costs amortized O(len(t)). All access is synchronized: strs are shared between
 * threads and the contents must be visible to whoever reads them.
 */
final class StrBuf {
    private char[] data;
    /** The number of chars written (the length of the latest str on this buffer). */
    private int count;

    /** A buffer holding {@code a} then {@code b}, with room to grow. */
    StrBuf(String a, String b) {
        int n = a.length() + b.length();
        data = new char[Math.max(16, n + (n >> 1))];
        a.getChars(0, a.length(), data, 0);
        b.getChars(0, b.length(), data, a.length());
        count = n;
    }

    /** Appends {@code tail} if the buffer's content ends at {@code len}; else returns false. */
    synchronized boolean tryAppend(int len, String tail) {
        if (count != len) {
            return false;
        }
        int n = tail.length();
        int need = len + n;
        if (need > data.length) {
            // grow by half again as CPython's resize does for strings built this way (amortized O(1))
            int cap = (int) Math.min(Integer.MAX_VALUE - 16, (long) need + (need >> 1));
            data = java.util.Arrays.copyOf(data, cap);
        }
        tail.getChars(0, n, data, len);
        count = need;
        return true;
    }

    /** The first {@code len} chars as a String. */
    synchronized String toString(int len) {
        return new String(data, 0, len);
    }

    /**
     * The value of a str built on a buffer: its first {@code len} chars, and the String of them once some
     * operation needed it ({@link #string()}; computing it twice in a race is harmless).
     */
    static final class View {
        final StrBuf buf;
        final int len;
        private String flat;

        View(StrBuf buf, int len) {
            this.buf = buf;
            this.len = len;
        }

        String string() {
            String x = flat;
            if (x == null) {
                x = buf.toString(len);
                flat = x;
            }
            return x;
        }

        /** A view of this one followed by {@code tail}, sharing the buffer when this is its latest str. */
        View append(String tail) {
            return buf.tryAppend(len, tail) ? new View(buf, len + tail.length()) : null;
        }
    }
}
