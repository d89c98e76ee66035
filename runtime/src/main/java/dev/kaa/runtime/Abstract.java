package dev.kaa.runtime;

import dev.kaa.runtime.objects.HasDict;
import dev.kaa.runtime.objects.Id;
import dev.kaa.runtime.objects.PyAttributeError;
import dev.kaa.runtime.objects.PyBool;
import dev.kaa.runtime.objects.PyDict;
import dev.kaa.runtime.objects.PyExc;
import dev.kaa.runtime.objects.PyFloat;
import dev.kaa.runtime.objects.PyInt;
import dev.kaa.runtime.objects.PyList;
import dev.kaa.runtime.objects.PyNone;
import dev.kaa.runtime.objects.PyNotImplemented;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PySeqIterator;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PyTuple;
import dev.kaa.runtime.objects.PyType;
import dev.kaa.runtime.slots.CompareOp;
import dev.kaa.runtime.slots.DescrGetFunc;
import dev.kaa.runtime.slots.DescrSetFunc;
import dev.kaa.runtime.slots.LenFunc;

import java.util.ArrayList;
import java.util.Arrays;

/**
 * The object protocol: what CPython's {@code Objects/abstract.c} and {@code Objects/object.c} do for any
 * object by dispatching through its type's slots ({@code PyObject_GetAttr}, {@code PyObject_RichCompare},
 * {@code PyObject_GetItem}, {@code PyObject_Call}, {@code PyObject_GetIter}, {@code PyIter_Next},
 * {@code PyObject_Hash}, {@code PyObject_IsTrue}, {@code PyObject_Repr}, ...), with CPython's error
 * messages. Numeric operators are in {@link PyNumber}. Each method names its CPython counterpart.
 *
 * <p>Methods here are the generic path: the interpreter's specialized instructions test for the common
 * exact types first and come here only when those tests fail. A few fast paths for exact builtin types
 * are inlined where they avoid a slot call without changing behaviour.
 */
public final class Abstract {
    private Abstract() {
    }

    // ---------------------------------------------------------------------------------------------
    // repr, str, hash, truth

    /** {@code PyObject_Repr}: {@code repr(o)}, which must be a str. */
    public static PyStr repr(PyObject o) {
        PyType t = o.type();
        if (t.tp_repr == null) {
            return PyStr.of("<" + t.getName() + " object at " + addressOf(o) + ">");
        }
        ThreadState ts = ThreadState.current();
        ts.enterRecursiveCall(" while getting the repr of an object");
        try {
            PyObject r = t.tp_repr.apply(o);
            if (!(r instanceof PyStr s)) {
                throw PyErr.format(PyExc.TypeError, "__repr__ returned non-string (type %s)", r.type().getName());
            }
            return s;
        } finally {
            ts.leaveRecursiveCall();
        }
    }

    /** {@link #repr} for the items of containers (the recursion guard is the same). */
    public static PyStr reprEnterRecursive(PyObject o) {
        return repr(o);
    }

    /** {@code PyObject_Str}: {@code str(o)}. */
    public static PyStr str(PyObject o) {
        if (o.getClass() == PyStr.class) {
            return (PyStr) o;
        }
        PyType t = o.type();
        if (t.tp_str == null) {
            return repr(o);
        }
        ThreadState ts = ThreadState.current();
        ts.enterRecursiveCall(" while getting the str of an object");
        try {
            PyObject r = t.tp_str.apply(o);
            if (!(r instanceof PyStr s)) {
                throw PyErr.format(PyExc.TypeError, "__str__ returned non-string (type %s)", r.type().getName());
            }
            return s;
        } finally {
            ts.leaveRecursiveCall();
        }
    }

    /** {@code PyObject_Hash}: never -1. */
    public static long hash(PyObject o) {
        if (o.getClass() == PyStr.class) {
            return ((PyStr) o).hash();
        }
        if (o.getClass() == PyInt.class) {
            return ((PyInt) o).hashValue();
        }
        PyType t = o.type();
        if (t.tp_hash == null) {
            throw PyErr.format(PyExc.TypeError, "unhashable type: '%s'", t.getName());
        }
        return t.tp_hash.hash(o);
    }

    /** {@code PyObject_IsTrue}. */
    public static boolean isTrue(PyObject o) {
        if (o == PyBool.TRUE) {
            return true;
        }
        if (o == PyBool.FALSE || o == PyNone.NONE) {
            return false;
        }
        PyType t = o.type();
        if (t.nb_bool != null) {
            return t.nb_bool.test(o);
        }
        if (t.mp_length != null) {
            return t.mp_length.len(o) != 0;
        }
        if (t.sq_length != null) {
            return t.sq_length.len(o) != 0;
        }
        return true;
    }

    /** "0x7f..." for default reprs (CPython prints the object's address; Kaa its identity hash). */
    public static String addressOf(PyObject o) {
        return String.format("0x7f%010x", ((long) System.identityHashCode(o)) << 4);
    }

    // ---------------------------------------------------------------------------------------------
    // Comparison

    /** {@code PyObject_RichCompare}, with the reflected-operand protocol and CPython's TypeError. */
    public static PyObject richCompare(PyObject v, PyObject w, CompareOp op) {
        // Fast paths: exact int and str, whose comparisons call no Python code.
        if (v.getClass() == PyInt.class && w.getClass() == PyInt.class) {
            return PyBool.of(op.test(PyInt.compare((PyInt) v, (PyInt) w)));
        }
        ThreadState ts = ThreadState.current();
        ts.enterRecursiveCall(" in comparison");
        try {
            return doRichCompare(v, w, op);
        } finally {
            ts.leaveRecursiveCall();
        }
    }

    private static PyObject doRichCompare(PyObject v, PyObject w, CompareOp op) {
        PyType vt = v.type();
        PyType wt = w.type();
        boolean checkedReverse = false;
        if (vt != wt && wt.isSubtypeOf(vt) && wt.tp_richcompare != null) {
            checkedReverse = true;
            PyObject r = wt.tp_richcompare.compare(w, v, op.swapped());
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (vt.tp_richcompare != null) {
            PyObject r = vt.tp_richcompare.compare(v, w, op);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (!checkedReverse && wt.tp_richcompare != null) {
            PyObject r = wt.tp_richcompare.compare(w, v, op.swapped());
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        switch (op) {
            case EQ:
                return PyBool.of(v == w);
            case NE:
                return PyBool.of(v != w);
            default:
                throw PyErr.format(PyExc.TypeError, "'%s' not supported between instances of '%s' and '%s'",
                        op.symbol, vt.getName(), wt.getName());
        }
    }

    /** {@code PyObject_RichCompareBool}: identity implies equality, as in CPython. */
    public static boolean richCompareBool(PyObject v, PyObject w, CompareOp op) {
        if (v == w) {
            if (op == CompareOp.EQ) {
                return true;
            }
            if (op == CompareOp.NE) {
                return false;
            }
        }
        if (v.getClass() == PyStr.class && w.getClass() == PyStr.class) {
            if (op == CompareOp.EQ) {
                return v.equals(w);
            }
            if (op == CompareOp.NE) {
                return !v.equals(w);
            }
        }
        PyObject r = richCompare(v, w, op);
        if (r instanceof PyBool b) {
            return b.truth;
        }
        return isTrue(r);
    }

    /**
     * The comparison of two sequences (tuple and list {@code richcompare}): the first unequal items
     * decide, else the lengths.
     */
    public static PyObject sequenceRichCompare(PyObject[] a, int na, PyObject[] b, int nb, CompareOp op) {
        if (na != nb && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return PyBool.of(op == CompareOp.NE);
        }
        int i = 0;
        for (; i < na && i < nb; i++) {
            PyObject x = i < a.length ? a[i] : null;
            PyObject y = i < b.length ? b[i] : null;
            if (x == null || y == null) {
                break;
            }
            if (!richCompareBool(x, y, CompareOp.EQ)) {
                break;
            }
        }
        if (i >= na || i >= nb) {
            return PyBool.of(op.test(Integer.compare(na, nb)));
        }
        if (op == CompareOp.EQ) {
            return PyBool.FALSE;
        }
        if (op == CompareOp.NE) {
            return PyBool.TRUE;
        }
        return richCompare(a[i], b[i], op);
    }

    // ---------------------------------------------------------------------------------------------
    // Attributes

    /** The attribute name as a str ({@code PyObject_GetAttr}'s check). */
    public static PyStr attrName(PyObject name) {
        if (name instanceof PyStr s) {
            return s;
        }
        throw PyErr.format(PyExc.TypeError, "attribute name must be string, not '%s'", name.type().getName());
    }

    /** An AttributeError with {@code name} and {@code obj} set (for "Did you mean" hints). */
    public static PyException attributeError(PyObject obj, PyStr name, String message) {
        PyAttributeError e = (PyAttributeError) PyErr.createException(PyExc.AttributeError, PyStr.of(message));
        e.name = name;
        e.obj = obj;
        return new PyException(e);
    }

    /** {@code PyObject_GetAttr}. */
    public static PyObject getAttr(PyObject o, PyStr name) {
        PyType t = o.type();
        if (t.tp_getattro == null) {
            throw attributeError(o, name, String.format("'%s' object has no attribute '%s'", t.getName(), name));
        }
        return t.tp_getattro.getattro(o, name);
    }

    /** {@code PyObject_GetAttr} with a Java name. */
    public static PyObject getAttr(PyObject o, String name) {
        return getAttr(o, PyStr.of(name));
    }

    /**
     * {@code PyObject_GetOptionalAttr}: the attribute, or null when it does not exist (other errors
     * propagate). Avoids creating an AttributeError for the generic getattr of objects and types.
     */
    public static PyObject lookupAttr(PyObject o, PyStr name) {
        PyType t = o.type();
        if (t.tp_getattro == PyType.OBJECT.tp_getattro) {
            return genericGetAttr(o, name, true);
        }
        if (o instanceof PyType ot && t.tp_getattro == PyType.TYPE.tp_getattro) {
            return PyType.typeGetAttr(ot, name, true);
        }
        try {
            return getAttr(o, name);
        } catch (PyException e) {
            if (e.matches(PyExc.AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    /** {@code PyObject_SetAttr}; {@code value} null deletes. */
    public static void setAttr(PyObject o, PyStr name, PyObject value) {
        PyType t = o.type();
        if (t.tp_setattro == null) {
            throw PyErr.format(PyExc.TypeError, "'%s' object has no attributes (%s .%s)", t.getName(),
                    value == null ? "del" : "assign to", name);
        }
        t.tp_setattro.setattro(o, name, value);
    }

    /** {@code PyObject_SetAttr} with a Java name. */
    public static void setAttr(PyObject o, String name, PyObject value) {
        setAttr(o, PyStr.of(name), value);
    }

    /** The instance dict of {@code obj} if it has one in use, else null (never creates one). */
    public static PyDict instanceDictOrNull(PyObject obj) {
        return instanceDict(obj);
    }

    private static PyDict instanceDict(PyObject obj) {
        if (obj instanceof HasDict hd && (!obj.type().isHeapType() || obj.type().hasInstanceDict())) {
            return hd.dictOrNull();
        }
        return null;
    }

    private static boolean hasUsableDict(PyObject obj) {
        return obj instanceof HasDict && (!obj.type().isHeapType() || obj.type().hasInstanceDict());
    }

    /**
     * {@code _PyObject_GenericGetAttrWithDict}: data descriptors of the type, then the instance dict,
     * then other type attributes (non-data descriptors bound to {@code obj}). With {@code suppress}, a
     * missing attribute gives null instead of AttributeError.
     */
    public static PyObject genericGetAttr(PyObject obj, PyStr name, boolean suppress) {
        PyType tp = obj.type();
        PyObject descr = tp.lookup(name);
        DescrGetFunc f = null;
        if (descr != null) {
            PyType dt = descr.type();
            f = dt.tp_descr_get;
            if (f != null && dt.tp_descr_set != null) {
                return f.get(descr, obj, tp);
            }
        }
        PyDict dict = instanceDict(obj);
        if (dict != null) {
            PyObject v = dict.getItem(name);
            if (v != null) {
                return v;
            }
        }
        if (f != null) {
            return f.get(descr, obj, tp);
        }
        if (descr != null) {
            return descr;
        }
        if (suppress) {
            return null;
        }
        throw attributeError(obj, name, String.format("'%s' object has no attribute '%s'", tp.getName(), name));
    }

    /** {@code _PyObject_GenericSetAttrWithDict}; {@code value} null deletes. */
    public static void genericSetAttr(PyObject obj, PyStr name, PyObject value) {
        PyType tp = obj.type();
        PyObject descr = tp.lookup(name);
        if (descr != null) {
            DescrSetFunc f = descr.type().tp_descr_set;
            if (f != null) {
                f.set(descr, obj, value);
                return;
            }
        }
        if (hasUsableDict(obj)) {
            PyDict dict = ((HasDict) obj).getDict();
            if (value == null) {
                if (dict.delItemIfPresent(name) == null) {
                    throw attributeError(obj, name, String.format("'%s' object has no attribute '%s'",
                            tp.getName(), name));
                }
            } else {
                dict.setItem(name, value);
            }
            return;
        }
        if (descr == null) {
            throw attributeError(obj, name, String.format(
                    "'%s' object has no attribute '%s' and no __dict__ for setting new attributes", tp.getName(), name));
        }
        throw attributeError(obj, name, String.format("'%s' object attribute '%s' is read-only", tp.getName(), name));
    }

    // ---------------------------------------------------------------------------------------------
    // Calls

    /** {@code PyObject_Vectorcall}: see {@code VectorcallFunc} for the argument convention. */
    public static PyObject vectorcall(PyObject callable, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyType t = callable.type();
        if (t.tp_call == null) {
            throw PyErr.format(PyExc.TypeError, "'%s' object is not callable", t.getName());
        }
        return t.tp_call.call(callable, args, off, nargs, kwnames);
    }

    /** {@code PyObject_CallFunctionObjArgs}: {@code callable(*args)}. */
    public static PyObject call(PyObject callable, PyObject... args) {
        return vectorcall(callable, args, 0, args.length, null);
    }

    /** {@code PyObject_Call}: {@code callable(*args, **kwargs)} ({@code kwargs} may be null). */
    public static PyObject call(PyObject callable, PyTuple args, PyDict kwargs) {
        if (kwargs == null || kwargs.size() == 0) {
            return vectorcall(callable, args.array(), 0, args.size(), null);
        }
        PyObject[] keys = kwargs.keysArray();
        PyObject[] a = Arrays.copyOf(args.array(), args.size() + keys.length);
        for (int i = 0; i < keys.length; i++) {
            if (!(keys[i] instanceof PyStr)) {
                throw PyErr.format(PyExc.TypeError, "keywords must be strings");
            }
            a[args.size() + i] = kwargs.getItem(keys[i]);
        }
        return vectorcall(callable, a, 0, args.size(), PyTuple.wrap(keys));
    }

    /** {@code PyObject_CallMethod}: {@code o.name(*args)}. */
    public static PyObject callMethod(PyObject o, String name, PyObject... args) {
        return call(getAttr(o, PyStr.of(name)), args);
    }

    /** {@code PyCallable_Check}. */
    public static boolean isCallable(PyObject o) {
        return o.type().tp_call != null;
    }

    // ---------------------------------------------------------------------------------------------
    // Items and length

    /** {@code PyObject_GetItem}: {@code o[key]}. */
    public static PyObject getItem(PyObject o, PyObject key) {
        PyType t = o.type();
        if (t.mp_subscript != null) {
            return t.mp_subscript.apply(o, key);
        }
        if (t.sq_item != null) {
            if (key instanceof PyInt || key.type().nb_index != null) {
                long i = asIndex(key, PyExc.IndexError);
                if (i < 0 && t.sq_length != null) {
                    i += t.sq_length.len(o);
                }
                return t.sq_item.apply(o, i);
            }
            throw PyErr.format(PyExc.TypeError, "sequence index must be integer, not '%s'", key.type().getName());
        }
        if (o instanceof PyType ot) {
            if (ot == PyType.TYPE) {
                return new dev.kaa.runtime.objects.PyGenericAlias(ot, key);
            }
            PyObject meth = lookupAttr(ot, Id.__class_getitem__);
            if (meth != null) {
                return call(meth, key);
            }
            if (ot == PyType.TYPE) {
                throw PyErr.format(PyExc.TypeError, "'type' object is not subscriptable");
            }
            throw PyErr.format(PyExc.TypeError, "type '%s' is not subscriptable", ot.getName());
        }
        throw PyErr.format(PyExc.TypeError, "'%s' object is not subscriptable", t.getName());
    }

    /** {@code PyObject_SetItem}: {@code o[key] = value}. */
    public static void setItem(PyObject o, PyObject key, PyObject value) {
        PyType t = o.type();
        if (t.mp_ass_subscript != null) {
            t.mp_ass_subscript.store(o, key, value);
            return;
        }
        if (t.sq_ass_item != null) {
            if (key instanceof PyInt || key.type().nb_index != null) {
                long i = asIndex(key, PyExc.IndexError);
                if (i < 0 && t.sq_length != null) {
                    i += t.sq_length.len(o);
                }
                t.sq_ass_item.store(o, i, value);
                return;
            }
            throw PyErr.format(PyExc.TypeError, "sequence index must be integer, not '%s'", key.type().getName());
        }
        throw PyErr.format(PyExc.TypeError, "'%s' object does not support item assignment", t.getName());
    }

    /** {@code PyObject_DelItem}: {@code del o[key]}. */
    public static void delItem(PyObject o, PyObject key) {
        PyType t = o.type();
        if (t.mp_ass_subscript != null) {
            t.mp_ass_subscript.store(o, key, null);
            return;
        }
        if (t.sq_ass_item != null) {
            if (key instanceof PyInt || key.type().nb_index != null) {
                long i = asIndex(key, PyExc.IndexError);
                if (i < 0 && t.sq_length != null) {
                    i += t.sq_length.len(o);
                }
                t.sq_ass_item.store(o, i, null);
                return;
            }
            throw PyErr.format(PyExc.TypeError, "sequence index must be integer, not '%s'", key.type().getName());
        }
        // PySequence_DelItem says "doesn't" for a sequence given an index; PyObject_DelItem "does not".
        boolean sequence = t.sq_length != null || t.sq_item != null || t.sq_contains != null || t.sq_concat != null
                || t.sq_repeat != null;
        if (sequence && (key instanceof PyInt || key.type().nb_index != null)) {
            throw PyErr.format(PyExc.TypeError, "'%s' object doesn't support item deletion", t.getName());
        }
        throw PyErr.format(PyExc.TypeError, "'%s' object does not support item deletion", t.getName());
    }

    /** {@code PyObject_Size}: {@code len(o)}. */
    public static long length(PyObject o) {
        PyType t = o.type();
        LenFunc f = t.sq_length != null ? t.sq_length : t.mp_length;
        if (f == null) {
            throw PyErr.format(PyExc.TypeError, "object of type '%s' has no len()", t.getName());
        }
        return f.len(o);
    }

    /**
     * {@code PyObject_LengthHint}: {@code len(o)} if it has one, else its {@code __length_hint__}, else
     * {@code dflt}. Subclasses' {@code __len__}/{@code __length_hint__} run, as in CPython.
     */
    public static long lengthHint(PyObject o, long dflt) {
        PyType t = o.type();
        LenFunc f = t.sq_length != null ? t.sq_length : t.mp_length;
        if (f != null) {
            try {
                return f.len(o);
            } catch (PyException e) {
                if (!e.matches(PyExc.TypeError)) {
                    throw e;
                }
            }
        }
        PyObject hint = t.lookup(PyStr.of("__length_hint__"));
        if (hint == null) {
            return dflt;
        }
        PyObject r;
        try {
            r = dev.kaa.runtime.slots.SlotFunctions.callDescr(hint, o, new PyObject[0]);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) {
                return dflt;
            }
            throw e;
        }
        if (r == PyNotImplemented.NOT_IMPLEMENTED) {
            return dflt;
        }
        if (!(r instanceof PyInt ri)) {
            throw PyErr.format(PyExc.TypeError, "__length_hint__ must be an integer, not %s", r.type().getName());
        }
        long n = PyNumber.asSsize(ri, PyExc.OverflowError);
        if (n < 0) {
            throw PyErr.format(PyExc.ValueError, "__length_hint__() should return >= 0");
        }
        return n;
    }

    /** {@code PySequence_Tuple}'s items: exact tuples and lists directly, else iteration after a length hint. */
    public static PyObject[] sequenceTupleItems(PyObject o) {
        Class<?> c = o.getClass();
        if (c == PyTuple.class || c == PyList.class) {
            return sequenceToArray(o);
        }
        PyObject it = getIter(o);
        long n = lengthHint(o, 10);
        ArrayList<PyObject> out = new ArrayList<>((int) Math.min(n, 1 << 16));
        PyObject x;
        while ((x = next(it)) != null) {
            out.add(x);
        }
        return out.toArray(new PyObject[0]);
    }

    /** {@code PySequence_Contains}: {@code value in container}. */
    public static boolean contains(PyObject container, PyObject value) {
        PyType t = container.type();
        if (t.sq_contains != null) {
            return t.sq_contains.test(container, value);
        }
        return iterSearchContains(container, value);
    }

    /** {@code _PySequence_IterSearch(PY_ITERSEARCH_CONTAINS)}. */
    public static boolean iterSearchContains(PyObject seq, PyObject value) {
        PyObject it;
        try {
            it = getIter(seq);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) {
                throw PyErr.format(PyExc.TypeError, "argument of type '%s' is not iterable", seq.type().getName());
            }
            throw e;
        }
        PyObject x;
        while ((x = next(it)) != null) {
            if (richCompareBool(x, value, CompareOp.EQ)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------
    // Iteration

    /** {@code PyObject_GetIter}: {@code iter(o)}. */
    public static PyObject getIter(PyObject o) {
        PyType t = o.type();
        if (t.tp_iter != null) {
            PyObject r = t.tp_iter.apply(o);
            if (r.type().tp_iternext == null) {
                throw PyErr.format(PyExc.TypeError, "iter() returned non-iterator of type '%s'", r.type().getName());
            }
            return r;
        }
        if (t.sq_item != null) {
            return new PySeqIterator(o);
        }
        throw PyErr.format(PyExc.TypeError, "'%s' object is not iterable", t.getName());
    }

    /** The iterator for an object with {@code __getitem__} but no {@code __iter__}. */
    public static PyObject seqIter(PyObject o) {
        return new PySeqIterator(o);
    }

    /**
     * {@code PyIter_Next}: the next item, or null at the end. {@code tp_iternext} never raises
     * StopIteration (Python-level {@code __next__} methods are wrapped to return null), so neither does this.
     */
    public static PyObject next(PyObject iterator) {
        PyType t = iterator.type();
        if (t.tp_iternext == null) {
            throw PyErr.format(PyExc.TypeError, "'%s' object is not an iterator", t.getName());
        }
        return t.tp_iternext.apply(iterator);
    }

    /** {@code PySequence_Fast} items: the elements of any iterable, as a new array. */
    public static PyObject[] sequenceToArray(PyObject o) {
        if (o.getClass() == PyTuple.class) {
            return ((PyTuple) o).toArray();
        }
        if (o.getClass() == PyList.class) {
            return ((PyList) o).toArray();
        }
        PyObject it = getIter(o);
        ArrayList<PyObject> out = new ArrayList<>();
        PyObject x;
        while ((x = next(it)) != null) {
            out.add(x);
        }
        return out.toArray(new PyObject[0]);
    }

    /** {@link #sequenceToArray}, with {@code message} as the TypeError for non-iterables. */
    public static PyObject[] sequenceToArrayOrError(PyObject o, String message) {
        if (o.type().tp_iter == null && o.type().sq_item == null) {
            throw PyErr.format(PyExc.TypeError, "%s", message);
        }
        return sequenceToArray(o);
    }

    // ---------------------------------------------------------------------------------------------
    // Indices

    /**
     * {@code PyNumber_AsSsize_t}: an index-capable object as a long; out of range raises {@code overflow}
     * ("cannot fit 'int' into an index-sized integer"), or clamps when it is null.
     */
    public static long asIndex(PyObject o, PyType overflow) {
        if (o.getClass() == PyInt.class) {
            PyInt i = (PyInt) o;
            if (i.isSmall()) {
                return i.value;
            }
        }
        return PyNumber.asSsize(o, overflow);
    }

    /** {@code _PyEval_SliceIndex}: a slice bound, clamped to the long range. */
    public static long sliceIndex(PyObject o) {
        if (o instanceof PyInt i) {
            return i.isSmall() ? i.value : i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        if (o.type().nb_index == null) {
            throw PyErr.format(PyExc.TypeError, "slice indices must be integers or have an __index__ method");
        }
        return PyNumber.asSsize(o, null);
    }

    /** Optional start/stop arguments of {@code index()} methods, resolved against {@code len}. */
    public static long[] sliceRange(PyObject start, PyObject stop, long len) {
        long st = start == null ? 0 : sliceIndex(start);
        long en = stop == null ? Long.MAX_VALUE : sliceIndex(stop);
        if (st < 0) {
            st += len;
            if (st < 0) {
                st = 0;
            }
        }
        if (en < 0) {
            en += len;
            if (en < 0) {
                en = 0;
            }
        }
        return new long[] {st, en};
    }

    // ---------------------------------------------------------------------------------------------
    // isinstance / issubclass

    /** {@code PyObject_IsInstance}: {@code isinstance(inst, cls)}. */
    public static boolean isInstance(PyObject inst, PyObject cls) {
        if (inst.type() == cls) {
            return true;
        }
        if (cls.type() == PyType.TYPE) {
            return recursiveIsInstance(inst, cls);
        }
        if (cls instanceof dev.kaa.runtime.objects.PyUnion u) {
            cls = u.args();
        }
        if (cls instanceof PyTuple t) {
            ThreadState ts = ThreadState.current();
            ts.enterRecursiveCall(" in __instancecheck__");
            try {
                for (PyObject c : t.array()) {
                    if (isInstance(inst, c)) {
                        return true;
                    }
                }
                return false;
            } finally {
                ts.leaveRecursiveCall();
            }
        }
        PyObject checker = cls.type().lookup(Id.__instancecheck__);
        if (checker != null) {
            ThreadState ts = ThreadState.current();
            ts.enterRecursiveCall(" in __instancecheck__");
            try {
                return isTrue(dev.kaa.runtime.slots.SlotFunctions.callDescr(checker, cls, new PyObject[] {inst}));
            } finally {
                ts.leaveRecursiveCall();
            }
        }
        return recursiveIsInstance(inst, cls);
    }

    /** {@code object_isinstance}: the type check, also honouring a {@code __class__} attribute. */
    public static boolean recursiveIsInstance(PyObject inst, PyObject cls) {
        if (cls instanceof PyType c) {
            if (inst.type().isSubtypeOf(c)) {
                return true;
            }
            PyObject icls = lookupAttr(inst, Id.__class__);
            return icls != null && icls != inst.type() && icls instanceof PyType it && it.isSubtypeOf(c);
        }
        if (lookupAttr(cls, PyStr.of("__bases__")) == null) {
            throw PyErr.format(PyExc.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        PyObject icls = lookupAttr(inst, Id.__class__);
        return icls != null && abstractIsSubclass(icls, cls);
    }

    /** {@code PyObject_IsSubclass}: {@code issubclass(derived, cls)}. */
    public static boolean isSubclass(PyObject derived, PyObject cls) {
        if (cls.type() == PyType.TYPE && derived instanceof PyType d) {
            return d.isSubtypeOf((PyType) cls);
        }
        if (cls instanceof dev.kaa.runtime.objects.PyUnion u) {
            cls = u.args();
        }
        if (cls instanceof PyTuple t) {
            for (PyObject c : t.array()) {
                if (isSubclass(derived, c)) {
                    return true;
                }
            }
            return false;
        }
        PyObject checker = cls.type().lookup(Id.__subclasscheck__);
        if (checker != null) {
            ThreadState ts = ThreadState.current();
            ts.enterRecursiveCall(" in __subclasscheck__");
            try {
                return isTrue(dev.kaa.runtime.slots.SlotFunctions.callDescr(checker, cls, new PyObject[] {derived}));
            } finally {
                ts.leaveRecursiveCall();
            }
        }
        return recursiveIsSubclass(derived, cls);
    }

    /** {@code object_issubclass}. */
    public static boolean recursiveIsSubclass(PyObject derived, PyObject cls) {
        if (cls instanceof PyType c && derived instanceof PyType d) {
            return d.isSubtypeOf(c);
        }
        if (!(derived instanceof PyType) && lookupAttr(derived, PyStr.of("__bases__")) == null) {
            throw PyErr.format(PyExc.TypeError, "issubclass() arg 1 must be a class");
        }
        if (!(cls instanceof PyType) && lookupAttr(cls, PyStr.of("__bases__")) == null) {
            throw PyErr.format(PyExc.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return abstractIsSubclass(derived, cls);
    }

    private static boolean abstractIsSubclass(PyObject derived, PyObject cls) {
        if (derived == cls) {
            return true;
        }
        if (derived instanceof PyType d && cls instanceof PyType c) {
            return d.isSubtypeOf(c);
        }
        PyObject bases = lookupAttr(derived, PyStr.of("__bases__"));
        if (!(bases instanceof PyTuple bt)) {
            return false;
        }
        for (PyObject b : bt.array()) {
            if (abstractIsSubclass(b, cls)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code o} is a float (for callers that need the Java double). */
    public static boolean isFloat(PyObject o) {
        return o instanceof PyFloat;
    }
}
