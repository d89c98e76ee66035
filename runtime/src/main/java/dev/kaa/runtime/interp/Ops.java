package dev.kaa.runtime.interp;

import dev.kaa.compiler.bytecode.CodeObject;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyException;
import dev.kaa.runtime.PyNumber;
import dev.kaa.runtime.ThreadState;
import dev.kaa.runtime.objects.PyBaseException;
import dev.kaa.runtime.objects.PyCell;
import dev.kaa.runtime.objects.PyCode;
import dev.kaa.runtime.objects.PyDict;
import dev.kaa.runtime.objects.PyExc;
import dev.kaa.runtime.objects.PyFrame;
import dev.kaa.runtime.objects.PyFunction;
import dev.kaa.runtime.objects.PyInt;
import dev.kaa.runtime.objects.PyList;
import dev.kaa.runtime.objects.PyModule;
import dev.kaa.runtime.objects.PyNameError;
import dev.kaa.runtime.objects.PyNone;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PySet;
import dev.kaa.runtime.objects.PyStopIteration;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PySuper;
import dev.kaa.runtime.objects.PyTuple;
import dev.kaa.runtime.objects.TypeParams;
import dev.kaa.runtime.objects.PyType;
import dev.kaa.runtime.objects.PyImportError;

import java.util.ArrayList;
import java.util.List;

/**
 * The bodies of the interpreter's less frequent or larger instructions, kept out of {@link Eval}'s loop
 * method so that it stays small for the JIT. Names follow CPython's bytecodes.c and ceval.c helpers.
 */
final class Ops {
    private Ops() {
    }

    // ---- names -----------------------------------------------------------------------------------------

    static PyException unboundLocal(PyCode code, int idx) {
        return PyErr.format(PyExc.UnboundLocalError,
                "cannot access local variable '%s' where it is not associated with a value",
                code.localsplusnames[idx]);
    }

    /** {@code _PyEval_FormatExcUnbound}: a cell of this code is a local; a free variable is not. */
    static PyException unboundDeref(PyCode code, int idx) {
        if ((code.localspluskinds[idx] & CodeObject.CO_FAST_FREE) == 0) {
            return unboundLocal(code, idx);
        }
        return nameError(PyExc.NameError, "cannot access free variable '" + code.localsplusnames[idx]
                + "' where it is not associated with a value in enclosing scope", code.localsplusnames[idx]);
    }

    static PyException nameError(PyStr name) {
        return nameError(PyExc.NameError, "name '" + name + "' is not defined", name);
    }

    private static PyException nameError(PyType type, String msg, PyStr name) {
        PyBaseException e = PyErr.createException(type, PyStr.of(msg));
        if (e instanceof PyNameError ne) {
            ne.name = name;
        }
        return PyErr.raise(e);
    }

    /**
     * LOAD_GLOBAL with an inline cache: the entry of the name in the globals (or builtins) dict table,
     * valid while the table is the same object and the entry still holds a value; a builtins hit also
     * needs the globals table to have gained no entry (so the name cannot have been added there).
     */
    static PyObject loadGlobal(PyFrame f, PyCode code, int cur, PyStr name) {
        Object[] caches = code.caches;
        if (caches != null && caches[cur] instanceof GlobalCache c) {
            PyDict.Table gt = f.globals.table();
            if (gt == c.globals) {
                if (c.builtins == null) {
                    PyObject v = gt.valueAt(c.index);
                    if (v != null) {
                        return v;
                    }
                } else if (gt.nentries() == c.nentries) {
                    PyDict.Table bt = f.builtins.table();
                    if (bt == c.builtins) {
                        PyObject v = bt.valueAt(c.index);
                        if (v != null) {
                            return v;
                        }
                    }
                }
            }
        }
        return loadGlobalSlow(f, code, cur, name);
    }

    private static PyObject loadGlobalSlow(PyFrame f, PyCode code, int cur, PyStr name) {
        PyDict.Table gt = f.globals.table();
        int ix = f.globals.entryIndex(name);
        if (ix >= 0 && f.globals.table() == gt) {
            PyObject v = gt.valueAt(ix);
            if (v != null) {
                code.cacheArray()[cur] = new GlobalCache(gt, 0, null, ix);
                return v;
            }
        }
        PyObject v = f.globals.getItem(name);
        if (v != null) {
            return v;
        }
        PyDict.Table bt = f.builtins.table();
        int bix = f.builtins.entryIndex(name);
        if (bix >= 0 && f.builtins.table() == bt && f.globals.table() == gt) {
            v = bt.valueAt(bix);
            if (v != null) {
                code.cacheArray()[cur] = new GlobalCache(gt, gt.nentries(), bt, bix);
                return v;
            }
        }
        v = f.builtins.getItem(name);
        if (v == null) {
            return missingBuiltin(f, name);
        }
        return v;
    }

    /**
     * A name found in neither the globals nor the builtins dict: NameError, unless CPython's
     * PyMapping_GetOptionalItem on the builtins would still find it. A dict subclass as builtins is asked
     * through its __getitem__ (so __missing__ counts). If the globals' {@code __builtins__} is neither a
     * dict nor a module ({@code exec(s, {"__builtins__": obj})}), CPython looks names up in obj itself
     * ("'int' object is not subscriptable"); the frame holds an empty dict in its place (Exec.execCode), so
     * look in obj now.
     */
    static PyObject missingBuiltin(PyFrame f, PyStr name) {
        if (f.builtins.getClass() != PyDict.class) {
            // PyMapping_GetOptionalItem on a dict subclass: its __missing__ has a say
            PyObject v = mappingGet(f.builtins, name);
            if (v != null) {
                return v;
            }
        } else if (f.builtins.size() == 0) {
            PyObject b = f.globals.getItem(PyStr.of("__builtins__"));
            if (b != null && !(b instanceof PyDict) && !(b instanceof PyModule)) {
                PyObject v = mappingGet(b, name);
                if (v != null) {
                    return v;
                }
            }
        }
        throw nameError(name);
    }

    /** LOAD_GLOBAL's inline cache entry. */
    record GlobalCache(PyDict.Table globals, int nentries, PyDict.Table builtins, int index) {
    }

    static PyObject loadName(PyFrame f, PyStr name) {
        PyObject locals = f.locals;
        if (locals == null) {
            throw PyErr.format(PyExc.SystemError, "no locals found when loading %s", Abstract.repr(name));
        }
        PyObject v = mappingGet(locals, name);
        if (v != null) {
            return v;
        }
        v = f.globals.getItem(name);
        if (v != null) {
            return v;
        }
        v = f.builtins.getItem(name);
        if (v != null) {
            return v;
        }
        return missingBuiltin(f, name);
    }

    /** {@code PyMapping_GetOptionalItem}: the value, or null when the key is missing. */
    static PyObject mappingGet(PyObject mapping, PyObject key) {
        if (mapping.getClass() == PyDict.class) {
            return ((PyDict) mapping).getItem(key);
        }
        try {
            return Abstract.getItem(mapping, key);
        } catch (PyException e) {
            if (e.matches(PyExc.KeyError)) {
                return null;
            }
            throw e;
        }
    }

    static void storeName(PyFrame f, PyStr name, PyObject v) {
        PyObject locals = f.locals;
        if (locals == null) {
            throw PyErr.format(PyExc.SystemError, "no locals found when storing %s", Abstract.repr(name));
        }
        if (locals.getClass() == PyDict.class) {
            ((PyDict) locals).setItem(name, v);
        } else {
            Abstract.setItem(locals, name, v);
        }
    }

    static void deleteName(PyFrame f, PyStr name) {
        PyObject locals = f.locals;
        if (locals == null) {
            throw PyErr.format(PyExc.SystemError, "no locals when deleting %s", Abstract.repr(name));
        }
        try {
            Abstract.delItem(locals, name);
        } catch (PyException e) {
            // DELETE_NAME: any failure of PyObject_DelItem becomes the NameError
            throw nameError(name);
        }
    }

    static PyObject loadFromDictOrDeref(PyCode code, PyObject[] s, int idx, PyObject dict) {
        PyObject v = mappingGet(dict, code.localsplusnames[idx]);
        if (v != null) {
            return v;
        }
        v = ((PyCell) s[idx]).ref;
        if (v == null) {
            throw unboundDeref(code, idx);
        }
        return v;
    }

    static PyObject loadFromDictOrGlobals(PyFrame f, PyStr name, PyObject dict) {
        PyObject v = mappingGet(dict, name);
        if (v != null) {
            return v;
        }
        v = f.globals.getItem(name);
        if (v != null) {
            return v;
        }
        v = f.builtins.getItem(name);
        if (v != null) {
            return v;
        }
        return missingBuiltin(f, name);
    }

    // ---- attributes ------------------------------------------------------------------------------------

    /**
     * LOAD_ATTR with an inline cache for objects using the generic {@code __getattribute__}: the type, its
     * version and what the type's MRO holds for the name (a data descriptor, a non-data descriptor or
     * plain value, or nothing), so a hit skips the type lookup and goes straight to the instance dict.
     */
    static PyObject loadAttr(PyObject owner, PyStr name, PyCode code, int cur) {
        PyType t = owner.type();
        if (t.tp_getattro != GENERIC_GETATTR) {
            if (t.tp_getattro == TYPE_GETATTR && owner instanceof PyType ot) {
                return loadClassAttr(ot, name, code, cur);
            }
            return Abstract.getAttr(owner, name);
        }
        Object[] caches = code.caches;
        AttrCache first = caches != null && caches[cur] instanceof AttrCache c0 ? c0 : null;
        for (AttrCache c = first; c != null; c = c.next) {
            if (c.type != t || c.version != t.getVersion()) {
                continue;
            }
            if (c.dataGet != null) {
                return c.dataGet.get(c.descr, owner, t);
            }
            PyDict d = Abstract.instanceDictOrNull(owner);
            if (d != null) {
                PyObject v = instanceValue(c, d, name);
                if (v != null) {
                    return v;
                }
            }
            if (c.descr != null) {
                return c.get == null ? c.descr : c.get.get(c.descr, owner, t);
            }
            return Abstract.getAttr(owner, name);
        }
        int version = t.getVersion();
        PyObject descr = t.lookup(name);
        dev.kaa.runtime.slots.DescrGetFunc get = descr == null ? null : descr.type().tp_descr_get;
        boolean data = get != null && descr.type().tp_descr_set != null;
        code.cacheArray()[cur] = new AttrCache(t, version, descr, data ? get : null, data ? null : get,
                AttrCache.keep(first));
        return Abstract.getAttr(owner, name);
    }

    private static final dev.kaa.runtime.slots.GetAttroFunc GENERIC_GETATTR = PyType.OBJECT.tp_getattro;
    private static final dev.kaa.runtime.slots.GetAttroFunc TYPE_GETATTR = PyType.TYPE.tp_getattro;

    /**
     * LOAD_ATTR on a class ({@code Task.RUNNING}, CPython's LOAD_ATTR_CLASS): a plain value found in the
     * class's MRO, with nothing of that name on the metatype, is cached with both versions (a change to
     * the class or any base bumps its version).
     */
    private static PyObject loadClassAttr(PyType owner, PyStr name, PyCode code, int cur) {
        Object[] caches = code.caches;
        PyType meta = owner.type();
        if (caches != null && caches[cur] instanceof ClassAttrCache c && c.owner == owner
                && c.version == owner.getVersion() && c.metaVersion == meta.getVersion()) {
            return c.value;
        }
        int version = owner.getVersion();
        int metaVersion = meta.getVersion();
        PyObject v = Abstract.getAttr(owner, name);
        if (meta.lookup(name) == null) {
            PyObject attr = owner.lookup(name);
            if (attr == v && attr.type().tp_descr_get == null) {
                code.cacheArray()[cur] = new ClassAttrCache(owner, version, metaVersion, v);
            }
        }
        return v;
    }

    /** LOAD_ATTR's inline cache entry for a plain class attribute. */
    record ClassAttrCache(PyType owner, int version, int metaVersion, PyObject value) {
    }
    private static final dev.kaa.runtime.slots.SetAttroFunc GENERIC_SETATTR = PyType.OBJECT.tp_setattro;

    /**
     * STORE_ATTR with an inline cache: for objects using the generic {@code __setattr__} whose type has no
     * data descriptor for the name (checked once per type version), the value goes straight into the
     * instance dict.
     */
    static void storeAttr(PyObject owner, PyStr name, PyObject v, PyCode code, int cur) {
        PyType t = owner.type();
        if (t.tp_setattro == GENERIC_SETATTR && owner instanceof dev.kaa.runtime.objects.PyInstance) {
            Object[] caches = code.caches;
            StoreCache first = caches != null && caches[cur] instanceof StoreCache c0 ? c0 : null;
            for (StoreCache c = first; c != null; c = c.next) {
                if (c.type == t && c.version == t.getVersion()) {
                    PyDict d = Abstract.instanceDictOrNull(owner);
                    if (d != null) {
                        int ix = c.index;
                        if (!d.replaceValueAt(ix, name, v)) {
                            c.index = d.setItemIndex(name, v);
                        }
                        return;
                    }
                    break;
                }
            }
            int version = t.getVersion();
            PyObject descr = t.lookup(name);
            if (descr == null || descr.type().tp_descr_set == null) {
                int n = 0;
                for (StoreCache c = first; c != null; c = c.next) {
                    n++;
                }
                code.cacheArray()[cur] = new StoreCache(t, version, n < MAX_TYPES_PER_SITE ? first : null);
            }
        }
        Abstract.setAttr(owner, name, v);
    }

    /** How many types an attribute site caches before it starts over (CPython deoptimizes instead). */
    private static final int MAX_TYPES_PER_SITE = 4;

    /**
     * STORE_ATTR's inline cache entry: the type (at a version) has no data descriptor for the name; plus
     * the instance-dict entry index where the site last stored (a hint, as for loads).
     */
    static final class StoreCache {
        final PyType type;
        final int version;
        final StoreCache next;
        int index;

        StoreCache(PyType type, int version, StoreCache next) {
            this.type = type;
            this.version = version;
            this.next = next;
        }
    }

    /**
     * The value of {@code name} in an instance dict, trying first the entry index where the site last
     * found it: instances of a class set their attributes in the same order, so their dicts keep each name
     * at the same index (what CPython's split keys and inline values exploit). A stale index costs one
     * identity check.
     */
    private static PyObject instanceValue(AttrCache c, PyDict d, PyStr name) {
        PyDict.Table t = d.table();
        int ix = c.index;
        if (ix < t.nentries() && t.keyAt(ix) == name) {
            PyObject v = t.valueAt(ix);
            if (v != null) {
                return v;
            }
        }
        ix = d.entryIndex(name);
        if (d.table() != t) {
            return d.getItem(name); // resized meanwhile (another thread)
        }
        if (ix < 0) {
            return null;
        }
        c.index = ix;
        return t.valueAt(ix);
    }

    /**
     * LOAD_ATTR's inline cache entry: the type at a version and what its MRO holds for the name, plus a
     * hint ({@link #index}, racy but only ever checked) for the instance dict.
     */
    static final class AttrCache {
        final PyType type;
        final int version;
        final PyObject descr;
        final dev.kaa.runtime.slots.DescrGetFunc dataGet;
        final dev.kaa.runtime.slots.DescrGetFunc get;
        int index;

        /** The entry for another type at a polymorphic site ({@code task.run} over several classes). */
        final AttrCache next;

        AttrCache(PyType type, int version, PyObject descr, dev.kaa.runtime.slots.DescrGetFunc dataGet,
                  dev.kaa.runtime.slots.DescrGetFunc get, AttrCache next) {
            this.type = type;
            this.version = version;
            this.descr = descr;
            this.dataGet = dataGet;
            this.get = get;
            this.next = next;
        }

        /** The entries to keep behind a new one: all while the site has seen few types, else none. */
        static AttrCache keep(AttrCache first) {
            int n = 0;
            for (AttrCache c = first; c != null; c = c.next) {
                n++;
            }
            return n < MAX_TYPES_PER_SITE ? first : null;
        }
    }

    /**
     * LOAD_ATTR with the method flag ({@code _PyObject_GetMethod}): for a method descriptor found on the
     * type and not shadowed by the instance dict, pushes {@code [function, owner]}; else {@code [attr, NULL]}.
     */
    static int loadMethod(PyObject[] s, int sp, PyObject owner, PyStr name, PyCode code, int cur) {
        PyType tp = owner.type();
        if (tp.tp_getattro == GENERIC_GETATTR) {
            Object[] caches = code.caches;
            MethodCache first = caches != null && caches[cur] instanceof MethodCache m0 ? m0 : null;
            PyObject descr = null;
            for (MethodCache m = first; m != null; m = m.next) {
                if (m.type == tp && m.version == tp.getVersion()) {
                    descr = m.descr;
                    break;
                }
            }
            if (descr == null) {
                int version = tp.getVersion();
                PyObject d = tp.lookup(name);
                if (d != null && d.type().hasFlag(PyType.TPFLAGS_METHOD_DESCRIPTOR)) {
                    int n = 0;
                    for (MethodCache m = first; m != null; m = m.next) {
                        n++;
                    }
                    code.cacheArray()[cur] = new MethodCache(tp, version, d,
                            n < MAX_TYPES_PER_SITE ? first : null);
                    descr = d;
                }
            }
            if (descr != null) {
                PyDict dict = Abstract.instanceDictOrNull(owner);
                PyObject shadow = dict == null ? null : dict.getItem(name);
                if (shadow == null) {
                    s[sp - 1] = descr;
                    s[sp] = owner;
                    return sp + 1;
                }
                s[sp - 1] = shadow;
                s[sp] = null;
                return sp + 1;
            }
        }
        s[sp - 1] = Abstract.getAttr(owner, name);
        s[sp] = null;
        return sp + 1;
    }

    /** LOAD_ATTR-with-method's cache entry: the type (at a version) has this method descriptor. */
    record MethodCache(PyType type, int version, PyObject descr, MethodCache next) {
    }

    /**
     * LOAD_SUPER_ATTR: {@code [global_super, class, self]} → {@code [attr]} or, with the method bit,
     * {@code [meth, self_or_null]}. Bit 2 of the oparg: zero-argument form (the compiler passed
     * {@code __class__} and the first argument).
     */
    static int loadSuperAttr(PyFrame f, PyObject[] s, int sp, int oparg, PyStr name) {
        PyObject self = s[--sp];
        PyObject cls = s[--sp];
        PyObject globalSuper = s[--sp];
        s[sp] = s[sp + 1] = s[sp + 2] = null;
        PyObject sup;
        if ((oparg & 2) != 0 && globalSuper == PySuper.TYPE) {
            sup = PySuper.of(cls, self);
        } else {
            sup = Abstract.call(globalSuper, (oparg & 2) != 0 ? new PyObject[] {cls, self} : new PyObject[0]);
        }
        if ((oparg & 1) == 0) {
            s[sp++] = Abstract.getAttr(sup, name);
            return sp;
        }
        PyObject meth = PySuper.lookupMethod(sup, name);
        if (meth != null) {
            s[sp++] = meth;
            s[sp++] = self;
        } else {
            s[sp++] = Abstract.getAttr(sup, name);
            s[sp++] = null;
        }
        return sp;
    }

    // ---- building --------------------------------------------------------------------------------------

    static PyObject buildString(PyObject[] s, int start, int n) {
        return PyStr.concat(s, start, n);
    }

    static void listExtend(PyList list, PyObject iterable) {
        try {
            Abstract.callMethod(list, "extend", iterable);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError) && iterable.type().tp_iter == null && !isSequence0(iterable)) {
                throw PyErr.format(PyExc.TypeError, "Value after * must be an iterable, not %s",
                        iterable.type().getName());
            }
            throw e;
        }
    }

    private static boolean isSequence0(PyObject o) {
        return o.type().sq_item != null || o.type().lookup("__getitem__") != null && !(o instanceof PyDict);
    }

    static void setUpdate(PySet set, PyObject iterable) {
        // _PySet_Update: a set or dict operand is merged table-wise, which fixes CPython's iteration order
        set.updateInternal(iterable);
    }

    static void dictUpdate(PyDict dict, PyObject update) {
        if (update instanceof PyDict d) {
            dict.update(d);
            return;
        }
        PyObject keys = Abstract.lookupAttr(update, PyStr.of("keys"));
        if (keys == null) {
            throw PyErr.format(PyExc.TypeError, "'%s' object is not a mapping", update.type().getName());
        }
        PyObject it = Abstract.getIter(Abstract.call(keys));
        PyObject k;
        while ((k = Abstract.next(it)) != null) {
            dict.setItem(k, Abstract.getItem(update, k));
        }
    }

    /** DICT_MERGE ({@code f(**m)}): like update, but duplicate keys are errors naming the function. */
    static void dictMerge(PyObject callable, PyDict dict, PyObject update) {
        PyObject keysFn = update instanceof PyDict ? null : Abstract.lookupAttr(update, PyStr.of("keys"));
        if (!(update instanceof PyDict) && keysFn == null) {
            throw PyErr.format(PyExc.TypeError, "%s argument after ** must be a mapping, not %s",
                    funcDesc(callable), update.type().getName());
        }
        PyObject[] keys = update instanceof PyDict d ? d.keysArray() : Abstract.sequenceToArray(Abstract.call(keysFn));
        for (PyObject k : keys) {
            if (!(k instanceof PyStr)) {
                throw PyErr.format(PyExc.TypeError, "keywords must be strings");
            }
            if (dict.containsKey(k)) {
                throw PyErr.format(PyExc.TypeError, "%s got multiple values for keyword argument '%s'",
                        funcDesc(callable), k);
            }
            // PyDict_Merge reads a dict (or a subclass that keeps dict's iteration) directly.
            dict.setItem(k, update instanceof PyDict ud && ud.type().tp_iter == PyDict.TYPE.tp_iter
                    ? ud.getItem(k) : Abstract.getItem(update, k));
        }
    }

    /** {@code _PyObject_FunctionStr}: "f()" or "mod.Cls.f()" for messages about calls. */
    static String funcDesc(PyObject func) {
        PyObject qualname = Abstract.lookupAttr(func, PyStr.of("__qualname__"));
        if (qualname == null) {
            return Abstract.str(func) + "";
        }
        PyObject module = Abstract.lookupAttr(func, PyStr.of("__module__"));
        if (module instanceof PyStr m && !m.toString().equals("builtins")) {
            return m + "." + Abstract.str(qualname) + "()";
        }
        return Abstract.str(qualname) + "()";
    }

    // ---- unpacking -------------------------------------------------------------------------------------

    static int unpackSequence(PyObject[] s, int sp, int n) {
        PyObject seq = s[--sp];
        PyObject[] items;
        if (seq instanceof PyTuple t && seq.getClass() == PyTuple.class) {
            items = t.array();
            if (t.size() != n) {
                throw unpackCount(n, t.size(), seq);
            }
        } else if (seq.getClass() == PyList.class) {
            PyList l = (PyList) seq;
            if (l.size() != n) {
                throw unpackCount(n, l.size(), seq);
            }
            items = l.toArray();
        } else {
            items = unpackIterable(seq, n, -1);
        }
        return pushReversed(s, sp, items);
    }

    /** Pushes {@code items} last first, so that the first item ends on top (the UNPACK_* order). */
    private static int pushReversed(PyObject[] s, int sp, PyObject[] items) {
        int n = items.length;
        for (int i = 0; i < n; i++) {
            s[sp + i] = items[n - 1 - i];
        }
        return sp + n;
    }

    private static PyException unpackCount(int expected, int got, PyObject seq) {
        if (got < expected) {
            return PyErr.format(PyExc.ValueError, "not enough values to unpack (expected %d, got %d)", expected, got);
        }
        return PyErr.format(PyExc.ValueError, "too many values to unpack (expected %d)", expected);
    }

    /** {@code unpack_iterable}: exactly {@code before} items, or with a star at least before+after. */
    private static PyObject[] unpackIterable(PyObject seq, int before, int after) {
        PyObject it;
        try {
            it = Abstract.getIter(seq);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError) && seq.type().tp_iter == null && seq.type().sq_item == null) {
                throw PyErr.format(PyExc.TypeError, "cannot unpack non-iterable %s object", seq.type().getName());
            }
            throw e;
        }
        List<PyObject> out = new ArrayList<>();
        for (int i = 0; i < before; i++) {
            PyObject v = Abstract.next(it);
            if (v == null) {
                if (after < 0) {
                    throw PyErr.format(PyExc.ValueError, "not enough values to unpack (expected %d, got %d)", before, i);
                }
                throw PyErr.format(PyExc.ValueError, "not enough values to unpack (expected at least %d, got %d)",
                        before + after, i);
            }
            out.add(v);
        }
        if (after < 0) {
            if (Abstract.next(it) != null) {
                throw PyErr.format(PyExc.ValueError, "too many values to unpack (expected %d)", before);
            }
            return out.toArray(new PyObject[0]);
        }
        List<PyObject> rest = new ArrayList<>();
        PyObject v;
        while ((v = Abstract.next(it)) != null) {
            rest.add(v);
        }
        if (rest.size() < after) {
            throw PyErr.format(PyExc.ValueError, "not enough values to unpack (expected at least %d, got %d)",
                    before + after, before + rest.size());
        }
        int starCount = rest.size() - after;
        out.add(PyList.wrap(rest.subList(0, starCount).toArray(new PyObject[0])));
        out.addAll(rest.subList(starCount, rest.size()));
        return out.toArray(new PyObject[0]);
    }

    static int unpackEx(PyObject[] s, int sp, int before, int after) {
        PyObject seq = s[--sp];
        return pushReversed(s, sp, unpackIterable(seq, before, after));
    }

    // ---- calls -----------------------------------------------------------------------------------------

    static PyObject callFunctionEx(PyObject func, PyObject callargs, PyObject kwargs) {
        PyTuple args;
        if (callargs.getClass() == PyTuple.class) {
            args = (PyTuple) callargs;
        } else {
            if (callargs.type().tp_iter == null && !isSequence0(callargs)) {
                throw PyErr.format(PyExc.TypeError, "%s argument after * must be an iterable, not %s",
                        funcDesc(func), callargs.type().getName());
            }
            // PySequence_Tuple: a subclass's __iter__ runs, then its __len__ as the length hint
            args = PyTuple.wrap(Abstract.sequenceTupleItems(callargs));
        }
        PyDict kw = null;
        if (kwargs != null) {
            if (kwargs.getClass() == PyDict.class) {
                kw = (PyDict) kwargs;
            } else {
                kw = new PyDict();
                dictMerge(func, kw, kwargs);
            }
        }
        if (func instanceof PyFunction fn && (kw == null || kw.size() == 0)) {
            return Eval.callFunction(fn, args.array(), 0, args.size(), null);
        }
        return Abstract.call(func, args, kw);
    }

    static void setFunctionAttribute(PyFunction fn, int which, PyObject v) {
        switch (which) {
            case 1 -> fn.defaults = (PyTuple) v;
            case 2 -> fn.kwdefaults = (PyDict) v;
            case 4 -> {
                if (v instanceof PyTuple t) {
                    // 3.13 passes annotations as a flat tuple of name, value pairs.
                    PyDict d = new PyDict();
                    for (int i = 0; i + 1 < t.size(); i += 2) {
                        d.setItem(t.get(i), t.get(i + 1));
                    }
                    fn.annotations = d;
                } else {
                    fn.annotations = v;
                }
            }
            case 8 -> fn.closure = ((PyTuple) v).toArray();
            default -> throw PyErr.format(PyExc.SystemError, "bad SET_FUNCTION_ATTRIBUTE %d", which);
        }
    }

    static PyObject loadBuildClass(PyFrame f) {
        PyObject bc = f.builtins.getItem(PyStr.of("__build_class__"));
        if (bc == null) {
            throw PyErr.format(PyExc.NameError, "__build_class__ not found");
        }
        return bc;
    }

    static void setupAnnotations(PyFrame f) {
        if (f.locals == null) {
            throw PyErr.format(PyExc.SystemError, "no locals found when setting up annotations");
        }
        PyStr key = PyStr.of("__annotations__");
        if (mappingGet(f.locals, key) == null) {
            if (f.locals instanceof PyDict d) {
                d.setItem(key, new PyDict());
            } else {
                Abstract.setItem(f.locals, key, new PyDict());
            }
        }
    }

    // ---- imports ---------------------------------------------------------------------------------------

    static PyObject importName(PyFrame f, PyStr name, PyObject fromlist, PyObject level) {
        PyObject imp = f.builtins.getItem(PyStr.of("__import__"));
        if (imp == null) {
            throw PyErr.format(PyExc.ImportError, "__import__ not found");
        }
        ThreadState ts = ThreadState.current();
        if (imp == ts.interp.builtinsDict().getItem(PyStr.of("__import__")) && level instanceof PyInt li
                && li.isSmall()) {
            // The original __import__: skip the Python-level call (as import_name in ceval.c does).
            return dev.kaa.runtime.imports.Importer.importModule(name, f.globals, fromlist, (int) li.value);
        }
        PyObject locals = f.locals == null ? PyNone.NONE : f.locals;
        return Abstract.call(imp, name, f.globals, locals, fromlist, level);
    }

    static PyObject importFrom(PyObject module, PyStr name) {
        return dev.kaa.runtime.imports.Importer.importFrom(module, name);
    }

    /** CALL_INTRINSIC_1 INTRINSIC_IMPORT_STAR: copy the public names of a module into the locals. */
    static void importStar(PyFrame f, PyObject module) {
        if (f.locals instanceof PyDict d) {
            dev.kaa.runtime.imports.Importer.importAllFrom(module, d);
            return;
        }
        PyDict tmp = new PyDict();
        dev.kaa.runtime.imports.Importer.importAllFrom(module, tmp);
        tmp.forEach((k, v) -> storeName(f, (PyStr) k, v));
    }

    // ---- formatting ------------------------------------------------------------------------------------

    /** {@code PyObject_Format}. */
    static PyObject format(PyObject v, PyObject spec) {
        if (spec instanceof PyStr sp) {
            if (sp.length() == 0) {
                if (v.getClass() == PyStr.class) {
                    return v;
                }
                if (v.getClass() == PyInt.class) {
                    return Abstract.str(v);
                }
            } else {
                PyStr r = dev.kaa.runtime.objects.Formatting.formatExact(v, sp);
                if (r != null) {
                    return r;
                }
            }
        }
        PyObject meth = v.type().lookup(dev.kaa.runtime.objects.Id.__format__);
        if (meth == null) {
            throw PyErr.format(PyExc.TypeError, "Type %s doesn't define __format__", v.type().getName());
        }
        PyObject r = Abstract.call(meth, v, spec);
        if (!(r instanceof PyStr)) {
            throw PyErr.format(PyExc.TypeError, "__format__ must return a str, not %s", r.type().getName());
        }
        return r;
    }

    static PyObject convertValue(int which, PyObject v) {
        return switch (which) {
            case 1 -> Abstract.str(v);
            case 2 -> Abstract.repr(v);
            case 3 -> Abstract.call(ThreadState.current().interp.builtinsDict().getItem(PyStr.of("ascii")), v);
            default -> throw PyErr.format(PyExc.SystemError, "bad CONVERT_VALUE %d", which);
        };
    }

    // ---- exceptions ------------------------------------------------------------------------------------

    /** RAISE_VARARGS: returns the exception to throw. */
    static RuntimeException raise(ThreadState ts, PyFrame f, PyObject[] s, int sp, int oparg) {
        if (oparg == 0) {
            PyObject exc = ts.handledException;
            if (exc == null || exc == PyNone.NONE) {
                return PyErr.format(PyExc.RuntimeError, "No active exception to reraise");
            }
            return new Reraise((PyBaseException) exc, -1);
        }
        PyObject cause = oparg == 2 ? s[sp - 1] : null;
        PyObject excArg = s[sp - oparg];
        PyBaseException exc = instantiate(excArg, "exceptions must derive from BaseException");
        if (cause != null) {
            PyObject c;
            if (cause == PyNone.NONE) {
                c = PyNone.NONE;
            } else if (cause instanceof PyType ct && ct.isSubtypeOf(PyExc.BaseException)) {
                c = instantiate(cause, "exception causes must derive from BaseException");
            } else if (cause instanceof PyBaseException) {
                c = cause;
            } else {
                return PyErr.format(PyExc.TypeError, "exception causes must derive from BaseException");
            }
            exc.cause = c == PyNone.NONE ? null : c;
            exc.suppressContext = true;
        }
        PyObject handled = ts.handledException;
        if (handled != null && handled != exc) {
            setContext(exc, handled);
        }
        // The catch in the loop adds the traceback entry; mark the context as decided.
        return new PyException(exc);
    }

    private static PyBaseException instantiate(PyObject excArg, String message) {
        if (excArg instanceof PyType t && t.isSubtypeOf(PyExc.BaseException)) {
            PyObject e = Abstract.call(t);
            if (!(e instanceof PyBaseException be)) {
                throw PyErr.format(PyExc.TypeError,
                        "calling %s should have returned an instance of BaseException, not %s",
                        Abstract.repr(t), e.type().getName());
            }
            return be;
        }
        if (excArg instanceof PyBaseException be) {
            return be;
        }
        throw PyErr.format(PyExc.TypeError, message);
    }

    /** {@code _PyErr_SetObject}'s context chaining: avoid cycles by cutting the chain at {@code exc}. */
    static void setContext(PyBaseException exc, PyObject handled) {
        if (!(handled instanceof PyBaseException h) || h == exc) {
            return;
        }
        PyBaseException o = h;
        int guard = 0;
        while (o != null && guard++ < 100000) {
            PyObject ctx = o.context;
            if (ctx == exc) {
                o.context = null;
                break;
            }
            o = ctx instanceof PyBaseException c ? c : null;
        }
        exc.context = h;
    }

    static final String CANNOT_CATCH = "catching classes that do not inherit from BaseException is not allowed";

    static boolean checkExcMatch(PyObject exc, PyObject type) {
        checkExceptType(type, CANNOT_CATCH);
        return Abstract.isInstance(exc, type) || type instanceof PyType t && exc.type().isSubtypeOf(t);
    }

    private static void checkExceptType(PyObject type, String msg) {
        if (type instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                checkExceptType(t.get(i), msg);
            }
            return;
        }
        if (!(type instanceof PyType pt) || !pt.isSubtypeOf(PyExc.BaseException)) {
            throw PyErr.format(PyExc.TypeError, msg);
        }
    }

    /** CHECK_EG_MATCH: {@code [exc_value, match_type]} → {@code [rest, match]} (match None when no match). */
    static void checkEgMatch(PyObject[] s, int sp) {
        PyObject matchType = s[sp - 1];
        PyObject exc = s[sp - 2];
        checkExceptType(matchType, CANNOT_CATCH);
        if (matchType instanceof PyType t && t.isSubtypeOf(PyExc.BaseExceptionGroup)
                || matchType instanceof PyTuple tt && containsEgType(tt)) {
            throw PyErr.format(PyExc.TypeError,
                    "catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
        PyObject[] r = ExceptStar.match(exc, matchType);
        s[sp - 2] = r[0];
        s[sp - 1] = r[1];
    }

    private static boolean containsEgType(PyTuple t) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i) instanceof PyType x && x.isSubtypeOf(PyExc.BaseExceptionGroup)) {
                return true;
            }
        }
        return false;
    }

    /** CLEANUP_THROW: {@code [sub_iter, last_sent_val, exc]} → {@code [None, value]} for StopIteration. */
    static int cleanupThrow(PyObject[] s, int sp) {
        PyObject exc = s[sp - 1];
        if (exc instanceof PyStopIteration si) {
            s[sp - 3] = PyNone.NONE;
            s[sp - 2] = si.value;
            s[sp - 1] = null;
            return sp - 1;
        }
        throw new Reraise((PyBaseException) exc, -1);
    }

    static int beforeWith(PyObject[] s, int sp) {
        PyObject mgr = s[sp - 1];
        PyType t = mgr.type();
        PyObject enter = t.lookup(PyStr.of("__enter__"));
        if (enter == null) {
            throw PyErr.format(PyExc.TypeError, "'%s' object does not support the context manager protocol",
                    t.getName());
        }
        PyObject exit = t.lookup(PyStr.of("__exit__"));
        if (exit == null) {
            throw PyErr.format(PyExc.TypeError,
                    "'%s' object does not support the context manager protocol (missed __exit__ method)", t.getName());
        }
        PyObject boundExit = bind(exit, mgr);
        PyObject res = Abstract.call(bind(enter, mgr));
        s[sp - 1] = boundExit;
        s[sp] = res;
        return sp + 1;
    }

    static int beforeAsyncWith(PyObject[] s, int sp) {
        PyObject mgr = s[sp - 1];
        PyType t = mgr.type();
        PyObject enter = t.lookup(PyStr.of("__aenter__"));
        if (enter == null) {
            throw PyErr.format(PyExc.TypeError,
                    "'%s' object does not support the asynchronous context manager protocol", t.getName());
        }
        PyObject exit = t.lookup(PyStr.of("__aexit__"));
        if (exit == null) {
            throw PyErr.format(PyExc.TypeError,
                    "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
                    t.getName());
        }
        PyObject boundExit = bind(exit, mgr);
        PyObject res = Abstract.call(bind(enter, mgr));
        s[sp - 1] = boundExit;
        s[sp] = res;
        return sp + 1;
    }

    /** A descriptor found on the type, bound to {@code obj} ({@code descr.__get__(obj, type(obj))}). */
    static PyObject bind(PyObject descr, PyObject obj) {
        var get = descr.type().tp_descr_get;
        return get == null ? descr : get.get(descr, obj, obj.type());
    }

    // ---- pattern matching ------------------------------------------------------------------------------

    static boolean isMapping(PyObject o) {
        return o.type().hasFlag(PyType.TPFLAGS_MAPPING);
    }

    static boolean isSequence(PyObject o) {
        return o.type().hasFlag(PyType.TPFLAGS_SEQUENCE);
    }

    /** MATCH_KEYS: a tuple of the values for {@code keys}, or None if any is missing. */
    static PyObject matchKeys(PyObject subject, PyObject keysObj) {
        PyTuple keys = (PyTuple) keysObj;
        if (keys.size() == 0) {
            return PyTuple.EMPTY;
        }
        PyObject get = Abstract.getAttr(subject, "get");
        PyObject dummy = new PyList();
        PyObject[] values = new PyObject[keys.size()];
        List<PyObject> seen = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            PyObject key = keys.get(i);
            for (PyObject k : seen) {
                if (Abstract.richCompareBool(k, key, dev.kaa.runtime.slots.CompareOp.EQ)) {
                    throw PyErr.format(PyExc.ValueError, "mapping pattern checks duplicate key (%s)",
                            Abstract.repr(key));
                }
            }
            seen.add(key);
            PyObject v = Abstract.call(get, key, dummy);
            if (v == dummy) {
                return PyNone.NONE;
            }
            values[i] = v;
        }
        return PyTuple.wrap(values);
    }

    /** MATCH_CLASS: a tuple of the matched attributes, or None. */
    static PyObject matchClass(PyObject subject, PyObject type, int nargs, PyTuple kwargs) {
        if (!(type instanceof PyType t)) {
            throw PyErr.format(PyExc.TypeError, "called match pattern must be a class");
        }
        if (!Abstract.isInstance(subject, t)) {
            return PyNone.NONE;
        }
        List<PyObject> attrs = new ArrayList<>();
        List<PyObject> seen = new ArrayList<>();
        PyObject matchArgs = null;
        if (nargs > 0) {
            matchArgs = Abstract.lookupAttr(t, PyStr.of("__match_args__"));
            boolean matchSelf = false;
            if (matchArgs == null) {
                matchSelf = t.hasFlag(MATCH_SELF_FLAGS) || isMatchSelfType(t);
                matchArgs = PyTuple.EMPTY;
            } else if (!(matchArgs instanceof PyTuple)) {
                throw PyErr.format(PyExc.TypeError, "%s.__match_args__ must be a tuple (got %s)",
                        t.getName(), matchArgs.type().getName());
            }
            PyTuple ma = (PyTuple) matchArgs;
            int allowed = matchSelf ? 1 : ma.size();
            if (allowed < nargs) {
                throw PyErr.format(PyExc.TypeError, "%s() accepts %d positional sub-pattern%s (%d given)",
                        t.getName(), allowed, allowed == 1 ? "" : "s", nargs);
            }
            if (matchSelf) {
                attrs.add(subject);
            } else {
                for (int i = 0; i < nargs; i++) {
                    PyObject name = ma.get(i);
                    if (!(name instanceof PyStr ns)) {
                        throw PyErr.format(PyExc.TypeError, "__match_args__ elements must be strings (got %s)",
                                name.type().getName());
                    }
                    PyObject v = matchClassAttr(subject, t, ns, seen);
                    if (v == null) {
                        return PyNone.NONE;
                    }
                    attrs.add(v);
                }
            }
        }
        for (int i = 0; i < kwargs.size(); i++) {
            PyStr name = (PyStr) kwargs.get(i);
            PyObject v = matchClassAttr(subject, t, name, seen);
            if (v == null) {
                return PyNone.NONE;
            }
            attrs.add(v);
        }
        return PyTuple.wrap(attrs.toArray(new PyObject[0]));
    }

    private static final int MATCH_SELF_FLAGS = PyType.TPFLAGS_LONG_SUBCLASS | PyType.TPFLAGS_LIST_SUBCLASS
            | PyType.TPFLAGS_TUPLE_SUBCLASS | PyType.TPFLAGS_BYTES_SUBCLASS | PyType.TPFLAGS_UNICODE_SUBCLASS
            | PyType.TPFLAGS_DICT_SUBCLASS;

    /** The builtins whose class patterns match the subject itself (bool, bytearray, float, ... in CPython). */
    private static boolean isMatchSelfType(PyType t) {
        for (PyType b : t.getMro()) {
            String n = b.getName();
            if (b.moduleName() == null || "builtins".equals(b.moduleName())) {
                switch (n) {
                    case "bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str",
                         "tuple" -> {
                        return true;
                    }
                    default -> {
                    }
                }
            }
        }
        return false;
    }

    private static PyObject matchClassAttr(PyObject subject, PyType t, PyStr name, List<PyObject> seen) {
        for (PyObject s : seen) {
            if (s.equals(name)) {
                throw PyErr.format(PyExc.TypeError, "%s() got multiple sub-patterns for attribute '%s'",
                        t.getName(), name);
            }
        }
        seen.add(name);
        return Abstract.lookupAttr(subject, name);
    }

    // ---- intrinsics ------------------------------------------------------------------------------------

    static PyObject intrinsic1(PyFrame f, int which, PyObject v) {
        switch (which) {
            case 1 -> { // INTRINSIC_PRINT: the REPL's display of an expression statement
                PyObject hook = Abstract.lookupAttr(ThreadState.current().interp.sys, PyStr.of("displayhook"));
                if (hook == null) {
                    throw PyErr.format(PyExc.RuntimeError, "lost sys.displayhook");
                }
                return Abstract.call(hook, v);
            }
            case 2 -> { // INTRINSIC_IMPORT_STAR
                importStar(f, v);
                return PyNone.NONE;
            }
            case 3 -> { // INTRINSIC_STOPITERATION_ERROR
                return Generators.stopIterationError(f, (PyBaseException) v);
            }
            case 4 -> { // INTRINSIC_ASYNC_GEN_WRAP
                return Generators.asyncGenWrap(v);
            }
            case 5 -> {
                return PyNumber.positive(v);
            }
            case 6 -> {
                return PyTuple.wrap(((PyList) v).toArray());
            }
            case 7 -> { // INTRINSIC_TYPEVAR
                return TypeParams.makeTypeVar(v);
            }
            case 8 -> { // INTRINSIC_PARAMSPEC
                return TypeParams.makeParamSpec(v);
            }
            case 9 -> { // INTRINSIC_TYPEVARTUPLE
                return TypeParams.makeTypeVarTuple(v);
            }
            case 10 -> { // INTRINSIC_SUBSCRIPT_GENERIC
                return TypeParams.subscriptGeneric(v);
            }
            case 11 -> { // INTRINSIC_TYPEALIAS
                return TypeParams.makeTypeAlias(v);
            }
            default -> throw PyErr.format(PyExc.SystemError, "invalid intrinsic function");
        }
    }

    static PyObject intrinsic2(PyFrame f, int which, PyObject v2, PyObject v1) {
        if (which == 1) { // INTRINSIC_PREP_RERAISE_STAR
            return ExceptStar.prepReraiseStar(v2, v1);
        }
        switch (which) {
            case 2 -> { // INTRINSIC_TYPEVAR_WITH_BOUND
                return TypeParams.makeTypeVarWithBound(v2, v1);
            }
            case 3 -> { // INTRINSIC_TYPEVAR_WITH_CONSTRAINTS
                return TypeParams.makeTypeVarWithConstraints(v2, v1);
            }
            case 4 -> { // INTRINSIC_SET_FUNCTION_TYPE_PARAMS
                ((PyFunction) v2).typeParams = v1;
                return v2;
            }
            case 5 -> { // INTRINSIC_SET_TYPEPARAM_DEFAULT
                return TypeParams.setTypeParamDefault(v2, v1);
            }
            default -> throw PyErr.format(PyExc.SystemError, "invalid intrinsic function");
        }
    }
}
