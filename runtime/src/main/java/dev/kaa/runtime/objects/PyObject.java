package dev.kaa.runtime.objects;

/**
 * A Python object: the root of every Java class that implements a Python type.
 *
 * <p>Every object knows its Python type through the {@link #type} field (CPython's {@code ob_type}). A
 * builtin type's instances are of its Java class (a {@code PyList} is a list); instances of a Python
 * subclass of a builtin are of the builtin's {@code Derived} nested class, which adds a {@code __dict__}
 * and {@code __slots__} storage, with {@code type} pointing at the subclass. So
 * {@code obj.getClass() == PyList.class} is CPython's {@code PyList_CheckExact} and
 * {@code obj instanceof PyList} is {@code PyList_Check}. Several Python types may share one Java class
 * when they share a layout (most exceptions are {@link PyBaseException}); then {@code type} tells them
 * apart.
 *
 * <p>Java's {@code equals}/{@code hashCode} are identity here (except for {@link PyStr}, whose Java
 * equality is its value); Python equality and hashing go through {@code dev.kaa.runtime.Abstract}.
 */
public abstract class PyObject {
    /** The Python type; assigned once, except by {@code __class__} assignment on instances of heap types. */
    PyType type;

    protected PyObject(PyType type) {
        this.type = type;
    }

    /** The object's Python type ({@code Py_TYPE(o)}). */
    public final PyType type() {
        return type;
    }

    /** {@code __class__} assignment; the caller has checked that the layouts are compatible. */
    final void setType(PyType newType) {
        this.type = newType;
    }

    /**
     * A short description for Java debugging and internal error reports; never runs Python code. Python's
     * {@code str()} and {@code repr()} are {@code Abstract.str} and {@code Abstract.repr}.
     */
    @Override
    public String toString() {
        return "<" + (type == null ? "?" : type.getName()) + " object>";
    }
}
