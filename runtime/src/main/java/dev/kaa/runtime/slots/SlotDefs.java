package dev.kaa.runtime.slots;

import dev.kaa.annotations.Slot;
import dev.kaa.runtime.objects.PyBuiltinFunction;
import dev.kaa.runtime.objects.PyNone;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PyType;
import dev.kaa.runtime.objects.PyWrapperDescr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The table mapping dunder methods to type slots (CPython's {@code slotdefs[]} in typeobject.c) and the
 * two algorithms built on it:
 *
 * <ul>
 *   <li>builtin types expose each slot they define as wrapper descriptors under its dunder names
 *       ({@code int.__add__}, {@code int.__radd__}); {@code PyType} does that with {@link #ALL};</li>
 *   <li>heap types get their slots from the dunders found along their MRO ({@link #fixupSlots},
 *       CPython's {@code fixup_slot_dispatchers}/{@code update_one_slot}): when every dunder of a slot
 *       resolves to a builtin's wrapper for that same slot, the builtin's Java function is reused
 *       ("specific"); otherwise the slot gets the generic function of {@link SlotFunctions}, which calls
 *       the Python method. Assigning or deleting a dunder on a class reruns this for that slot in the
 *       class and its subclasses ({@link #updateSlot}).</li>
 * </ul>
 *
 * ORDER SLOT: rows in CPython's order, which is also the order of wrappers in a builtin type's dict.
 */
public final class SlotDefs {
    private SlotDefs() {
    }

    /** Every row, in CPython's order. */
    public static final List<SlotDef> ALL;
    private static final Map<String, List<SlotDef>> BY_NAME = new HashMap<>();
    private static final Map<Slot, List<SlotDef>> BY_SLOT = new HashMap<>();

    static {
        List<SlotDef> l = new ArrayList<>();
        tp(l, "__getattribute__", Slot.tp_getattro, SlotDef.Wrapper.GETATTR, SlotFunctions.TP_GETATTR_HOOK,
                "($self, name, /)", "Return getattr(self, name).");
        tp(l, "__getattr__", Slot.tp_getattro, null, SlotFunctions.TP_GETATTR_HOOK, "($self, name, /)",
                "Implement getattr(self, name).");
        tp(l, "__setattr__", Slot.tp_setattro, SlotDef.Wrapper.SETATTR, SlotFunctions.TP_SETATTRO,
                "($self, name, value, /)", "Implement setattr(self, name, value).");
        tp(l, "__delattr__", Slot.tp_setattro, SlotDef.Wrapper.DELATTR, SlotFunctions.TP_SETATTRO,
                "($self, name, /)", "Implement delattr(self, name).");
        tp(l, "__repr__", Slot.tp_repr, SlotDef.Wrapper.UNARY, SlotFunctions.TP_REPR, "($self, /)",
                "Return repr(self).");
        tp(l, "__hash__", Slot.tp_hash, SlotDef.Wrapper.HASH, SlotFunctions.TP_HASH, "($self, /)",
                "Return hash(self).");
        tp(l, "__call__", Slot.tp_call, SlotDef.Wrapper.CALL, SlotFunctions.TP_CALL, "($self, /, *args, **kwargs)",
                "Call self as a function.");
        tp(l, "__str__", Slot.tp_str, SlotDef.Wrapper.UNARY, SlotFunctions.TP_STR, "($self, /)",
                "Return str(self).");
        cmp(l, CompareOp.LT, "Return self<value.");
        cmp(l, CompareOp.LE, "Return self<=value.");
        cmp(l, CompareOp.EQ, "Return self==value.");
        cmp(l, CompareOp.NE, "Return self!=value.");
        cmp(l, CompareOp.GT, "Return self>value.");
        cmp(l, CompareOp.GE, "Return self>=value.");
        tp(l, "__iter__", Slot.tp_iter, SlotDef.Wrapper.UNARY, SlotFunctions.TP_ITER, "($self, /)",
                "Implement iter(self).");
        tp(l, "__next__", Slot.tp_iternext, SlotDef.Wrapper.NEXT, SlotFunctions.TP_ITERNEXT, "($self, /)",
                "Implement next(self).");
        tp(l, "__get__", Slot.tp_descr_get, SlotDef.Wrapper.DESCR_GET, SlotFunctions.TP_DESCR_GET,
                "($self, instance, owner=None, /)", "Return an attribute of instance, which is of type owner.");
        tp(l, "__set__", Slot.tp_descr_set, SlotDef.Wrapper.DESCR_SET, SlotFunctions.TP_DESCR_SET,
                "($self, instance, value, /)", "Set an attribute of instance to value.");
        tp(l, "__delete__", Slot.tp_descr_set, SlotDef.Wrapper.DESCR_DELETE, SlotFunctions.TP_DESCR_SET,
                "($self, instance, /)", "Delete an attribute of instance.");
        tp(l, "__init__", Slot.tp_init, SlotDef.Wrapper.INIT, SlotFunctions.TP_INIT, "($self, /, *args, **kwargs)",
                "Initialize self.  See help(type(self)) for accurate signature.");
        tp(l, "__new__", Slot.tp_new, null, SlotFunctions.TP_NEW, "(type, /, *args, **kwargs)",
                "Create and return new object.  See help(type) for accurate signature.");
        tp(l, "__await__", Slot.am_await, SlotDef.Wrapper.UNARY, SlotFunctions.unary("__await__"), "($self, /)",
                "Return an iterator to be used in await expression.");
        tp(l, "__aiter__", Slot.am_aiter, SlotDef.Wrapper.UNARY, SlotFunctions.unary("__aiter__"), "($self, /)",
                "Return an awaitable, that resolves in asynchronous iterator.");
        tp(l, "__anext__", Slot.am_anext, SlotDef.Wrapper.UNARY, SlotFunctions.unary("__anext__"), "($self, /)",
                "Return a value or raise StopAsyncIteration.");
        bin(l, "add", Slot.nb_add, "+");
        bin(l, "sub", Slot.nb_subtract, "-");
        bin(l, "mul", Slot.nb_multiply, "*");
        bin(l, "mod", Slot.nb_remainder, "%");
        BinaryFunc divmod = SlotFunctions.binary(Slot.nb_divmod, "__divmod__", "__rdivmod__");
        tp(l, "__divmod__", Slot.nb_divmod, SlotDef.Wrapper.BINARY_L, divmod, "($self, value, /)",
                "Return divmod(self, value).");
        tp(l, "__rdivmod__", Slot.nb_divmod, SlotDef.Wrapper.BINARY_R, divmod, "($self, value, /)",
                "Return divmod(value, self).");
        tp(l, "__pow__", Slot.nb_power, SlotDef.Wrapper.TERNARY, SlotFunctions.NB_POWER, "($self, value, mod=None, /)",
                "Return pow(self, value, mod).");
        tp(l, "__rpow__", Slot.nb_power, SlotDef.Wrapper.TERNARY_R, SlotFunctions.NB_POWER,
                "($self, value, mod=None, /)", "Return pow(value, self, mod).");
        un(l, "__neg__", Slot.nb_negative, "-self");
        un(l, "__pos__", Slot.nb_positive, "+self");
        un(l, "__abs__", Slot.nb_absolute, "abs(self)");
        tp(l, "__bool__", Slot.nb_bool, SlotDef.Wrapper.INQUIRY, SlotFunctions.NB_BOOL, "($self, /)",
                "True if self else False");
        un(l, "__invert__", Slot.nb_invert, "~self");
        bin(l, "lshift", Slot.nb_lshift, "<<");
        bin(l, "rshift", Slot.nb_rshift, ">>");
        bin(l, "and", Slot.nb_and, "&");
        bin(l, "xor", Slot.nb_xor, "^");
        bin(l, "or", Slot.nb_or, "|");
        un(l, "__int__", Slot.nb_int, "int(self)");
        un(l, "__float__", Slot.nb_float, "float(self)");
        ibin(l, "__iadd__", Slot.nb_inplace_add, "+=");
        ibin(l, "__isub__", Slot.nb_inplace_subtract, "-=");
        ibin(l, "__imul__", Slot.nb_inplace_multiply, "*=");
        ibin(l, "__imod__", Slot.nb_inplace_remainder, "%=");
        tp(l, "__ipow__", Slot.nb_inplace_power, SlotDef.Wrapper.BINARY, SlotFunctions.NB_INPLACE_POWER,
                "($self, value, /)", "Return self**=value.");
        ibin(l, "__ilshift__", Slot.nb_inplace_lshift, "<<=");
        ibin(l, "__irshift__", Slot.nb_inplace_rshift, ">>=");
        ibin(l, "__iand__", Slot.nb_inplace_and, "&=");
        ibin(l, "__ixor__", Slot.nb_inplace_xor, "^=");
        ibin(l, "__ior__", Slot.nb_inplace_or, "|=");
        bin(l, "floordiv", Slot.nb_floor_divide, "//");
        bin(l, "truediv", Slot.nb_true_divide, "/");
        ibin(l, "__ifloordiv__", Slot.nb_inplace_floor_divide, "//=");
        ibin(l, "__itruediv__", Slot.nb_inplace_true_divide, "/=");
        tp(l, "__index__", Slot.nb_index, SlotDef.Wrapper.UNARY, SlotFunctions.unary("__index__"), "($self, /)",
                "Return self converted to an integer, if self is suitable for use as an index into a list.");
        bin(l, "matmul", Slot.nb_matrix_multiply, "@");
        ibin(l, "__imatmul__", Slot.nb_inplace_matrix_multiply, "@=");
        tp(l, "__len__", Slot.mp_length, SlotDef.Wrapper.LEN, SlotFunctions.LENGTH, "($self, /)", "Return len(self).");
        tp(l, "__getitem__", Slot.mp_subscript, SlotDef.Wrapper.BINARY, SlotFunctions.MP_SUBSCRIPT,
                "($self, key, /)", "Return self[key].");
        tp(l, "__setitem__", Slot.mp_ass_subscript, SlotDef.Wrapper.OBJOBJARG, SlotFunctions.MP_ASS_SUBSCRIPT,
                "($self, key, value, /)", "Set self[key] to value.");
        tp(l, "__delitem__", Slot.mp_ass_subscript, SlotDef.Wrapper.DELITEM, SlotFunctions.MP_ASS_SUBSCRIPT,
                "($self, key, /)", "Delete self[key].");
        tp(l, "__len__", Slot.sq_length, SlotDef.Wrapper.LEN, SlotFunctions.LENGTH, "($self, /)", "Return len(self).");
        // Heap types defining __add__/__mul__ leave sq_concat/sq_repeat empty: abstract.c falls back to
        // nb_add/nb_multiply (CPython's note on test_descr.notimplemented()).
        tp(l, "__add__", Slot.sq_concat, SlotDef.Wrapper.BINARY, null, "($self, value, /)", "Return self+value.");
        tp(l, "__mul__", Slot.sq_repeat, SlotDef.Wrapper.INDEXARG, null, "($self, value, /)", "Return self*value.");
        tp(l, "__rmul__", Slot.sq_repeat, SlotDef.Wrapper.INDEXARG, null, "($self, value, /)", "Return value*self.");
        tp(l, "__getitem__", Slot.sq_item, SlotDef.Wrapper.SQ_ITEM, SlotFunctions.SQ_ITEM, "($self, key, /)",
                "Return self[key].");
        tp(l, "__setitem__", Slot.sq_ass_item, SlotDef.Wrapper.SQ_SETITEM, SlotFunctions.SQ_ASS_ITEM,
                "($self, key, value, /)", "Set self[key] to value.");
        tp(l, "__delitem__", Slot.sq_ass_item, SlotDef.Wrapper.SQ_DELITEM, SlotFunctions.SQ_ASS_ITEM,
                "($self, key, /)", "Delete self[key].");
        tp(l, "__contains__", Slot.sq_contains, SlotDef.Wrapper.OBJOBJ, SlotFunctions.SQ_CONTAINS, "($self, key, /)",
                "Return bool(key in self).");
        tp(l, "__iadd__", Slot.sq_inplace_concat, SlotDef.Wrapper.BINARY, null, "($self, value, /)",
                "Implement self+=value.");
        tp(l, "__imul__", Slot.sq_inplace_repeat, SlotDef.Wrapper.INDEXARG, null, "($self, value, /)",
                "Implement self*=value.");
        ALL = List.copyOf(l);
        for (SlotDef d : ALL) {
            BY_NAME.computeIfAbsent(d.name, k -> new ArrayList<>()).add(d);
            BY_SLOT.computeIfAbsent(d.slot, k -> new ArrayList<>()).add(d);
        }
    }

    private static void tp(List<SlotDef> l, String name, Slot slot, SlotDef.Wrapper w, Object f, String sig, String doc) {
        l.add(new SlotDef(name, slot, w, null, f, sig, doc));
    }

    private static void cmp(List<SlotDef> l, CompareOp op, String doc) {
        l.add(new SlotDef(op.dunder, Slot.tp_richcompare, SlotDef.Wrapper.RICHCMP, op, SlotFunctions.TP_RICHCOMPARE,
                "($self, value, /)", doc));
    }

    private static void bin(List<SlotDef> l, String n, Slot slot, String sym) {
        BinaryFunc f = SlotFunctions.binary(slot, "__" + n + "__", "__r" + n + "__");
        l.add(new SlotDef("__" + n + "__", slot, SlotDef.Wrapper.BINARY_L, null, f, "($self, value, /)",
                "Return self" + sym + "value."));
        l.add(new SlotDef("__r" + n + "__", slot, SlotDef.Wrapper.BINARY_R, null, f, "($self, value, /)",
                "Return value" + sym + "self."));
    }

    private static void ibin(List<SlotDef> l, String name, Slot slot, String sym) {
        l.add(new SlotDef(name, slot, SlotDef.Wrapper.BINARY, null, SlotFunctions.inplace(name), "($self, value, /)",
                "Return self" + sym + "value."));
    }

    private static void un(List<SlotDef> l, String name, Slot slot, String doc) {
        l.add(new SlotDef(name, slot, SlotDef.Wrapper.UNARY, null, SlotFunctions.unary(name), "($self, /)", doc));
    }

    /** Whether {@code name} is the dunder of some slot. */
    public static boolean isSlotName(PyStr name) {
        return BY_NAME.containsKey(name.toString());
    }

    /** The rows for dunder {@code name} (empty if none). */
    public static List<SlotDef> byName(String name) {
        return BY_NAME.getOrDefault(name, List.of());
    }

    /** {@code fixup_slot_dispatchers}: computes every slot of a new heap type from its MRO. */
    public static void fixupSlots(PyType type) {
        for (Slot s : Slot.values()) {
            if (BY_SLOT.containsKey(s)) {
                updateOneSlot(type, s);
            }
        }
    }

    /** {@code update_slot}: recomputes the slots of dunder {@code name} in {@code type} and its subclasses. */
    public static void updateSlot(PyType type, PyStr name) {
        List<SlotDef> defs = BY_NAME.get(name.toString());
        if (defs == null) {
            return;
        }
        for (SlotDef d : defs) {
            updateSubtree(type, d.slot);
        }
    }

    private static void updateSubtree(PyType type, Slot slot) {
        updateOneSlot(type, slot);
        for (PyType sub : type.subclassList()) {
            // A subclass that defines the dunder itself is not affected.
            boolean own = false;
            for (SlotDef d : BY_SLOT.get(slot)) {
                if (sub.heapDict() != null && sub.heapDict().getItem(PyStr.of(d.name)) != null) {
                    own = true;
                    break;
                }
            }
            if (!own) {
                updateSubtree(sub, slot);
            }
        }
    }

    /** {@code update_one_slot}: the slot function for {@code slot} in heap type {@code type}. */
    static void updateOneSlot(PyType type, Slot slot) {
        Object specific = null;
        Object generic = null;
        boolean useGeneric = false;
        for (SlotDef p : BY_SLOT.get(slot)) {
            PyObject descr = type.lookup(PyStr.of(p.name));
            if (descr == null) {
                continue;
            }
            if (descr instanceof PyWrapperDescr wd && wd.def().name.equals(p.name)
                    && wd.def().slot.kind == slot.kind) {
                generic = p.function;
                Object f = wd.wrapped();
                if ((specific == null || specific == f) && wd.def().wrapper == p.wrapper
                        && type.isSubtypeOf(wd.owner())) {
                    specific = f;
                } else {
                    useGeneric = true;
                }
            } else if (descr instanceof dev.kaa.runtime.objects.PyMethodDescr md && md.def().name.equals(p.name)
                    && md.owner().definesSlot(slot) && type.isSubtypeOf(md.owner())
                    && (specific == null || specific == md.owner().getSlot(slot))) {
                // A builtin's METH_COEXIST method (list.__getitem__, dict.__contains__) does what its own
                // slot does: use the slot rather than calling the method through Python.
                generic = p.function;
                specific = md.owner().getSlot(slot);
            } else if (slot == Slot.tp_new && descr instanceof PyBuiltinFunction bf && bf.newWrapperOf() != null) {
                // The builtin __new__ of a base: use its tp_new directly rather than going through Python.
                specific = bf.newWrapperOf().tp_new;
            } else if (descr == PyNone.NONE && slot == Slot.tp_hash) {
                // __hash__ = None blocks inheritance of object.__hash__.
                specific = SlotFunctions.HASH_NOT_IMPLEMENTED;
            } else {
                useGeneric = true;
                generic = p.function;
            }
        }
        type.setSlot(slot, specific != null && !useGeneric ? specific : generic);
    }
}
