package dev.kaa.runtime.objects;

import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.ThreadState;

/**
 * Run-time support for PEP 695 type parameters shared by {@link PyTypeVar}, {@link PyParamSpec},
 * {@link PyTypeVarTuple}, {@link PyTypeAliasType} and {@link PyGeneric}: the helpers of CPython's
 * {@code Objects/typevarobject.c} and the {@code CALL_INTRINSIC_1/2} entry points that
 * {@code Ops.intrinsic1/intrinsic2} call.
 *
 * <p>CPython's C types call back into {@code typing.py} for the parts written in Python
 * ({@code typing._GenericAlias}, {@code _generic_class_getitem}, {@code _type_check}, {@code Unpack}, ...).
 * Kaa does the same whenever {@code typing} can be imported, so objects and messages are CPython's. Without
 * a standard library ({@code import typing} raises ModuleNotFoundError for {@code typing} itself) each such
 * call falls back to a small Java equivalent: generic classes are parameterized with
 * {@code types.GenericAlias}, unions of type variables are {@code types.UnionType}, and
 * {@code *Ts} is {@code Ts} itself.
 */
public final class TypeParams {
    private TypeParams() {
    }

    private static final PyStr NAME = PyStr.shared("name");
    private static final PyStr PARAMETERS = PyStr.shared("__parameters__");

    // ---- the typing module ---------------------------------------------------------------------------

    /**
     * The {@code typing} module when it has been imported, else null (the callers then use their Java
     * fallbacks). CPython imports it here ({@code PyImport_ImportModule("typing")}); Kaa cannot import
     * typing.py yet (it needs C modules such as {@code _abc} and {@code _weakref} that do not exist yet),
     * and a failed attempt would leave its partly imported dependencies behind and cost a path search on
     * every {@code class C[T]}. Switch to importing once the standard library imports.
     */
    static PyObject typingModule() {
        PyObject mod = ThreadState.current().interp.modules.getItem(PyStr.of("typing"));
        return mod == null || mod == PyNone.NONE ? null : mod;
    }

    /**
     * {@code call_typing_func_object}: {@code typing.<name>(*args)}, or null (nothing called) when typing
     * cannot be imported, so that the caller can use its Java fallback.
     */
    static PyObject callTyping(String name, PyObject... args) {
        PyObject typing = typingModule();
        if (typing == null) {
            return null;
        }
        return Abstract.call(Abstract.getAttr(typing, PyStr.of(name)), args);
    }

    /** {@code caller()}: the {@code __module__} of the function running in the calling frame, or null. */
    static PyObject caller() {
        ThreadState ts = ThreadState.currentOrNull();
        PyFrame f = ts == null ? null : ts.frame;
        if (f == null) {
            return null;
        }
        if (f.function != null) {
            return f.function.module;
        }
        PyObject m = f.globals.getItem(Id.__name__);
        return m == null ? PyNone.NONE : m;
    }

    /** {@code type_check}: None becomes NoneType, anything else goes through {@code typing._type_check}. */
    static PyObject typeCheck(PyObject arg, String msg) {
        if (arg == PyNone.NONE) {
            return PyNone.NONE.type();
        }
        PyObject r = callTyping("_type_check", arg, PyStr.of(msg));
        if (r != null) {
            return r;
        }
        // typing._type_check's tests that apply without typing's special forms.
        if (arg instanceof PyGenericAlias ga && ga.origin == PyGeneric.TYPE) {
            throw PyErr.format(PyExc.TypeError, "%s is not valid as type argument", Abstract.str(arg));
        }
        if (arg == PyGeneric.TYPE) {
            throw PyErr.format(PyExc.TypeError, "Plain %s is not valid as type argument", Abstract.str(arg));
        }
        if (arg.getClass() == PyTuple.class) {
            String repr = Abstract.repr(arg).toString();
            if (repr.codePointCount(0, repr.length()) > 100) {
                repr = repr.substring(0, repr.offsetByCodePoints(0, 100));
            }
            throw PyErr.format(PyExc.TypeError, "%s Got %s.", msg, repr);
        }
        return arg;
    }

    /** {@code unpack}: {@code typing.Unpack[tvt]} (what {@code *Ts} means at run time). */
    static PyObject unpack(PyObject tvt) {
        PyObject typing = typingModule();
        if (typing == null) {
            return tvt;
        }
        return Abstract.getItem(Abstract.getAttr(typing, PyStr.of("Unpack")), tvt);
    }

    /** {@code unpack_typevartuples}: TypeVarTuples in {@code params} replaced by their unpacked form. */
    static PyTuple unpackTypeVarTuples(PyTuple params) {
        PyObject[] a = params.array();
        PyObject[] out = null;
        for (int i = 0; i < a.length; i++) {
            if (a[i] instanceof PyTypeVarTuple) {
                if (out == null) {
                    out = a.clone();
                }
                out[i] = unpack(a[i]);
            }
        }
        return out == null ? params : PyTuple.wrap(out);
    }

    /** {@code make_union}: {@code self | other} for a TypeVar or ParamSpec ({@code typing._make_union}). */
    static PyObject makeUnion(PyObject self, PyObject other) {
        PyObject r = callTyping("_make_union", self, other);
        return r != null ? r : PyUnion.ofTypeParams(self, other);
    }

    /** The module name for an object made by a constructor call ({@code TypeVar('T')}), or null for typing's. */
    static PyObject callerModule() {
        PyObject m = caller();
        return m == PyNone.NONE ? null : m;
    }

    // ---- the intrinsics -----------------------------------------------------------------------------

    /** {@code INTRINSIC_TYPEVAR} ({@code _Py_make_typevar} without bound or constraints). */
    public static PyObject makeTypeVar(PyObject name) {
        return new PyTypeVar((PyStr) name, null, null, null, null, null, false, false, true, null);
    }

    /** {@code INTRINSIC_TYPEVAR_WITH_BOUND}: the bound is computed on first use of {@code __bound__}. */
    public static PyObject makeTypeVarWithBound(PyObject name, PyObject evaluateBound) {
        return new PyTypeVar((PyStr) name, null, evaluateBound, null, null, null, false, false, true, null);
    }

    /** {@code INTRINSIC_TYPEVAR_WITH_CONSTRAINTS}: computed on first use of {@code __constraints__}. */
    public static PyObject makeTypeVarWithConstraints(PyObject name, PyObject evaluateConstraints) {
        return new PyTypeVar((PyStr) name, null, null, null, evaluateConstraints, null, false, false, true, null);
    }

    /** {@code INTRINSIC_PARAMSPEC}. */
    public static PyObject makeParamSpec(PyObject name) {
        return new PyParamSpec((PyStr) name, null, null, false, false, true, null);
    }

    /** {@code INTRINSIC_TYPEVARTUPLE}. */
    public static PyObject makeTypeVarTuple(PyObject name) {
        return new PyTypeVarTuple((PyStr) name, null, null);
    }

    /** {@code INTRINSIC_SET_TYPEPARAM_DEFAULT} ({@code _Py_set_typeparam_default}). */
    public static PyObject setTypeParamDefault(PyObject typeParam, PyObject evaluateDefault) {
        if (typeParam instanceof PyTypeVar tv) {
            tv.defaultValue.setEvaluate(evaluateDefault);
        } else if (typeParam instanceof PyParamSpec ps) {
            ps.defaultValue.setEvaluate(evaluateDefault);
        } else if (typeParam instanceof PyTypeVarTuple tvt) {
            tvt.defaultValue.setEvaluate(evaluateDefault);
        } else {
            throw PyErr.format(PyExc.TypeError, "Expected a type param, got %s", Abstract.repr(typeParam));
        }
        return typeParam;
    }

    /**
     * {@code INTRINSIC_SUBSCRIPT_GENERIC} ({@code _Py_subscript_generic}): the implicit base
     * {@code Generic[*params]} of {@code class C[T, ...]}.
     */
    public static PyObject subscriptGeneric(PyObject params) {
        PyTuple p = unpackTypeVarTuples((PyTuple) params);
        PyObject r = callTyping("_GenericAlias", PyGeneric.TYPE, p);
        return r != null ? r : new PyGenericAlias(PyGeneric.TYPE, p);
    }

    /** {@code INTRINSIC_TYPEALIAS} ({@code _Py_make_typealias}): {@code (name, type_params, compute_value)}. */
    public static PyObject makeTypeAlias(PyObject args) {
        PyObject[] a = ((PyTuple) args).array();
        PyObject typeParams = a[1];
        if (typeParams == PyNone.NONE || (typeParams instanceof PyTuple t && t.size() == 0)) {
            typeParams = null;
        }
        return new PyTypeAliasType((PyStr) a[0], (PyTuple) typeParams, a[2], null, null);
    }
}
