package dev.kaa.runtime.binding;

/**
 * One builtin method or function (CPython's {@code PyMethodDef}): its name, its table and index, its
 * calling convention and documentation. Shared, immutable; descriptors and bound builtin functions
 * point at it.
 */
public final class MethodDef {
    // CPython's METH_* values, so __flags__-like introspection can agree.
    public static final int VARARGS = 0x0001;
    public static final int KEYWORDS = 0x0002;
    public static final int NOARGS = 0x0004;
    public static final int O = 0x0008;
    public static final int CLASS = 0x0010;
    public static final int STATIC = 0x0020;
    public static final int FASTCALL = 0x0080;

    /** The Python name ({@code __name__}). */
    public final String name;
    /** {@code __qualname__}: "list.append" for a method of list, "len" for a module function. */
    public final String qualname;
    public final BuiltinTable table;
    public final int index;
    public final int flags;
    /** {@code __doc__} without the signature, or null. */
    public final String doc;
    /** {@code __text_signature__}, or null. */
    public final String textSignature;

    public MethodDef(String name, String qualname, BuiltinTable table, int index, int flags, String doc,
                     String textSignature) {
        this.name = name;
        this.qualname = qualname;
        this.table = table;
        this.index = index;
        this.flags = flags;
        this.doc = doc == null || doc.isEmpty() ? null : doc;
        this.textSignature = textSignature;
    }

    public boolean isClassMethod() {
        return (flags & CLASS) != 0;
    }

    public boolean isStaticMethod() {
        return (flags & STATIC) != 0;
    }
}
