package dev.kaa.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The setter of a Python attribute declared by a {@link PyGetter} of the same name: an instance method
 * taking the new value, or {@code null} for {@code del obj.attr}. Without a setter the attribute is
 * read-only ("attribute 'x' of 'T' objects is not writable").
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface PySetter {
    /** The attribute name; the Java method's name when empty. */
    String value() default "";
}
