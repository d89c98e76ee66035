package dev.kaa.runtime.slots;

import dev.kaa.annotations.Slot;

/**
 * One row of CPython's {@code slotdefs[]}: a dunder name, the slot it maps to, how a builtin's slot is
 * exposed as that dunder ({@link Wrapper}), the generic slot function a heap type gets when it defines the
 * dunder in Python (null: the slot is left empty, as for {@code sq_concat} from {@code __add__}), and the
 * wrapper's documentation.
 */
public final class SlotDef {
    /** How a wrapper descriptor calls the slot (CPython's {@code wrap_*} functions). */
    public enum Wrapper {
        UNARY, BINARY, BINARY_L, BINARY_R, TERNARY, TERNARY_R, INQUIRY, LEN, INDEXARG, SQ_ITEM, SQ_SETITEM,
        SQ_DELITEM, OBJOBJARG, DELITEM, OBJOBJ, HASH, CALL, RICHCMP, NEXT, DESCR_GET, DESCR_SET, DESCR_DELETE,
        INIT, GETATTR, SETATTR, DELATTR
    }

    /** The dunder name. */
    public final String name;
    public final Slot slot;
    /** Null for dunders that have no wrapper (e.g. {@code __getattr__}, {@code __new__}). */
    public final Wrapper wrapper;
    /** The comparison, for {@link Wrapper#RICHCMP}. */
    public final CompareOp op;
    /** The generic slot function for heap types, or null. */
    public final Object function;
    /** The wrapper's {@code __text_signature__}. */
    public final String textSignature;
    /** The wrapper's {@code __doc__}. */
    public final String doc;

    SlotDef(String name, Slot slot, Wrapper wrapper, CompareOp op, Object function, String textSignature, String doc) {
        this.name = name;
        this.slot = slot;
        this.wrapper = wrapper;
        this.op = op;
        this.function = function;
        this.textSignature = textSignature;
        this.doc = doc;
    }

    @Override
    public String toString() {
        return name + "->" + slot;
    }
}
