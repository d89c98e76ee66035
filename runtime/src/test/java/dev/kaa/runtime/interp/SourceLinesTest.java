package dev.kaa.runtime.interp;

import dev.kaa.runtime.Interpreter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * {@link SourceLines} as {@code linecache} (each expected value is what CPython 3.13's linecache and
 * tokenize.open give for the same bytes), and the {@code str}/{@code textwrap} helpers of {@link PyText}.
 */
class SourceLinesTest {
    @TempDir
    Path dir;

    private static List<String> decode(String latin1Bytes) {
        return SourceLines.decode(latin1Bytes.getBytes(StandardCharsets.ISO_8859_1), "t.py");
    }

    @Test
    void universalNewlinesAndFinalNewline() {
        assertEquals(List.of("a\n", "b\n", "c\n", "d\n"), decode("a\r\nb\rc\nd"));
        assertEquals(List.of("\n"), decode(""));
    }

    @Test
    void codingDeclarationAndBom() {
        // "# coding: latin-1" then s = "café" in Latin-1
        assertEquals(List.of("# coding: latin-1\n", "s = \"caf\u00e9\"\n"), decode("# coding: latin-1\ns = \"caf\u00e9\"\n"));
        assertEquals(List.of("x = 1\n"), decode("\u00ef\u00bb\u00bfx = 1\n"));
    }

    @Test
    void undecodableSourceHasNoLines() {
        // linecache catches the UnicodeDecodeError of tokenize.open and returns []
        assertNull(decode("x = '\u00e9'\n"));
        assertNull(decode("# coding: no-such-codec\nx = 1\n"));
    }

    @Test
    void getlineAndChangedFiles() throws IOException {
        Path f = dir.resolve("m.py");
        Files.writeString(f, "one\ntwo\n");
        Interpreter interp = new Interpreter();
        interp.run(() -> {
            SourceLines lines = new SourceLines();
            String name = f.toString();
            assertEquals("two\n", lines.getline(name, 2));
            assertEquals("", lines.getline(name, 3));
            assertEquals("", lines.getline(name, 0));
            try {
                Files.writeString(f, "uno\ndos\ntres\n");
                Files.setLastModifiedTime(f, FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() + 5000));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            assertEquals("two\n", lines.getline(name, 2)); // cached until checkcache
            lines.checkcache(name);
            assertEquals("tres\n", lines.getline(name, 3));
            assertEquals("", lines.getline(dir.resolve("missing.py").toString(), 1));
        });
    }

    @Test
    void registeredSources() {
        Interpreter interp = new Interpreter();
        interp.run(() -> {
            SourceLines lines = new SourceLines();
            assertEquals("", lines.getline("<string>", 1));
            // linecache._register_code: string.splitlines(), so \f also ends a line
            lines.register("<string>", "x = 1\nexec('1/0')  \r\n#c\fy");
            assertEquals("exec('1/0')  \n", lines.getline("<string>", 2));
            assertEquals("y\n", lines.getline("<string>", 4));
        });
    }

    @Test
    void textHelpers() {
        assertEquals(List.of("a", "b", "", "c"), PyText.splitlines("a\r\nb\u2028\u000bc", false));
        assertEquals("x\n  y\n\nz", PyText.dedent("  x\n    y\n \t\n  z"));
        assertEquals("a\n\tb", PyText.dedent("a\n\tb"));
        assertEquals(">a\n>\n", PyText.indent("a\n\n", ">", true));
        assertEquals(">a\n\n", PyText.indent("a\n\n", ">", false));
        // _display_width: wide CJK and emoji count two columns; ASCII lines answer the offset itself
        assertEquals(7, PyText.displayWidth("日本語x", -1));
        assertEquals(3, PyText.displayWidth("a\uD83D\uDE00b", 2));
        assertEquals(10, PyText.displayWidth("abc", 10));
        // _byte_offset_to_character_offset: a cut character counts as one (errors="replace")
        assertEquals(2, PyText.byteOffsetToCharOffset("a日b", 4));
        assertEquals(2, PyText.byteOffsetToCharOffset("a日b", 2));
        assertEquals("\uD83D\uDE00b", PyText.slice("a\uD83D\uDE00b", 1, 3));
        assertEquals("", PyText.slice("abc", 2, 1));
    }
}
