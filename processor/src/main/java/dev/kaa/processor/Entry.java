package dev.kaa.processor;

import java.util.List;

/**
 * One callable the generated table dispatches to: a method, a module function, or a slot whose
 * arguments are parsed from a signature ({@code tp_new}, {@code tp_init}, {@code tp_call}).
 */
final class Entry {
    /** CPython's calling conventions, which decide the checks and messages. */
    enum Style { NOARGS, O, POSITIONAL, KEYWORDS, NEW }

    /** How a Java parameter receives its Python argument. */
    enum Conv { OBJECT, CAST, LONG, INT, DOUBLE, BOOLEAN, STRING, TUPLE, DICT }

    /** A Java parameter bound to Python parameter {@code param}. */
    record JParam(Signature.Param param, Conv conv, String javaType, String expected) {
    }

    String pyName;
    int index;
    Signature sig;
    List<JParam> params;
    Style style;
    /** Name in Clinic's messages ("split", "pop", "int"). */
    String fname;
    /** {@code _PyObject_FunctionStr}: "list.append()", "len()", "math.sqrt()". */
    String funcstr;
    /** How to reach the Java method: e.g. "((pkg.PyList) self).append" or "pkg.PyList.fromkeys". */
    String target;
    /** Leading Java argument expressions before the Python parameters (self, the type, the module). */
    List<String> leading;
    /** Java return type ("void", "boolean", "long", "int", "double", "java.lang.String", or a PyObject class). */
    String returnType;
    int flags;
    String doc;
    String textSignature;
    /** Name of the ArgSpec constant when the keyword parser may be needed. */
    String specField;
}
