package dev.kaa.runtime.objects;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyException;
import dev.kaa.runtime.ThreadState;

/**
 * The objects CPython's {@code site} module adds to builtins ({@code Lib/_sitebuiltins.py}): {@code exit}
 * and {@code quit} ({@code Quitter}), {@code copyright}, {@code credits}, {@code license}
 * ({@code _Printer}) and {@code help} ({@code _Helper}). One Java class, three Python types.
 * {@link #install} adds them; the command line removes them again under {@code -S}.
 */
@PyClass(name = "Quitter", module = "_sitebuiltins", basetype = false)
public final class PySiteBuiltin extends PyObject {
    public static final PyType QUITTER = PyType.fromSpec(new PySiteBuiltinTable());
    public static final PyType PRINTER = PyType.fromSpec(new PySiteBuiltinTable().renamed("_Printer",
            "interactive prompt objects for printing the license text, a list of\n    contributors and the copyright notice."));
    public static final PyType HELPER = PyType.fromSpec(new PySiteBuiltinTable().renamed("_Helper",
            "Define the builtin 'help'.\n\n    This is a wrapper around pydoc.help that provides a helpful message\n"
                    + "    when 'help' is typed at the Python interactive prompt.\n\n"
                    + "    Calling help() at the Python prompt starts an interactive help session.\n"
                    + "    Calling help(thing) prints help for the python object 'thing'.\n    "));

    private static final String EOF = "Ctrl-D (i.e. EOF)";
    private final String name;
    private final String text;

    private PySiteBuiltin(PyType type, String name, String text) {
        super(type);
        this.name = name;
        this.text = text;
    }

    /** Adds exit, quit, copyright, credits, license and help to the builtins module {@code m}. */
    public static void install(PyModule m, String copyright) {
        m.add("exit", new PySiteBuiltin(QUITTER, "exit", null));
        m.add("quit", new PySiteBuiltin(QUITTER, "quit", null));
        m.add("copyright", new PySiteBuiltin(PRINTER, "copyright", copyright));
        m.add("credits", new PySiteBuiltin(PRINTER, "credits",
                "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
                        + "    for supporting Python development.  See www.python.org for more information."));
        m.add("license", new PySiteBuiltin(PRINTER, "license", "See https://www.python.org/psf/license/"));
        m.add("help", new PySiteBuiltin(HELPER, "help", null));
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        if (type() == QUITTER) {
            return PyStr.of("Use " + name + "() or " + EOF + " to exit");
        }
        if (type() == HELPER) {
            return PyStr.of("Type help() for interactive help, or help(object) for help about object.");
        }
        return PyStr.of(name.equals("license") ? "Type license() to see the full license text" : text);
    }

    @PySlot(Slot.tp_call)
    static PyObject call(PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PySiteBuiltin s = (PySiteBuiltin) self;
        int nkw = kwnames == null ? 0 : kwnames.size();
        if (s.type() == QUITTER) {
            if (nargs + nkw > 1) {
                throw PyErr.format(PyExc.TypeError, "Quitter.__call__() takes from 1 to 2 positional arguments but %d were given",
                        nargs + 1);
            }
            PyObject code = nargs + nkw == 1 ? args[off] : PyNone.NONE;
            // Shells like IDLE catch the SystemExit, but listen when their stdin wants to close.
            PyObject stdin = ThreadState.current().interp.sys.getDict().getItem(PyStr.of("stdin"));
            if (stdin != null && stdin != PyNone.NONE) {
                try {
                    Abstract.callMethod(stdin, "close");
                } catch (PyException e) {
                    // ignored, as in CPython
                }
            }
            throw PyErr.newException(PyExc.SystemExit, code);
        }
        if (s.type() == PRINTER) {
            if (nargs + nkw > 0) {
                throw PyErr.format(PyExc.TypeError, "_Printer.__call__() takes 1 positional argument but %d were given",
                        nargs + 1);
            }
            PyObject out = ThreadState.current().interp.sys.getDict().getItem(PyStr.of("stdout"));
            if (out != null && out != PyNone.NONE) {
                Abstract.callMethod(out, "write", PyStr.of(s.text + "\n"));
            }
            return PyNone.NONE;
        }
        // help(obj): the object's documentation; the interactive help needs pydoc.
        if (nargs == 0) {
            throw PyErr.format(PyExc.NotImplementedError, "interactive help is not available yet");
        }
        PyObject doc = Abstract.lookupAttr(args[off], Id.__doc__);
        PyObject out = ThreadState.current().interp.sys.getDict().getItem(PyStr.of("stdout"));
        if (out != null && out != PyNone.NONE) {
            Abstract.callMethod(out, "write", PyStr.of((doc instanceof PyStr ? doc.toString() : "") + "\n"));
        }
        return PyNone.NONE;
    }

    @PyGetter("name")
    PyObject getName() {
        return PyStr.of(name);
    }

    @PyGetter("eof")
    PyObject getEof() {
        if (type() != QUITTER) {
            throw Abstract.attributeError(this, PyStr.of("eof"),
                    String.format("'%s' object has no attribute 'eof'", type().getName()));
        }
        return PyStr.of(EOF);
    }
}
