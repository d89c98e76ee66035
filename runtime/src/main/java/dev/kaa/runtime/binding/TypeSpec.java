package dev.kaa.runtime.binding;

import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyType;

/**
 * The generated description of a builtin type (CPython's {@code PyType_Spec} plus its method table):
 * the processor writes one subclass per {@code @PyClass}, and the class builds its type object with
 * {@code PyType.fromSpec(new XTable())}. {@link #defineSlots} fills the slot fields the class defines
 * (inherited ones are copied from the base afterwards); {@link #defineMembers} lists methods and
 * attributes, read lazily the first time the type's dictionary is needed.
 */
public abstract class TypeSpec extends BuiltinTable {
    /** {@code __name__}. */
    public final String name;
    /** {@code __module__} ("builtins" for builtin types). */
    public final String module;
    /** {@code __qualname__}. */
    public final String qualname;
    /** {@code __doc__}, or null. */
    public final String doc;
    /** The Java class of the type's instances. */
    public final Class<? extends PyObject> javaClass;
    /** Whether Python classes may subclass the type. */
    public final boolean basetype;

    protected TypeSpec(String name, String module, String qualname, Class<? extends PyObject> javaClass,
                       boolean basetype, String doc) {
        this.name = name;
        this.module = module;
        this.qualname = qualname == null || qualname.isEmpty() ? name : qualname;
        this.javaClass = javaClass;
        this.basetype = basetype;
        this.doc = doc == null || doc.isEmpty() ? null : doc;
    }

    /** Sets the slot fields of {@code type} that the class defines with {@code @PySlot}. */
    public abstract void defineSlots(PyType type);

    /** Declares the methods and attributes of the class, in source order. */
    public abstract void defineMembers(Members members);

    /**
     * This spec under another name (and doc): for Python types that share a Java class and its table,
     * such as {@code list_reverseiterator} beside {@code list_iterator}.
     */
    public TypeSpec renamed(String newName, String newDoc) {
        TypeSpec self = this;
        return new TypeSpec(newName, module, newName, javaClass, basetype, newDoc) {
            @Override
            public void defineSlots(PyType type) {
                self.defineSlots(type);
            }

            @Override
            public void defineMembers(Members members) {
                self.defineMembers(members);
            }

            @Override
            public PyObject call(int index, PyObject s, PyObject[] args, int off, int nargs,
                                 dev.kaa.runtime.objects.PyTuple kwnames) {
                return self.call(index, s, args, off, nargs, kwnames);
            }

            @Override
            public PyObject get(int index, PyObject s) {
                return self.get(index, s);
            }

            @Override
            public void set(int index, PyObject s, PyObject value) {
                self.set(index, s, value);
            }
        };
    }
}
