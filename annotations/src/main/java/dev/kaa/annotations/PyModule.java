package dev.kaa.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a Java class as a native Python module (CPython's {@code PyModuleDef}). Its static methods
 * annotated {@link PyFunction} become the module's functions; the processor generates
 * {@code <SimpleName>Table}, from which each interpreter creates its own module object. A static method
 * {@code exec(PyModule module)} in the class, if present, runs after the functions are added (CPython's
 * {@code Py_mod_exec}) to add constants and types.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PyModule {
    /** The module's {@code __name__}, e.g. {@code "math"}. */
    String name();

    /** The module's {@code __doc__}. */
    String doc() default "";
}
