package dev.kaa.compiler.parser;

import dev.kaa.compiler.PySyntaxError;
import dev.kaa.compiler.ast.ModNode;

/** The PEG parser for Python 3.13's grammar (Grammar/python.gram), one method per grammar rule. */
public final class Parser {
    private Parser() {
    }

    /** ast.parse(source, filename): the Module, or a PySyntaxError as CPython reports it. */
    public static ModNode parseFile(byte[] source, String filename) throws PySyntaxError {
        throw new UnsupportedOperationException("parser not written yet");
    }
}
