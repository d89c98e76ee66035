package dev.kaa.compiler.tokenize;

import dev.kaa.compiler.PySyntaxError;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The snippets of {@link TokenizerCases} (generated from CPython 3.13 by tools/gen_tokenizer_cases.py):
 * {@code --dump-tokens} output, the SyntaxError fields of tokenizer errors, and codec results.
 */
class TokenizerOracleCasesTest {

    static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    @TestFactory
    Stream<DynamicTest> dumpTokens() {
        return TokenizerCases.DUMP.stream().map(c -> DynamicTest.dynamicTest(PyRepr.str(c.source()), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = TokenDump.run(bytes(c.source()), TokenizerCases.FILENAME, new PrintStream(out),
                    new PrintStream(err));
            assertEquals(c.stdout(), out.toString(StandardCharsets.UTF_8));
            String expErr = c.stderr();
            String gotErr = err.toString(StandardCharsets.UTF_8);
            if (expErr.startsWith("unexpected error: <built-in method")) {
                // the address CPython prints varies
                expErr = expErr.replaceAll("0x[0-9a-f]+", "0x");
                gotErr = gotErr.replaceAll("0x[0-9a-f]+", "0x");
            }
            assertEquals(expErr, gotErr);
            assertEquals(c.status(), status);
        }));
    }

    @TestFactory
    Stream<DynamicTest> tokenizerErrors() {
        return TokenizerCases.ERRORS.stream().map(c -> DynamicTest.dynamicTest(PyRepr.str(c.source()),
                () -> assertEquals(c.error(), firstError(bytes(c.source()), TokenizerCases.FILENAME))));
    }

    @TestFactory
    Stream<DynamicTest> codecs() {
        return TokenizerCases.CODECS.stream().map(c -> DynamicTest.dynamicTest(
                c.encoding() + " " + PyRepr.str(c.input()), () -> {
                    byte[] b = bytes(c.input());
                    assertEquals(c.strict(), decode(c.encoding(), b, false), "strict");
                    assertEquals(c.replace(), decode(c.encoding(), b, true), "replace");
                }));
    }

    private static String decode(String encoding, byte[] b, boolean replace) {
        try {
            String s = PythonCodecs.decode(encoding, b, 0, b.length, replace);
            StringBuilder sb = new StringBuilder("OK:");
            s.codePoints().forEach(cp -> sb.append(sb.length() > 3 ? " " : "").append(Integer.toHexString(cp)));
            return sb.toString();
        } catch (PythonCodecs.CodecError e) {
            return e.type + ": " + e.getMessage();
        }
    }

    /**
     * Tokenizes in the parser's mode to the end and returns the error as "kind|msg|lineno|offset|...".
     * For an ERRORTOKEN at the end of input, does what the parser does (_Pypegen_tokenizer_error E_EOF).
     */
    static String firstError(byte[] src, String filename) {
        Tokenizer t = Tokenizer.forParser(src, filename);
        try {
            while (true) {
                Token k = t.next();
                if (k.type() == TokenType.ENDMARKER) {
                    return "OK";
                }
                if (k.type() == TokenType.ERRORTOKEN) {
                    if (t.parenDepth() > 0) {
                        OpenBracket b = t.openBracket(t.parenDepth() - 1);
                        String line = t.lineText(b.lineno());
                        return "SyntaxError|'" + b.bracket() + "' was never closed|" + b.lineno() + "|"
                                + chars(line, b.col() + 1) + "|" + b.lineno() + "|0";
                    }
                    String line = t.lineText(t.cursorLineno());
                    return "SyntaxError|unexpected EOF while parsing|" + t.cursorLineno() + "|"
                            + chars(line, t.cursorColumn()) + "|" + t.cursorLineno() + "|-1";
                }
            }
        } catch (PySyntaxError e) {
            return e.kind + "|" + e.msg + "|" + opt(e.lineno) + "|" + opt(e.offset) + "|" + opt(e.endLineno) + "|"
                    + opt(e.endOffset);
        }
    }

    private static int chars(String line, int byteCol) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        if (byteCol > b.length) {
            return line.codePointCount(0, line.length()) + Math.min(byteCol - b.length, 1);
        }
        return Utf8.countCharsReplace(b, 0, byteCol);
    }

    private static String opt(int v) {
        return v == PySyntaxError.NONE ? "None" : Integer.toString(v);
    }
}
