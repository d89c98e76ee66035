package dev.kaa.runtime.binding;

import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyException;
import dev.kaa.runtime.Suggestions;
import dev.kaa.runtime.objects.PyDict;
import dev.kaa.runtime.objects.PyExc;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PyTuple;

import java.util.ArrayList;
import java.util.List;

/**
 * A parameter list and the one code path that binds vectorcall arguments to it, with CPython 3.13's
 * exact messages. Two flavours:
 *
 * <ul>
 *   <li>{@link #unpack}: Argument Clinic's keyword parser ({@code _PyArg_UnpackKeywords} and
 *       {@code ..WithVararg} in {@code Python/getargs.c}), used by generated tables for builtins with
 *       keyword parameters. Messages name the function as Clinic does ({@code "split() takes at most 2
 *       arguments (3 given)"}, {@code "split() got an unexpected keyword argument 'x'"}).</li>
 *   <li>{@link #bindPython}: the binding of a Python function's frame ({@code initialize_locals} in
 *       {@code Python/ceval.c}), with defaults and keyword-only defaults supplied by the function object:
 *       {@code "f() missing 1 required positional argument: 'a'"}, {@code "f() takes 1 positional argument
 *       but 2 were given"}.</li>
 * </ul>
 *
 * <p>Generated code calls {@code unpack} only off its fast path (no keywords and a positional count in
 * range), so the common call allocates nothing here.
 */
public final class ArgSpec {
    /** Which CPython convention's checks and messages apply. */
    public enum Style {
        /** Clinic's keyword parser. */
        KEYWORDS,
        /**
         * A constructor ({@code tp_new}/{@code tp_init} via vectorcall): without keywords the positional
         * count is checked first with {@link Args#checkPositional} ("str expected at most 3 arguments, got
         * 4"), with keywords as {@link #KEYWORDS}.
         */
        NEW
    }

    public final Style style;
    /** The name in messages: Clinic's {@code fname} ("split"), or the function's qualname for Python. */
    public final String fname;
    /** The named parameters in order: positional-only, positional-or-keyword, keyword-only. */
    private final String[] names;
    /** The names as str, made on first use: tables are built inside type initializers, before str exists. */
    private PyStr[] pyNames;
    /** Number of positional-only parameters. */
    public final int posonly;
    /** Number of parameters that can be given by position ({@code co_argcount}). */
    public final int maxpos;
    /** Number of leading positional parameters without a default. */
    public final int minpos;
    private final boolean[] required;
    public final boolean varargs;
    public final boolean varkw;
    /** Length of the array {@link #unpack} returns: the named parameters, then *args, then **kwargs. */
    public final int size;

    /**
     * @param names    the named parameters (positional-only, positional-or-keyword, keyword-only)
     * @param posonly  how many of them are positional-only
     * @param maxpos   how many can be given by position
     * @param required which have no default
     */
    public ArgSpec(Style style, String fname, String[] names, int posonly, int maxpos, boolean[] required,
                   boolean varargs, boolean varkw) {
        this.style = style;
        this.fname = fname;
        this.names = names;
        this.posonly = posonly;
        this.maxpos = maxpos;
        this.required = required;
        int m = 0;
        while (m < maxpos && required[m]) {
            m++;
        }
        this.minpos = m;
        this.varargs = varargs;
        this.varkw = varkw;
        this.size = names.length + (varargs ? 1 : 0) + (varkw ? 1 : 0);
    }

    private PyStr[] names() {
        PyStr[] p = pyNames;
        if (p == null) {
            p = new PyStr[names.length];
            for (int i = 0; i < names.length; i++) {
                p[i] = PyStr.shared(names[i]);
            }
            pyNames = p;
        }
        return p;
    }

    /**
     * A spec for a Python function whose parameter names are the code object's own (interned) strs, so
     * keyword matching succeeds by identity.
     */
    public static ArgSpec python(String qualname, PyStr[] names, int posonly, int argcount, boolean varargs,
                                 boolean varkw) {
        String[] js = new String[names.length];
        boolean[] req = new boolean[names.length];
        for (int i = 0; i < names.length; i++) {
            js[i] = names[i].toString();
        }
        ArgSpec a = new ArgSpec(Style.KEYWORDS, qualname, js, posonly, argcount, req, varargs, varkw);
        a.pyNames = names.clone();
        return a;
    }

    /** Index of the {@code *args} tuple in {@link #unpack}'s result. */
    public int varargsIndex() {
        return names.length;
    }

    /** Index of the {@code **kwargs} dict in {@link #unpack}'s result. */
    public int varkwIndex() {
        return names.length + (varargs ? 1 : 0);
    }

    /** The parameter names, for {@code __text_signature__} and suggestions. */
    public String name(int i) {
        return names[i];
    }

    // ---------------------------------------------------------------------------------------------
    // Argument Clinic's keyword parser

    /**
     * Binds the arguments to the parameters: element {@code i} of the result is the value of named
     * parameter {@code i} or null when it was not given (the caller applies the default), followed by the
     * {@code *args} tuple and the {@code **kwargs} dict when declared.
     */
    public PyObject[] unpack(PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyStr[] pyNames = names();
        int nkw = kwnames == null ? 0 : kwnames.size();
        int total = names.length;
        if (style == Style.NEW && nkw == 0 && !varargs && (nargs < minpos || nargs > maxpos)) {
            throw Args.checkPositional(fname, nargs, minpos, maxpos);
        }
        if (!varargs && varkw && nargs > maxpos) {
            // Builtins taking **kwargs (dict(), dict.update) count positionals as _PyArg_CheckPositional does:
            // "update expected at most 1 argument, got 4"; the keywords go to **kwargs whatever their number.
            throw Args.checkPositional(fname, nargs, minpos, maxpos);
        }
        if (!varargs) {
            if (!varkw && nargs + nkw > total) {
                // "keyword " when nargs == 0 avoids a wrong message in special cases (bpo-31229).
                throw PyErr.format(PyExc.TypeError, "%s() takes at most %d %sargument%s (%d given)", fname,
                        total, nargs == 0 ? "keyword " : "", total == 1 ? "" : "s", nargs + nkw);
            }
            if (nargs > maxpos) {
                if (maxpos == 0) {
                    throw PyErr.format(PyExc.TypeError, "%s() takes no positional arguments", fname);
                }
                throw PyErr.format(PyExc.TypeError, "%s() takes %s %d positional argument%s (%d given)", fname,
                        minpos < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", nargs);
            }
        }
        int minposonly = Math.min(posonly, minpos);
        if (nargs < minposonly) {
            throw PyErr.format(PyExc.TypeError, "%s() takes %s %d positional argument%s (%d given)", fname,
                    minposonly < maxpos ? "at least" : "exactly", minposonly, minposonly == 1 ? "" : "s", nargs);
        }
        PyObject[] buf = new PyObject[size];
        int npos = Math.min(nargs, maxpos);
        System.arraycopy(args, off, buf, 0, npos);
        if (varargs) {
            buf[varargsIndex()] = Args.tail(args, off, nargs, maxpos);
        }
        int kwLeft = nkw;
        int kwOff = off + nargs;
        for (int i = Math.max(npos, posonly); i < total; i++) {
            PyObject v = null;
            if (kwLeft > 0) {
                v = findKeyword(kwnames, args, kwOff, pyNames[i]);
            }
            if (v != null) {
                buf[i] = v;
                kwLeft--;
            } else if (required[i]) {
                throw PyErr.format(PyExc.TypeError, "%s() missing required argument '%s' (pos %d)", fname,
                        names[i], i + 1);
            }
        }
        if (kwLeft > 0) {
            if (varkw) {
                buf[varkwIndex()] = extraKeywords(kwnames, args, kwOff);
            } else {
                for (int i = posonly; i < npos; i++) {
                    if (findKeyword(kwnames, args, kwOff, pyNames[i]) != null) {
                        throw PyErr.format(PyExc.TypeError, "argument for %s() given by name ('%s') and position (%d)",
                                fname, names[i], i + 1);
                    }
                }
                throw unexpectedKeyword(kwnames);
            }
        } else if (varkw) {
            buf[varkwIndex()] = new PyDict();
        }
        return buf;
    }

    private static PyObject findKeyword(PyTuple kwnames, PyObject[] args, int kwOff, PyStr key) {
        int n = kwnames.size();
        for (int i = 0; i < n; i++) {
            if (kwnames.get(i) == key) {
                return args[kwOff + i];
            }
        }
        for (int i = 0; i < n; i++) {
            if (kwnames.get(i) instanceof PyStr s && s.equals(key)) {
                return args[kwOff + i];
            }
        }
        return null;
    }

    /** The keywords that match no named parameter, for a builtin's {@code **kwargs}. */
    private PyDict extraKeywords(PyTuple kwnames, PyObject[] args, int kwOff) {
        PyStr[] pyNames = names();
        PyDict d = new PyDict();
        for (int k = 0; k < kwnames.size(); k++) {
            PyObject key = kwnames.get(k);
            boolean named = false;
            for (int i = posonly; i < names.length; i++) {
                if (key instanceof PyStr s && s.equals(pyNames[i])) {
                    named = true;
                    break;
                }
            }
            if (!named) {
                d.setItem(key, args[kwOff + k]);
            }
        }
        return d;
    }

    /** getargs.c's {@code error_unexpected_keyword_arg}, with 3.13's "Did you mean" suggestion. */
    private PyException unexpectedKeyword(PyTuple kwnames) {
        List<String> kwlist = List.of(names).subList(posonly, names.length);
        for (int k = 0; k < kwnames.size(); k++) {
            PyObject key = kwnames.get(k);
            if (!(key instanceof PyStr s)) {
                return PyErr.format(PyExc.TypeError, "keywords must be strings");
            }
            String kw = s.toString();
            if (!kwlist.contains(kw)) {
                String suggestion = Suggestions.calculate(kwlist, kw);
                if (suggestion != null) {
                    return PyErr.format(PyExc.TypeError, "%s() got an unexpected keyword argument '%s'. Did you mean '%s'?",
                            fname, kw, suggestion);
                }
                return PyErr.format(PyExc.TypeError, "%s() got an unexpected keyword argument '%s'", fname, kw);
            }
        }
        return PyErr.format(PyExc.TypeError, "invalid keyword argument for %s()", fname);
    }

    // ---------------------------------------------------------------------------------------------
    // Python functions

    /**
     * Binds a call to a Python function's parameters (ceval.c's {@code initialize_locals}): fills
     * {@code locals[0 .. size)} in CPython's {@code localsplus} order (positional parameters, keyword-only
     * parameters, {@code *args} tuple, {@code **kwargs} dict), taking missing values from
     * {@code defaults} (the last {@code len(defaults)} positional parameters) and {@code kwdefaults}.
     * {@link #fname} is the function's {@code __qualname__}.
     */
    public void bindPython(PyObject[] args, int off, int nargs, PyTuple kwnames, PyTuple defaults, PyDict kwdefaults,
                           PyObject[] locals) {
        PyStr[] pyNames = names();
        int total = names.length;
        PyDict kwdict = null;
        if (varkw) {
            kwdict = new PyDict();
            locals[varkwIndex()] = kwdict;
        }
        int n = Math.min(nargs, maxpos);
        System.arraycopy(args, off, locals, 0, n);
        if (varargs) {
            locals[varargsIndex()] = Args.tail(args, off, nargs, maxpos);
        }
        if (kwnames != null) {
            int kwcount = kwnames.size();
            int kwOff = off + nargs;
            for (int k = 0; k < kwcount; k++) {
                PyObject keyword = kwnames.get(k);
                PyObject value = args[kwOff + k];
                if (!(keyword instanceof PyStr kws)) {
                    throw PyErr.format(PyExc.TypeError, "%s() keywords must be strings", fname);
                }
                int j = -1;
                for (int i = posonly; i < total; i++) {
                    if (pyNames[i] == keyword) {
                        j = i;
                        break;
                    }
                }
                if (j < 0) {
                    for (int i = posonly; i < total; i++) {
                        if (kws.equals(pyNames[i])) {
                            j = i;
                            break;
                        }
                    }
                }
                if (j < 0) {
                    if (kwdict == null) {
                        if (posonly > 0) {
                            positionalOnlyPassedAsKeyword(kwnames);
                        }
                        String suggestion = total > posonly
                                ? Suggestions.calculate(List.of(names).subList(posonly, total), kws.toString())
                                : null;
                        if (suggestion != null) {
                            throw PyErr.format(PyExc.TypeError,
                                    "%s() got an unexpected keyword argument '%s'. Did you mean '%s'?", fname, kws,
                                    suggestion);
                        }
                        throw PyErr.format(PyExc.TypeError, "%s() got an unexpected keyword argument '%s'", fname, kws);
                    }
                    kwdict.setItem(keyword, value);
                    continue;
                }
                if (locals[j] != null) {
                    throw PyErr.format(PyExc.TypeError, "%s() got multiple values for argument '%s'", fname, kws);
                }
                locals[j] = value;
            }
        }
        if (nargs > maxpos && !varargs) {
            throw tooManyPositional(nargs, defaults, locals);
        }
        if (nargs < maxpos) {
            int defcount = defaults == null ? 0 : defaults.size();
            int m = maxpos - defcount;
            List<String> missing = null;
            for (int i = nargs; i < m; i++) {
                if (locals[i] == null) {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(names[i]);
                }
            }
            if (missing != null) {
                throw missingArguments("positional", missing);
            }
            for (int i = Math.max(n - m, 0); i < defcount; i++) {
                if (locals[m + i] == null) {
                    locals[m + i] = defaults.get(i);
                }
            }
        }
        if (total > maxpos) {
            List<String> missing = null;
            for (int i = maxpos; i < total; i++) {
                if (locals[i] != null) {
                    continue;
                }
                if (kwdefaults != null) {
                    PyObject def = kwdefaults.getItem(pyNames[i]);
                    if (def != null) {
                        locals[i] = def;
                        continue;
                    }
                }
                if (missing == null) {
                    missing = new ArrayList<>();
                }
                missing.add(names[i]);
            }
            if (missing != null) {
                throw missingArguments("keyword-only", missing);
            }
        }
    }

    private void positionalOnlyPassedAsKeyword(PyTuple kwnames) {
        PyStr[] pyNames = names();
        List<String> conflicts = new ArrayList<>();
        for (int k = 0; k < posonly; k++) {
            for (int k2 = 0; k2 < kwnames.size(); k2++) {
                PyObject kwname = kwnames.get(k2);
                if (kwname == pyNames[k] || Abstract.richCompareBool(pyNames[k], kwname, dev.kaa.runtime.slots.CompareOp.EQ)) {
                    conflicts.add(kwname.toString());
                }
            }
        }
        if (!conflicts.isEmpty()) {
            throw PyErr.format(PyExc.TypeError,
                    "%s() got some positional-only arguments passed as keyword arguments: '%s'", fname,
                    String.join(", ", conflicts));
        }
    }

    private PyException tooManyPositional(int given, PyTuple defaults, PyObject[] locals) {
        int kwonlyGiven = 0;
        for (int i = maxpos; i < names.length; i++) {
            if (locals[i] != null) {
                kwonlyGiven++;
            }
        }
        int defcount = defaults == null ? 0 : defaults.size();
        String sig;
        boolean plural;
        if (defcount != 0) {
            plural = true;
            sig = "from " + (maxpos - defcount) + " to " + maxpos;
        } else {
            plural = maxpos != 1;
            sig = Integer.toString(maxpos);
        }
        String kwonlySig = "";
        if (kwonlyGiven != 0) {
            kwonlySig = String.format(" positional argument%s (and %d keyword-only argument%s)",
                    given != 1 ? "s" : "", kwonlyGiven, kwonlyGiven != 1 ? "s" : "");
        }
        return PyErr.format(PyExc.TypeError, "%s() takes %s positional argument%s but %d%s %s given", fname, sig,
                plural ? "s" : "", given, kwonlySig, given == 1 && kwonlyGiven == 0 ? "was" : "were");
    }

    /** ceval.c's {@code format_missing}: names as repr(), joined "'a' and 'b'" or "'a', 'b', and 'c'". */
    private PyException missingArguments(String kind, List<String> missing) {
        List<String> reprs = new ArrayList<>();
        for (String m : missing) {
            reprs.add(Abstract.repr(PyStr.of(m)).toString());
        }
        int len = reprs.size();
        String nameStr;
        if (len == 1) {
            nameStr = reprs.get(0);
        } else if (len == 2) {
            nameStr = reprs.get(0) + " and " + reprs.get(1);
        } else {
            nameStr = String.join(", ", reprs.subList(0, len - 2)) + ", " + reprs.get(len - 2) + ", and "
                    + reprs.get(len - 1);
        }
        return PyErr.format(PyExc.TypeError, "%s() missing %d required %s argument%s: %s", fname, len, kind,
                len == 1 ? "" : "s", nameStr);
    }
}
