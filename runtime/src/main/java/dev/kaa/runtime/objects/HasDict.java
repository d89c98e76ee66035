package dev.kaa.runtime.objects;

/**
 * An object with an instance dictionary ({@code __dict__}): instances of Python classes, modules,
 * functions, exceptions. Generic attribute access reads and writes it after the type's data descriptors.
 */
public interface HasDict {
    /** The instance dictionary, created on first use. */
    PyDict getDict();

    /** The instance dictionary if it exists yet, else null (reading attributes need not create it). */
    default PyDict dictOrNull() {
        return getDict();
    }

    /** Replaces the instance dictionary ({@code obj.__dict__ = d}). */
    void setDict(PyDict dict);
}
