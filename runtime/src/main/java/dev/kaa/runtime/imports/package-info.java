/**
 * The import system: {@link dev.kaa.runtime.imports.Importer} ({@code __import__}, {@code IMPORT_FROM},
 * finding modules on {@code sys.path} and in packages, loading {@code .py} files),
 * {@link dev.kaa.runtime.imports.NativeModules} (the registry of modules written in Java) and
 * {@link dev.kaa.runtime.imports.ModuleSpec} ({@code __spec__}).
 */
package dev.kaa.runtime.imports;
