package dev.kaa.runtime.objects;

/**
 * Interned names the runtime looks up by itself (CPython's {@code _Py_ID(...)}): shared by all
 * interpreters, so their str hash is never cached in them (see {@link PyStr#shared}). Type lookups key
 * their cache by identity, so these cost no hashing there.
 */
public final class Id {
    private Id() {
    }

    public static final PyStr __abs__ = PyStr.shared("__abs__");
    public static final PyStr __bool__ = PyStr.shared("__bool__");
    public static final PyStr __call__ = PyStr.shared("__call__");
    public static final PyStr __class__ = PyStr.shared("__class__");
    public static final PyStr __class_getitem__ = PyStr.shared("__class_getitem__");
    public static final PyStr __classcell__ = PyStr.shared("__classcell__");
    public static final PyStr __contains__ = PyStr.shared("__contains__");
    public static final PyStr __delattr__ = PyStr.shared("__delattr__");
    public static final PyStr __delete__ = PyStr.shared("__delete__");
    public static final PyStr __delitem__ = PyStr.shared("__delitem__");
    public static final PyStr __dict__ = PyStr.shared("__dict__");
    public static final PyStr __doc__ = PyStr.shared("__doc__");
    public static final PyStr __eq__ = PyStr.shared("__eq__");
    public static final PyStr __float__ = PyStr.shared("__float__");
    public static final PyStr __format__ = PyStr.shared("__format__");
    public static final PyStr __get__ = PyStr.shared("__get__");
    public static final PyStr __getattr__ = PyStr.shared("__getattr__");
    public static final PyStr __getattribute__ = PyStr.shared("__getattribute__");
    public static final PyStr __getitem__ = PyStr.shared("__getitem__");
    public static final PyStr __hash__ = PyStr.shared("__hash__");
    public static final PyStr __index__ = PyStr.shared("__index__");
    public static final PyStr __init__ = PyStr.shared("__init__");
    public static final PyStr __init_subclass__ = PyStr.shared("__init_subclass__");
    public static final PyStr __instancecheck__ = PyStr.shared("__instancecheck__");
    public static final PyStr __int__ = PyStr.shared("__int__");
    public static final PyStr __iter__ = PyStr.shared("__iter__");
    public static final PyStr __len__ = PyStr.shared("__len__");
    public static final PyStr __length_hint__ = PyStr.shared("__length_hint__");
    public static final PyStr __missing__ = PyStr.shared("__missing__");
    public static final PyStr __module__ = PyStr.shared("__module__");
    public static final PyStr __mro_entries__ = PyStr.shared("__mro_entries__");
    public static final PyStr __name__ = PyStr.shared("__name__");
    public static final PyStr __new__ = PyStr.shared("__new__");
    public static final PyStr __next__ = PyStr.shared("__next__");
    public static final PyStr __notes__ = PyStr.shared("__notes__");
    public static final PyStr __pow__ = PyStr.shared("__pow__");
    public static final PyStr __qualname__ = PyStr.shared("__qualname__");
    public static final PyStr __repr__ = PyStr.shared("__repr__");
    public static final PyStr __reversed__ = PyStr.shared("__reversed__");
    public static final PyStr __round__ = PyStr.shared("__round__");
    public static final PyStr __set__ = PyStr.shared("__set__");
    public static final PyStr __set_name__ = PyStr.shared("__set_name__");
    public static final PyStr __setattr__ = PyStr.shared("__setattr__");
    public static final PyStr __setitem__ = PyStr.shared("__setitem__");
    public static final PyStr __slots__ = PyStr.shared("__slots__");
    public static final PyStr __str__ = PyStr.shared("__str__");
    public static final PyStr __subclasscheck__ = PyStr.shared("__subclasscheck__");
    public static final PyStr __trunc__ = PyStr.shared("__trunc__");
    public static final PyStr __weakref__ = PyStr.shared("__weakref__");
    public static final PyStr keys = PyStr.shared("keys");
    public static final PyStr mro = PyStr.shared("mro");
}
