package dev.kaa.runtime.objects;

import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyException;
import dev.kaa.runtime.binding.BuiltinTable;
import dev.kaa.runtime.slots.SlotDefs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creating classes at run time: {@code type(name, bases, namespace, **kwds)} ({@code type_new} in
 * CPython's typeobject.c). The steps, in CPython's order: find the most derived metaclass (delegating to
 * its {@code __new__} if it is not type's), choose the base that decides the instance layout, process
 * {@code __slots__}, build the dictionary ({@code __qualname__}, {@code __doc__}, implicit
 * staticmethod/classmethod wrappers, {@code __dict__}/{@code __weakref__} descriptors), compute the C3
 * MRO, inherit the layout base's slots and then derive every slot from the MRO's dunders
 * ({@link SlotDefs#fixupSlots}), register with the bases, and finally call {@code __set_name__} and
 * {@code __init_subclass__}.
 */
public final class HeapTypes {
    private HeapTypes() {
    }

    /** {@code type_new}. */
    static PyObject typeNew(PyType metatype, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        // type(x) and "type() takes 1 or 3 arguments" are type_call's; here it is PyArg_ParseTuple's "UO!O!".
        if (nargs != 3) {
            throw PyErr.format(PyExc.TypeError, "type.__new__() takes exactly 3 arguments (%d given)", nargs);
        }
        PyObject nameObj = args[off];
        PyObject basesObj = args[off + 1];
        PyObject nsObj = args[off + 2];
        if (!(nameObj instanceof PyStr name)) {
            throw PyErr.format(PyExc.TypeError, "type.__new__() argument 1 must be str, not %s",
                    nameObj.type().getName());
        }
        if (!(basesObj instanceof PyTuple basesTuple)) {
            throw PyErr.format(PyExc.TypeError, "type.__new__() argument 2 must be tuple, not %s",
                    basesObj.type().getName());
        }
        if (!(nsObj instanceof PyDict ns)) {
            throw PyErr.format(PyExc.TypeError, "type.__new__() argument 3 must be dict, not %s",
                    nsObj.type().getName());
        }
        if (name.toString().indexOf('\0') >= 0) {
            throw PyErr.format(PyExc.ValueError, "type name must not contain null characters");
        }
        PyDict kwds = new PyDict();
        if (kwnames != null) {
            for (int i = 0; i < kwnames.size(); i++) {
                kwds.setItem(kwnames.get(i), args[off + nargs + i]);
            }
        }
        // The most derived metaclass; a different one with its own __new__ takes over.
        PyType winner = calculateMetaclass(metatype, basesTuple);
        if (winner != metatype && winner.tp_new != PyType.TYPE.tp_new) {
            return winner.tp_new.newObject(winner, args, off, nargs, kwnames);
        }
        return newType(winner, name.toString(), basesTuple, ns, kwds);
    }

    /** {@code _PyType_CalculateMetaclass}. */
    public static PyType calculateMetaclass(PyType metatype, PyTuple bases) {
        PyType winner = metatype;
        for (PyObject b : bases.array()) {
            PyType tmp = b.type();
            if (winner.isSubtypeOf(tmp)) {
                continue;
            }
            if (tmp.isSubtypeOf(winner)) {
                winner = tmp;
                continue;
            }
            throw PyErr.format(PyExc.TypeError, "metaclass conflict: the metaclass of a derived class must be a "
                    + "(non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** The number of {@code __slots__} values an instance of {@code t} stores. */
    public static int slotCount(PyType t) {
        int n = 0;
        for (PyType m : t.mro) {
            if (m.slotNames != null) {
                n += m.slotNames.length;
            }
        }
        return n;
    }

    /** {@code solid_base}: the type that determines {@code t}'s instance layout. */
    private static PyType solidBase(PyType t) {
        PyType base = t.base;
        if (base == null) {
            return t;
        }
        PyType solid = solidBase(base);
        boolean differs = (t.slotNames != null && t.slotNames.length > 0)
                || (!t.isHeapType() && t.layout != base.layout);
        return differs ? t : solid;
    }

    /** {@code best_base}: the base whose layout the new class extends. */
    static PyType bestBase(PyType[] bases) {
        PyType base = null;
        PyType winner = null;
        for (PyType b : bases) {
            if (!b.hasFlag(PyType.TPFLAGS_BASETYPE)) {
                throw PyErr.format(PyExc.TypeError, "type '%s' is not an acceptable base type", b.getName());
            }
            PyType candidate = solidBase(b);
            if (winner == null) {
                winner = candidate;
                base = b;
            } else if (winner.isSubtypeOf(candidate)) {
                // keep winner
            } else if (candidate.isSubtypeOf(winner)) {
                winner = candidate;
                base = b;
            } else {
                throw PyErr.format(PyExc.TypeError, "multiple bases have instance lay-out conflict");
            }
        }
        return base;
    }

    /** The Java class of instances of a Python subclass of {@code base}. */
    private static Class<? extends PyObject> subclassLayout(PyType base) {
        if (base.isHeapType()) {
            return base.layout;
        }
        Class<? extends PyObject> l = base.layout;
        // ORDER DERIVED: each subclassable builtin without a __dict__ of its own has a Derived class.
        if (l == PyBaseObject.class) {
            return PyInstance.class;
        } else if (l == PyInt.class) {
            return PyInt.Derived.class;
        } else if (l == PyFloat.class) {
            return PyFloat.Derived.class;
        } else if (l == PyStr.class) {
            return PyStr.Derived.class;
        } else if (l == PyBytes.class) {
            return PyBytes.Derived.class;
        } else if (l == PyTuple.class) {
            return PyTuple.Derived.class;
        } else if (l == PyList.class) {
            return PyList.Derived.class;
        } else if (l == PyDict.class) {
            return PyDict.Derived.class;
        } else if (l == PySet.class) {
            return PySet.Derived.class;
        } else if (l == PyFrozenSet.class) {
            return PyFrozenSet.Derived.class;
        } else if (l == PyComplex.class) {
            return PyComplex.Derived.class;
        } else if (l == PyProperty.class) {
            return PyProperty.Derived.class;
        } else if (l == PyByteArray.class) {
            return PyByteArray.Derived.class;
        }
        return l;
    }

    /** Creates a heap type (the part of {@code type_new} after metaclass selection). */
    public static PyType newType(PyType metatype, String name, PyTuple basesTuple, PyDict ns, PyDict kwds) {
        PyType[] bases;
        if (basesTuple.size() == 0) {
            bases = new PyType[] {PyType.OBJECT};
        } else {
            bases = new PyType[basesTuple.size()];
            for (int i = 0; i < bases.length; i++) {
                PyObject b = basesTuple.get(i);
                if (!(b instanceof PyType bt)) {
                    if (Abstract.lookupAttr(b, Id.__mro_entries__) != null) {
                        throw PyErr.format(PyExc.TypeError,
                                "type() doesn't support MRO entry resolution; use types.new_class()");
                    }
                    throw PyErr.format(PyExc.TypeError, "bases must be types");
                }
                bases[i] = bt;
            }
        }
        PyType base = bestBase(bases);
        PyDict dict = ns.copy();

        // __slots__
        String[] slotNames = null;
        boolean addDict = true;
        PyObject slotsObj = dict.getItem(Id.__slots__);
        if (slotsObj != null) {
            PyObject[] items = slotsObj instanceof PyStr ? new PyObject[] {slotsObj}
                    : Abstract.sequenceToArray(slotsObj);
            List<String> names = new ArrayList<>();
            addDict = false;
            boolean baseHasDict = base.hasInstanceDict();
            for (PyObject it : items) {
                if (!(it instanceof PyStr s)) {
                    throw PyErr.format(PyExc.TypeError, "__slots__ items must be strings, not '%s'",
                            it.type().getName());
                }
                if (!s.isidentifier()) {
                    throw PyErr.format(PyExc.TypeError, "__slots__ must be identifiers");
                }
                String n = s.toString();
                if (n.equals("__dict__")) {
                    if (addDict || baseHasDict) {
                        throw PyErr.format(PyExc.TypeError, "__dict__ slot disallowed: we already got one");
                    }
                    addDict = true;
                    continue;
                }
                if (n.equals("__weakref__")) {
                    continue;
                }
                n = mangle(name, n);
                if (names.contains(n)) {
                    throw PyErr.format(PyExc.TypeError, "%s in __slots__ conflicts with class variable", Abstract.repr(s));
                }
                if (dict.getItem(PyStr.of(n)) != null) {
                    throw PyErr.format(PyExc.ValueError, "%s in __slots__ conflicts with class variable",
                            Abstract.repr(PyStr.of(n)));
                }
                names.add(n);
            }
            if (!names.isEmpty()) {
                Class<?> bl = base.layout;
                if (bl == PyInt.class || bl == PyBytes.class || bl == PyTuple.class || bl == PyInt.Derived.class
                        || bl == PyTuple.Derived.class) {
                    throw PyErr.format(PyExc.TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                            base.getName());
                }
                if (subclassLayout(base) != PyInstance.class
                        && !PyBaseException.class.isAssignableFrom(subclassLayout(base))) {
                    throw PyErr.format(PyExc.TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                            base.getName());
                }
            }
            slotNames = names.toArray(new String[0]);
        }
        boolean mayAddDict = !base.hasInstanceDict();
        int flags = PyType.TPFLAGS_BASETYPE | PyType.TPFLAGS_HAVE_GC;
        if (base.hasInstanceDict() || addDict) {
            flags |= PyType.TPFLAGS_MANAGED_DICT;
        }

        // __qualname__, __doc__, and implicit staticmethod/classmethod
        String qualname = name;
        PyObject qn = dict.getItem(Id.__qualname__);
        if (qn != null) {
            if (!(qn instanceof PyStr)) {
                throw PyErr.format(PyExc.TypeError, "type __qualname__ must be a str, not %s", qn.type().getName());
            }
            qualname = qn.toString();
            dict.delItem(Id.__qualname__);
        }
        if (dict.getItem(Id.__doc__) == null) {
            dict.setItem(Id.__doc__, PyNone.NONE);
        }
        // type_new_set_module: __module__ from the calling frame's globals (class statements set their own).
        if (dict.getItem(Id.__module__) == null) {
            PyFrame caller = dev.kaa.runtime.ThreadState.current().frame;
            if (caller != null && caller.globals instanceof PyDict g) {
                PyObject modName = g.getItem(Id.__name__);
                if (modName != null) {
                    dict.setItem(Id.__module__, modName);
                }
            }
        }
        // A class that defines __eq__ but not __hash__ is unhashable (type_ready_set_hash).
        if (dict.getItem(Id.__eq__) != null && dict.getItem(Id.__hash__) == null) {
            dict.setItem(Id.__hash__, PyNone.NONE);
        }
        PyObject newFunc = dict.getItem(Id.__new__);
        if (newFunc != null && isPlainFunction(newFunc)) {
            dict.setItem(Id.__new__, new PyStaticMethod(newFunc));
        }
        for (PyStr cmName : new PyStr[] {Id.__init_subclass__, Id.__class_getitem__}) {
            PyObject f = dict.getItem(cmName);
            if (f != null && isPlainFunction(f)) {
                dict.setItem(cmName, new PyClassMethod(f));
            }
        }
        PyObject classcell = dict.getItem(Id.__classcell__);
        if (classcell != null) {
            if (!(classcell instanceof PyCell)) {
                throw PyErr.format(PyExc.TypeError, "__classcell__ must be a nonlocal cell, not %s",
                        Abstract.repr(classcell.type()));
            }
            dict.delItem(Id.__classcell__);
        }

        PyType type = new PyType(metatype, name, qualname, bases, base, dict, subclassLayout(base), flags);
        type.slotNames = slotNames;
        if (slotNames != null) {
            int start = slotCount(base);
            for (int i = 0; i < slotNames.length; i++) {
                dict.setItem(PyStr.of(slotNames[i]), new PyMemberDescr(type, slotNames[i], start + i));
            }
        }
        if (addDict && mayAddDict) {
            if (dict.getItem(Id.__dict__) == null) {
                dict.setItem(Id.__dict__, new PyGetSetDescr(type, "__dict__", SUBTYPE_GETSETS, 0, 0,
                        "dictionary for instance variables"));
            }
            if (dict.getItem(Id.__weakref__) == null && slotNames == null) {
                dict.setItem(Id.__weakref__, new PyGetSetDescr(type, "__weakref__", SUBTYPE_GETSETS, 1, -1,
                        "list of weak references to the object"));
            }
        }

        // MRO: C3, or a metaclass's own mro().
        type.mro = computeMro(type);

        // Slots: the layout base's first, then whatever the MRO's dunders say.
        for (dev.kaa.annotations.Slot s : dev.kaa.annotations.Slot.values()) {
            type.setSlot(s, base.getSlot(s));
        }
        SlotDefs.fixupSlots(type);
        for (PyType b : bases) {
            b.addSubclass(type);
        }
        if (classcell != null) {
            ((PyCell) classcell).ref = type;
        }
        setNames(type);
        initSubclass(type, kwds);
        return type;
    }

    /**
     * {@code compatible_for_assignment}: whether instances laid out for {@code oldto} suit {@code newto}
     * ({@code __bases__} and {@code __class__} assignment). CPython compares deallocators first (heap types
     * and container builtins are garbage collected, the other builtins are not), then the layouts: here the
     * Java class of the instances, the {@code __slots__} along the base chain and the instance dict.
     */
    static void checkCompatibleForAssignment(PyType oldto, PyType newto, String attr) {
        if (isCollected(newto) != isCollected(oldto)) {
            throw PyErr.format(PyExc.TypeError, "%s assignment: '%s' deallocator differs from '%s'", attr,
                    newto.getName(), oldto.getName());
        }
        if (subclassLayout(newto) != subclassLayout(oldto) || !chainSlotNames(newto).equals(chainSlotNames(oldto))
                || newto.hasInstanceDict() != oldto.hasInstanceDict()) {
            throw PyErr.format(PyExc.TypeError, "%s assignment: '%s' object layout differs from '%s'", attr,
                    newto.getName(), oldto.getName());
        }
    }

    /** Whether CPython's {@code tp_free} of {@code t} is the garbage collector's ({@code Py_TPFLAGS_HAVE_GC}). */
    private static boolean isCollected(PyType t) {
        if (t.isHeapType()) {
            return true;
        }
        Class<? extends PyObject> l = t.layout;
        return !(l == PyBaseObject.class || l == PyInt.class || l == PyFloat.class || l == PyComplex.class
                || l == PyStr.class || l == PyBytes.class || l == PyByteArray.class);
    }

    /** The {@code __slots__} names along {@code t}'s base chain, outermost base first. */
    private static List<String> chainSlotNames(PyType t) {
        List<String> out = new ArrayList<>();
        for (PyType c = t; c != null; c = c.base) {
            if (c.slotNames != null) {
                out.addAll(0, List.of(c.slotNames));
            }
        }
        return out;
    }

    /**
     * {@code mro_hierarchy}: recomputes the MRO of {@code type} and of its subclasses, recording each
     * changed type and its old MRO so that the caller can undo on failure.
     */
    static void mroHierarchy(PyType type, List<PyType> changed, List<PyType[]> oldMros) {
        changed.add(type);
        oldMros.add(type.mro);
        type.mro = computeMro(type);
        type.mroTuple = null;
        for (PyType sub : type.subclasses()) {
            mroHierarchy(sub, changed, oldMros);
        }
    }

    /** {@code update_all_slots}: every slot of {@code type} and its subclasses from the (new) MRO. */
    static void updateAllSlots(PyType type) {
        for (dev.kaa.annotations.Slot s : dev.kaa.annotations.Slot.values()) {
            type.setSlot(s, type.base.getSlot(s));
        }
        SlotDefs.fixupSlots(type);
        for (PyType sub : type.subclasses()) {
            updateAllSlots(sub);
        }
    }

    private static boolean isPlainFunction(PyObject f) {
        return f instanceof PyFunction;
    }

    /** {@code _Py_Mangle}: {@code __x} in class {@code C} becomes {@code _C__x}. */
    static String mangle(String className, String name) {
        if (!name.startsWith("__") || name.endsWith("__") || name.contains(".")) {
            return name;
        }
        String stripped = className.replaceFirst("^_+", "");
        if (stripped.isEmpty()) {
            return name;
        }
        return "_" + stripped + name;
    }

    static PyType[] computeMro(PyType type) {
        PyType meta = type.type();
        if (meta != PyType.TYPE) {
            PyObject mroMeth = meta.lookup(Id.mro);
            if (mroMeth != null && !(mroMeth instanceof PyMethodDescr md && md.owner == PyType.TYPE)) {
                type.mro = mroImplementation(type);
                PyObject r = dev.kaa.runtime.slots.SlotFunctions.callDescr(mroMeth, type, new PyObject[0]);
                PyObject[] items = Abstract.sequenceToArray(r);
                PyType[] out = new PyType[items.length];
                for (int i = 0; i < items.length; i++) {
                    if (!(items[i] instanceof PyType t)) {
                        throw PyErr.format(PyExc.TypeError, "mro() returned a non-class ('%s')",
                                items[i].type().getName());
                    }
                    out[i] = t;
                }
                return out;
            }
        }
        return mroImplementation(type);
    }

    /** {@code mro_implementation}: C3 linearization of the bases' MROs. */
    public static PyType[] mroImplementation(PyType type) {
        PyType[] bases = type.bases;
        if (bases.length == 1) {
            PyType[] bm = bases[0].mro;
            PyType[] r = new PyType[bm.length + 1];
            r[0] = type;
            System.arraycopy(bm, 0, r, 1, bm.length);
            return r;
        }
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) {
                    throw PyErr.format(PyExc.TypeError, "duplicate base class %s", bases[i].getSimpleName());
                }
            }
        }
        List<PyType[]> toMerge = new ArrayList<>();
        for (PyType b : bases) {
            toMerge.add(b.mro);
        }
        toMerge.add(bases);
        List<PyType> acc = new ArrayList<>();
        acc.add(type);
        pmerge(acc, toMerge);
        return acc.toArray(new PyType[0]);
    }

    /** {@code pmerge}: the C3 merge, with CPython's error listing the unmergeable heads. */
    static void pmerge(List<PyType> acc, List<PyType[]> toMerge) {
        int n = toMerge.size();
        int[] remain = new int[n];
        again:
        for (;;) {
            int emptyCnt = 0;
            for (int i = 0; i < n; i++) {
                PyType[] cur = toMerge.get(i);
                if (remain[i] >= cur.length) {
                    emptyCnt++;
                    continue;
                }
                PyType candidate = cur[remain[i]];
                boolean skip = false;
                for (int j = 0; j < n && !skip; j++) {
                    PyType[] jl = toMerge.get(j);
                    for (int k = remain[j] + 1; k < jl.length; k++) {
                        if (jl[k] == candidate) {
                            skip = true;
                            break;
                        }
                    }
                }
                if (skip) {
                    continue;
                }
                acc.add(candidate);
                for (int j = 0; j < n; j++) {
                    PyType[] jl = toMerge.get(j);
                    if (remain[j] < jl.length && jl[remain[j]] == candidate) {
                        remain[j]++;
                    }
                }
                continue again;
            }
            if (emptyCnt != n) {
                Map<PyType, Boolean> set = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    PyType[] l = toMerge.get(i);
                    if (remain[i] < l.length) {
                        set.put(l[remain[i]], true);
                    }
                }
                StringBuilder sb = new StringBuilder("Cannot create a consistent method resolution order (MRO) for bases");
                int k = set.size();
                for (PyType t : set.keySet()) {
                    sb.append(' ').append(t.getSimpleName());
                    if (--k > 0) {
                        sb.append(',');
                    }
                }
                throw PyErr.format(PyExc.TypeError, "%s", sb);
            }
            return;
        }
    }

    /** {@code type_new_set_names}: calls {@code __set_name__(owner, name)} on the class attributes. */
    private static void setNames(PyType type) {
        PyDict d = type.dict.copy();
        PyObject[] keys = d.keysArray();
        for (PyObject k : keys) {
            PyObject v = d.getItem(k);
            PyObject setName = v.type().lookup(Id.__set_name__);
            if (setName == null) {
                continue;
            }
            try {
                dev.kaa.runtime.slots.SlotFunctions.callDescr(setName, v, new PyObject[] {type, k});
            } catch (PyException e) {
                PyObject note = PyStr.of(String.format("Error calling __set_name__ on '%s' instance %s in '%s'",
                        v.type().getSimpleName(), Abstract.repr(k), type.getSimpleName()));
                try {
                    Abstract.callMethod(e.value, "add_note", note);
                } catch (PyException ignored) {
                    // keep the original error
                }
                throw e;
            }
        }
    }

    /** {@code type_new_init_subclass}: {@code super(type, type).__init_subclass__(**kwds)}. */
    private static void initSubclass(PyType type, PyDict kwds) {
        PyType[] mro = type.mro;
        PyObject func = null;
        for (int i = 1; i < mro.length && func == null; i++) {
            func = mro[i].lookupOwn(Id.__init_subclass__);
        }
        if (func == null) {
            return;
        }
        if (func instanceof PyClassMethodDescr cmd && cmd.owner == PyType.OBJECT) {
            if (kwds.size() > 0) {
                throw PyErr.format(PyExc.TypeError, "%s.__init_subclass__() takes no keyword arguments",
                        type.getQualname());
            }
            return;
        }
        PyObject bound = func.type().tp_descr_get != null ? func.type().tp_descr_get.get(func, type, type) : func;
        PyObject[] keys = kwds.keysArray();
        PyObject[] a = new PyObject[keys.length];
        for (int i = 0; i < keys.length; i++) {
            a[i] = kwds.getItem(keys[i]);
        }
        Abstract.vectorcall(bound, a, 0, 0, keys.length == 0 ? null : PyTuple.wrap(keys));
    }

    /** The {@code __dict__} (0) and {@code __weakref__} (1) descriptors of classes with an instance dict. */
    private static final BuiltinTable SUBTYPE_GETSETS = new BuiltinTable() {
        @Override
        public PyObject call(int index, PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
            throw new IllegalStateException();
        }

        @Override
        public PyObject get(int index, PyObject self) {
            if (index == 1) {
                return PyNone.NONE;
            }
            if (self instanceof HasDict hd) {
                return hd.getDict();
            }
            throw Abstract.attributeError(self, Id.__dict__, "This object has no __dict__");
        }

        @Override
        public void set(int index, PyObject self, PyObject value) {
            if (value == null) {
                if (self instanceof HasDict hd) {
                    hd.setDict(new PyDict());
                    return;
                }
            }
            if (!(value instanceof PyDict d)) {
                throw PyErr.format(PyExc.TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                        value.type().getName());
            }
            ((HasDict) self).setDict(d);
        }
    };
}
