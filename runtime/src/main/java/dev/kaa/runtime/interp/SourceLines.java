package dev.kaa.runtime.interp;

import dev.kaa.compiler.tokenize.Tokenizer;
import dev.kaa.compiler.tokenize.Utf8;
import dev.kaa.runtime.Abstract;
import dev.kaa.runtime.PyException;
import dev.kaa.runtime.ThreadState;
import dev.kaa.runtime.objects.PyDict;
import dev.kaa.runtime.objects.PyList;
import dev.kaa.runtime.objects.PyNone;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyStr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The source lines tracebacks show: CPython's {@code linecache} (3.13), one instance per interpreter.
 * A file is read whole on first use, decoded as {@code tokenize.open} does (BOM, PEP 263 coding
 * declaration, strict decoding; any failure means no lines), split with universal newlines, and kept
 * until its size or modification time changes ({@link #checkcache}). Names in angle brackets
 * ({@code <string>}, {@code <stdin>}) have lines only when registered with {@link #register} (the
 * command line does so for {@code -c} and the REPL, as CPython 3.13 does); a relative name not found
 * is looked up along {@code sys.path}; a module whose file is gone can still give its source through its
 * loader's {@code get_source} ({@link #lazycache}).
 */
public final class SourceLines {
    /** Either lines (with size and mtime, mtime null for registered or loader sources) or a lazy loader. */
    private record Entry(long size, Long mtime, List<String> lines, String fullname, PyObject getSource,
                         PyObject moduleName) {
        boolean lazy() {
            return lines == null;
        }
    }

    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    /**
     * Makes {@code source} the text of {@code filename} (CPython's {@code linecache._register_code}, used
     * for {@code python -c} and interactive input): lines as {@code source.splitlines()} gives them.
     */
    public void register(String filename, String source) {
        List<String> lines = PyText.splitlines(source, false).stream().map(l -> l + "\n").toList();
        cache.put(filename, new Entry(PyText.len(source), null, lines, filename, null, null));
    }

    /** {@code linecache.getline}: line {@code lineno} (1-based) with its '\n', or "" if there is none. */
    public String getline(String filename, int lineno) {
        List<String> lines = getlines(filename);
        if (1 <= lineno && lineno <= lines.size()) {
            return lines.get(lineno - 1);
        }
        return "";
    }

    /** {@code linecache.getlines(filename)}. */
    List<String> getlines(String filename) {
        Entry e = cache.get(filename);
        if (e != null && !e.lazy()) {
            return e.lines;
        }
        return updatecache(filename);
    }

    /** {@code linecache.clearcache}. */
    public void clearcache() {
        cache.clear();
    }

    /** {@code linecache.checkcache(filename)}: forgets the file if it changed on disk since it was read. */
    void checkcache(String filename) {
        Entry e = cache.get(filename);
        if (e == null || e.lazy() || e.mtime == null) {
            return;
        }
        BasicFileAttributes a = stat(e.fullname);
        if (a == null || a.size() != e.size || a.lastModifiedTime().toMillis() != e.mtime) {
            cache.remove(filename, e);
        }
    }

    /**
     * {@code linecache.lazycache(filename, module_globals)}: remembers the module's loader so that its
     * {@code get_source} can give the lines if the file cannot be read. True if such an entry exists.
     */
    boolean lazycache(String filename, PyDict globals) {
        Entry e = cache.get(filename);
        if (e != null) {
            return e.lazy();
        }
        if (filename.isEmpty() || (filename.startsWith("<") && filename.endsWith(">")) || globals == null) {
            return false;
        }
        try {
            PyObject modName = globals.getItem(PyStr.of("__name__"));
            if (modName == null) {
                return false;
            }
            PyObject spec = globals.getItem(PyStr.of("__spec__"));
            PyObject name = spec == null ? null : Abstract.lookupAttr(spec, PyStr.of("name"));
            if (name == null || !Abstract.isTrue(name)) {
                name = modName;
            }
            PyObject loader = spec == null ? null : Abstract.lookupAttr(spec, PyStr.of("loader"));
            if (loader == null || loader == PyNone.NONE) {
                loader = globals.getItem(PyStr.of("__loader__"));
            }
            PyObject getSource = loader == null ? null : Abstract.lookupAttr(loader, PyStr.of("get_source"));
            if (Abstract.isTrue(name) && getSource != null && Abstract.isTrue(getSource)) {
                cache.put(filename, new Entry(0, null, null, filename, getSource, name));
                return true;
            }
        } catch (PyException ex) {
            // A module whose attributes cannot be read has no loader to ask.
        }
        return false;
    }

    /** {@code linecache.updatecache(filename)}. */
    private List<String> updatecache(String filename) {
        Entry old = cache.get(filename);
        if (old != null && !old.lazy()) {
            cache.remove(filename, old);
        }
        if (filename.isEmpty() || (filename.startsWith("<") && filename.endsWith(">"))) {
            return List.of();
        }
        String fullname = filename;
        BasicFileAttributes attrs = stat(fullname);
        if (attrs == null) {
            Entry lazy = cache.get(filename);
            if (lazy != null && lazy.lazy()) {
                List<String> lines = fromLoader(filename, lazy);
                if (lines != null) {
                    return lines;
                }
            }
            // Looking along the module search path only helps a relative name.
            if (filename.startsWith("/")) {
                return List.of();
            }
            attrs = null;
            for (String dir : sysPath()) {
                String candidate = dir.isEmpty() ? filename : dir.endsWith("/") ? dir + filename : dir + "/" + filename;
                attrs = stat(candidate);
                if (attrs != null) {
                    fullname = candidate;
                    break;
                }
            }
            if (attrs == null) {
                return List.of();
            }
        }
        List<String> lines = read(fullname);
        if (lines == null) {
            return List.of();
        }
        cache.put(filename, new Entry(attrs.size(), attrs.lastModifiedTime().toMillis(), lines, fullname, null, null));
        return lines;
    }

    /** The source from a module loader's {@code get_source}, or null to go on looking. */
    private List<String> fromLoader(String filename, Entry lazy) {
        PyObject data;
        try {
            data = Abstract.call(lazy.getSource, lazy.moduleName);
        } catch (PyException ex) {
            if (ex.matches(dev.kaa.runtime.objects.PyExc.ImportError)
                    || ex.matches(dev.kaa.runtime.objects.PyExc.OSError)) {
                return null;
            }
            // linecache lets anything else propagate; a traceback shows the frame without its line.
            return List.of();
        }
        if (data == PyNone.NONE) {
            return List.of();
        }
        if (!(data instanceof PyStr s)) {
            return List.of();
        }
        String text = s.toString();
        List<String> lines = PyText.splitlines(text, false).stream().map(l -> l + "\n").toList();
        cache.put(filename, new Entry(PyText.len(text), null, lines, filename, null, null));
        return lines;
    }

    private static List<String> sysPath() {
        try {
            PyObject path = Abstract.lookupAttr(ThreadState.current().interp.sys, PyStr.of("path"));
            if (path instanceof PyList l) {
                List<String> out = new java.util.ArrayList<>();
                for (PyObject p : Abstract.sequenceToArray(l)) {
                    if (p instanceof PyStr s) {
                        out.add(s.toString());
                    }
                }
                return out;
            }
        } catch (PyException ex) {
            // no usable sys.path
        }
        return List.of();
    }

    private static BasicFileAttributes stat(String name) {
        try {
            return Files.readAttributes(Path.of(name), BasicFileAttributes.class);
        } catch (IOException | InvalidPathException | SecurityException e) {
            return null;
        }
    }

    /**
     * {@code tokenize.open(fullname).readlines()}: the BOM and a coding declaration choose the codec, the
     * text is decoded strictly (null if it cannot be) and split after each universal newline; the last
     * line gets a '\n' if it has none and an empty file reads as one empty line.
     */
    static List<String> read(String fullname) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(fullname));
        } catch (IOException | InvalidPathException | SecurityException | OutOfMemoryError e) {
            return null;
        }
        return decode(bytes, fullname);
    }

    /** The lines of source {@code bytes} as {@link #read} gives them, or null if they cannot be decoded. */
    static List<String> decode(byte[] bytes, String filename) {
        if (bytes.length == 0) {
            return List.of("\n");
        }
        // The parser's decoder applies the BOM and coding declaration and translates newlines.
        Tokenizer t = Tokenizer.forParser(bytes, filename);
        if (t.errorCode() == Tokenizer.E_ERROR) {
            return null;
        }
        byte[] src = t.source();
        int n = t.sourceLength();
        if (!Utf8.isValid(src, 0, n)) {
            return null;
        }
        String text = new String(src, 0, n, StandardCharsets.UTF_8);
        java.util.ArrayList<String> lines = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start) + "\n");
        }
        if (lines.isEmpty()) {
            lines.add("\n");
        }
        return List.copyOf(lines);
    }
}
