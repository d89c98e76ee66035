package dev.kaa.runtime.interp;

import dev.kaa.compiler.Compiler;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.ThreadState;
import dev.kaa.runtime.objects.HeapTypes;
import dev.kaa.runtime.objects.PyBytes;
import dev.kaa.runtime.objects.PyCell;
import dev.kaa.runtime.objects.PyCode;
import dev.kaa.runtime.objects.PyDict;
import dev.kaa.runtime.objects.PyExc;
import dev.kaa.runtime.objects.PyFrame;
import dev.kaa.runtime.objects.PyFunction;
import dev.kaa.runtime.objects.PyList;
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

    private static byte[] sourceBytes(PyObject source, String fn, boolean stripLeading) {
        byte[] b;
        if (source instanceof PyStr s) {
            b = s.toString().getBytes(StandardCharsets.UTF_8);
        } else if (source instanceof PyBytes pb) {
            b = pb.bytes();
        } else {
            throw PyErr.format(PyExc.TypeError, "%s() arg 1 must be a string, bytes or code object", fn);
        }
        for (byte c : b) {
            if (c == 0) {
                throw PyErr.format(PyExc.SyntaxError, "source code string cannot contain null bytes");
            }
        }
        if (stripLeading) {
            int i = 0;
            while (i < b.length && (b[i] == ' ' || b[i] == '\t')) {
                i++;
            }
            if (i > 0) {
                b = java.util.Arrays.copyOfRange(b, i, b.length);
            }
        }
        return b;
    }

    private static PyObject run(PyObject source, PyObject globals, PyObject locals, String fn, Compiler.Mode mode) {
        return run(source, globals, locals, fn, mode, PyNone.NONE);
    }

    private static PyObject run(PyObject source, PyObject globals, PyObject locals, String fn, Compiler.Mode mode,
                                PyObject closure) {
        PyFrame caller = frame();
        PyDict g;
        if (globals == null || globals == PyNone.NONE) {
            if (caller == null) {
                throw PyErr.format(PyExc.SystemError, "%s() with no frame", fn);
            }
            g = caller.globals;
            if (locals == null || locals == PyNone.NONE) {
                locals = caller.localsMapping();
            }
        } else if (globals instanceof PyDict gd) {
            g = gd;
            if (locals == null || locals == PyNone.NONE) {
                locals = g;
            }
        } else {
            throw PyErr.format(PyExc.TypeError, mode == Compiler.Mode.EVAL
                    ? "globals must be a real dict; try eval(expr, {}, mapping)"
                    : "exec() globals must be a dict, not %s", globals.type().getName());
        }
        if (!Ops.isMapping(locals) && Abstract.lookupAttr(locals, PyStr.of("__getitem__")) == null) {
            throw PyErr.format(PyExc.TypeError, mode == Compiler.Mode.EVAL ? "locals must be a mapping"
                    : "locals must be a mapping or None, not %s", locals.type().getName());
        }
        PyCode code;
        if (source instanceof PyCode c) {
            code = c;
        } else {
            code = Exec.compile(sourceBytes(source, fn, mode == Compiler.Mode.EVAL), "<string>", mode, 0, -1);
        }
        int nfree = code.code.co_freevars.length;
        PyObject[] cells = null;
        if (closure != null && closure != PyNone.NONE) {
            if (nfree == 0) {
                throw PyErr.format(PyExc.TypeError, "cannot use a closure with this code object");
            }
            if (!(closure instanceof PyTuple ct) || ct.size() != nfree) {
                throw PyErr.format(PyExc.TypeError, "code object requires a closure of exactly length %d", nfree);
            }
            cells = ct.toArray();
            for (PyObject c : cells) {
                if (!(c instanceof PyCell)) {
                    throw PyErr.format(PyExc.TypeError, "closure can only contain cells");
                }
            }
        } else if (nfree > 0) {
            throw PyErr.format(PyExc.TypeError, mode == Compiler.Mode.EVAL
                    ? "code object passed to eval() may not contain free variables"
                    : "code object requires a closure of exactly length %d", nfree);
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
        String m = mode instanceof PyStr ms ? ms.toString() : "";
        Compiler.Mode cm = switch (m) {
            case "exec" -> Compiler.Mode.EXEC;
            case "eval" -> Compiler.Mode.EVAL;
            case "single" -> Compiler.Mode.SINGLE;
            default -> throw PyErr.format(PyExc.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
        };
        if (source instanceof PyCode) {
            return source;
        }
        String fn = filename instanceof PyStr fs ? fs.toString()
                : filename instanceof PyBytes fb ? new String(fb.bytes(), StandardCharsets.UTF_8)
                : Abstract.str(filename).toString();
        return Exec.compile(sourceBytes(source, "compile", false), fn, cm, flags,
                optimize < 0 ? 0 : optimize);
    }
}
