package dev.kaa.cli;

import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The REPL's lines on a terminal, read with JLine: line editing, and history kept in
 * {@code ~/.kaa_history} (or {@code PYTHON_HISTORY}). Only this class touches JLine, so a program that
 * never opens the REPL never loads it.
 */
final class JLineSource implements Repl.LineSource {
    private final Terminal terminal;
    private final LineReader reader;

    private JLineSource(Terminal terminal, LineReader reader) {
        this.terminal = terminal;
        this.reader = reader;
    }

    /** A line source on the process's terminal, or null if there is none (the caller falls back to stdin). */
    static JLineSource open(Map<String, String> env, Runnable onInterrupt, Supplier<List<String>> names) {
        try {
            // JLine takes over the process's signals; outside readLine, Ctrl-C must still reach the
            // interpreter (KeyboardInterrupt in running code), so the terminal's handler forwards it.
            Terminal terminal = TerminalBuilder.builder().system(true).nativeSignals(true)
                    .signalHandler(sig -> {
                        if (sig == Terminal.Signal.INT) {
                            onInterrupt.run();
                        }
                    }).build();
            if (Terminal.TYPE_DUMB.equals(terminal.getType()) || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())) {
                terminal.close();
                return null;
            }
            String history = env.get("PYTHON_HISTORY");
            String home = env.get("HOME");
            Path historyFile = history != null && !history.isEmpty() ? Path.of(history)
                    : Path.of(home != null && !home.isEmpty() ? home : System.getProperty("user.home"), ".kaa_history");
            DefaultParser parser = new DefaultParser();
            // Python source, not shell words: no escapes or quotes for JLine to interpret.
            parser.setEscapeChars(null);
            parser.setQuoteChars(new char[0]);
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("kaa")
                    .parser(parser)
                    .completer(completer(names))
                    .variable(LineReader.HISTORY_FILE, historyFile)
                    .variable(LineReader.HISTORY_SIZE, 1000)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .option(LineReader.Option.INSERT_TAB, true)
                    .build();
            return new JLineSource(terminal, reader);
        } catch (IOException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /**
     * Tab completion of the identifier before the cursor from {@code names} (the globals of
     * {@code __main__}, the builtins and the keywords, as rlcompleter's global_matches); Tab on an empty
     * or blank line inserts a tab for indentation.
     */
    private static Completer completer(Supplier<List<String>> names) {
        return (reader, line, candidates) -> {
            String word = line.word();
            int cursor = Math.min(line.wordCursor(), word.length());
            int start = cursor;
            while (start > 0 && Character.isJavaIdentifierPart(word.charAt(start - 1))) {
                start--;
            }
            String prefix = word.substring(start, cursor);
            if (prefix.isEmpty() || (start > 0 && word.charAt(start - 1) == '.')) {
                return;
            }
            String before = word.substring(0, start);
            for (String n : names.get()) {
                if (n.startsWith(prefix)) {
                    candidates.add(new Candidate(before + n, n, null, null, null, null, false));
                }
            }
        };
    }

    @Override
    public String readLine(String prompt) {
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException e) {
            throw new Repl.Interrupted();
        } catch (EndOfFileException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            // history is a convenience; losing it is not an error
        }
        try {
            terminal.close();
        } catch (IOException e) {
            // nothing to do
        }
    }
}
