package dev.kaa.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The getter of a Python attribute of a {@link PyClass} (CPython's {@code PyGetSetDef.get}): an instance
 * method with no parameters returning the value. Together with an optional {@link PySetter} of the same
 * name it becomes one {@code getset_descriptor} in the type's dictionary.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface PyGetter {
    /** The attribute name; the Java method's name when empty. */
    String value() default "";

    /** The attribute's {@code __doc__}. */
    String doc() default "";
}
