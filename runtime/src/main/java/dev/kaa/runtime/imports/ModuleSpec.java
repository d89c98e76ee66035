package dev.kaa.runtime.imports;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.objects.HasDict;
import dev.kaa.runtime.objects.PyBool;
import dev.kaa.runtime.objects.PyDict;
import dev.kaa.runtime.objects.PyList;
import dev.kaa.runtime.objects.PyNone;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PyType;

import java.nio.file.Path;

/**
 * {@code importlib._bootstrap.ModuleSpec}: what the import system knows about a module before loading it
 * (name, origin file, package search locations), kept as the module's {@code __spec__}. The attributes live
 * in the instance dict as in CPython's pure-Python class; the Java fields are the finder's answer.
 */
@PyClass(name = "ModuleSpec", module = "importlib._bootstrap", doc = "The specification for a module, used for loading.")
public final class ModuleSpec extends PyObject implements HasDict {
    public static final PyType TYPE = PyType.fromSpec(new ModuleSpecTable(), PyType.OBJECT, PyType.TPFLAGS_MANAGED_DICT);

    /** How the module is made. */
    enum Kind { BUILTIN, SOURCE, NAMESPACE }

    final Kind kind;
    /** The module's full name. */
    final String name;
    /** The source file (SOURCE), else null. */
    final Path file;
    private PyDict dict = new PyDict();

    ModuleSpec(Kind kind, String name, Path file, String origin, PyList searchLocations) {
        super(TYPE);
        this.kind = kind;
        this.name = name;
        this.file = file;
        dict.setItem(PyStr.of("name"), PyStr.of(name));
        dict.setItem(PyStr.of("loader"), kind == Kind.SOURCE ? new SourceFileLoader(name, file.toString()) : PyNone.NONE);
        dict.setItem(PyStr.of("origin"), origin == null ? PyNone.NONE : PyStr.of(origin));
        dict.setItem(PyStr.of("loader_state"), PyNone.NONE);
        dict.setItem(PyStr.of("submodule_search_locations"), searchLocations == null ? PyNone.NONE : searchLocations);
        dict.setItem(PyStr.of("_uninitialized_submodules"), new PyList());
        dict.setItem(PyStr.of("_set_fileattr"), PyBool.of(kind == Kind.SOURCE));
        dict.setItem(PyStr.of("_cached"), PyNone.NONE);
    }

    /** The spec of the native module {@code name} (origin 'built-in'), for modules made at start-up. */
    public static ModuleSpec forBuiltin(String name) {
        return new ModuleSpec(Kind.BUILTIN, name, null, "built-in", null);
    }

    /** Whether the module is still executing its body ({@code _initializing}). */
    static boolean isInitializing(PyObject spec) {
        if (spec == null || spec == PyNone.NONE) {
            return false;
        }
        PyObject v = Abstract.lookupAttr(spec, PyStr.of("_initializing"));
        return v != null && Abstract.isTrue(v);
    }

    void setInitializing(boolean v) {
        dict.setItem(PyStr.of("_initializing"), PyBool.of(v));
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    @Override
    public PyDict dictOrNull() {
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        dict = d;
    }

    private PyObject attr(String n) {
        PyObject v = dict.getItem(PyStr.of(n));
        return v == null ? PyNone.NONE : v;
    }

    /** The name of the module's parent package ('' for a top-level module; the module itself for a package). */
    @PyGetter(value = "parent", doc = "The name of the module's parent.")
    PyObject parent() {
        PyObject n = attr("name");
        if (attr("submodule_search_locations") == PyNone.NONE && n instanceof PyStr s) {
            String str = s.toString();
            int dot = str.lastIndexOf('.');
            return PyStr.of(dot < 0 ? "" : str.substring(0, dot));
        }
        return n;
    }

    @PyGetter("has_location")
    PyObject hasLocation() {
        return attr("_set_fileattr");
    }

    @PyGetter("cached")
    PyObject cached() {
        return attr("_cached");
    }

    @PySlot(Slot.tp_repr)
    PyObject repr() {
        StringBuilder b = new StringBuilder("ModuleSpec(name=").append(Abstract.repr(attr("name")))
                .append(", loader=").append(Abstract.repr(attr("loader")));
        PyObject origin = attr("origin");
        if (origin != PyNone.NONE) {
            b.append(", origin=").append(Abstract.repr(origin));
        }
        PyObject locations = attr("submodule_search_locations");
        if (locations != PyNone.NONE) {
            b.append(", submodule_search_locations=").append(Abstract.repr(locations));
        }
        return PyStr.of(b.append(')').toString());
    }
}
