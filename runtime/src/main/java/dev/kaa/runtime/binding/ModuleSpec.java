package dev.kaa.runtime.binding;

import dev.kaa.runtime.objects.PyModule;

/**
 * The generated description of a native module (CPython's {@code PyModuleDef}): one subclass per
 * {@code @PyModule} class. Each interpreter creates its own module object from it
 * ({@code PyModule.fromSpec}), so module state is never shared.
 */
public abstract class ModuleSpec extends BuiltinTable {
    /** {@code __name__}. */
    public final String name;
    /** {@code __doc__}, or null. */
    public final String doc;

    protected ModuleSpec(String name, String doc) {
        this.name = name;
        this.doc = doc == null || doc.isEmpty() ? null : doc;
    }

    /** Declares the module's functions, in source order. */
    public abstract void defineMembers(Members members);

    /** Runs the module class's {@code exec(PyModule)} method, if it has one (CPython's {@code Py_mod_exec}). */
    public void exec(PyModule module) {
    }
}
