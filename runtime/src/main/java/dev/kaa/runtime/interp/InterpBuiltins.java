package dev.kaa.runtime.interp;

import dev.kaa.compiler.Compiler;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.ThreadState;
import dev.kaa.runtime.objects.HeapTypes;
import dev.kaa.runtime.objects.PyByteArray;
import dev.kaa.runtime.objects.PyBytes;
import dev.kaa.runtime.objects.PyCell;
import dev.kaa.runtime.objects.PyCode;
import dev.kaa.runtime.objects.PyDict;
import dev.kaa.runtime.objects.PyExc;
import dev.kaa.runtime.objects.PyFrame;
import dev.kaa.runtime.objects.PyFunction;
import dev.kaa.runtime.objects.PyList;
import dev.kaa.runtime.objects.PyMemoryView;
import dev.kaa.runtime.objects.PyNone;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PyTuple;
import dev.kaa.runtime.objects.PyType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The builtins that need the interpreter's frames or compiler: {@code __build_class__}, {@code globals},
 * {@code locals}, {@code vars}, {@code dir}, {@code exec}, {@code eval}, {@code compile}. Declared in
 * {@code BuiltinsModule}, implemented here.
 */
public final class InterpBuiltins {
    private InterpBuiltins() {
    }

    private static PyFrame frame() {
        return ThreadState.current().frame;
    }

    /** {@code builtins.__build_class__(func, name, *bases, metaclass=..., **kwds)}. */
    public static PyObject buildClass(PyObject func, PyObject name, PyTuple origBases, PyDict kwds) {
        if (!(func instanceof PyFunction fn)) {
            throw PyErr.format(PyExc.TypeError, "__build_class__: func must be a function");
        }
        if (!(name instanceof PyStr)) {
            throw PyErr.format(PyExc.TypeError, "__build_class__: name is not a string");
        }
        PyTuple bases = updateBases(origBases);
        PyDict mkw = kwds == null ? new PyDict() : kwds.copy();
        PyObject meta = mkw.delItemIfPresent(PyStr.of("metaclass"));
        boolean isClass;
        if (meta != null) {
            isClass = meta instanceof PyType;
        } else {
            meta = bases.size() == 0 ? PyType.TYPE : bases.get(0).type();
            isClass = true;
        }
        if (isClass) {
            meta = HeapTypes.calculateMetaclass((PyType) meta, bases);
        }
        PyObject prep = Abstract.lookupAttr(meta, PyStr.of("__prepare__"));
        PyObject ns;
        if (prep == null) {
            ns = new PyDict();
        } else {
            ns = Abstract.call(prep, PyTuple.of(name, bases), mkw);
        }
        if (!Ops.isMapping(ns) && Abstract.lookupAttr(ns, PyStr.of("__getitem__")) == null) {
            throw PyErr.format(PyExc.TypeError, "%s.__prepare__() must return a mapping, not %s",
                    isClass ? ((PyType) meta).getName() : "<metaclass>", ns.type().getName());
        }
        PyFrame f = new PyFrame(fn.code, fn.globals, fn.builtins, ns, fn);
        PyObject cell = Eval.run(f);
        if (bases != origBases) {
            Abstract.setItem(ns, PyStr.of("__orig_bases__"), origBases);
        }
        PyObject cls = Abstract.call(meta, PyTuple.of(name, bases, ns), mkw);
        if (cls instanceof PyType && cell instanceof PyCell c) {
            PyObject cellCls = c.ref;
            if (cellCls != cls) {
                if (cellCls == null) {
                    throw PyErr.format(PyExc.RuntimeError,
                            "__class__ not set defining %s as %s. Was __classcell__ propagated to type.__new__?",
                            Abstract.repr(name), Abstract.repr(cls));
                }
                throw PyErr.format(PyExc.TypeError, "__class__ set to %s defining %s as %s",
                        Abstract.repr(cellCls), Abstract.repr(name), Abstract.repr(cls));
            }
        }
        return cls;
    }

    /** {@code update_bases}: PEP 560's {@code __mro_entries__}. */
    private static PyTuple updateBases(PyTuple bases) {
        List<PyObject> out = null;
        for (int i = 0; i < bases.size(); i++) {
            PyObject base = bases.get(i);
            if (base instanceof PyType) {
                if (out != null) {
                    out.add(base);
                }
                continue;
            }
            PyObject meth = Abstract.lookupAttr(base, PyStr.of("__mro_entries__"));
            if (meth == null) {
                if (out != null) {
                    out.add(base);
                }
                continue;
            }
            PyObject entries = Abstract.call(meth, bases);
            if (!(entries instanceof PyTuple et)) {
                throw PyErr.format(PyExc.TypeError, "__mro_entries__ must return a tuple");
            }
            if (out == null) {
                out = new ArrayList<>();
                for (int j = 0; j < i; j++) {
                    out.add(bases.get(j));
                }
            }
            for (int j = 0; j < et.size(); j++) {
                out.add(et.get(j));
            }
        }
        return out == null ? bases : PyTuple.wrap(out.toArray(new PyObject[0]));
    }

    public static PyObject globals() {
        PyFrame f = frame();
        if (f == null) {
            return ThreadState.current().interp.builtinsDict();
        }
        return f.globals;
    }

    public static PyObject locals() {
        PyFrame f = frame();
        if (f == null) {
            return ThreadState.current().interp.builtinsDict();
        }
        return f.localsMapping();
    }

    public static PyObject vars(PyObject obj) {
        if (obj == null) {
            return locals();
        }
        PyObject d = Abstract.lookupAttr(obj, PyStr.of("__dict__"));
        if (d == null) {
            throw PyErr.format(PyExc.TypeError, "vars() argument must have __dict__ attribute");
        }
        return d;
    }

    public static PyObject dir(PyObject obj) {
        PyObject names;
        if (obj == null) {
            PyObject loc = locals();
            names = loc instanceof PyDict d ? PyList.wrap(d.keysArray())
                    : PyList.wrap(Abstract.sequenceToArray(Abstract.callMethod(loc, "keys")));
        } else {
            PyObject meth = obj.type().lookup(PyStr.of("__dir__"));
            if (meth == null) {
                throw PyErr.format(PyExc.TypeError, "object does not provide __dir__");
            }
            names = PyList.wrap(Abstract.sequenceToArray(Abstract.call(meth, obj)));
        }
        Abstract.callMethod(names, "sort");
        return names;
    }

    // PyCF_* compile() flags (Include/cpython/compile.h) and the future features' CO_FUTURE_* bits
    static final int PyCF_SOURCE_IS_UTF8 = 0x0100;
    static final int PyCF_DONT_IMPLY_DEDENT = 0x0200;
    static final int PyCF_ONLY_AST = 0x0400;
    static final int PyCF_IGNORE_COOKIE = 0x0800;
    static final int PyCF_TYPE_COMMENTS = 0x1000;
    static final int PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
    static final int PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;
    static final int PyCF_OPTIMIZED_AST = 0x8000 | PyCF_ONLY_AST;
    /** CO_FUTURE_DIVISION .. CO_FUTURE_ANNOTATIONS: the flags a code object passes on to compile(). */
    static final int PyCF_MASK = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000
            | 0x1000000;
    static final int PyCF_MASK_OBSOLETE = 0x0010; // CO_NESTED
    static final int PyCF_COMPILE_MASK = PyCF_ONLY_AST | PyCF_ALLOW_TOP_LEVEL_AWAIT | PyCF_TYPE_COMMENTS
            | PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT | PyCF_OPTIMIZED_AST;

    /**
     * {@code _Py_SourceAsString}: the source's bytes (str as UTF-8, bytes, bytearray or another buffer);
     * for a str also sets {@code PyCF_IGNORE_COOKIE} in {@code flags[0]}.
     */
    private static byte[] sourceBytes(PyObject source, String fn, String what, int[] flags) {
        byte[] b;
        if (source instanceof PyStr s) {
            flags[0] |= PyCF_IGNORE_COOKIE;
            String js = s.toString();
            if (hasLoneSurrogate(js)) {
                Abstract.callMethod(source, "encode"); // raises CPython's UnicodeEncodeError
            }
            b = js.getBytes(StandardCharsets.UTF_8);
        } else if (source instanceof PyBytes pb) {
            b = pb.bytes();
        } else if (source instanceof PyByteArray || source.type().lookup(PyStr.of("__buffer__")) != null
                || source.getClass() == PyMemoryView.class) {
            b = ((PyBytes) Abstract.call(PyBytes.TYPE, source)).bytes();
        } else {
            throw PyErr.format(PyExc.TypeError, "%s() arg 1 must be a %s object", fn, what);
        }
        for (byte c : b) {
            if (c == 0) {
                throw PyErr.format(PyExc.SyntaxError, "source code string cannot contain null bytes");
            }
        }
        return b;
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** eval() skips the blanks that start its source ({@code while (*str == ' ' || *str == '\t') str++}). */
    private static byte[] stripLeadingBlanks(byte[] b) {
        int i = 0;
        while (i < b.length && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        return i == 0 ? b : java.util.Arrays.copyOfRange(b, i, b.length);
    }

    /** PyMapping_Check: the type has {@code mp_subscript} (lists and tuples too). */
    private static boolean mappingCheck(PyObject o) {
        return o.type().mp_subscript != null;
    }

    /**
     * {@code PyEval_MergeCompilerFlags}: the future features of the calling Python code pass on to the code
     * compile(), exec() and eval() make.
     */
    private static int mergeCompilerFlags(int flags) {
        PyFrame f = frame();
        if (f != null) {
            flags |= f.code.flags & PyCF_MASK;
        }
        return flags;
    }

    private static PyObject run(PyObject source, PyObject globals, PyObject locals, String fn, Compiler.Mode mode) {
        return run(source, globals, locals, fn, mode, PyNone.NONE);
    }

    private static PyObject run(PyObject source, PyObject globals, PyObject locals, String fn, Compiler.Mode mode,
                                PyObject closure) {
        boolean isEval = mode == Compiler.Mode.EVAL;
        boolean noGlobals = globals == null || globals == PyNone.NONE;
        boolean noLocals = locals == null || locals == PyNone.NONE;
        if (isEval) {
            // builtin_eval_impl checks before it looks at the frame
            if (!noLocals && !mappingCheck(locals)) {
                throw PyErr.format(PyExc.TypeError, "locals must be a mapping");
            }
            if (!noGlobals && !(globals instanceof PyDict)) {
                throw PyErr.format(PyExc.TypeError, mappingCheck(globals)
                        ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
            }
        }
        PyFrame caller = frame();
        if (noGlobals) {
            if (caller == null) {
                throw PyErr.format(PyExc.TypeError, isEval
                        ? "eval must be given globals and locals when called without a frame"
                        : "exec must be given globals and locals when called without a frame");
            }
            globals = caller.globals;
            if (noLocals) {
                locals = caller.localsMapping();
            }
        } else if (noLocals) {
            locals = globals;
        }
        if (!(globals instanceof PyDict g)) {
            throw PyErr.format(PyExc.TypeError, "exec() globals must be a dict, not %s", globals.type().getName());
        }
        if (!isEval && !mappingCheck(locals)) {
            throw PyErr.format(PyExc.TypeError, "locals must be a mapping or None, not %s", locals.type().getName());
        }
        if (closure == PyNone.NONE) {
            closure = null;
        }
        PyCode code;
        PyObject[] cells = null;
        if (source instanceof PyCode c) {
            code = c;
            int nfree = code.code.co_freevars.length;
            if (isEval) {
                if (nfree > 0) {
                    throw PyErr.format(PyExc.TypeError,
                            "code object passed to eval() may not contain free variables");
                }
            } else if (nfree == 0) {
                if (closure != null) {
                    throw PyErr.format(PyExc.TypeError, "cannot use a closure with this code object");
                }
            } else {
                boolean ok = closure != null && closure.getClass() == PyTuple.class
                        && ((PyTuple) closure).size() == nfree;
                if (ok) {
                    cells = ((PyTuple) closure).toArray();
                    for (PyObject cell : cells) {
                        ok &= cell instanceof PyCell;
                    }
                }
                if (!ok) {
                    throw PyErr.format(PyExc.TypeError, "code object requires a closure of exactly length %d",
                            nfree);
                }
            }
        } else {
            if (closure != null) {
                throw PyErr.format(PyExc.TypeError, "closure can only be used when source is a code object");
            }
            int[] flags = {PyCF_SOURCE_IS_UTF8};
            byte[] b = sourceBytes(source, fn, "string, bytes or code", flags);
            if (isEval) {
                b = stripLeadingBlanks(b);
            }
            code = Exec.compile(b, "<string>", mode, mergeCompilerFlags(flags[0]), -1);
        }
        return Exec.execCode(code, g, locals, cells);
    }

    public static PyObject exec(PyObject source, PyObject globals, PyObject locals, PyObject closure) {
        run(source, globals, locals, "exec", Compiler.Mode.EXEC, closure);
        return PyNone.NONE;
    }

    public static PyObject eval(PyObject source, PyObject globals, PyObject locals) {
        return run(source, globals, locals, "eval", Compiler.Mode.EVAL);
    }

    public static PyObject compile(PyObject source, PyObject filename, PyObject mode, int flags, int optimize) {
        return compile(source, filename, mode, flags, false, optimize);
    }

    /** {@code builtin_compile_impl}, after Argument Clinic converted filename, mode, flags and optimize. */
    public static PyObject compile(PyObject source, PyObject filename, PyObject mode, int flags,
                                   boolean dontInherit, int optimize) {
        String fn = fsDecode(filename);
        if (!(mode instanceof PyStr ms)) {
            throw PyErr.format(PyExc.TypeError, "compile() argument 'mode' must be str, not %s",
                    mode.type().getName());
        }
        String m = ms.toString();
        if (fn.indexOf('\0') >= 0 || m.indexOf('\0') >= 0) {
            throw PyErr.format(PyExc.ValueError, "embedded null character");
        }
        if ((flags & ~(PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK)) != 0) {
            throw PyErr.format(PyExc.ValueError, "compile(): unrecognised flags");
        }
        if (optimize < -1 || optimize > 2) {
            throw PyErr.format(PyExc.ValueError, "compile(): invalid optimize value");
        }
        int cf = flags | PyCF_SOURCE_IS_UTF8;
        if (!dontInherit) {
            cf = mergeCompilerFlags(cf);
        }
        Compiler.Mode cm = switch (m) {
            case "exec" -> Compiler.Mode.EXEC;
            case "eval" -> Compiler.Mode.EVAL;
            case "single" -> Compiler.Mode.SINGLE;
            case "func_type" -> {
                if ((flags & PyCF_ONLY_AST) == 0) {
                    throw PyErr.format(PyExc.ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
                }
                yield null;
            }
            default -> throw PyErr.format(PyExc.ValueError, (flags & PyCF_ONLY_AST) != 0
                    ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                    : "compile() mode must be 'exec', 'eval' or 'single'");
        };
        if ((flags & PyCF_ONLY_AST) != 0) {
            throw PyErr.format(PyExc.NotImplementedError, "compile() to an AST is not supported yet");
        }
        int[] f = {cf};
        byte[] b = sourceBytes(source, "compile", "string, bytes or AST", f);
        return Exec.compile(b, fn, cm, f[0], optimize);
    }

    /** PyUnicode_FSDecoder, as Argument Clinic applies it to compile()'s filename. */
    private static String fsDecode(PyObject filename) {
        PyObject p = filename;
        if (!(p instanceof PyStr) && !(p instanceof PyBytes)) {
            PyObject m = p.type().lookup(PyStr.of("__fspath__"));
            if (m == null) {
                throw PyErr.format(PyExc.TypeError, "expected str, bytes or os.PathLike object, not %s",
                        p.type().getName());
            }
            p = Abstract.callMethod(filename, "__fspath__");
            if (!(p instanceof PyStr) && !(p instanceof PyBytes)) {
                throw PyErr.format(PyExc.TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                        filename.type().getName(), p.type().getName());
            }
        }
        if (p instanceof PyBytes pb) {
            return new String(pb.bytes(), StandardCharsets.UTF_8);
        }
        return p.toString();
    }
}
