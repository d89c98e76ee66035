package dev.kaa.processor;

import dev.kaa.annotations.Slot;

/**
 * The Java shape of each slot kind: the runtime interface a generated slot object implements, its
 * method, and its parameters. ORDER SLOT KIND: keep in step with {@link Slot.Kind} and the interfaces of
 * {@code dev.kaa.runtime.slots}.
 */
record SlotShape(String iface, String returnType, String method, String[] paramTypes, String[] paramNames) {
    static final String PKG = "dev.kaa.runtime.slots.";
    static final String OBJ = "dev.kaa.runtime.objects.PyObject";
    static final String STR = "dev.kaa.runtime.objects.PyStr";
    static final String TUPLE = "dev.kaa.runtime.objects.PyTuple";
    static final String TYPE = "dev.kaa.runtime.objects.PyType";
    static final String OP = "dev.kaa.runtime.slots.CompareOp";

    static SlotShape of(Slot.Kind kind) {
        return switch (kind) {
            case UNARY -> new SlotShape("UnaryFunc", OBJ, "apply", new String[] {OBJ}, new String[] {"self"});
            case BINARY -> new SlotShape("BinaryFunc", OBJ, "apply", new String[] {OBJ, OBJ}, new String[] {"v", "w"});
            case TERNARY -> new SlotShape("TernaryFunc", OBJ, "apply", new String[] {OBJ, OBJ, OBJ},
                    new String[] {"v", "w", "z"});
            case INQUIRY -> new SlotShape("Inquiry", "boolean", "test", new String[] {OBJ}, new String[] {"self"});
            case LEN -> new SlotShape("LenFunc", "long", "len", new String[] {OBJ}, new String[] {"self"});
            case HASH -> new SlotShape("HashFunc", "long", "hash", new String[] {OBJ}, new String[] {"self"});
            case SSIZEARG -> new SlotShape("SsizeArgFunc", OBJ, "apply", new String[] {OBJ, "long"},
                    new String[] {"self", "i"});
            case SSIZEOBJARG -> new SlotShape("SsizeObjArgProc", "void", "store", new String[] {OBJ, "long", OBJ},
                    new String[] {"self", "i", "value"});
            case OBJOBJARG -> new SlotShape("ObjObjArgProc", "void", "store", new String[] {OBJ, OBJ, OBJ},
                    new String[] {"self", "key", "value"});
            case OBJOBJ -> new SlotShape("ObjObjProc", "boolean", "test", new String[] {OBJ, OBJ},
                    new String[] {"self", "value"});
            case RICHCMP -> new SlotShape("RichCmpFunc", OBJ, "compare", new String[] {OBJ, OBJ, OP},
                    new String[] {"v", "w", "op"});
            case GETATTRO -> new SlotShape("GetAttroFunc", OBJ, "getattro", new String[] {OBJ, STR},
                    new String[] {"self", "name"});
            case SETATTRO -> new SlotShape("SetAttroFunc", "void", "setattro", new String[] {OBJ, STR, OBJ},
                    new String[] {"self", "name", "value"});
            case DESCRGET -> new SlotShape("DescrGetFunc", OBJ, "get", new String[] {OBJ, OBJ, OBJ},
                    new String[] {"descr", "obj", "type"});
            case DESCRSET -> new SlotShape("DescrSetFunc", "void", "set", new String[] {OBJ, OBJ, OBJ},
                    new String[] {"descr", "obj", "value"});
            case CALL -> new SlotShape("VectorcallFunc", OBJ, "call", new String[] {OBJ, OBJ + "[]", "int", "int", TUPLE},
                    new String[] {"self", "args", "off", "nargs", "kwnames"});
            case NEW -> new SlotShape("NewFunc", OBJ, "newObject", new String[] {TYPE, OBJ + "[]", "int", "int", TUPLE},
                    new String[] {"type", "args", "off", "nargs", "kwnames"});
            case INIT -> new SlotShape("InitProc", "void", "init", new String[] {OBJ, OBJ + "[]", "int", "int", TUPLE},
                    new String[] {"self", "args", "off", "nargs", "kwnames"});
        };
    }

    /** Whether the slot's first parameter is always an instance of the owning type (so an instance method fits). */
    static boolean selfGuaranteed(Slot slot) {
        String n = slot.name();
        if (slot.kind == Slot.Kind.BINARY || slot.kind == Slot.Kind.TERNARY) {
            // Binary number slots are also called reflected, with the instance as the second operand.
            return !n.startsWith("nb_") || n.startsWith("nb_inplace_");
        }
        return slot.kind != Slot.Kind.NEW;
    }

    boolean isVectorcall() {
        return paramTypes.length == 5;
    }
}
