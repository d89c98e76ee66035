package dev.kaa.runtime.binding;

/**
 * What a generated table declares, in source order: the receiver creates the descriptors (for a type)
 * or the function objects (for a module).
 */
public interface Members {
    /**
     * A method or function: {@code index} is its entry in {@link BuiltinTable#call}; {@code flags} are
     * {@link MethodDef}'s; {@code textSignature} is CPython's {@code __text_signature__} (e.g.
     * {@code "($self, object, /)"}) or null.
     */
    void method(String name, int index, int flags, String doc, String textSignature);

    /** An attribute with a getter (entry {@code getIndex}) and optionally a setter ({@code setIndex} or -1). */
    void getset(String name, int getIndex, int setIndex, String doc);

    /** A plain value in a type's dictionary (the {@code __module__} of a type made as CPython's heap types are). */
    default void value(String name, dev.kaa.runtime.objects.PyObject value) {
    }
}
