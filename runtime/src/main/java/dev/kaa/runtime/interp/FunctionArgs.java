package dev.kaa.runtime.interp;

import dev.kaa.compiler.bytecode.CodeObject;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.objects.PyCode;
import dev.kaa.runtime.objects.PyDict;
import dev.kaa.runtime.objects.PyExc;
import dev.kaa.runtime.objects.PyFunction;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PyTuple;

import java.util.ArrayList;
import java.util.List;

/**
 * Binding call arguments to a new frame's fast locals: CPython's {@code initialize_locals}, with its
 * checks in its order and its exact TypeError messages.
 */
final class FunctionArgs {
    private FunctionArgs() {
    }

    /** Whether a call with only {@code nargs} positional arguments can copy them straight into the locals. */
    static boolean isSimple(PyCode co, int nargs) {
        return nargs == co.argcount && co.kwonlyargcount == 0
                && (co.flags & (CodeObject.CO_VARARGS | CodeObject.CO_VARKEYWORDS)) == 0;
    }

    static void bind(PyFunction func, PyObject[] locals, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyCode co = func.code;
        int coArgcount = co.argcount;
        int totalArgs = coArgcount + co.kwonlyargcount;
        boolean varargs = (co.flags & CodeObject.CO_VARARGS) != 0;
        PyDict kwdict = null;
        if ((co.flags & CodeObject.CO_VARKEYWORDS) != 0) {
            kwdict = new PyDict();
            locals[totalArgs + (varargs ? 1 : 0)] = kwdict;
        }
        int n = Math.min(nargs, coArgcount);
        System.arraycopy(args, off, locals, 0, n);
        if (varargs) {
            locals[totalArgs] = nargs > n ? PyTuple.of(args, off + n, nargs - n) : PyTuple.EMPTY;
        }
        if (kwnames != null) {
            int nkw = kwnames.size();
            for (int k = 0; k < nkw; k++) {
                PyObject keyword = kwnames.get(k);
                PyObject value = args[off + nargs + k];
                if (!(keyword instanceof PyStr kw)) {
                    throw PyErr.format(PyExc.TypeError, "%s() keywords must be strings", func.qualname);
                }
                int j = findKeyword(co, kw, totalArgs);
                if (j < 0) {
                    if (kwdict == null) {
                        String posonly = co.posonlyargcount > 0 ? posonlyNames(co, kwnames) : "";
                        if (!posonly.isEmpty()) {
                            throw PyErr.format(PyExc.TypeError,
                                    "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                                    func.qualname, posonly);
                        }
                        String suggestion = null;
                        if (totalArgs > co.posonlyargcount) {
                            java.util.List<String> possible = new java.util.ArrayList<>();
                            for (int p = co.posonlyargcount; p < totalArgs; p++) {
                                possible.add(co.localsplusnames[p].toString());
                            }
                            suggestion = dev.kaa.runtime.Suggestions.calculate(possible, kw.toString());
                        }
                        if (suggestion != null) {
                            throw PyErr.format(PyExc.TypeError,
                                    "%s() got an unexpected keyword argument '%s'. Did you mean '%s'?",
                                    func.qualname, kw, suggestion);
                        }
                        throw PyErr.format(PyExc.TypeError, "%s() got an unexpected keyword argument '%s'",
                                func.qualname, kw);
                    }
                    kwdict.setItem(kw, value);
                    continue;
                }
                if (locals[j] != null) {
                    throw PyErr.format(PyExc.TypeError, "%s() got multiple values for argument '%s'",
                            func.qualname, kw);
                }
                locals[j] = value;
            }
        }
        if (nargs > coArgcount && !varargs) {
            throw tooManyPositional(func, nargs, locals);
        }
        if (nargs < coArgcount) {
            PyTuple defaults = func.defaults;
            int defcount = defaults == null ? 0 : defaults.size();
            int m = coArgcount - defcount;
            int missing = 0;
            for (int i = nargs; i < m; i++) {
                if (locals[i] == null) {
                    missing++;
                }
            }
            if (missing > 0) {
                throw missingArguments(func, missing, 0, m, locals, "positional");
            }
            for (int i = Math.max(nargs, m); i < coArgcount; i++) {
                if (locals[i] == null) {
                    locals[i] = defaults.get(i - m);
                }
            }
        }
        if (co.kwonlyargcount > 0) {
            int missing = 0;
            for (int i = coArgcount; i < totalArgs; i++) {
                if (locals[i] != null) {
                    continue;
                }
                PyObject def = func.kwdefaults == null ? null : func.kwdefaults.getItem(co.localsplusnames[i]);
                if (def != null) {
                    locals[i] = def;
                } else {
                    missing++;
                }
            }
            if (missing > 0) {
                throw missingArguments(func, missing, coArgcount, totalArgs, locals, "keyword-only");
            }
        }
    }

    private static int findKeyword(PyCode co, PyStr kw, int totalArgs) {
        for (int j = co.posonlyargcount; j < totalArgs; j++) {
            if (co.localsplusnames[j] == kw) {
                return j;
            }
        }
        for (int j = co.posonlyargcount; j < totalArgs; j++) {
            if (co.localsplusnames[j].equals(kw)) {
                return j;
            }
        }
        return -1;
    }

    private static String posonlyNames(PyCode co, PyTuple kwnames) {
        List<String> names = new ArrayList<>();
        for (int j = 0; j < co.posonlyargcount; j++) {
            PyStr name = co.localsplusnames[j];
            for (int k = 0; k < kwnames.size(); k++) {
                if (name.equals(kwnames.get(k))) {
                    names.add(name.toString());
                    break;
                }
            }
        }
        return String.join(", ", names);
    }

    private static RuntimeException tooManyPositional(PyFunction func, int given, PyObject[] locals) {
        PyCode co = func.code;
        int kwonlyGiven = 0;
        for (int i = co.argcount; i < co.argcount + co.kwonlyargcount; i++) {
            if (locals[i] != null) {
                kwonlyGiven++;
            }
        }
        int defcount = func.defaults == null ? 0 : func.defaults.size();
        boolean plural;
        String sig;
        if (defcount > 0) {
            plural = true;
            sig = "from " + (co.argcount - defcount) + " to " + co.argcount;
        } else {
            plural = co.argcount != 1;
            sig = Integer.toString(co.argcount);
        }
        String kwonlySig = kwonlyGiven == 0 ? "" : " positional argument" + (given != 1 ? "s" : "") + " (and "
                + kwonlyGiven + " keyword-only argument" + (kwonlyGiven != 1 ? "s" : "") + ")";
        return PyErr.format(PyExc.TypeError, "%s() takes %s positional argument%s but %d%s %s given",
                func.qualname, sig, plural ? "s" : "", given, kwonlySig,
                given == 1 && kwonlyGiven == 0 ? "was" : "were");
    }

    private static RuntimeException missingArguments(PyFunction func, int missing, int start, int end,
                                                     PyObject[] locals, String kind) {
        PyCode co = func.code;
        List<String> names = new ArrayList<>();
        for (int i = start; i < end; i++) {
            if (locals[i] == null) {
                if (kind.equals("keyword-only") && func.kwdefaults != null
                        && func.kwdefaults.getItem(co.localsplusnames[i]) != null) {
                    continue;
                }
                names.add("'" + co.localsplusnames[i] + "'");
            }
        }
        String list;
        int len = names.size();
        if (len == 1) {
            list = names.get(0);
        } else if (len == 2) {
            list = names.get(0) + " and " + names.get(1);
        } else {
            list = String.join(", ", names.subList(0, len - 1)) + ", and " + names.get(len - 1);
        }
        return PyErr.format(PyExc.TypeError, "%s() missing %d required %s argument%s: %s",
                func.qualname, missing, kind, missing == 1 ? "" : "s", list);
    }
}
