package dev.kaa.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a Java class as the implementation of one Python type (CPython's {@code PyTypeObject} with its
 * {@code tp_methods}, {@code tp_getset} and slot table). The annotation processor reads the class's
 * {@link PyMethod}, {@link PyGetter}, {@link PySetter} and {@link PySlot} members and generates, beside the
 * class, a table class named {@code <SimpleName>Table} that binds the Python names to the Java code and
 * parses arguments. The class then creates its type object from that table:
 *
 * <pre>{@code
 * @PyClass(name = "list", doc = "Built-in mutable sequence. ...")
 * public class PyList extends PyObject {
 *     public static final PyType TYPE = PyType.fromSpec(new PyListTable());
 *
 *     @PyMethod(doc = "Append object to the end of the list.")
 *     PyObject append(PyObject object) { ... }
 * }
 * }</pre>
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PyClass {
    /** The type's {@code __name__}, e.g. {@code "list"}. */
    String name();

    /** The type's {@code __module__}; {@code "builtins"} for the builtin types. */
    String module() default "builtins";

    /** {@code __qualname__} when it differs from {@link #name()}. */
    String qualname() default "";

    /** Whether Python classes may subclass this type (CPython's {@code Py_TPFLAGS_BASETYPE}). */
    boolean basetype() default true;

    /** The type's {@code __doc__} (the text CPython shows for {@code help(type)}). */
    String doc() default "";
}
