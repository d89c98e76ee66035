/**
 * The Python types, one Java class per type (CPython's {@code Objects/*.c}).
 *
 * <h2>Map</h2>
 * <ul>
 *   <li>Root and types: {@link dev.kaa.runtime.objects.PyObject} (the {@code type} field),
 *       {@link dev.kaa.runtime.objects.PyType} (slots, MRO, dictionary, attribute lookup cache),
 *       {@link dev.kaa.runtime.objects.PyBaseObject} ({@code object}),
 *       {@link dev.kaa.runtime.objects.HeapTypes} (creating classes at run time),
 *       {@link dev.kaa.runtime.objects.PyInstance} (instances of Python classes).</li>
 *   <li>Singletons: {@code PyNone}, {@code PyNotImplemented}, {@code PyEllipsis}.</li>
 *   <li>Numbers: {@link dev.kaa.runtime.objects.PyInt} (long fast path, BigInteger beyond),
 *       {@code PyBool}, {@link dev.kaa.runtime.objects.PyFloat}, {@code PyComplex}; formatting in
 *       {@code Formatting}.</li>
 *   <li>Sequences: {@link dev.kaa.runtime.objects.PyStr} (code points, compact), {@code PyBytes},
 *       {@code PyTuple}, {@link dev.kaa.runtime.objects.PyList} (sorted by {@code ListSort}, CPython's
 *       timsort), {@code PyRange}, {@code PySlice}.</li>
 *   <li>Hash tables: {@link dev.kaa.runtime.objects.PyDict} (compact, insertion ordered; notes in
 *       {@code runtime/notes/dict.md}) with its views and iterators;
 *       {@link dev.kaa.runtime.objects.PyAnySet} ({@code set}, {@code frozenset}; CPython's exact probing,
 *       so iteration order matches; {@code runtime/notes/set.md}).</li>
 *   <li>Callables and descriptors: {@code PyMethodDescr} ({@code list.append}),
 *       {@code PyClassMethodDescr}, {@code PyBuiltinFunction} ({@code len}, {@code [].append}),
 *       {@code PyWrapperDescr} and {@code PyMethodWrapper} (slots seen as dunders), {@code PyGetSetDescr},
 *       {@code PyMemberDescr} ({@code __slots__}), {@code PyStaticMethod}, {@code PyClassMethod},
 *       {@code PyBoundMethod}.</li>
 *   <li>Modules: {@link dev.kaa.runtime.objects.PyModule}.</li>
 *   <li>Exceptions: {@link dev.kaa.runtime.objects.PyExc} (every builtin exception type),
 *       {@link dev.kaa.runtime.objects.PyBaseException} and the classes of the types with their own
 *       layout ({@code PyOSError}, {@code PySyntaxError}, {@code PyStopIteration}, ...).</li>
 * </ul>
 *
 * <h2>How a type is declared</h2>
 * A class annotated {@code @PyClass} declares its Python methods ({@code @PyMethod}), attributes
 * ({@code @PyGetter}/{@code @PySetter}) and slots ({@code @PySlot}); {@code kaa-processor} writes
 * {@code <Class>Table} beside it, and the class builds its type object with
 * {@code PyType.fromSpec(new <Class>Table())}. A Python subclass of a builtin gets instances of the
 * builtin's nested {@code Derived} class, which adds a {@code __dict__}. Because every type object is
 * created in a static initializer, a class must create its {@code TYPE} before any instance, and
 * exception types are all created in {@code PyExc}, base first.
 */
package dev.kaa.runtime.objects;
