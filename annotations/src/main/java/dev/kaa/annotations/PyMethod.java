package dev.kaa.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Python method of a {@link PyClass} (an entry of CPython's {@code tp_methods}).
 *
 * <p>An instance method receives {@code self} as its receiver; a static method receives {@code self} as its
 * first parameter (typed as the class or {@code PyObject}), unless it is a {@link #classmethod()} (first
 * parameter: the {@code PyType} it was called on) or a {@link #staticmethod()} (no self at all).
 *
 * <p>The Python signature is written in {@link #sig()} as in CPython's {@code __text_signature__}, without
 * {@code self} and without the parentheses: {@code "object, /"}, {@code "sep=None, maxsplit=-1"},
 * {@code "*args, **kwargs"}, {@code "key=None, reverse=False"} with a {@code *} before keyword-only
 * parameters. Default values are Python literals ({@code None}, {@code True}, {@code False}, ints, floats,
 * strings) or {@code NULL}, meaning "not given" (the Java parameter receives {@code null}). Each Python
 * parameter is bound to the Java parameter at the same position; Java parameter types choose the
 * conversion ({@code PyObject} as is, a Python type class checked with {@code instanceof}, {@code long} or
 * {@code int} through {@code __index__}, {@code double} as {@code float()}, {@code boolean} as truth,
 * {@code String} for a {@code str}, {@code PyObject[]} for {@code *args}, {@code PyDict} for
 * {@code **kwargs}). An empty {@code sig} means: all parameters positional-only, named after the Java
 * parameters, none optional.
 *
 * <p>The shape of the signature selects CPython's calling convention and so its exact error messages:
 * no parameters is {@code METH_NOARGS} ("list.clear() takes no arguments (1 given)"), one positional-only
 * parameter is {@code METH_O} ("list.append() takes exactly one argument (2 given)"), only positional-only
 * parameters is Argument Clinic's positional parser ("pop expected at most 1 argument, got 2"), anything
 * with keywords is Clinic's keyword parser ("split() takes at most 2 arguments (3 given)").
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface PyMethod {
    /** The Python name; the Java method's name when empty. */
    String name() default "";

    /** The Python parameters, as in a text signature without self and parentheses. */
    String sig() default "";

    /** The method's {@code __doc__} (without the signature line). */
    String doc() default "";

    /** A {@code classmethod}: the first Java parameter receives the type the method was looked up on. */
    boolean classmethod() default false;

    /** A {@code staticmethod}: the Java method is static and takes only the Python parameters. */
    boolean staticmethod() default false;
}
