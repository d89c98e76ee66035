package dev.kaa.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A function of a {@link PyModule}: a static Java method exposed as a {@code builtin_function_or_method}
 * in the module's namespace. Signature rules and calling conventions are those of {@link PyMethod}.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface PyFunction {
    /** The Python name; the Java method's name when empty. */
    String name() default "";

    /** The Python parameters, as in a text signature without parentheses (see {@link PyMethod#sig()}). */
    String sig() default "";

    /** The function's {@code __doc__}. */
    String doc() default "";
}
