package dev.kaa.processor;

import dev.kaa.annotations.PyClass;
import dev.kaa.annotations.PyFunction;
import dev.kaa.annotations.PyGetter;
import dev.kaa.annotations.PyMethod;
import dev.kaa.annotations.PyModule;
import dev.kaa.annotations.PySetter;
import dev.kaa.annotations.PySlot;
import dev.kaa.annotations.Slot;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns each {@code @PyClass} and {@code @PyModule} class into a generated {@code <Name>Table} beside it
 * (same package): a {@code TypeSpec} or {@code ModuleSpec} subclass with
 *
 * <ul>
 *   <li>{@code defineMembers}: the names, conventions, docs and text signatures of methods, functions and
 *       attributes;</li>
 *   <li>{@code call}: one {@code switch} over the methods, each case checking and parsing the arguments
 *       of its convention (METH_NOARGS, METH_O, Clinic positional, Clinic keywords) and calling the Java
 *       method directly;</li>
 *   <li>{@code get}/{@code set}: the attribute getters and setters;</li>
 *   <li>{@code defineSlots} and a nested {@code Slots} class implementing the slot interfaces, one
 *       {@code switch} per interface.</li>
 * </ul>
 *
 * No reflection and no lambdas: a builtin type costs its class and its table at start-up. The rules for
 * signatures and conversions are documented on {@link PyMethod}.
 */
@SupportedAnnotationTypes({"dev.kaa.annotations.PyClass", "dev.kaa.annotations.PyModule", "dev.kaa.annotations.PyMethod",
    "dev.kaa.annotations.PyFunction", "dev.kaa.annotations.PyGetter", "dev.kaa.annotations.PySetter",
    "dev.kaa.annotations.PySlot"})
public final class BuiltinProcessor extends AbstractProcessor {
    private static final String RT = "dev.kaa.runtime.";
    private static final String OBJ = RT + "objects.PyObject";

    private Messager messager;
    private Elements elements;
    private Types types;
    private boolean failed;

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        messager = processingEnv.getMessager();
        elements = processingEnv.getElementUtils();
        types = processingEnv.getTypeUtils();
        for (Element e : round.getElementsAnnotatedWith(PyClass.class)) {
            if (e instanceof TypeElement te) {
                generate(te, false);
            }
        }
        for (Element e : round.getElementsAnnotatedWith(PyModule.class)) {
            if (e instanceof TypeElement te) {
                generate(te, true);
            }
        }
        return true;
    }

    private void error(Element e, String msg) {
        failed = true;
        messager.printMessage(Diagnostic.Kind.ERROR, msg, e);
    }

    // ---------------------------------------------------------------------------------------------
    // Analysis

    private final class Gen {
        final TypeElement cls;
        final boolean module;
        final String qname;      // Java class name
        final String pkg;
        final String simple;
        final String pyName;     // type or module name
        final String pyQualname;
        final String pyModule;
        final List<Entry> methods = new ArrayList<>();
        final Map<String, String[]> getsets = new LinkedHashMap<>(); // name -> {getterCall?, setter, doc}
        final List<ExecutableElement> getters = new ArrayList<>();
        final List<ExecutableElement> setters = new ArrayList<>();
        final Map<String, Integer> getterIndex = new LinkedHashMap<>();
        final Map<String, Integer> setterIndex = new LinkedHashMap<>();
        final Map<String, String> getsetDoc = new LinkedHashMap<>();
        final List<SlotEntry> slots = new ArrayList<>();
        final List<String> specFields = new ArrayList<>();
        ExecutableElement exec;

        Gen(TypeElement cls, boolean module) {
            this.cls = cls;
            this.module = module;
            this.qname = cls.getQualifiedName().toString();
            PackageElement p = elements.getPackageOf(cls);
            this.pkg = p.getQualifiedName().toString();
            this.simple = cls.getSimpleName().toString();
            if (module) {
                PyModule m = cls.getAnnotation(PyModule.class);
                this.pyName = m.name();
                this.pyQualname = m.name();
                this.pyModule = m.name();
            } else {
                PyClass c = cls.getAnnotation(PyClass.class);
                this.pyName = c.name();
                this.pyQualname = c.qualname().isEmpty() ? c.name() : c.qualname();
                this.pyModule = c.module();
            }
        }
    }

    private record SlotEntry(Slot slot, ExecutableElement method, Entry parsed) {
    }

    private void generate(TypeElement cls, boolean module) {
        failed = false;
        if (cls.getNestingKind().isNested()) {
            error(cls, "@PyClass/@PyModule classes must be top-level classes");
            return;
        }
        Gen g = new Gen(cls, module);
        // Members of the class, then of its superclasses up to the first other @PyClass (an abstract
        // Java base such as the one shared by set and frozenset contributes to each subclass's table).
        List<Element> members = new ArrayList<>(cls.getEnclosedElements());
        TypeElement sup = superclassOf(cls);
        while (!module && sup != null && sup.getAnnotation(PyClass.class) == null
                && !sup.getQualifiedName().contentEquals(OBJ) && !sup.getQualifiedName().contentEquals("java.lang.Object")) {
            members.addAll(sup.getEnclosedElements());
            sup = superclassOf(sup);
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Element e : members) {
            if (e.getKind() != ElementKind.METHOD) {
                continue;
            }
            ExecutableElement m = (ExecutableElement) e;
            if (module) {
                PyFunction f = m.getAnnotation(PyFunction.class);
                if (f != null) {
                    analyzeFunction(g, m, f);
                }
                if (m.getSimpleName().contentEquals("exec") && m.getModifiers().contains(Modifier.STATIC)
                        && m.getParameters().size() == 1) {
                    g.exec = m;
                }
                if (m.getAnnotation(PyMethod.class) != null || m.getAnnotation(PySlot.class) != null) {
                    error(m, "a @PyModule class declares @PyFunction methods, not @PyMethod/@PySlot");
                }
                continue;
            }
            PyMethod pm = m.getAnnotation(PyMethod.class);
            if (pm != null) {
                String pyName = pm.name().isEmpty() ? m.getSimpleName().toString() : pm.name();
                if (seen.add("m:" + pyName)) {
                    analyzeMethod(g, m, pm);
                }
            }
            PyGetter pg = m.getAnnotation(PyGetter.class);
            if (pg != null) {
                String name = pg.value().isEmpty() ? m.getSimpleName().toString() : pg.value();
                boolean st = m.getModifiers().contains(Modifier.STATIC);
                if (st ? m.getParameters().size() != 1 : !m.getParameters().isEmpty()) {
                    error(m, "@PyGetter must be an instance method without parameters, or static with self");
                }
                if (g.getterIndex.containsKey(name)) {
                    continue;
                }
                g.getterIndex.put(name, g.getters.size());
                g.getters.add(m);
                g.getsetDoc.put(name, pg.doc());
            }
            PySetter ps = m.getAnnotation(PySetter.class);
            if (ps != null) {
                String name = ps.value().isEmpty() ? m.getSimpleName().toString() : ps.value();
                boolean st = m.getModifiers().contains(Modifier.STATIC);
                if (m.getParameters().size() != (st ? 2 : 1)) {
                    error(m, "@PySetter must be an instance method taking the value, or static taking self and value");
                }
                if (g.setterIndex.containsKey(name)) {
                    continue;
                }
                g.setterIndex.put(name, g.setters.size());
                g.setters.add(m);
            }
            PySlot sl = m.getAnnotation(PySlot.class);
            if (sl != null && seen.add("s:" + sl.value())) {
                analyzeSlot(g, m, sl);
            }
        }
        if (!module && g.pyName.equals("object")) {
            // Every object is an instance of object, whatever its Java class: no receiver casts allowed.
            for (Element e : cls.getEnclosedElements()) {
                if (e.getKind() == ElementKind.METHOD && !e.getModifiers().contains(Modifier.STATIC)
                        && (e.getAnnotation(PyMethod.class) != null || e.getAnnotation(PyGetter.class) != null
                        || e.getAnnotation(PySetter.class) != null || e.getAnnotation(PySlot.class) != null)) {
                    error(e, "members of 'object' must be static and take self as a parameter");
                }
            }
        }
        for (String s : g.setterIndex.keySet()) {
            if (!g.getterIndex.containsKey(s)) {
                error(cls, "@PySetter(\"" + s + "\") without a @PyGetter of the same name");
            }
        }
        if (failed) {
            return;
        }
        String src = module ? TableWriter.module(g.pkg, g.simple, g.qname, g.pyName, docOf(cls), g.methods,
                g.specFields, g.exec != null) : TableWriter.type(model(g));
        try {
            JavaFileObject f = processingEnv.getFiler().createSourceFile(g.pkg + "." + g.simple + "Table", cls);
            try (Writer w = f.openWriter()) {
                w.write(src);
            }
        } catch (IOException ex) {
            error(cls, "cannot write table: " + ex);
        }
    }

    private static TypeElement superclassOf(TypeElement t) {
        TypeMirror sc = t.getSuperclass();
        if (sc instanceof DeclaredType dt && dt.asElement() instanceof TypeElement te) {
            return te;
        }
        return null;
    }

    private String docOf(TypeElement cls) {
        PyModule m = cls.getAnnotation(PyModule.class);
        return m == null ? "" : m.doc();
    }

    private void analyzeFunction(Gen g, ExecutableElement m, PyFunction f) {
        if (!m.getModifiers().contains(Modifier.STATIC)) {
            error(m, "@PyFunction methods must be static");
            return;
        }
        String name = f.name().isEmpty() ? m.getSimpleName().toString() : f.name();
        List<? extends VariableElement> ps = m.getParameters();
        List<String> leading = new ArrayList<>();
        int first = 0;
        if (!ps.isEmpty() && isType(ps.get(0).asType(), RT + "objects.PyModule")) {
            leading.add("(" + RT + "objects.PyModule) self");
            first = 1;
        }
        Entry e = new Entry();
        e.pyName = name;
        e.fname = name;
        e.funcstr = (g.pyModule.equals("builtins") ? "" : g.pyModule + ".") + name + "()";
        e.target = g.qname + "." + m.getSimpleName();
        e.leading = leading;
        e.doc = f.doc();
        if (!bindParams(g, e, m, ps.subList(first, ps.size()), f.sig(), "$module", false)) {
            return;
        }
        e.index = g.methods.size();
        g.methods.add(e);
    }

    private void analyzeMethod(Gen g, ExecutableElement m, PyMethod pm) {
        String name = pm.name().isEmpty() ? m.getSimpleName().toString() : pm.name();
        boolean isStatic = m.getModifiers().contains(Modifier.STATIC);
        List<? extends VariableElement> ps = m.getParameters();
        Entry e = new Entry();
        e.pyName = name;
        e.fname = name;
        e.funcstr = g.pyQualname + "." + name + "()";
        e.doc = pm.doc();
        e.leading = new ArrayList<>();
        String prefix;
        int first = 0;
        if (pm.classmethod()) {
            if (!isStatic || ps.isEmpty() || !isType(ps.get(0).asType(), RT + "objects.PyType")) {
                error(m, "a classmethod must be static with a first parameter of type PyType");
                return;
            }
            e.leading.add("(" + RT + "objects.PyType) self");
            e.target = g.qname + "." + m.getSimpleName();
            first = 1;
            prefix = "$type";
            e.flags |= 0x10;
        } else if (pm.staticmethod()) {
            if (!isStatic) {
                error(m, "a staticmethod must be a static Java method");
                return;
            }
            e.target = g.qname + "." + m.getSimpleName();
            prefix = null;
            e.flags |= 0x20;
        } else if (isStatic) {
            if (ps.isEmpty()) {
                error(m, "a static @PyMethod takes self as its first parameter");
                return;
            }
            e.leading.add(cast(ps.get(0).asType(), "self"));
            e.target = g.qname + "." + m.getSimpleName();
            first = 1;
            prefix = "$self";
        } else {
            e.target = "((" + g.qname + ") self)." + m.getSimpleName();
            prefix = "$self";
        }
        if (!bindParams(g, e, m, ps.subList(first, ps.size()), pm.sig(), prefix, false)) {
            return;
        }
        e.index = g.methods.size();
        g.methods.add(e);
    }

    private void analyzeSlot(Gen g, ExecutableElement m, PySlot sl) {
        Slot slot = sl.value();
        SlotShape shape = SlotShape.of(slot.kind);
        boolean isStatic = m.getModifiers().contains(Modifier.STATIC);
        List<? extends VariableElement> ps = m.getParameters();
        if (shape.isVectorcall() && (!sl.sig().isEmpty() || !rawVectorcall(ps, isStatic))) {
            // tp_new / tp_init / tp_call with parsed Python parameters.
            Entry e = new Entry();
            e.pyName = slot.name();
            e.fname = g.pyName;
            e.funcstr = g.pyName + "()";
            e.leading = new ArrayList<>();
            int first = 0;
            if (slot.kind == Slot.Kind.NEW) {
                if (!isStatic || ps.isEmpty() || !isType(ps.get(0).asType(), RT + "objects.PyType")) {
                    error(m, "a parsed tp_new must be static with a first parameter of type PyType");
                    return;
                }
                e.leading.add("type");
                e.target = g.qname + "." + m.getSimpleName();
                first = 1;
            } else if (isStatic) {
                if (ps.isEmpty()) {
                    error(m, "a static slot method takes self as its first parameter");
                    return;
                }
                e.leading.add(cast(ps.get(0).asType(), "self"));
                e.target = g.qname + "." + m.getSimpleName();
                first = 1;
            } else {
                e.target = "((" + g.qname + ") self)." + m.getSimpleName();
            }
            if (!bindParams(g, e, m, ps.subList(first, ps.size()), sl.sig(), null, true)) {
                return;
            }
            g.slots.add(new SlotEntry(slot, m, e));
            return;
        }
        int n = shape.paramTypes().length;
        if (isStatic) {
            if (ps.size() != n) {
                error(m, "slot " + slot + " needs a static method with " + n + " parameters");
                return;
            }
        } else {
            if (!SlotShape.selfGuaranteed(slot)) {
                error(m, "slot " + slot + " is also called reflected: declare it static with both operands");
                return;
            }
            if (ps.size() != n - 1) {
                error(m, "slot " + slot + " needs an instance method with " + (n - 1) + " parameters");
                return;
            }
        }
        String rt = m.getReturnType().toString();
        if (shape.returnType().equals("void") != rt.equals("void")) {
            error(m, "slot " + slot + " returns " + shape.returnType());
            return;
        }
        g.slots.add(new SlotEntry(slot, m, null));
    }

    private boolean rawVectorcall(List<? extends VariableElement> ps, boolean isStatic) {
        int n = isStatic ? 5 : 4;
        if (ps.size() != n) {
            return false;
        }
        int o = isStatic ? 1 : 0;
        return ps.get(o).asType().toString().equals(OBJ + "[]")
                && ps.get(o + 1).asType().getKind() == TypeKind.INT
                && ps.get(o + 2).asType().getKind() == TypeKind.INT
                && isType(ps.get(o + 3).asType(), RT + "objects.PyTuple");
    }

    /** A cast of {@code expr} (a PyObject) to the Java parameter type {@code t}, unless it is PyObject. */
    String cast(TypeMirror t, String expr) {
        String s = t.toString();
        if (s.equals(OBJ)) {
            return expr;
        }
        return "((" + s + ") " + expr + ")";
    }

    boolean isType(TypeMirror t, String qname) {
        return t.getKind() == TypeKind.DECLARED && t.toString().equals(qname);
    }

    private boolean isPyObject(TypeMirror t) {
        TypeElement po = elements.getTypeElement(OBJ);
        return po != null && types.isAssignable(t, po.asType());
    }

    /**
     * Binds the Java parameters {@code ps} to the Python signature {@code sigText} (or an all-positional
     * one), choosing conversions, and fills the entry's style, flags and text signature.
     */
    private boolean bindParams(Gen g, Entry e, ExecutableElement m, List<? extends VariableElement> ps,
                               String sigText, String prefix, boolean constructor) {
        Signature sig;
        try {
            if (sigText.isEmpty()) {
                List<String> names = new ArrayList<>();
                for (VariableElement p : ps) {
                    names.add(p.getSimpleName().toString());
                }
                sig = Signature.positionalOnly(names);
            } else {
                sig = Signature.parse(sigText);
            }
        } catch (IllegalArgumentException ex) {
            error(m, ex.getMessage());
            return false;
        }
        if (sig.params.size() != ps.size()) {
            error(m, "signature has " + sig.params.size() + " parameters but the Java method has " + ps.size());
            return false;
        }
        e.sig = sig;
        e.returnType = m.getReturnType().toString();
        if (!e.returnType.equals("void") && !e.returnType.equals("boolean") && !e.returnType.equals("long")
                && !e.returnType.equals("int") && !e.returnType.equals("double")
                && !e.returnType.equals("java.lang.String") && !isPyObject(m.getReturnType())) {
            error(m, "unsupported return type " + e.returnType);
            return false;
        }
        List<Entry.JParam> jps = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            Signature.Param p = sig.params.get(i);
            TypeMirror t = ps.get(i).asType();
            String ts = t.toString();
            Entry.Conv conv;
            String expected = null;
            if (p.kind() == Signature.Kind.VARARGS) {
                if (!isType(t, RT + "objects.PyTuple")) {
                    error(ps.get(i), "*" + p.name() + " must be a PyTuple parameter");
                    return false;
                }
                conv = Entry.Conv.TUPLE;
            } else if (p.kind() == Signature.Kind.VARKW) {
                if (!isType(t, RT + "objects.PyDict")) {
                    error(ps.get(i), "**" + p.name() + " must be a PyDict parameter");
                    return false;
                }
                conv = Entry.Conv.DICT;
            } else if (t.getKind() == TypeKind.LONG) {
                conv = Entry.Conv.LONG;
            } else if (t.getKind() == TypeKind.INT) {
                conv = Entry.Conv.INT;
            } else if (t.getKind() == TypeKind.DOUBLE) {
                conv = Entry.Conv.DOUBLE;
            } else if (t.getKind() == TypeKind.BOOLEAN) {
                conv = Entry.Conv.BOOLEAN;
            } else if (ts.equals("java.lang.String")) {
                conv = Entry.Conv.STRING;
            } else if (ts.equals(OBJ)) {
                conv = Entry.Conv.OBJECT;
            } else if (isPyObject(t)) {
                conv = Entry.Conv.CAST;
                expected = pythonNameOf(t);
            } else {
                error(ps.get(i), "unsupported parameter type " + ts);
                return false;
            }
            String d = p.defaultValue();
            if (d != null && TableWriter.defaultExpr(conv, d, ts) == null) {
                error(ps.get(i), "default '" + d + "' does not fit a parameter of type " + ts);
                return false;
            }
            jps.add(new Entry.JParam(p, conv, ts, expected));
        }
        e.params = jps;
        List<Signature.Param> named = sig.named();
        boolean allPosonly = named.stream().allMatch(p -> p.kind() == Signature.Kind.POSONLY) && !sig.hasVarkw();
        if (constructor) {
            e.style = allPosonly ? Entry.Style.POSITIONAL : Entry.Style.NEW;
        } else if (sig.params.isEmpty()) {
            e.style = Entry.Style.NOARGS;
        } else if (sig.params.size() == 1 && named.size() == 1 && named.get(0).kind() == Signature.Kind.POSONLY
                && named.get(0).defaultValue() == null) {
            e.style = Entry.Style.O;
        } else if (allPosonly) {
            e.style = Entry.Style.POSITIONAL;
        } else {
            e.style = Entry.Style.KEYWORDS;
        }
        e.flags |= switch (e.style) {
            case NOARGS -> 0x4;
            case O -> 0x8;
            case POSITIONAL -> 0x80;
            case KEYWORDS, NEW -> 0x80 | 0x2;
        };
        e.textSignature = prefix == null && !constructor ? sig.textSignature(null)
                : constructor ? null : sig.textSignature(prefix);
        if (e.style == Entry.Style.KEYWORDS || e.style == Entry.Style.NEW) {
            e.specField = "A" + g.specFields.size();
            g.specFields.add(TableWriter.argSpecField(e));
        }
        return true;
    }

    /** The Python name of a PyObject subclass (from its @PyClass), for "must be X, not Y" messages. */
    private String pythonNameOf(TypeMirror t) {
        if (t instanceof DeclaredType dt && dt.asElement() instanceof TypeElement te) {
            PyClass c = te.getAnnotation(PyClass.class);
            if (c != null) {
                return c.name();
            }
            return te.getSimpleName().toString();
        }
        return t.toString();
    }

    /** Data the type-table writer needs, flattened. */
    record TypeModel(String pkg, String simple, String qname, String pyName, String pyModule, String pyQualname,
                     boolean basetype, String doc, List<Entry> methods, List<String> specFields,
                     List<String[]> getsets, List<String> getterCalls, List<String> setterCalls,
                     List<SlotModel> slots) {
    }

    /** One slot: its enum name, shape, and either a direct call expression builder or a parsed entry. */
    record SlotModel(Slot slot, SlotShape shape, String directCall, Entry parsed) {
    }

    TypeModel model(Gen g) {
        PyClass c = g.cls.getAnnotation(PyClass.class);
        List<String[]> getsets = new ArrayList<>();
        for (Map.Entry<String, Integer> en : g.getterIndex.entrySet()) {
            Integer si = g.setterIndex.get(en.getKey());
            getsets.add(new String[] {en.getKey(), String.valueOf(en.getValue()), si == null ? "-1" : si.toString(),
                    g.getsetDoc.get(en.getKey())});
        }
        List<String> getterCalls = new ArrayList<>();
        for (ExecutableElement m : g.getters) {
            String call = m.getModifiers().contains(Modifier.STATIC)
                    ? g.qname + "." + m.getSimpleName() + "(" + cast(m.getParameters().get(0).asType(), "self") + ")"
                    : "((" + g.qname + ") self)." + m.getSimpleName() + "()";
            getterCalls.add(TableWriter.box(m.getReturnType().toString(), call));
        }
        List<String> setterCalls = new ArrayList<>();
        for (ExecutableElement m : g.setters) {
            if (m.getModifiers().contains(Modifier.STATIC)) {
                setterCalls.add(g.qname + "." + m.getSimpleName() + "(" + cast(m.getParameters().get(0).asType(), "self")
                        + ", " + cast(m.getParameters().get(1).asType(), "value") + ")");
            } else {
                TypeMirror pt = m.getParameters().get(0).asType();
                setterCalls.add("((" + g.qname + ") self)." + m.getSimpleName() + "(" + cast(pt, "value") + ")");
            }
        }
        List<SlotModel> slots = new ArrayList<>();
        for (SlotEntry se : g.slots) {
            SlotShape shape = SlotShape.of(se.slot().kind);
            if (se.parsed() != null) {
                slots.add(new SlotModel(se.slot(), shape, null, se.parsed()));
                continue;
            }
            ExecutableElement m = se.method();
            boolean isStatic = m.getModifiers().contains(Modifier.STATIC);
            StringBuilder call = new StringBuilder();
            List<? extends VariableElement> ps = m.getParameters();
            String[] names = shape.paramNames();
            String[] ptypes = shape.paramTypes();
            int k;
            if (isStatic) {
                call.append(g.qname).append('.').append(m.getSimpleName()).append('(');
                k = 0;
            } else {
                call.append("((").append(g.qname).append(") ").append(names[0]).append(").")
                        .append(m.getSimpleName()).append('(');
                k = 1;
            }
            for (int i = 0; i < ps.size(); i++, k++) {
                if (i > 0) {
                    call.append(", ");
                }
                String pt = ps.get(i).asType().toString();
                if (pt.equals(ptypes[k]) || ptypes[k].equals("long") || ptypes[k].equals("int")) {
                    call.append(names[k]);
                } else {
                    call.append("((").append(pt).append(") ").append(names[k]).append(')');
                }
            }
            call.append(')');
            slots.add(new SlotModel(se.slot(), shape, call.toString(), null));
        }
        return new TypeModel(g.pkg, g.simple, g.qname, g.pyName, g.pyModule, g.pyQualname, c.basetype(), c.doc(),
                g.methods, g.specFields, getsets, getterCalls, setterCalls, slots);
    }
}
