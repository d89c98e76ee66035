package dev.kaa.runtime.imports;

import dev.kaa.compiler.Compiler;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyErr;
import dev.kaa.runtime.PyException;
import dev.kaa.runtime.ThreadState;
import dev.kaa.runtime.interp.Exec;
import dev.kaa.runtime.objects.PyCode;
import dev.kaa.runtime.objects.PyDict;
import dev.kaa.runtime.objects.PyExc;
import dev.kaa.runtime.objects.PyInt;
import dev.kaa.runtime.objects.PyList;
import dev.kaa.runtime.objects.PyModule;
import dev.kaa.runtime.objects.PyNone;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PyTuple;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The import system: {@code __import__} and {@code IMPORT_FROM} with the semantics of CPython 3.13's
 * {@code PyImport_ImportModuleLevelObject} (Python/import.c) and {@code importlib._bootstrap}
 * ({@code _find_and_load}, {@code _handle_fromlist}, {@code _load_unlocked}), written in Java:
 * <ol>
 *   <li>{@code sys.modules}: a module found there (and not still initializing) is the answer — the fast path;</li>
 *   <li>native modules ({@link NativeModules}, CPython's {@code BuiltinImporter}), for top-level names;</li>
 *   <li>{@code sys.path} for a top-level name, the parent package's {@code __path__} for a submodule:
 *       in each directory {@code name/__init__.py} (a package), then {@code name.py}; directories
 *       {@code name/} without {@code __init__.py} make a namespace package when nothing else is found.</li>
 * </ol>
 * A loaded module gets {@code __name__ __file__ __package__ __spec__ __path__ __cached__} (loader None);
 * its body is compiled with {@link Exec#compile} and run with {@link Exec#execCode}, registered in
 * {@code sys.modules} while it runs and removed again if it fails. The error messages are CPython's.
 *
 * <p>Not yet: {@code sys.meta_path}/{@code sys.path_hooks}, zip files, {@code .pyc} caching, per-module
 * import locks for concurrent imports of one module from several threads.
 */
public final class Importer {
    private Importer() {
    }

    // Shared by all interpreters: PyStr.shared never caches a hash (each interpreter has its own secret).
    private static final PyStr SPEC = PyStr.shared("__spec__");
    private static final PyStr PATH = PyStr.shared("__path__");
    private static final PyStr NAME = PyStr.shared("__name__");
    private static final PyStr PACKAGE = PyStr.shared("__package__");
    private static final PyStr FILE = PyStr.shared("__file__");
    private static final PyStr ALL = PyStr.shared("__all__");

    /**
     * {@code builtins.__import__(name, globals, locals, fromlist, level)} and the {@code IMPORT_NAME}
     * instruction ({@code PyImport_ImportModuleLevelObject}): imports {@code name} (relative to the package
     * of {@code globals} when {@code level > 0}) and returns the top-level package, or the module itself
     * when {@code fromlist} is non-empty.
     */
    public static PyObject importModule(PyObject name, PyObject globals, PyObject fromlist, int level) {
        if (!(name instanceof PyStr nameStr)) {
            throw PyErr.format(PyExc.TypeError, "module name must be a string");
        }
        if (level < 0) {
            throw PyErr.format(PyExc.ValueError, "level must be >= 0");
        }
        ThreadState ts = ThreadState.current();
        Interpreter interp = ts.interp;
        String n = nameStr.toString();
        String absName;
        if (level > 0) {
            absName = resolveName(n, globals, level);
        } else {
            if (n.isEmpty()) {
                throw PyErr.format(PyExc.ValueError, "Empty module name");
            }
            absName = n;
        }
        PyObject mod = getModule(interp, level > 0 ? PyStr.of(absName) : nameStr);
        if (mod == null || mod == PyNone.NONE || isInitializing(mod)) {
            mod = findAndLoad(interp, absName);
        }
        boolean hasFrom = fromlist != null && fromlist != PyNone.NONE && Abstract.isTrue(fromlist);
        if (!hasFrom) {
            if (level == 0 || !n.isEmpty()) {
                int dot = n.indexOf('.');
                if (dot < 0) {
                    return mod;
                }
                if (level == 0) {
                    return importModule(PyStr.of(n.substring(0, dot)), null, null, 0);
                }
                int cutOff = n.length() - dot;
                String toReturn = absName.substring(0, absName.length() - cutOff);
                PyObject m = getModule(interp, PyStr.of(toReturn));
                if (m == null) {
                    throw PyErr.format(PyExc.KeyError, "'%s' not in sys.modules as expected", toReturn);
                }
                return m;
            }
            return mod;
        }
        if (Abstract.lookupAttr(mod, PATH) != null) {
            return handleFromlist(interp, mod, fromlist, false);
        }
        return mod;
    }

    /** {@code importlib.import_module(name)} for an absolute name: the module itself (not its top package). */
    public static PyObject importName(String name) {
        Interpreter interp = ThreadState.current().interp;
        PyObject mod = getModule(interp, PyStr.of(name));
        if (mod == null || mod == PyNone.NONE || isInitializing(mod)) {
            mod = findAndLoad(interp, name);
        }
        return mod;
    }

    /**
     * {@code IMPORT_FROM} ({@code _PyEval_ImportFrom}): {@code getattr(module, name)}, else the submodule
     * {@code module.__name__ + "." + name} from {@code sys.modules}, else CPython's ImportError
     * ("cannot import name 'x' from 'm' (path)", with the circular-import wording while m initializes).
     */
    public static PyObject importFrom(PyObject module, PyStr name) {
        PyObject x = Abstract.lookupAttr(module, name);
        if (x != null) {
            return x;
        }
        Interpreter interp = ThreadState.current().interp;
        PyObject pkgname = Abstract.lookupAttr(module, NAME);
        if (!(pkgname instanceof PyStr)) {
            throw importError(PyStr.of("cannot import name '" + name + "'"), PyNone.NONE, PyNone.NONE, name);
        }
        PyObject sub = getModule(interp, PyStr.of(pkgname + "." + name));
        if (sub != null && sub != PyNone.NONE) {
            return sub;
        }
        PyObject pkgpath = Abstract.lookupAttr(module, FILE);
        String msg;
        if (!(pkgpath instanceof PyStr)) {
            pkgpath = PyNone.NONE;
            msg = "cannot import name " + Abstract.repr(name) + " from " + Abstract.repr(pkgname)
                    + " (unknown location)";
        } else if (isInitializing(module)) {
            msg = "cannot import name " + Abstract.repr(name) + " from partially initialized module "
                    + Abstract.repr(pkgname) + " (most likely due to a circular import) (" + pkgpath + ")";
        } else {
            msg = "cannot import name " + Abstract.repr(name) + " from " + Abstract.repr(pkgname) + " (" + pkgpath
                    + ")";
        }
        throw importError(PyStr.of(msg), pkgname, pkgpath, name);
    }

    /** {@code IMPORT_STAR}'s name list: {@code __all__}, else the public names of the module's dict. */
    public static void importAllFrom(PyObject module, PyDict locals) {
        PyObject all = Abstract.lookupAttr(module, ALL);
        boolean skipLeadingUnderscores = false;
        if (all == null) {
            PyObject dict = Abstract.lookupAttr(module, PyStr.of("__dict__"));
            if (dict == null) {
                throw PyErr.format(PyExc.ImportError, "from-import-* object has no __dict__ and no __all__");
            }
            all = Abstract.call(Abstract.getAttr(dict, "keys"));
            skipLeadingUnderscores = true;
        }
        PyObject it = Abstract.getIter(all);
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            if (!(item instanceof PyStr s)) {
                String modname = String.valueOf(Abstract.lookupAttr(module, NAME));
                if (skipLeadingUnderscores) {
                    throw PyErr.format(PyExc.TypeError, "Key in %s.__dict__ must be str, not %s", modname,
                            item.type().getName());
                }
                throw PyErr.format(PyExc.TypeError, "Item in %s.__all__ must be str, not %s", modname,
                        item.type().getName());
            }
            if (skipLeadingUnderscores && s.length() > 0 && s.codePointAt(0) == '_') {
                continue;
            }
            locals.setItem(s, Abstract.getAttr(module, s));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Finding and loading

    private static PyObject getModule(Interpreter interp, PyStr name) {
        return interp.modules.getItem(name);
    }

    private static boolean isInitializing(PyObject mod) {
        if (mod instanceof PyModule m) {
            PyObject spec = m.getDict().getItem(SPEC);
            if (spec instanceof ModuleSpec s) {
                PyObject v = s.getDict().getItem(PyStr.of("_initializing"));
                return v != null && Abstract.isTrue(v);
            }
            return spec != null && ModuleSpec.isInitializing(spec);
        }
        PyObject spec = Abstract.lookupAttr(mod, SPEC);
        return ModuleSpec.isInitializing(spec);
    }

    /** {@code resolve_name} (import.c): the absolute name of a relative import. */
    private static String resolveName(String name, PyObject globals, int level) {
        if (globals == null) {
            throw PyErr.format(PyExc.KeyError, "'__name__' not in globals");
        }
        if (!(globals instanceof PyDict g)) {
            throw PyErr.format(PyExc.TypeError, "globals must be a dict");
        }
        PyObject pkg = g.getItem(PACKAGE);
        if (pkg == PyNone.NONE) {
            pkg = null;
        }
        PyObject spec = g.getItem(SPEC);
        String packageName;
        if (pkg != null) {
            if (!(pkg instanceof PyStr)) {
                throw PyErr.format(PyExc.TypeError, "package must be a string");
            }
            packageName = pkg.toString();
        } else if (spec != null && spec != PyNone.NONE) {
            PyObject parent = Abstract.getAttr(spec, "parent");
            if (!(parent instanceof PyStr)) {
                throw PyErr.format(PyExc.TypeError, "__spec__.parent must be a string");
            }
            packageName = parent.toString();
        } else {
            PyObject modName = g.getItem(NAME);
            if (modName == null) {
                throw PyErr.format(PyExc.KeyError, "'__name__' not in globals");
            }
            if (!(modName instanceof PyStr)) {
                throw PyErr.format(PyExc.TypeError, "__name__ must be a string");
            }
            packageName = modName.toString();
            if (!g.containsKey(PATH)) {
                int dot = packageName.lastIndexOf('.');
                if (dot < 0) {
                    throw PyErr.format(PyExc.ImportError, "attempted relative import with no known parent package");
                }
                packageName = packageName.substring(0, dot);
            }
        }
        int lastDot = packageName.length();
        if (lastDot == 0) {
            throw PyErr.format(PyExc.ImportError, "attempted relative import with no known parent package");
        }
        for (int up = 1; up < level; up++) {
            lastDot = packageName.lastIndexOf('.', lastDot - 1);
            if (lastDot < 0) {
                throw PyErr.format(PyExc.ImportError, "attempted relative import beyond top-level package");
            }
        }
        String base = packageName.substring(0, lastDot);
        return name.isEmpty() ? base : base + "." + name;
    }

    /** {@code _find_and_load}. */
    private static PyObject findAndLoad(Interpreter interp, String name) {
        PyStr key = PyStr.of(name);
        PyObject mod = interp.modules.getItem(key);
        if (mod != null && mod != PyNone.NONE && isInitializing(mod)) {
            // Circular import in this thread: the partially initialized module is the answer, as in CPython.
            return mod;
        }
        if (mod == PyNone.NONE) {
            throw moduleNotFound("import of " + name + " halted; None in sys.modules", name);
        }
        if (mod != null) {
            return mod;
        }
        return findAndLoadUnlocked(interp, name);
    }

    /** {@code _find_and_load_unlocked}. */
    private static PyObject findAndLoadUnlocked(Interpreter interp, String name) {
        PyObject searchPath = null;
        int dot = name.lastIndexOf('.');
        String parent = dot < 0 ? "" : name.substring(0, dot);
        ModuleSpec parentSpec = null;
        String child = name.substring(dot + 1);
        if (!parent.isEmpty()) {
            PyStr parentKey = PyStr.of(parent);
            if (interp.modules.getItem(parentKey) == null) {
                importName(parent);
            }
            PyObject already = interp.modules.getItem(PyStr.of(name));
            if (already != null) {
                return already;
            }
            PyObject parentModule = interp.modules.getItem(parentKey);
            searchPath = parentModule == null ? null : Abstract.lookupAttr(parentModule, PATH);
            if (searchPath == null) {
                throw moduleNotFound("No module named '" + name + "'; '" + parent + "' is not a package", name);
            }
            if (Abstract.lookupAttr(parentModule, SPEC) instanceof ModuleSpec ps) {
                parentSpec = ps;
            }
        }
        ModuleSpec spec = findSpec(interp, name, searchPath);
        if (spec == null) {
            throw moduleNotFound("No module named '" + name + "'", name);
        }
        PyObject uninit = parentSpec == null ? null : parentSpec.getDict().getItem(PyStr.of("_uninitialized_submodules"));
        if (uninit instanceof PyList l) {
            l.append(PyStr.of(child));
        }
        PyObject module;
        try {
            module = load(interp, spec);
        } finally {
            if (uninit instanceof PyList l && l.size() > 0) {
                Abstract.callMethod(l, "pop");
            }
        }
        if (!parent.isEmpty()) {
            PyObject parentModule = interp.modules.getItem(PyStr.of(parent));
            if (parentModule != null) {
                try {
                    Abstract.setAttr(parentModule, PyStr.of(child), module);
                } catch (PyException e) {
                    if (!e.matches(PyExc.AttributeError)) {
                        throw e;
                    }
                }
            }
        }
        return module;
    }

    /**
     * Finds {@code name}: a native module (top-level names only), else in the directories of
     * {@code searchPath} (a package's {@code __path__}) or of {@code sys.path}. Null when not found.
     */
    public static ModuleSpec findSpec(Interpreter interp, String name, PyObject searchPath) {
        if (searchPath == null && NativeModules.contains(name)) {
            return new ModuleSpec(ModuleSpec.Kind.BUILTIN, name, null, "built-in", null);
        }
        if (searchPath == null) {
            searchPath = interp.sys.getDict().getItem(PyStr.of("path"));
            if (searchPath == null) {
                return null;
            }
        }
        String tail = name.substring(name.lastIndexOf('.') + 1);
        PyList namespacePortions = null;
        PyObject it = Abstract.getIter(searchPath);
        for (PyObject entry = Abstract.next(it); entry != null; entry = Abstract.next(it)) {
            if (!(entry instanceof PyStr)) {
                continue;
            }
            String e = entry.toString();
            Path dir = e.isEmpty() ? Path.of("").toAbsolutePath() : Path.of(e);
            Path pkgDir;
            try {
                pkgDir = dir.resolve(tail);
            } catch (java.nio.file.InvalidPathException ex) {
                continue;
            }
            if (isDirectory(pkgDir)) {
                Path init = pkgDir.resolve("__init__.py");
                if (isFile(init)) {
                    PyList locations = PyList.of(PyStr.of(pkgDir.toString()));
                    return new ModuleSpec(ModuleSpec.Kind.SOURCE, name, init, init.toString(), locations);
                }
            }
            Path file = dir.resolve(tail + ".py");
            if (isFile(file)) {
                return new ModuleSpec(ModuleSpec.Kind.SOURCE, name, file, file.toString(), null);
            }
            if (isDirectory(pkgDir)) {
                if (namespacePortions == null) {
                    namespacePortions = new PyList();
                }
                namespacePortions.append(PyStr.of(pkgDir.toString()));
            }
        }
        if (namespacePortions != null) {
            return new ModuleSpec(ModuleSpec.Kind.NAMESPACE, name, null, null, namespacePortions);
        }
        return null;
    }

    private static boolean isDirectory(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class).isDirectory();
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static boolean isFile(Path p) {
        try {
            return !Files.readAttributes(p, BasicFileAttributes.class).isDirectory();
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** {@code _load_unlocked}: makes the module, registers it, runs its body; unregisters it on failure. */
    static PyObject load(Interpreter interp, ModuleSpec spec) {
        PyStr key = PyStr.of(spec.name);
        PyModule module;
        if (spec.kind == ModuleSpec.Kind.BUILTIN) {
            module = NativeModules.create(spec.name, interp);
            if (module.getDict().getItem(SPEC) == PyNone.NONE) {
                module.add("__spec__", spec);
                module.add("__package__", PyStr.EMPTY); // spec.parent of a top-level module
            }
            interp.modules.setItem(key, module);
            return module;
        }
        module = new PyModule(spec.name);
        initModuleAttrs(module, spec);
        spec.setInitializing(true);
        interp.modules.setItem(key, module);
        try {
            if (spec.kind == ModuleSpec.Kind.SOURCE) {
                execSource(module, spec.file);
            }
        } catch (Throwable t) {
            interp.modules.delItemIfPresent(key);
            throw t;
        } finally {
            spec.setInitializing(false);
        }
        // A module may replace itself in sys.modules: the replacement is the result (and moves to the end).
        PyObject result = interp.modules.delItemIfPresent(key);
        if (result == null) {
            throw PyErr.format(PyExc.ImportError, "Loaded module %s not found in sys.modules", spec.name);
        }
        interp.modules.setItem(key, result);
        return result;
    }

    /** {@code _init_module_attrs}. */
    private static void initModuleAttrs(PyModule module, ModuleSpec spec) {
        PyDict d = module.getDict();
        PyObject loader = spec.getDict().getItem(PyStr.of("loader"));
        if (loader != null) {
            d.setItem(PyStr.of("__loader__"), loader);
        }
        if (spec.kind == ModuleSpec.Kind.NAMESPACE) {
            // importlib: "Namespace packages have no location ... their module.__file__ should also be None"
            d.setItem(FILE, PyNone.NONE);
        }
        PyObject parent = Abstract.getAttr(spec, "parent");
        d.setItem(PACKAGE, parent);
        d.setItem(SPEC, spec);
        PyObject locations = spec.getDict().getItem(PyStr.of("submodule_search_locations"));
        if (locations != null && locations != PyNone.NONE) {
            d.setItem(PATH, locations);
        }
        if (spec.kind == ModuleSpec.Kind.SOURCE) {
            d.setItem(FILE, PyStr.of(spec.file.toString()));
            d.setItem(PyStr.of("__cached__"), PyNone.NONE);
        }
    }

    /** Compiles the source file {@code file} and runs it in {@code module}'s namespace. */
    public static void execSource(PyModule module, Path file) {
        byte[] src = readSource(file);
        PyCode code = Exec.compile(src, file.toString(), Compiler.Mode.EXEC, 0, optimizeLevel());
        PyDict d = module.getDict();
        Exec.execCode(code, d, d);
    }

    /** Reads a source file; a failure is CPython's OSError (FileNotFoundError, PermissionError, ...). */
    public static byte[] readSource(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw osError(PyExc.FileNotFoundError, 2, "No such file or directory", file);
        } catch (AccessDeniedException e) {
            throw osError(PyExc.PermissionError, 13, "Permission denied", file);
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                throw osError(PyExc.IsADirectoryError, 21, "Is a directory", file);
            }
            throw osError(PyExc.OSError, 5, "Input/output error", file);
        }
    }

    private static PyException osError(dev.kaa.runtime.objects.PyType type, int errno, String msg, Path file) {
        return PyErr.raise(PyErr.createException(type, PyInt.of(errno), PyStr.of(msg), PyStr.of(file.toString())));
    }

    /** The optimization level of the running interpreter ({@code sys.flags.optimize}), 0 if unknown. */
    private static int optimizeLevel() {
        PyObject flags = ThreadState.current().interp.sys.getDict().getItem(PyStr.of("flags"));
        if (flags == null) {
            return 0;
        }
        PyObject o = Abstract.lookupAttr(flags, PyStr.of("optimize"));
        return o instanceof PyInt i && i.isSmall() ? (int) i.value : 0;
    }

    /** {@code _handle_fromlist}: imports the submodules named in {@code fromlist} that are not attributes yet. */
    private static PyObject handleFromlist(Interpreter interp, PyObject module, PyObject fromlist, boolean recursive) {
        PyObject it = Abstract.getIter(fromlist);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (!(x instanceof PyStr xs)) {
                String where = recursive ? Abstract.getAttr(module, NAME) + ".__all__" : "``from list''";
                throw PyErr.format(PyExc.TypeError, "Item in %s must be str, not %s", where, x.type().getName());
            }
            if (xs.toString().equals("*")) {
                if (!recursive) {
                    PyObject all = Abstract.lookupAttr(module, ALL);
                    if (all != null) {
                        handleFromlist(interp, module, all, true);
                    }
                }
            } else if (Abstract.lookupAttr(module, xs) == null) {
                String fromName = Abstract.getAttr(module, NAME) + "." + xs;
                try {
                    importName(fromName);
                } catch (PyException e) {
                    if (e.matches(PyExc.ModuleNotFoundError)) {
                        PyObject excName = Abstract.lookupAttr(e.value, PyStr.of("name"));
                        PyObject inModules = interp.modules.getItem(PyStr.of(fromName));
                        if (excName instanceof PyStr en && en.toString().equals(fromName) && inModules != PyNone.NONE) {
                            continue;
                        }
                    }
                    throw e;
                }
            }
        }
        return module;
    }

    // ---------------------------------------------------------------------------------------------
    // Errors

    /** {@code ModuleNotFoundError(msg, name=name)}. */
    public static PyException moduleNotFound(String msg, String name) {
        PyObject e = Abstract.vectorcall(PyExc.ModuleNotFoundError, new PyObject[] {PyStr.of(msg), PyStr.of(name)}, 0,
                1, PyTuple.of(PyStr.of("name")));
        return PyErr.raise((dev.kaa.runtime.objects.PyBaseException) e);
    }

    private static PyException importError(PyStr msg, PyObject name, PyObject path, PyObject nameFrom) {
        PyObject e = Abstract.vectorcall(PyExc.ImportError, new PyObject[] {msg, name, path, nameFrom}, 0, 1,
                PyTuple.of(PyStr.of("name"), PyStr.of("path"), PyStr.of("name_from")));
        return PyErr.raise((dev.kaa.runtime.objects.PyBaseException) e);
    }
}
