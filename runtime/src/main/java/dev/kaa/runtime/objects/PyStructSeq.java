package dev.kaa.runtime.objects;

import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.binding.Members;
import dev.kaa.runtime.binding.TypeSpec;

/**
 * A struct sequence (CPython's {@code PyStructSequence}): a tuple whose items are also named attributes,
 * such as {@code sys.version_info}, {@code sys.float_info}, {@code time.struct_time}. Each kind is its own
 * type, made once by {@link #newType} and shared by all interpreters (it holds no mutable state).
 *
 * <p>The first {@code nSequence} fields are the tuple's items; further fields (as {@code struct_time}'s
 * {@code tm_zone}) are attributes only, kept after them in {@link #hidden}.
 */
public final class PyStructSeq extends PyTuple {
    private final PyObject[] hidden;

    private PyStructSeq(PyType type, PyObject[] items, PyObject[] hidden) {
        super(type, items);
        this.hidden = hidden;
    }

    /** The description of one struct-sequence type. */
    private static final class Spec extends TypeSpec {
        final String[] fields;
        final int nSequence;
        final boolean instantiable;

        Spec(String module, String name, String doc, String[] fields, int nSequence, boolean instantiable) {
            super(name, module, name, PyStructSeq.class, false, doc);
            this.fields = fields;
            this.nSequence = nSequence;
            this.instantiable = instantiable;
        }

        @Override
        public void defineSlots(PyType type) {
            type.tp_repr = PyStructSeq::repr;
            if (instantiable) {
                type.tp_new = (t, args, off, nargs, kwnames) -> structseqNew(t, args, off, nargs, kwnames);
            } else {
                type.tp_new = (t, args, off, nargs, kwnames) -> {
                    throw PyErr.format(PyExc.TypeError, "cannot create '%s.%s' instances", module, name);
                };
            }
        }

        @Override
        public void defineMembers(Members members) {
            for (int i = 0; i < fields.length; i++) {
                members.getset(fields[i], i, -1, null);
            }
            members.method("__reduce__", 0, 0x4, null, "($self, /)");
            members.method("__replace__", 1, 0x3,
                    "Return a copy of the structure with new values for the specified fields.", "($self, /, **changes)");
            members.value("n_sequence_fields", PyInt.of(nSequence));
            members.value("n_fields", PyInt.of(fields.length));
            members.value("n_unnamed_fields", PyInt.ZERO);
            PyObject[] matchArgs = new PyObject[nSequence];
            for (int i = 0; i < nSequence; i++) {
                matchArgs[i] = PyStr.shared(fields[i]);
            }
            members.value("__match_args__", PyTuple.of(matchArgs));
        }

        @Override
        public PyObject get(int index, PyObject self) {
            PyStructSeq s = (PyStructSeq) self;
            return index < s.items.length ? s.items[index] : s.hidden[index - s.items.length];
        }

        @Override
        public PyObject call(int index, PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
            PyStructSeq s = (PyStructSeq) self;
            if (index == 1) {
                return replace(s, args, off, nargs, kwnames);
            }
            PyDict d = new PyDict();
            for (int i = s.items.length; i < fields.length; i++) {
                d.setItem(PyStr.of(fields[i]), s.hidden[i - s.items.length]);
            }
            return PyTuple.of(s.type(), PyTuple.of(PyTuple.of(s.items), d));
        }
    }

    /**
     * A new struct-sequence type {@code module.name} with the given field names, the first
     * {@code nSequence} of which are tuple items. {@code instantiable}: whether Python code may call the type
     * (false for {@code sys.flags}, {@code sys.version_info}, ...: "cannot create 'sys.flags' instances").
     */
    public static PyType newType(String module, String name, String doc, String[] fields, int nSequence,
                                 boolean instantiable) {
        return PyType.fromSpec(new Spec(module, name, doc, fields, nSequence, instantiable), PyTuple.TYPE);
    }

    /** A new instance of struct-sequence type {@code type} with all its field values in order. */
    public static PyStructSeq of(PyType type, PyObject... values) {
        Spec spec = (Spec) type.spec;
        if (values.length != spec.fields.length) {
            throw new IllegalArgumentException("struct sequence " + spec.name + " needs " + spec.fields.length);
        }
        PyObject[] items = java.util.Arrays.copyOf(values, spec.nSequence);
        PyObject[] hidden = java.util.Arrays.copyOfRange(values, spec.nSequence, values.length);
        return new PyStructSeq(type, items, hidden);
    }

    private static PyObject structseqNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        Spec spec = (Spec) type.spec;
        String tn = spec.module + "." + spec.name;
        if (nargs < 1 || nargs > 2 || kwnames != null && kwnames.size() > 0) {
            PyObject seq = nargs >= 1 ? args[off] : null;
            if (seq == null) {
                throw PyErr.format(PyExc.TypeError, "%s() missing required argument 'sequence' (pos 1)", tn);
            }
            throw PyErr.format(PyExc.TypeError, "%s() takes at most 2 arguments (%d given)", tn, nargs);
        }
        PyObject[] v = Abstract.sequenceToArrayOrError(args[off], tn + "() argument 'sequence' must be an iterable");
        PyObject dict = nargs > 1 ? args[off + 1] : PyNone.NONE;
        int min = spec.nSequence;
        int max = spec.fields.length;
        if (v.length < min) {
            throw PyErr.format(PyExc.TypeError, min == max ? "%s() takes a %d-sequence (%d-sequence given)"
                    : "%s() takes an at least %d-sequence (%d-sequence given)", tn, min, v.length);
        }
        if (v.length > max) {
            throw PyErr.format(PyExc.TypeError, min == max ? "%s() takes a %d-sequence (%d-sequence given)"
                    : "%s() takes an at most %d-sequence (%d-sequence given)", tn, max, v.length);
        }
        PyObject[] all = new PyObject[max];
        for (int i = 0; i < max; i++) {
            if (i < v.length) {
                all[i] = v[i];
            } else {
                PyObject x = dict instanceof PyDict d ? d.getItem(PyStr.of(spec.fields[i])) : null;
                all[i] = x == null ? PyNone.NONE : x;
            }
        }
        return of(type, all);
    }

    /** {@code structseq_replace}: a copy with the fields named by the keywords replaced. */
    private static PyObject replace(PyStructSeq s, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        if (nargs > 0) {
            throw PyErr.format(PyExc.TypeError, "__replace__() takes no positional arguments");
        }
        Spec spec = (Spec) s.type().spec;
        PyObject[] all = new PyObject[spec.fields.length];
        System.arraycopy(s.items, 0, all, 0, s.items.length);
        System.arraycopy(s.hidden, 0, all, s.items.length, s.hidden.length);
        int nkw = kwnames == null ? 0 : kwnames.size();
        java.util.List<PyObject> unexpected = new java.util.ArrayList<>();
        for (int k = 0; k < nkw; k++) {
            String name = kwnames.get(k).toString();
            int i = java.util.Arrays.asList(spec.fields).indexOf(name);
            if (i < 0) {
                unexpected.add(kwnames.get(k));
            } else {
                all[i] = args[off + k];
            }
        }
        if (!unexpected.isEmpty()) {
            throw PyErr.format(PyExc.TypeError, "Got unexpected field name(s): %s",
                    Abstract.repr(PyList.of(unexpected.toArray(new PyObject[0]))));
        }
        return of(s.type(), all);
    }

    private static PyObject repr(PyObject self) {
        PyStructSeq s = (PyStructSeq) self;
        Spec spec = (Spec) s.type().spec;
        StringBuilder sb = new StringBuilder();
        sb.append(spec.module.equals("builtins") ? "" : spec.module + ".").append(spec.name).append('(');
        for (int i = 0; i < s.items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(spec.fields[i]).append('=').append(Abstract.repr(s.items[i]));
        }
        return PyStr.of(sb.append(')').toString());
    }
}
