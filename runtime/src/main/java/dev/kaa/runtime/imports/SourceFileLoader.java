package dev.kaa.runtime.imports;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PyMethod;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.objects.PyBool;
import dev.kaa.runtime.objects.PyBytes;
import dev.kaa.runtime.objects.PyExc;
import dev.kaa.runtime.objects.PyNone;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PyType;

import java.nio.file.Path;

/**
 * {@code importlib._bootstrap_external.SourceFileLoader}: the {@code __loader__} (and
 * {@code __spec__.loader}) of a module loaded from a {@code .py} file, and of a script's
 * {@code __main__}. Offers what tools ask a loader for: {@code name}, {@code path},
 * {@code get_filename}, {@code get_source} (used by linecache when the file is gone),
 * {@code get_data}, {@code is_package}.
 */
@PyClass(name = "SourceFileLoader", module = "_frozen_importlib_external", doc = "Concrete implementation of SourceLoader using the file system.")
public final class SourceFileLoader extends PyObject {
    public static final PyType TYPE = PyType.fromSpec(new SourceFileLoaderTable());

    private final PyStr name;
    private final PyStr path;

    public SourceFileLoader(String name, String path) {
        super(TYPE);
        this.name = PyStr.of(name);
        this.path = PyStr.of(path);
    }

    @PyGetter("name")
    PyObject name() {
        return name;
    }

    @PyGetter("path")
    PyObject path() {
        return path;
    }

    private void checkName(PyObject n) {
        if (n != null && n != PyNone.NONE && !Abstract.richCompareBool(n, name, dev.kaa.runtime.slots.CompareOp.EQ)) {
            throw PyErr.newException(PyExc.ImportError, PyStr.of("loader for " + name + " cannot handle " + n));
        }
    }

    @PyMethod(sig = "name=None", doc = "Return the path to the source file as found by the finder.")
    PyObject get_filename(PyObject n) {
        checkName(n);
        return path;
    }

    @PyMethod(sig = "path", doc = "Return the data from path as raw bytes.")
    PyObject get_data(PyObject p) {
        if (!(p instanceof PyStr)) {
            throw PyErr.format(PyExc.TypeError, "expected str, bytes or os.PathLike object, not %s", p.type().getName());
        }
        return new PyBytes(Importer.readSource(Path.of(p.toString())));
    }

    @PyMethod(sig = "fullname", doc = "Concrete implementation of InspectLoader.get_source.")
    PyObject get_source(PyObject n) {
        checkName(n);
        byte[] src = Importer.readSource(Path.of(path.toString()));
        // UTF-8 (PEP 3120's default); a PEP 263 coding declaration is not looked at here yet
        return PyStr.of(dev.kaa.compiler.tokenize.Utf8.decodeReplace(src, 0, src.length));
    }

    @PyMethod(sig = "fullname", doc = "Concrete implementation of InspectLoader.is_package by checking if\n"
            + "the path returned by get_filename has a filename of '__init__.py'.")
    PyObject is_package(PyObject n) {
        String file = Path.of(path.toString()).getFileName().toString();
        String stem = file.contains(".") ? file.substring(0, file.indexOf('.')) : file;
        String tail = n.toString().substring(n.toString().lastIndexOf('.') + 1);
        return PyBool.of(stem.equals("__init__") && !tail.equals("__init__"));
    }
}
