package dev.kaa.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a Java method to a type slot of its {@link PyClass} ({@code tp_repr}, {@code nb_add},
 * {@code sq_item}, ...). The runtime adds the matching dunder wrappers ({@code __repr__}, {@code __add__}
 * and {@code __radd__}, ...) to the type's dictionary, as CPython's {@code add_operators} does.
 *
 * <p>The Java method has the slot's shape (see {@link Slot.Kind}); {@code self} may be the receiver of an
 * instance method where the slot guarantees it (every slot but the binary and ternary number slots, whose
 * Java methods are static and take both operands). For {@code tp_new}, {@code tp_init} and {@code tp_call}
 * the method may instead declare Python parameters described by {@link #sig()}, parsed as for
 * {@link PyMethod}; {@code tp_new}'s first parameter is then the {@code PyType} being instantiated.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface PySlot {
    /** The slot. */
    Slot value();

    /** For {@code tp_new}, {@code tp_init}, {@code tp_call}: the Python parameters (see {@link PyMethod#sig()}). */
    String sig() default "";
}
