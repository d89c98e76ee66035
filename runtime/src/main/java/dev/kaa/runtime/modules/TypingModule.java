package dev.kaa.runtime.modules;

import dev.kaa.annotations.PyFunction;
import dev.kaa.annotations.PyModule;
import dev.kaa.runtime.objects.PyGeneric;
import dev.kaa.runtime.objects.PyNoDefault;
import dev.kaa.runtime.objects.PyObject;
import dev.kaa.runtime.objects.PyParamSpec;
import dev.kaa.runtime.objects.PyParamSpecArgs;
import dev.kaa.runtime.objects.PyParamSpecKwargs;
import dev.kaa.runtime.objects.PyStr;
import dev.kaa.runtime.objects.PyTypeAliasType;
import dev.kaa.runtime.objects.PyTypeVar;
import dev.kaa.runtime.objects.PyTypeVarTuple;

/**
 * {@code _typing} ({@code Modules/_typingmodule.c}): the C types behind {@code typing.TypeVar},
 * {@code ParamSpec}, {@code TypeVarTuple}, {@code ParamSpecArgs}, {@code ParamSpecKwargs},
 * {@code TypeAliasType}, {@code Generic} and {@code NoDefault}, which {@code typing.py} imports from here.
 */
@PyModule(name = "_typing", doc = "Primitives and accelerators for the typing module.\n")
public final class TypingModule {
    private TypingModule() {
    }

    static void exec(dev.kaa.runtime.objects.PyModule m) {
        m.add("__package__", PyStr.EMPTY);
        m.add("TypeVar", PyTypeVar.TYPE);
        m.add("ParamSpec", PyParamSpec.TYPE);
        m.add("ParamSpecArgs", PyParamSpecArgs.TYPE);
        m.add("ParamSpecKwargs", PyParamSpecKwargs.TYPE);
        m.add("TypeVarTuple", PyTypeVarTuple.TYPE);
        m.add("TypeAliasType", PyTypeAliasType.TYPE);
        m.add("Generic", PyGeneric.TYPE);
        m.add("NoDefault", PyNoDefault.NO_DEFAULT);
    }

    /** The identity function: {@code typing.NewType} instances are called through it. */
    @PyFunction(sig = "x, /")
    static PyObject _idfunc(PyObject x) {
        return x;
    }
}
