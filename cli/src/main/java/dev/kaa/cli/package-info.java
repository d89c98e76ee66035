/**
 * The {@code kaa} command line, option for option like {@code python3.13}:
 * <ul>
 *   <li>{@link dev.kaa.cli.Main}: {@code main} and the in-process entry {@code run(args, stdin, out, err, env,
 *       cwd)}, which the golden tests call for many programs in one JVM; the front end's oracle modes
 *       ({@code --dump-tokens}, {@code --dump-ast}, {@code --dis});</li>
 *   <li>{@link dev.kaa.cli.CommandLine}: the options and {@code PYTHON*} environment variables
 *       (CPython's getopt.c and {@code config_parse_cmdline}), with {@link dev.kaa.cli.Usage}'s help texts;</li>
 *   <li>{@link dev.kaa.cli.PyMain}: running the program ({@code pymain_run_python}): {@code sys} set-up,
 *       {@code -c}, {@code -m}, a file or directory, standard input, SystemExit and exit statuses;</li>
 *   <li>{@link dev.kaa.cli.Repl}: the interactive loop, reading lines with JLine on a terminal
 *       ({@link dev.kaa.cli.JLineSource}) or from {@code sys.stdin} otherwise;</li>
 *   <li>{@link dev.kaa.cli.SigInt}: Ctrl-C as KeyboardInterrupt.</li>
 * </ul>
 * The launcher script {@code ./kaa} builds Kaa when needed and starts the JVM with an ahead-of-time cache.
 */
package dev.kaa.cli;
