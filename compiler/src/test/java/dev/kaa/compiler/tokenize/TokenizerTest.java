package dev.kaa.compiler.tokenize;

import dev.kaa.compiler.PySyntaxError;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parser's mode: token texts, byte and character positions, metadata, hostile input. */
class TokenizerTest {

    private static List<Token> tokens(String src) {
        Tokenizer t = Tokenizer.forParser(src.getBytes(StandardCharsets.UTF_8), "<test>");
        List<Token> out = new ArrayList<>();
        while (true) {
            Token k = t.next();
            out.add(k);
            if (k.type() == TokenType.ENDMARKER) {
                return out;
            }
        }
    }

    /** "TYPE:text@line,col-endline,endcol" with the parser's byte columns. */
    private static String show(List<Token> ts) {
        StringBuilder b = new StringBuilder();
        for (Token t : ts) {
            b.append(t.type()).append(':').append(t.string()).append('@').append(t.lineno()).append(',')
                    .append(t.col()).append('-').append(t.endLineno()).append(',').append(t.endCol()).append(' ');
        }
        return b.toString().trim();
    }

    @Test
    void parserModeHasNoCommentsNlOrEncoding() {
        // (after a comment, CPython's NEWLINE starts where the comment did and has its text)
        assertEquals("NAME:x@1,0-1,1 EQUAL:=@1,2-1,3 NUMBER:1@1,4-1,5 NEWLINE:# c@1,6-1,10 "
                        + "ENDMARKER:@2,-1-2,-1",
                show(tokens("x = 1 # c\n\n")));
    }

    @Test
    void columnsAreUtf8BytesAndCodePoints() {
        List<Token> ts = tokens("é = 'ü€'\n");
        Token s = ts.get(2);
        assertEquals(TokenType.STRING, s.type());
        assertEquals(5, s.col());          // 'é' is two bytes
        assertEquals(12, s.endCol());      // 5 + 1 + 2 + 3 + 1
        assertEquals(4, s.charCol());
        assertEquals(8, s.endCharCol());
    }

    @Test
    void indentsAndDedentsHaveNoPosition() {
        List<Token> ts = tokens("if x:\n    y\nz\n");
        assertEquals("NAME:if@1,0-1,2 NAME:x@1,3-1,4 COLON::@1,4-1,5 NEWLINE:@1,5-1,6 INDENT:@2,-1-2,-1 "
                + "NAME:y@2,4-2,5 NEWLINE:@2,5-2,6 DEDENT:@3,-1-3,-1 NAME:z@3,0-3,1 NEWLINE:@3,1-3,2 "
                + "ENDMARKER:@3,-1-3,-1", show(ts));
    }

    @Test
    void fstringTokens() {
        assertEquals("FSTRING_START:f\"@1,0-1,2 FSTRING_MIDDLE:a@1,2-1,3 LBRACE:{@1,3-1,4 NAME:b@1,4-1,5 "
                        + "EXCLAMATION:!@1,5-1,6 NAME:r@1,6-1,7 COLON::@1,7-1,8 FSTRING_MIDDLE:>@1,8-1,9 "
                        + "LBRACE:{@1,9-1,10 NAME:w@1,10-1,11 RBRACE:}@1,11-1,12 FSTRING_MIDDLE:@1,12-1,12 "
                        + "RBRACE:}@1,12-1,13 FSTRING_MIDDLE:c@1,13-1,14 FSTRING_END:\"@1,14-1,15 "
                        + "NEWLINE:@1,15-1,16 ENDMARKER:@1,-1-1,-1",
                show(tokens("f\"a{b!r:>{w}}c\"\n")));
    }

    @Test
    void doubledBracesKeepOneInTheTextButTheCursorPassesBoth() {
        List<Token> ts = tokens("f'a{{b'\n");
        Token m = ts.get(1);
        assertEquals("a{", m.string());
        assertEquals(2, m.col());
        assertEquals(5, m.endCol());       // pegen's end: after both braces
        assertEquals(4, m.endCharCol());   // tokenize's end: after the text
        assertEquals("b", ts.get(2).string());
    }

    @Test
    void debugExpressionMetadata() {
        List<Token> ts = tokens("f'{x = !r:>{y=}}'\n");
        List<String> meta = new ArrayList<>();
        for (Token t : ts) {
            if (t.metadata() != null) {
                meta.add(t.string() + "=" + t.metadata());
            }
        }
        assertEquals(List.of("!=x = ", ":=x = ", "}=y="), meta);
        List<Token> withComment = tokens("f'''{x # c\n=}'''\n");
        assertEquals("x \n=", withComment.get(withComment.size() - 4).metadata());
    }

    @Test
    void operatorsAndKeywords() {
        assertEquals("NAME:if@1,0-1,2 NUMBER:1@1,3-1,4 NOTEQUAL:<>@1,5-1,7 NUMBER:2@1,8-1,9 COLON::@1,9-1,10 "
                        + "ELLIPSIS:...@1,11-1,14 NEWLINE:@1,14-1,15 ENDMARKER:@1,-1-1,-1",
                show(tokens("if 1 <> 2: ...\n")));
        assertEquals(TokenType.OP, tokens("$\n").get(0).type());
    }

    @Test
    void lineEndsAreTranslatedAndLineTextKept() {
        Tokenizer t = Tokenizer.forParser("x = (1,\r\n 2)\ry\r\n".getBytes(StandardCharsets.UTF_8), "<t>");
        List<Token> ts = new ArrayList<>();
        for (Token k = t.next(); k.type() != TokenType.ENDMARKER; k = t.next()) {
            ts.add(k);
        }
        assertEquals(3, ts.get(ts.size() - 2).lineno());
        assertEquals(" 2)\n", t.lineText(2));
        assertEquals("", t.lineText(9));
    }

    @Test
    void bracketStack() {
        Tokenizer t = Tokenizer.forParser("x = [(\n1".getBytes(StandardCharsets.UTF_8), "<t>");
        Token k;
        do {
            k = t.next();
        } while (k.type() != TokenType.ERRORTOKEN);
        assertEquals(Tokenizer.E_EOF, t.errorCode());
        assertEquals(2, t.parenDepth());
        assertEquals(new OpenBracket('(', 1, 5), t.openBracket(1));
    }

    @Test
    void errorsRepeat() {
        Tokenizer t = Tokenizer.forParser("x = 'a\n".getBytes(StandardCharsets.UTF_8), "<t>");
        t.next();
        t.next();
        PySyntaxError e1 = assertThrows(PySyntaxError.class, t::next);
        PySyntaxError e2 = assertThrows(PySyntaxError.class, t::next);
        assertEquals(e1, e2);
        assertEquals(Tokenizer.E_ERROR, t.errorCode());
    }

    @Test
    void codingCookieDecodes() {
        byte[] src = "# coding: latin-1\nx = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1);
        Tokenizer t = Tokenizer.forParser(src, "<t>");
        t.next();
        t.next();
        Token s = t.next();
        assertEquals("'é'", s.string());
        assertEquals(8, s.endCol()); // columns of the UTF-8 re-encoding, as in CPython
        assertNull(s.metadata());
    }

    @Test
    void newlineAddedAtTheEndIsOneCharacterWide() {
        // CPython's parser sees the NEWLINE it adds to a last line without one as 1 wide, like any other:
        // ast.parse(b"x = 1 +", "<file>") reports 1 8 1 9. (The oracle command's "1 8 1 8" comes from
        // _PyErr_ProgramDecodedTextObject re-reading the line from the file, newline-less, and clamping the
        // end offset to its length + 1: ParserCore's error line, not the token.)
        List<Token> ts = tokens("x = 1 +");
        assertEquals("NEWLINE:@1,7-1,8", show(List.of(ts.get(ts.size() - 2))));
    }

    @Test
    void lineTextDecodesInvalidBytesAsCPythonDoes() {
        // b"'\xed\xa0\x80'".decode("utf-8", "replace") == "'\ufffd\ufffd\ufffd'" (the JDK makes one U+FFFD of
        // the three bytes); error offsets are counted in this text (kaa/utf8/08: end offset 3, not 4)
        byte[] src = "'\u00ed\u00a0\u0080'\nx\n".getBytes(StandardCharsets.ISO_8859_1);
        Tokenizer t = Tokenizer.forParser(src, "<t>");
        assertEquals("'\ufffd\ufffd\ufffd'\n", t.lineText(1));
        assertEquals("'\ufffd\ufffd\ufffd'", t.next().string());
    }

    @Test
    void tokenizeModeReadsDecodedLinesOneByOne() {
        // with a codec other than UTF-8 each line readline() returns is decoded on its own, and a '\n' is
        // added when the decoded line has none (here: UTF-16 of an odd number of bytes)
        byte[] src = "# coding: utf-16\nx = 1\n".getBytes(StandardCharsets.ISO_8859_1);
        Tokenizer t = Tokenizer.forTokenizeModule(src, "<t>");
        List<String> lines = new ArrayList<>();
        for (Token k = t.next(); k.type() != TokenType.ENDMARKER; k = t.next()) {
            if (k.type() == TokenType.NEWLINE) {
                lines.add(k.lineno() + ":" + k.string());
            }
        }
        assertEquals(List.of("1:", "2:"), lines);
    }

    @Test
    void declaredEncodingAndLineDecodingForErrorLines() {
        assertEquals("latin2", Tokenizer.forParser(bytes("# coding: latin2\nx\n"), "<t>").declaredEncoding());
        assertEquals("utf-8", Tokenizer.forParser(bytes("\u00ef\u00bb\u00bfx\n"), "<t>").declaredEncoding());
        assertNull(Tokenizer.forParser(bytes("x\n"), "<t>").declaredEncoding());
        assertEquals("\u201a\ufffd", Tokenizer.decodeReplace("cp1252", bytes("\u0082\u0081"), 0, 2));
        assertEquals("\ufffd\ufffd\ufffd", Tokenizer.decodeReplace(null, bytes("\u00ed\u00a0\u0080"), 0, 3));
        assertNull(Tokenizer.decodeReplace("undefined", bytes("x"), 0, 1));
    }

    private static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void hostileInputEndsInATokenOrASyntaxError() {
        String big = "x = [" + "a, ".repeat(300_000) + "]\n";
        assertEquals(600_006, tokens(big).size());
        assertThrows(PySyntaxError.class, () -> tokens("(".repeat(100_000) + ")".repeat(100_000) + "\n"));
        assertThrows(PySyntaxError.class, () -> tokens("f'{".repeat(100_000)));
        Random r = new Random(1);
        for (int i = 0; i < 3000; i++) {
            byte[] b = new byte[r.nextInt(120)];
            r.nextBytes(b);
            for (int mode = 0; mode < 2; mode++) {
                Tokenizer t = mode == 0 ? Tokenizer.forParser(b, "r.py") : Tokenizer.forTokenizeModule(b, "r.py");
                try {
                    for (int k = 0; k < 1000; k++) {
                        TokenType tt = t.next().type();
                        if (tt == TokenType.ENDMARKER || tt == TokenType.ERRORTOKEN) {
                            break;
                        }
                        assertTrue(k < 999, "no end");
                    }
                } catch (PySyntaxError e) {
                    assertTrue(!e.msg.startsWith("unknown tokenization error"), e.msg);
                }
            }
        }
    }
}
