package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PySetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.binding.Members;
import dev.kaa.runtime.binding.MethodDef;
import dev.kaa.runtime.binding.TypeSpec;
import dev.kaa.runtime.slots.BinaryFunc;
import dev.kaa.runtime.slots.DescrGetFunc;
import dev.kaa.runtime.slots.DescrSetFunc;
import dev.kaa.runtime.slots.GetAttroFunc;
import dev.kaa.runtime.slots.HashFunc;
import dev.kaa.runtime.slots.InitProc;
import dev.kaa.runtime.slots.Inquiry;
import dev.kaa.runtime.slots.LenFunc;
import dev.kaa.runtime.slots.NewFunc;
import dev.kaa.runtime.slots.ObjObjArgProc;
import dev.kaa.runtime.slots.ObjObjProc;
import dev.kaa.runtime.slots.RichCmpFunc;
import dev.kaa.runtime.slots.SetAttroFunc;
import dev.kaa.runtime.slots.SlotDef;
import dev.kaa.runtime.slots.SlotDefs;
import dev.kaa.runtime.slots.HashNotImplemented;
import dev.kaa.runtime.slots.SsizeArgFunc;
import dev.kaa.runtime.slots.SsizeObjArgProc;
import dev.kaa.runtime.slots.TernaryFunc;
import dev.kaa.runtime.slots.UnaryFunc;
import dev.kaa.runtime.slots.VectorcallFunc;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python type object ({@code type}, CPython's {@code PyTypeObject}).
 *
 * <h2>Slots</h2>
 * The public fields named after CPython's slots ({@link #tp_repr}, {@link #nb_add}, {@link #sq_item} ...)
 * hold Java functional objects; the operations layer ({@code Abstract}, {@code PyNumber}) and the
 * interpreter dispatch through them and never by name on the fast path. A null slot means "not
 * supported". {@code Slot} (in kaa-annotations) lists them; {@link #getSlot}/{@link #setSlot} reach one by
 * its enum constant.
 *
 * <h2>Builtin types</h2>
 * are built from a generated {@link TypeSpec} ({@link #fromSpec}): the spec sets the slots the Java class
 * defines, the rest are inherited from the base ({@code inherit_slots}), and the dictionary (methods,
 * getset descriptors, and slot wrappers such as {@code int.__add__}) is created on first use. Builtin
 * types are immutable and shared by every interpreter in the JVM; their dictionary is a Java map keyed by
 * name, so it does not depend on any interpreter's hash secret.
 *
 * <h2>Heap types</h2>
 * (classes made by {@code class} statements and {@code type(name, bases, ns)}, see {@link HeapTypes})
 * belong to one interpreter and keep a {@link PyDict}. Their slots are derived from the dunder methods
 * found along the MRO ({@code SlotDefs.fixupSlots}): a dunder that is a builtin's slot wrapper reuses the
 * builtin's Java function; any other gets a generic slot function that calls the Python method.
 * Assigning a dunder on the class recomputes that slot for the class and its subclasses.
 */
@PyClass(name = "type", doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type")
public final class PyType extends PyObject {
    // Type flags, CPython's values (visible as __flags__).
    public static final int TPFLAGS_MANAGED_DICT = 1 << 4;
    public static final int TPFLAGS_SEQUENCE = 1 << 5;
    public static final int TPFLAGS_MAPPING = 1 << 6;
    public static final int TPFLAGS_DISALLOW_INSTANTIATION = 1 << 7;
    public static final int TPFLAGS_IMMUTABLETYPE = 1 << 8;
    public static final int TPFLAGS_HEAPTYPE = 1 << 9;
    public static final int TPFLAGS_BASETYPE = 1 << 10;
    public static final int TPFLAGS_READY = 1 << 12;
    public static final int TPFLAGS_HAVE_GC = 1 << 14;
    /** Calling an attribute of this type as {@code attr(obj, *args)} equals {@code obj.attr(*args)}. */
    public static final int TPFLAGS_METHOD_DESCRIPTOR = 1 << 17;
    public static final int TPFLAGS_IS_ABSTRACT = 1 << 20;
    public static final int TPFLAGS_LONG_SUBCLASS = 1 << 24;
    public static final int TPFLAGS_LIST_SUBCLASS = 1 << 25;
    public static final int TPFLAGS_TUPLE_SUBCLASS = 1 << 26;
    public static final int TPFLAGS_BYTES_SUBCLASS = 1 << 27;
    public static final int TPFLAGS_UNICODE_SUBCLASS = 1 << 28;
    public static final int TPFLAGS_DICT_SUBCLASS = 1 << 29;
    public static final int TPFLAGS_BASE_EXC_SUBCLASS = 1 << 30;
    public static final int TPFLAGS_TYPE_SUBCLASS = 1 << 31;

    /** {@code type}. */
    public static final PyType TYPE;
    /** {@code object} (also {@code PyBaseObject.TYPE}). */
    public static final PyType OBJECT;

    static {
        // object and type refer to each other: make both, then tie the knot.
        PyType object = new PyType(null, new PyBaseObjectTable(), null);
        PyType type = new PyType(null, new PyTypeTable(), object);
        object.type = type;
        type.type = type;
        OBJECT = object;
        TYPE = type;
    }

    // ---------------------------------------------------------------------------------------------
    // Slots. ORDER SLOT: the same set as dev.kaa.annotations.Slot.

    public UnaryFunc tp_repr;
    public UnaryFunc tp_str;
    public HashFunc tp_hash;
    public VectorcallFunc tp_call;
    public GetAttroFunc tp_getattro;
    public SetAttroFunc tp_setattro;
    public RichCmpFunc tp_richcompare;
    public UnaryFunc tp_iter;
    /** Returns the next item, or null when the iterator is exhausted (never raises StopIteration). */
    public UnaryFunc tp_iternext;
    public DescrGetFunc tp_descr_get;
    public DescrSetFunc tp_descr_set;
    public InitProc tp_init;
    public NewFunc tp_new;

    public BinaryFunc nb_add;
    public BinaryFunc nb_subtract;
    public BinaryFunc nb_multiply;
    public BinaryFunc nb_remainder;
    public BinaryFunc nb_divmod;
    public TernaryFunc nb_power;
    public UnaryFunc nb_negative;
    public UnaryFunc nb_positive;
    public UnaryFunc nb_absolute;
    public Inquiry nb_bool;
    public UnaryFunc nb_invert;
    public BinaryFunc nb_lshift;
    public BinaryFunc nb_rshift;
    public BinaryFunc nb_and;
    public BinaryFunc nb_xor;
    public BinaryFunc nb_or;
    public UnaryFunc nb_int;
    public UnaryFunc nb_float;
    public BinaryFunc nb_inplace_add;
    public BinaryFunc nb_inplace_subtract;
    public BinaryFunc nb_inplace_multiply;
    public BinaryFunc nb_inplace_remainder;
    public TernaryFunc nb_inplace_power;
    public BinaryFunc nb_inplace_lshift;
    public BinaryFunc nb_inplace_rshift;
    public BinaryFunc nb_inplace_and;
    public BinaryFunc nb_inplace_xor;
    public BinaryFunc nb_inplace_or;
    public BinaryFunc nb_floor_divide;
    public BinaryFunc nb_true_divide;
    public BinaryFunc nb_inplace_floor_divide;
    public BinaryFunc nb_inplace_true_divide;
    public UnaryFunc nb_index;
    public BinaryFunc nb_matrix_multiply;
    public BinaryFunc nb_inplace_matrix_multiply;

    public LenFunc mp_length;
    public BinaryFunc mp_subscript;
    public ObjObjArgProc mp_ass_subscript;

    public LenFunc sq_length;
    public BinaryFunc sq_concat;
    public SsizeArgFunc sq_repeat;
    /** Called with a non-negative index (negative ones have had the length added). */
    public SsizeArgFunc sq_item;
    public SsizeObjArgProc sq_ass_item;
    public ObjObjProc sq_contains;
    public BinaryFunc sq_inplace_concat;
    public SsizeArgFunc sq_inplace_repeat;

    public UnaryFunc am_await;
    public UnaryFunc am_aiter;
    public UnaryFunc am_anext;

    // ---------------------------------------------------------------------------------------------
    // Identity and structure

    /** {@code __name__}. */
    String name;
    /** {@code __qualname__}. */
    String qualname;
    /** {@code __module__} of a builtin type (heap types keep theirs in the dictionary). */
    private final String builtinModule;
    /** {@code tp_flags}. */
    int flags;
    /** {@code tp_base}: the base whose layout this type extends. */
    PyType base;
    /** {@code __bases__}; {@link #basesTuple} is its Python tuple, made on demand. */
    PyType[] bases;
    PyTuple basesTuple;
    /** {@code __mro__}, this type first. */
    PyType[] mro;
    PyTuple mroTuple;
    /** The Java class of instances of the solid base (PyInstance for heap types based on object). */
    final Class<? extends PyObject> layout;
    /** The generated spec of a builtin type; null for heap types. */
    final TypeSpec spec;
    /** Slots defined by a builtin type itself (before inheritance): these get dunder wrappers. */
    private final EnumSet<Slot> ownSlots;
    /** The dictionary of a builtin type, created on first use. */
    private volatile Map<String, PyObject> builtinDict;
    /** The dictionary of a heap type. */
    PyDict dict;
    /** {@code __doc__} of a builtin type. */
    private final String builtinDoc;
    /** Heap types: names of {@code __slots__} members, in layout order (for the member descriptors). */
    String[] slotNames;
    /** Heap types: weak references to direct subclasses, for slot updates and {@code __subclasses__()}. */
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>();
    /**
     * Bumped whenever the type or a base changes (a heap type's dictionary, bases or MRO), so that
     * attribute caches keyed by (type, version) notice. Builtin types never change.
     */
    volatile int version;

    /** A builtin type from its generated spec. */
    private PyType(PyType metatype, TypeSpec spec, PyType base) {
        this(metatype, spec, base, null);
    }

    /** A builtin type from its generated spec, with further bases after {@code base} (C3 MRO). */
    private PyType(PyType metatype, TypeSpec spec, PyType base, PyType[] extraBases) {
        super(metatype);
        this.spec = spec;
        this.name = spec.name;
        this.qualname = spec.qualname;
        this.builtinModule = spec.module;
        this.builtinDoc = spec.doc;
        this.layout = spec.javaClass;
        this.flags = TPFLAGS_IMMUTABLETYPE | TPFLAGS_READY | (spec.basetype ? TPFLAGS_BASETYPE : 0);
        if (HasDict.class.isAssignableFrom(spec.javaClass)) {
            // Instances of this layout always carry a __dict__ (modules, exceptions, ...).
            this.flags |= TPFLAGS_MANAGED_DICT;
        }
        this.base = base;
        if (base == null) {
            this.bases = new PyType[0];
            this.mro = new PyType[] {this};
        } else if (extraBases == null || extraBases.length == 0) {
            this.bases = new PyType[] {base};
            this.mro = new PyType[base.mro.length + 1];
            this.mro[0] = this;
            System.arraycopy(base.mro, 0, this.mro, 1, base.mro.length);
            this.flags |= base.flags & SUBCLASS_FLAGS;
        } else {
            this.bases = new PyType[extraBases.length + 1];
            this.bases[0] = base;
            System.arraycopy(extraBases, 0, this.bases, 1, extraBases.length);
            this.mro = HeapTypes.mroImplementation(this);
            for (PyType b : this.bases) {
                this.flags |= b.flags & SUBCLASS_FLAGS;
            }
        }
        spec.defineSlots(this);
        this.ownSlots = EnumSet.noneOf(Slot.class);
        for (Slot s : Slot.values()) {
            if (getSlot(s) != null) {
                ownSlots.add(s);
            }
        }
        if (base != null) {
            if (tp_new == null && base.base == null) {
                // A static type based directly on object without tp_new cannot be instantiated.
                flags |= TPFLAGS_DISALLOW_INSTANTIATION;
            }
            inheritSlots(base);
            if ((flags & TPFLAGS_DISALLOW_INSTANTIATION) != 0) {
                tp_new = null;
            }
        }
    }

    /** A heap type; see {@link HeapTypes#newType}. */
    PyType(PyType metatype, String name, String qualname, PyType[] bases, PyType base, PyDict dict,
           Class<? extends PyObject> layout, int flags) {
        super(metatype);
        this.spec = null;
        this.name = name;
        this.qualname = qualname;
        this.builtinModule = null;
        this.builtinDoc = null;
        this.bases = bases;
        this.base = base;
        this.dict = dict;
        this.layout = layout;
        this.flags = flags | TPFLAGS_HEAPTYPE | TPFLAGS_READY | (base.flags & SUBCLASS_FLAGS);
        this.ownSlots = EnumSet.noneOf(Slot.class);
    }

    private static final int SUBCLASS_FLAGS = TPFLAGS_LONG_SUBCLASS | TPFLAGS_LIST_SUBCLASS
            | TPFLAGS_TUPLE_SUBCLASS | TPFLAGS_BYTES_SUBCLASS | TPFLAGS_UNICODE_SUBCLASS | TPFLAGS_DICT_SUBCLASS
            | TPFLAGS_BASE_EXC_SUBCLASS | TPFLAGS_TYPE_SUBCLASS | TPFLAGS_SEQUENCE | TPFLAGS_MAPPING;

    /** A builtin type from its generated table, based on {@code object}. */
    public static PyType fromSpec(TypeSpec spec) {
        return new PyType(TYPE, spec, OBJECT);
    }

    /** A builtin type from its generated table, with the given base. */
    public static PyType fromSpec(TypeSpec spec, PyType base) {
        return new PyType(TYPE, spec, base);
    }

    /** A builtin type with several bases ({@code ExceptionGroup(BaseExceptionGroup, Exception)}). */
    public static PyType fromSpec(TypeSpec spec, PyType base, PyType... moreBases) {
        return new PyType(TYPE, spec, base, moreBases);
    }

    /** A builtin type from its generated table with extra type flags (e.g. {@code TPFLAGS_LONG_SUBCLASS}). */
    public static PyType fromSpec(TypeSpec spec, PyType base, int extraFlags) {
        PyType t = new PyType(TYPE, spec, base);
        t.flags |= extraFlags;
        return t;
    }

    /** {@code inherit_slots}: copies the base's slots this type left unset. */
    private void inheritSlots(PyType b) {
        for (Slot s : Slot.values()) {
            switch (s) {
                case tp_hash, tp_richcompare, tp_new -> {
                }
                default -> {
                    if (getSlot(s) == null) {
                        setSlot(s, b.getSlot(s));
                    }
                }
            }
        }
        // Comparison and hashing are inherited together, and only when neither is overridden.
        if (tp_richcompare == null && tp_hash == null) {
            tp_richcompare = b.tp_richcompare;
            tp_hash = b.tp_hash;
        } else if (tp_hash == null) {
            // CPython's type_ready_set_hash: a type that compares but does not hash is unhashable.
            tp_hash = HashNotImplemented.INSTANCE;
        }
        if (tp_new == null) {
            tp_new = b.tp_new;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Accessors used across the runtime

    /** {@code tp_name}: "int", "collections.OrderedDict" for a builtin outside builtins, the name of a class. */
    public String getName() {
        if (builtinModule != null && !builtinModule.equals("builtins")) {
            return builtinModule + "." + name;
        }
        return name;
    }

    /** {@code __name__}. */
    public String getSimpleName() {
        return name;
    }

    /** {@code __qualname__}. */
    public String getQualname() {
        return qualname;
    }

    public int getFlags() {
        return flags;
    }

    public boolean hasFlag(int flag) {
        return (flags & flag) != 0;
    }

    public boolean isHeapType() {
        return (flags & TPFLAGS_HEAPTYPE) != 0;
    }

    /** {@code tp_base}. */
    public PyType getBase() {
        return base;
    }

    /** {@code __mro__} as an array (do not modify). */
    public PyType[] getMro() {
        return mro;
    }

    /** Whether this builtin type defines slot {@code s} itself (rather than inheriting it). */
    public boolean definesSlot(Slot s) {
        return ownSlots.contains(s);
    }

    /** The Java class of the instances' layout. */
    public Class<? extends PyObject> getLayout() {
        return layout;
    }

    /** The attribute-cache version (see {@link #version}). */
    public int getVersion() {
        return version;
    }

    /** {@code PyType_IsSubtype}: whether this type is {@code t} or has it in its MRO. */
    public boolean isSubtypeOf(PyType t) {
        if (this == t) {
            return true;
        }
        for (PyType m : mro) {
            if (m == t) {
                return true;
            }
        }
        return false;
    }

    /** Whether instances of this type carry a {@code __dict__}. */
    public boolean hasInstanceDict() {
        return (flags & TPFLAGS_MANAGED_DICT) != 0;
    }

    // ---------------------------------------------------------------------------------------------
    // The dictionary

    /**
     * {@code _PyType_Lookup}: the attribute {@code name} found along the MRO without invoking descriptors,
     * or null. Results are cached per type, keyed by the identity of {@code name} and checked against
     * {@link #version} (CPython's method cache); names are normally interned, so a hit costs no hashing.
     */
    public PyObject lookup(PyStr name) {
        LookupEntry[] c = lookupCache;
        int i = System.identityHashCode(name) & (LOOKUP_CACHE_SIZE - 1);
        LookupEntry e = c[i];
        int v = version;
        if (e != null && e.name == name && e.version == v) {
            return e.value;
        }
        PyObject value = lookupUncached(name);
        c[i] = new LookupEntry(name, v, value);
        return value;
    }

    private PyObject lookupUncached(PyStr name) {
        for (PyType t : mro) {
            PyObject v = t.lookupOwn(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static final int LOOKUP_CACHE_SIZE = 32;

    /** One cached MRO lookup; immutable, so racing threads see whole entries. */
    private record LookupEntry(PyStr name, int version, PyObject value) {
    }

    private final LookupEntry[] lookupCache = new LookupEntry[LOOKUP_CACHE_SIZE];

    /** {@link #lookup(PyStr)} for a Java name. */
    public PyObject lookup(String name) {
        return lookup(PyStr.of(name));
    }

    /** The entry {@code name} of this type's own dictionary, or null. */
    public PyObject lookupOwn(PyStr name) {
        PyDict d = dict;
        if (d != null) {
            return d.getItem(name);
        }
        return builtinDict().get(name.toString());
    }

    private Map<String, PyObject> builtinDict() {
        Map<String, PyObject> d = builtinDict;
        if (d == null) {
            synchronized (this) {
                d = builtinDict;
                if (d == null) {
                    d = buildBuiltinDict();
                    builtinDict = d;
                }
            }
        }
        return d;
    }

    /** Fills a builtin type's dictionary: methods and getsets, then slot wrappers, then specials. */
    private Map<String, PyObject> buildBuiltinDict() {
        Map<String, PyObject> d = new HashMap<>();
        List<String> order = new ArrayList<>();
        PyType self = this;
        spec.defineMembers(new Members() {
            @Override
            public void method(String mname, int index, int mflags, String doc, String textSignature) {
                MethodDef def = new MethodDef(mname, qualname + "." + mname, spec, index, mflags, doc, textSignature);
                PyObject descr;
                if (def.isClassMethod()) {
                    descr = new PyClassMethodDescr(self, def);
                } else if (def.isStaticMethod()) {
                    descr = new PyStaticMethod(new PyBuiltinFunction(def, null));
                } else {
                    descr = new PyMethodDescr(self, def);
                }
                put(d, order, mname, descr);
            }

            @Override
            public void getset(String gname, int getIndex, int setIndex, String doc) {
                put(d, order, gname, new PyGetSetDescr(self, gname, spec, getIndex, setIndex, doc));
            }

            @Override
            public void value(String vname, PyObject value) {
                put(d, order, vname, value);
            }
        });
        for (SlotDef sd : SlotDefs.ALL) {
            if (!ownSlots.contains(sd.slot) || d.containsKey(sd.name)) {
                continue;
            }
            Object f = getSlot(sd.slot);
            if (f == HashNotImplemented.INSTANCE) {
                put(d, order, sd.name, PyNone.NONE);
            } else if (sd.wrapper != null) {
                put(d, order, sd.name, new PyWrapperDescr(this, sd, f));
            }
        }
        if (ownSlots.contains(Slot.tp_new) && !d.containsKey("__new__")) {
            put(d, order, "__new__", PyBuiltinFunction.newWrapper(this));
        }
        if (!d.containsKey("__doc__")) {
            put(d, order, "__doc__", builtinDoc == null ? PyNone.NONE : PyStr.shared(builtinDoc));
        }
        if (tp_hash == HashNotImplemented.INSTANCE && !d.containsKey("__hash__")) {
            put(d, order, "__hash__", PyNone.NONE);
        }
        builtinOrder = order.toArray(new String[0]);
        return Map.copyOf(d);
    }

    private static void put(Map<String, PyObject> d, List<String> order, String k, PyObject v) {
        if (d.put(k, v) == null) {
            order.add(k);
        }
    }

    /** Insertion order of a builtin type's dictionary (for {@code __dict__} and {@code dir()}). */
    private volatile String[] builtinOrder;

    /**
     * A new dict with the entries of this type's own dictionary (the mapping behind
     * {@code type.__dict__}, which Python sees through a read-only proxy).
     */
    public PyDict dictCopy() {
        if (dict != null) {
            return dict.copy();
        }
        Map<String, PyObject> d = builtinDict();
        PyDict copy = new PyDict();
        for (String k : builtinOrder) {
            copy.setItem(PyStr.of(k), d.get(k));
        }
        return copy;
    }

    /** The heap type's dictionary itself (null for builtin types). */
    public PyDict heapDict() {
        return dict;
    }

    /**
     * Sets {@code name} in a heap type's dictionary ({@code type_setattro} after its checks) and updates
     * the slots when the name is a dunder. {@code value} null deletes.
     */
    void setDictEntry(PyStr key, PyObject value) {
        if (value == null) {
            if (dict.delItemIfPresent(key) == null) {
                throw Abstract.attributeError(this, key, String.format("type object '%s' has no attribute '%s'",
                        name, key));
            }
        } else {
            dict.setItem(key, value);
        }
        modified();
        if (SlotDefs.isSlotName(key)) {
            SlotDefs.updateSlot(this, key);
        }
    }

    /** Invalidates attribute caches of this type and its subclasses ({@code PyType_Modified}). */
    public void modified() {
        version++;
        for (PyType sub : subclasses()) {
            sub.modified();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Subclasses

    /** Records a new direct subclass (heap types only: builtin types are shared and immutable). */
    void addSubclass(PyType sub) {
        if (isHeapType()) {
            synchronized (subclasses) {
                subclasses.add(new WeakReference<>(sub));
            }
        }
    }

    void removeSubclass(PyType sub) {
        synchronized (subclasses) {
            subclasses.removeIf(r -> r.get() == null || r.get() == sub);
        }
    }

    /** The live direct subclasses of a heap type. */
    public List<PyType> subclassList() {
        return subclasses();
    }

    List<PyType> subclasses() {
        List<PyType> out = new ArrayList<>();
        synchronized (subclasses) {
            subclasses.removeIf(r -> r.get() == null);
            for (WeakReference<PyType> r : subclasses) {
                PyType t = r.get();
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------
    // Slot access by enum. ORDER SLOT.

    /** The slot function for {@code s}, or null. */
    public Object getSlot(Slot s) {
        return switch (s) {
            case tp_repr -> tp_repr;
            case tp_str -> tp_str;
            case tp_hash -> tp_hash;
            case tp_call -> tp_call;
            case tp_getattro -> tp_getattro;
            case tp_setattro -> tp_setattro;
            case tp_richcompare -> tp_richcompare;
            case tp_iter -> tp_iter;
            case tp_iternext -> tp_iternext;
            case tp_descr_get -> tp_descr_get;
            case tp_descr_set -> tp_descr_set;
            case tp_init -> tp_init;
            case tp_new -> tp_new;
            case nb_add -> nb_add;
            case nb_subtract -> nb_subtract;
            case nb_multiply -> nb_multiply;
            case nb_remainder -> nb_remainder;
            case nb_divmod -> nb_divmod;
            case nb_power -> nb_power;
            case nb_negative -> nb_negative;
            case nb_positive -> nb_positive;
            case nb_absolute -> nb_absolute;
            case nb_bool -> nb_bool;
            case nb_invert -> nb_invert;
            case nb_lshift -> nb_lshift;
            case nb_rshift -> nb_rshift;
            case nb_and -> nb_and;
            case nb_xor -> nb_xor;
            case nb_or -> nb_or;
            case nb_int -> nb_int;
            case nb_float -> nb_float;
            case nb_inplace_add -> nb_inplace_add;
            case nb_inplace_subtract -> nb_inplace_subtract;
            case nb_inplace_multiply -> nb_inplace_multiply;
            case nb_inplace_remainder -> nb_inplace_remainder;
            case nb_inplace_power -> nb_inplace_power;
            case nb_inplace_lshift -> nb_inplace_lshift;
            case nb_inplace_rshift -> nb_inplace_rshift;
            case nb_inplace_and -> nb_inplace_and;
            case nb_inplace_xor -> nb_inplace_xor;
            case nb_inplace_or -> nb_inplace_or;
            case nb_floor_divide -> nb_floor_divide;
            case nb_true_divide -> nb_true_divide;
            case nb_inplace_floor_divide -> nb_inplace_floor_divide;
            case nb_inplace_true_divide -> nb_inplace_true_divide;
            case nb_index -> nb_index;
            case nb_matrix_multiply -> nb_matrix_multiply;
            case nb_inplace_matrix_multiply -> nb_inplace_matrix_multiply;
            case mp_length -> mp_length;
            case mp_subscript -> mp_subscript;
            case mp_ass_subscript -> mp_ass_subscript;
            case sq_length -> sq_length;
            case sq_concat -> sq_concat;
            case sq_repeat -> sq_repeat;
            case sq_item -> sq_item;
            case sq_ass_item -> sq_ass_item;
            case sq_contains -> sq_contains;
            case sq_inplace_concat -> sq_inplace_concat;
            case sq_inplace_repeat -> sq_inplace_repeat;
            case am_await -> am_await;
            case am_aiter -> am_aiter;
            case am_anext -> am_anext;
        };
    }

    /** Sets the slot {@code s} to {@code f} (which must implement the slot's interface, or be null). */
    public void setSlot(Slot s, Object f) {
        switch (s) {
            case tp_repr -> tp_repr = (UnaryFunc) f;
            case tp_str -> tp_str = (UnaryFunc) f;
            case tp_hash -> tp_hash = (HashFunc) f;
            case tp_call -> tp_call = (VectorcallFunc) f;
            case tp_getattro -> tp_getattro = (GetAttroFunc) f;
            case tp_setattro -> tp_setattro = (SetAttroFunc) f;
            case tp_richcompare -> tp_richcompare = (RichCmpFunc) f;
            case tp_iter -> tp_iter = (UnaryFunc) f;
            case tp_iternext -> tp_iternext = (UnaryFunc) f;
            case tp_descr_get -> tp_descr_get = (DescrGetFunc) f;
            case tp_descr_set -> tp_descr_set = (DescrSetFunc) f;
            case tp_init -> tp_init = (InitProc) f;
            case tp_new -> tp_new = (NewFunc) f;
            case nb_add -> nb_add = (BinaryFunc) f;
            case nb_subtract -> nb_subtract = (BinaryFunc) f;
            case nb_multiply -> nb_multiply = (BinaryFunc) f;
            case nb_remainder -> nb_remainder = (BinaryFunc) f;
            case nb_divmod -> nb_divmod = (BinaryFunc) f;
            case nb_power -> nb_power = (TernaryFunc) f;
            case nb_negative -> nb_negative = (UnaryFunc) f;
            case nb_positive -> nb_positive = (UnaryFunc) f;
            case nb_absolute -> nb_absolute = (UnaryFunc) f;
            case nb_bool -> nb_bool = (Inquiry) f;
            case nb_invert -> nb_invert = (UnaryFunc) f;
            case nb_lshift -> nb_lshift = (BinaryFunc) f;
            case nb_rshift -> nb_rshift = (BinaryFunc) f;
            case nb_and -> nb_and = (BinaryFunc) f;
            case nb_xor -> nb_xor = (BinaryFunc) f;
            case nb_or -> nb_or = (BinaryFunc) f;
            case nb_int -> nb_int = (UnaryFunc) f;
            case nb_float -> nb_float = (UnaryFunc) f;
            case nb_inplace_add -> nb_inplace_add = (BinaryFunc) f;
            case nb_inplace_subtract -> nb_inplace_subtract = (BinaryFunc) f;
            case nb_inplace_multiply -> nb_inplace_multiply = (BinaryFunc) f;
            case nb_inplace_remainder -> nb_inplace_remainder = (BinaryFunc) f;
            case nb_inplace_power -> nb_inplace_power = (TernaryFunc) f;
            case nb_inplace_lshift -> nb_inplace_lshift = (BinaryFunc) f;
            case nb_inplace_rshift -> nb_inplace_rshift = (BinaryFunc) f;
            case nb_inplace_and -> nb_inplace_and = (BinaryFunc) f;
            case nb_inplace_xor -> nb_inplace_xor = (BinaryFunc) f;
            case nb_inplace_or -> nb_inplace_or = (BinaryFunc) f;
            case nb_floor_divide -> nb_floor_divide = (BinaryFunc) f;
            case nb_true_divide -> nb_true_divide = (BinaryFunc) f;
            case nb_inplace_floor_divide -> nb_inplace_floor_divide = (BinaryFunc) f;
            case nb_inplace_true_divide -> nb_inplace_true_divide = (BinaryFunc) f;
            case nb_index -> nb_index = (UnaryFunc) f;
            case nb_matrix_multiply -> nb_matrix_multiply = (BinaryFunc) f;
            case nb_inplace_matrix_multiply -> nb_inplace_matrix_multiply = (BinaryFunc) f;
            case mp_length -> mp_length = (LenFunc) f;
            case mp_subscript -> mp_subscript = (BinaryFunc) f;
            case mp_ass_subscript -> mp_ass_subscript = (ObjObjArgProc) f;
            case sq_length -> sq_length = (LenFunc) f;
            case sq_concat -> sq_concat = (BinaryFunc) f;
            case sq_repeat -> sq_repeat = (SsizeArgFunc) f;
            case sq_item -> sq_item = (SsizeArgFunc) f;
            case sq_ass_item -> sq_ass_item = (SsizeObjArgProc) f;
            case sq_contains -> sq_contains = (ObjObjProc) f;
            case sq_inplace_concat -> sq_inplace_concat = (BinaryFunc) f;
            case sq_inplace_repeat -> sq_inplace_repeat = (SsizeArgFunc) f;
            case am_await -> am_await = (UnaryFunc) f;
            case am_aiter -> am_aiter = (UnaryFunc) f;
            case am_anext -> am_anext = (UnaryFunc) f;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Python-visible behaviour of type objects

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        String mod = moduleName();
        if (mod != null && !mod.equals("builtins")) {
            return PyStr.of("<class '" + mod + "." + qualname + "'>");
        }
        return PyStr.of("<class '" + qualname + "'>");
    }

    /** The {@code __module__} as a Java string, or null when it is not a str. */
    public String moduleName() {
        if (dict == null) {
            return builtinModule;
        }
        PyObject m = dict.getItem(Id.__module__);
        return m instanceof PyStr s ? s.toString() : null;
    }

    /** {@code type_call}: {@code tp_new}, then {@code tp_init} if the result is an instance. */
    @PySlot(Slot.tp_call)
    static PyObject call(PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyType t = (PyType) self;
        if (t == TYPE) {
            if (nargs == 1 && (kwnames == null || kwnames.size() == 0)) {
                return args[off].type;
            }
            if (nargs != 3) {
                throw PyErr.format(PyExc.TypeError, "type() takes 1 or 3 arguments");
            }
        }
        if (t.tp_new == null) {
            throw PyErr.format(PyExc.TypeError, "cannot create '%s' instances", t.getName());
        }
        PyObject obj = t.tp_new.newObject(t, args, off, nargs, kwnames);
        if (!obj.type.isSubtypeOf(t)) {
            return obj;
        }
        PyType ot = obj.type;
        if (ot.tp_init != null) {
            ot.tp_init.init(obj, args, off, nargs, kwnames);
        }
        return obj;
    }

    @PySlot(Slot.tp_new)
    static PyObject typeNew(PyType metatype, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        return HeapTypes.typeNew(metatype, args, off, nargs, kwnames);
    }

    @PySlot(Slot.tp_init)
    static void typeInit(PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        if (kwnames != null && nargs == 1) {
            throw PyErr.format(PyExc.TypeError, "type.__init__() takes no keyword arguments");
        }
        if (nargs != 1 && nargs != 3) {
            throw PyErr.format(PyExc.TypeError, "type.__init__() takes 1 or 3 arguments");
        }
    }

    @PySlot(Slot.tp_getattro)
    static PyObject getattro(PyObject self, PyStr name) {
        return typeGetAttr((PyType) self, name, false);
    }

    /**
     * {@code _Py_type_getattro_impl}: data descriptors of the metatype, then the type's own MRO (calling
     * {@code __get__(None, type)}), then other metatype attributes. With {@code suppress} a missing
     * attribute gives null instead of AttributeError.
     */
    public static PyObject typeGetAttr(PyType type, PyStr name, boolean suppress) {
        PyType meta = type.type;
        PyObject metaAttr = meta.lookup(name);
        DescrGetFunc metaGet = null;
        if (metaAttr != null) {
            metaGet = metaAttr.type.tp_descr_get;
            if (metaGet != null && metaAttr.type.tp_descr_set != null) {
                return metaGet.get(metaAttr, type, meta);
            }
        }
        PyObject attr = type.lookup(name);
        if (attr != null) {
            DescrGetFunc localGet = attr.type.tp_descr_get;
            if (localGet != null) {
                return localGet.get(attr, null, type);
            }
            return attr;
        }
        if (metaGet != null) {
            return metaGet.get(metaAttr, type, meta);
        }
        if (metaAttr != null) {
            return metaAttr;
        }
        if (suppress) {
            return null;
        }
        throw Abstract.attributeError(type, name,
                String.format("type object '%s' has no attribute '%s'", type.name, name));
    }

    @PySlot(Slot.tp_setattro)
    static void setattro(PyObject self, PyStr name, PyObject value) {
        PyType type = (PyType) self;
        if (!type.isHeapType() || type.hasFlag(TPFLAGS_IMMUTABLETYPE)) {
            throw PyErr.format(PyExc.TypeError, "cannot set '%s' attribute of immutable type '%s'", name,
                    type.getName());
        }
        // Data descriptors of the metatype (__name__, __doc__, __bases__ ...) first.
        PyObject metaAttr = type.type.lookup(name);
        if (metaAttr != null && metaAttr.type.tp_descr_set != null) {
            metaAttr.type.tp_descr_set.set(metaAttr, type, value);
            return;
        }
        type.setDictEntry(name.intern(), value);
    }

    /** {@code type_or}: {@code int | str} makes a {@code types.UnionType}. */
    @PySlot(Slot.nb_or)
    static PyObject typeOr(PyObject v, PyObject w) {
        return PyUnion.typeOr(v, w);
    }

    @PyMethod(doc = "Return a type's method resolution order.")
    PyObject mro() {
        return PyList.of(HeapTypes.mroImplementation(this));
    }

    @PyMethod(doc = "Return a list of immediate subclasses.")
    PyObject __subclasses__() {
        return PyList.of(subclasses().toArray(new PyObject[0]));
    }

    @PyMethod(sig = "instance, /", doc = "Check if an object is an instance.")
    PyObject __instancecheck__(PyObject instance) {
        return PyBool.of(Abstract.recursiveIsInstance(instance, this));
    }

    @PyMethod(sig = "subclass, /", doc = "Check if a class is a subclass.")
    PyObject __subclasscheck__(PyObject subclass) {
        return PyBool.of(Abstract.recursiveIsSubclass(subclass, this));
    }

    @PyMethod(classmethod = true, sig = "*args, **kwargs",
              doc = "Create the namespace for the class statement")
    static PyObject __prepare__(PyType cls, PyTuple args, PyDict kwargs) {
        return new PyDict();
    }

    @PyMethod(doc = "Specialized __dir__ implementation for types.")
    PyObject __dir__() {
        PyDict result = new PyDict();
        mergeClassDict(this, result);
        return PyList.of(result.keysArray());
    }

    private static void mergeClassDict(PyType t, PyDict result) {
        PyDict d = t.dictCopy();
        for (PyObject k : d.keysArray()) {
            result.setItem(k, PyNone.NONE);
        }
        for (PyType b : t.bases) {
            mergeClassDict(b, result);
        }
    }

    @PyMethod(doc = "Return memory consumption of the type object.")
    PyObject __sizeof__() {
        return PyInt.of(920);
    }

    @PyGetter("__name__")
    PyObject getNameAttr() {
        return PyStr.of(name);
    }

    @PySetter("__name__")
    void setNameAttr(PyObject value) {
        checkSetSpecial("__name__", value);
        if (!(value instanceof PyStr s)) {
            throw PyErr.format(PyExc.TypeError, "can only assign string to %s.__name__, not '%s'", name,
                    value.type.getName());
        }
        if (s.toString().indexOf('\0') >= 0) {
            throw PyErr.format(PyExc.ValueError, "type name must not contain null characters");
        }
        name = s.toString();
    }

    @PyGetter("__qualname__")
    PyObject getQualnameAttr() {
        return PyStr.of(qualname);
    }

    @PySetter("__qualname__")
    void setQualnameAttr(PyObject value) {
        checkSetSpecial("__qualname__", value);
        if (!(value instanceof PyStr s)) {
            throw PyErr.format(PyExc.TypeError, "can only assign string to %s.__qualname__, not '%s'", name,
                    value.type.getName());
        }
        qualname = s.toString();
    }

    private void checkSetSpecial(String attr, PyObject value) {
        if (!isHeapType() || hasFlag(TPFLAGS_IMMUTABLETYPE)) {
            throw PyErr.format(PyExc.TypeError, "cannot set '%s' attribute of immutable type '%s'", attr, getName());
        }
        if (value == null) {
            throw PyErr.format(PyExc.TypeError, "cannot delete '%s' attribute of immutable type '%s'", attr,
                    getName());
        }
    }

    @PyGetter("__module__")
    PyObject getModuleAttr() {
        if (dict != null) {
            PyObject m = dict.getItem(Id.__module__);
            if (m == null) {
                throw Abstract.attributeError(this, Id.__module__, "__module__");
            }
            return m;
        }
        return PyStr.of(builtinModule);
    }

    @PySetter("__module__")
    void setModuleAttr(PyObject value) {
        checkSetSpecial("__module__", value);
        dict.setItem(Id.__module__, value);
        modified();
    }

    @PyGetter("__bases__")
    PyObject getBasesAttr() {
        PyTuple t = basesTuple;
        if (t == null || t.size() != bases.length) {
            t = PyTuple.of((PyObject[]) bases.clone());
            basesTuple = t;
        }
        return t;
    }

    /**
     * {@code type_set_bases}: CPython's checks (a non-empty tuple of classes, no inheritance cycle, an
     * acceptable best base whose instance layout is compatible with the old one), then the new MRO of
     * this class and its subclasses (restored if a custom {@code mro()} fails), subclass registration
     * and every slot recomputed from the new MRO.
     */
    @PySetter("__bases__")
    void setBasesAttr(PyObject value) {
        checkSetSpecial("__bases__", value);
        if (!(value instanceof PyTuple t)) {
            throw PyErr.format(PyExc.TypeError, "can only assign tuple to %s.__bases__, not %s", getName(),
                    value.type.getName());
        }
        if (t.size() == 0) {
            throw PyErr.format(PyExc.TypeError, "can only assign non-empty tuple to %s.__bases__, not ()",
                    getName());
        }
        PyType[] newBases = new PyType[t.size()];
        for (int i = 0; i < newBases.length; i++) {
            if (!(t.get(i) instanceof PyType b)) {
                throw PyErr.format(PyExc.TypeError, "%s.__bases__ must be tuple of classes, not '%s'", getName(),
                        t.get(i).type.getName());
            }
            boolean cycle = b.isSubtypeOf(this);
            for (PyType c = b; c != null && !cycle; c = c.base) {
                cycle = c == this;
            }
            if (cycle) {
                throw PyErr.format(PyExc.TypeError, "a __bases__ item causes an inheritance cycle");
            }
            newBases[i] = b;
        }
        PyType newBase = HeapTypes.bestBase(newBases);
        HeapTypes.checkCompatibleForAssignment(base, newBase, "__bases__");
        PyType[] oldBases = bases;
        PyType oldBase = base;
        bases = newBases;
        base = newBase;
        basesTuple = null;
        List<PyType> changed = new ArrayList<>();
        List<PyType[]> oldMros = new ArrayList<>();
        try {
            HeapTypes.mroHierarchy(this, changed, oldMros);
        } catch (dev.kaa.runtime.PyException e) {
            for (int i = changed.size() - 1; i >= 0; i--) {
                changed.get(i).mro = oldMros.get(i);
                changed.get(i).mroTuple = null;
            }
            bases = oldBases;
            base = oldBase;
            basesTuple = null;
            modified();
            throw e;
        }
        for (PyType b : oldBases) {
            b.removeSubclass(this);
        }
        for (PyType b : newBases) {
            b.addSubclass(this);
        }
        modified();
        HeapTypes.updateAllSlots(this);
    }

    /** {@code __bases__} as an array (do not modify). */
    public PyType[] getBases() {
        return bases;
    }

    @PyGetter("__base__")
    PyObject getBaseAttr() {
        return base == null ? PyNone.NONE : base;
    }

    @PyGetter("__mro__")
    PyObject getMroAttr() {
        PyTuple t = mroTuple;
        if (t == null || t.size() != mro.length) {
            t = PyTuple.of((PyObject[]) mro.clone());
            mroTuple = t;
        }
        return t;
    }

    @PyGetter("__dict__")
    PyObject getDictAttr() {
        return new PyMappingProxy(dict != null ? dict : dictCopy());
    }

    @PyGetter("__doc__")
    PyObject getDocAttr() {
        if (dict == null) {
            return builtinDoc == null ? PyNone.NONE : PyStr.of(builtinDoc);
        }
        PyObject doc = dict.getItem(Id.__doc__);
        if (doc == null) {
            return PyNone.NONE;
        }
        if (doc.type.tp_descr_get != null) {
            return doc.type.tp_descr_get.get(doc, null, this);
        }
        return doc;
    }

    @PySetter("__doc__")
    void setDocAttr(PyObject value) {
        checkSetSpecial("__doc__", value);
        dict.setItem(Id.__doc__, value);
        modified();
    }

    @PyGetter("__type_params__")
    PyObject getTypeParamsAttr() {
        if (dict == null) {
            return PyTuple.EMPTY;
        }
        PyObject p = dict.getItem(PyStr.of("__type_params__"));
        return p instanceof PyTuple ? p : PyTuple.EMPTY;
    }

    @PySetter("__type_params__")
    void setTypeParamsAttr(PyObject value) {
        if (value != null && !(value instanceof PyTuple)) {
            throw PyErr.format(PyExc.TypeError, "__type_params__ must be set to a tuple, not %s",
                    value.type.getName());
        }
        checkSetSpecial("__type_params__", value);
        dict.setItem(PyStr.of("__type_params__"), value);
        modified();
    }

    /** {@code type_get_annotations}: a heap type without annotations gets an empty dict on first access. */
    @PyGetter("__annotations__")
    PyObject getAnnotationsAttr() {
        if (!isHeapType() || dict == null) {
            throw PyErr.format(PyExc.AttributeError, "type object '%s' has no attribute '__annotations__'", getName());
        }
        PyStr key = PyStr.of("__annotations__");
        PyObject a = dict.getItem(key);
        if (a != null) {
            if (a.type.tp_descr_get != null) {
                return a.type.tp_descr_get.get(a, null, this);
            }
            return a;
        }
        a = new PyDict();
        dict.setItem(key, a);
        modified();
        return a;
    }

    @PySetter("__annotations__")
    void setAnnotationsAttr(PyObject value) {
        if (!isHeapType() || hasFlag(TPFLAGS_IMMUTABLETYPE)) {
            throw PyErr.format(PyExc.TypeError, "cannot set '__annotations__' attribute of immutable type '%s'",
                    getName());
        }
        PyStr key = PyStr.of("__annotations__");
        if (value != null) {
            dict.setItem(key, value);
        } else if (dict.delItemIfPresent(key) == null) {
            throw PyErr.format(PyExc.AttributeError, "__annotations__");
        }
        modified();
    }

    @PyGetter("__flags__")
    PyObject getFlagsAttr() {
        return PyInt.of(flags & 0xffffffffL);
    }

    @PyGetter("__basicsize__")
    PyObject getBasicsize() {
        return PyInt.of(16);
    }

    /**
     * {@code __dictoffset__}: CPython's {@code tp_dictoffset} (-1 for a managed dict), from its values for
     * the builtin types that have a dict; Kaa's layouts differ, so this is informational only.
     */
    @PyGetter("__dictoffset__")
    PyObject getDictoffset() {
        return PyInt.of(dictOffset());
    }

    private long dictOffset() {
        if (isHeapType()) {
            if (!hasInstanceDict()) {
                return 0;
            }
            long inherited = builtinBase().dictOffset();
            return inherited > 0 ? inherited : -1;
        }
        if (hasFlag(TPFLAGS_BASE_EXC_SUBCLASS)) {
            return 16;
        }
        return switch (getName()) {
            case "type" -> 264;
            case "module" -> 16;
            case "function" -> 88;
            case "classmethod", "staticmethod" -> 24;
            default -> 0;
        };
    }

    /** {@code __weakrefoffset__}: CPython's {@code tp_weaklistoffset} (-32 for a managed weakref list). */
    @PyGetter("__weakrefoffset__")
    PyObject getWeakrefoffset() {
        return PyInt.of(weakrefOffset());
    }

    private long weakrefOffset() {
        if (isHeapType()) {
            PyType b = builtinBase();
            long inherited = b.weakrefOffset();
            if (inherited != 0) {
                return inherited;
            }
            Class<?> l = b.layout;
            boolean varsized = l == PyInt.class || l == PyTuple.class || l == PyBytes.class;
            return !varsized && hasInstanceDict() ? -32 : 0;
        }
        return switch (getName()) {
            case "type" -> 368;
            case "set", "frozenset" -> 192;
            case "memoryview" -> 136;
            case "code" -> 144;
            case "function" -> 96;
            case "module", "builtin_function_or_method" -> 40;
            case "method" -> 32;
            case "generator", "coroutine", "async_generator" -> 16;
            case "ExceptionGroup" -> -32;
            default -> 0;
        };
    }

    /** The nearest builtin type along the base chain. */
    private PyType builtinBase() {
        PyType b = this;
        while (b.isHeapType()) {
            b = b.base;
        }
        return b;
    }

    @PyGetter("__itemsize__")
    PyObject getItemsize() {
        return PyInt.of(0);
    }

    @PyGetter("__abstractmethods__")
    PyObject getAbstractMethods() {
        PyObject v = dict == null || this == TYPE ? null : dict.getItem(PyStr.of("__abstractmethods__"));
        if (v == null) {
            throw Abstract.attributeError(this, PyStr.of("__abstractmethods__"), "__abstractmethods__");
        }
        return v;
    }

    @PySetter("__abstractmethods__")
    void setAbstractMethods(PyObject value) {
        if (!isHeapType()) {
            throw PyErr.format(PyExc.TypeError, "cannot set '__abstractmethods__' attribute of immutable type '%s'",
                    getName());
        }
        PyStr key = PyStr.of("__abstractmethods__");
        boolean abs;
        if (value == null) {
            if (dict.delItemIfPresent(key) == null) {
                throw Abstract.attributeError(this, key, "__abstractmethods__");
            }
            abs = false;
        } else {
            abs = Abstract.isTrue(value);
            dict.setItem(key, value);
        }
        if (abs) {
            flags |= TPFLAGS_IS_ABSTRACT;
        } else {
            flags &= ~TPFLAGS_IS_ABSTRACT;
        }
        modified();
    }

    @PyGetter("__text_signature__")
    PyObject getTextSignature() {
        return PyNone.NONE;
    }

    @Override
    public String toString() {
        return "<class '" + getName() + "'>";
    }
}
