package dev.kaa.annotations;

/**
 * The type slots, named as CPython's {@code PyTypeObject}, {@code PyNumberMethods},
 * {@code PySequenceMethods}, {@code PyMappingMethods} and {@code PyAsyncMethods} fields. Each has a
 * {@link Kind}: the shape of its Java functional interface in {@code dev.kaa.runtime.slots}.
 * {@code PyType} has one field per constant, with the same name.
 */
public enum Slot {
    // ORDER SLOT: keep in step with dev.kaa.runtime.slots.SlotDefs and the fields of PyType.
    tp_repr(Kind.UNARY),
    tp_str(Kind.UNARY),
    tp_hash(Kind.HASH),
    tp_call(Kind.CALL),
    tp_getattro(Kind.GETATTRO),
    tp_setattro(Kind.SETATTRO),
    tp_richcompare(Kind.RICHCMP),
    tp_iter(Kind.UNARY),
    tp_iternext(Kind.UNARY),
    tp_descr_get(Kind.DESCRGET),
    tp_descr_set(Kind.DESCRSET),
    tp_init(Kind.INIT),
    tp_new(Kind.NEW),

    nb_add(Kind.BINARY),
    nb_subtract(Kind.BINARY),
    nb_multiply(Kind.BINARY),
    nb_remainder(Kind.BINARY),
    nb_divmod(Kind.BINARY),
    nb_power(Kind.TERNARY),
    nb_negative(Kind.UNARY),
    nb_positive(Kind.UNARY),
    nb_absolute(Kind.UNARY),
    nb_bool(Kind.INQUIRY),
    nb_invert(Kind.UNARY),
    nb_lshift(Kind.BINARY),
    nb_rshift(Kind.BINARY),
    nb_and(Kind.BINARY),
    nb_xor(Kind.BINARY),
    nb_or(Kind.BINARY),
    nb_int(Kind.UNARY),
    nb_float(Kind.UNARY),
    nb_inplace_add(Kind.BINARY),
    nb_inplace_subtract(Kind.BINARY),
    nb_inplace_multiply(Kind.BINARY),
    nb_inplace_remainder(Kind.BINARY),
    nb_inplace_power(Kind.TERNARY),
    nb_inplace_lshift(Kind.BINARY),
    nb_inplace_rshift(Kind.BINARY),
    nb_inplace_and(Kind.BINARY),
    nb_inplace_xor(Kind.BINARY),
    nb_inplace_or(Kind.BINARY),
    nb_floor_divide(Kind.BINARY),
    nb_true_divide(Kind.BINARY),
    nb_inplace_floor_divide(Kind.BINARY),
    nb_inplace_true_divide(Kind.BINARY),
    nb_index(Kind.UNARY),
    nb_matrix_multiply(Kind.BINARY),
    nb_inplace_matrix_multiply(Kind.BINARY),

    mp_length(Kind.LEN),
    mp_subscript(Kind.BINARY),
    mp_ass_subscript(Kind.OBJOBJARG),

    sq_length(Kind.LEN),
    sq_concat(Kind.BINARY),
    sq_repeat(Kind.SSIZEARG),
    sq_item(Kind.SSIZEARG),
    sq_ass_item(Kind.SSIZEOBJARG),
    sq_contains(Kind.OBJOBJ),
    sq_inplace_concat(Kind.BINARY),
    sq_inplace_repeat(Kind.SSIZEARG),

    am_await(Kind.UNARY),
    am_aiter(Kind.UNARY),
    am_anext(Kind.UNARY);

    /** The slot's shape. */
    public final Kind kind;

    Slot(Kind kind) {
        this.kind = kind;
    }

    /**
     * Slot shapes, named after CPython's typedefs (object.h). Java interface, method and parameters:
     * <pre>
     * UNARY       UnaryFunc       PyObject apply(PyObject self)
     * BINARY      BinaryFunc      PyObject apply(PyObject v, PyObject w)
     * TERNARY     TernaryFunc     PyObject apply(PyObject v, PyObject w, PyObject z)
     * INQUIRY     Inquiry         boolean test(PyObject self)
     * LEN         LenFunc         long len(PyObject self)
     * HASH        HashFunc        long hash(PyObject self)
     * SSIZEARG    SsizeArgFunc    PyObject apply(PyObject self, long i)
     * SSIZEOBJARG SsizeObjArgProc void store(PyObject self, long i, PyObject value)   value null: delete
     * OBJOBJARG   ObjObjArgProc   void store(PyObject self, PyObject key, PyObject value) value null: delete
     * OBJOBJ      ObjObjProc      boolean test(PyObject self, PyObject value)
     * RICHCMP     RichCmpFunc     PyObject compare(PyObject v, PyObject w, CompareOp op)
     * GETATTRO    GetAttroFunc    PyObject getattro(PyObject self, PyStr name)
     * SETATTRO    SetAttroFunc    void setattro(PyObject self, PyStr name, PyObject value) value null: delete
     * DESCRGET    DescrGetFunc    PyObject get(PyObject descr, PyObject obj, PyObject type) obj null: on the class
     * DESCRSET    DescrSetFunc    void set(PyObject descr, PyObject obj, PyObject value)   value null: delete
     * CALL        VectorcallFunc  PyObject call(PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames)
     * NEW         NewFunc         PyObject newObject(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames)
     * INIT        InitProc        void init(PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames)
     * </pre>
     */
    public enum Kind {
        // ORDER SLOT KIND: keep in step with the interfaces of dev.kaa.runtime.slots and the processor.
        UNARY, BINARY, TERNARY, INQUIRY, LEN, HASH, SSIZEARG, SSIZEOBJARG, OBJOBJARG, OBJOBJ, RICHCMP,
        GETATTRO, SETATTRO, DESCRGET, DESCRSET, CALL, NEW, INIT
    }
}
