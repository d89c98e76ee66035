package dev.kaa.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed command line and environment: CPython's {@code PyConfig} as far as Kaa uses it. {@link #parse}
 * follows Python/getopt.c and {@code config_parse_cmdline} (Python/initconfig.c) option for option, so the
 * same command line means the same thing and a wrong one gets the same message and exit status 2.
 *
 * <p>Environment variables ({@code PYTHON*}) are read after the options, unless {@code -E} or {@code -I};
 * a flag set by both takes the larger value, as CPython's {@code _Py_get_env_flag}.
 */
final class CommandLine {
    /** Short options; a colon follows those that take an argument (CPython's {@code SHORT_OPTS}). */
    private static final String SHORT_OPTS = "bBc:dEhiIJm:OPqRsStuvVW:xX:?";

    /** The program name for messages ({@code config->program_name}). */
    final String program;
    /** The arguments as given, program name first ({@code sys.orig_argv}). */
    final List<String> origArgv = new ArrayList<>();

    /** {@code -c cmd}: the command with a newline appended, as CPython. */
    String command;
    /** {@code -m mod}. */
    String module;
    /** The script file, as given. */
    String filename;
    /** {@code sys.argv}. */
    final List<String> argv = new ArrayList<>();

    int bytesWarning;
    int parserDebug;
    int inspect;
    int interactive;
    int optimize;
    boolean dontWriteBytecode;
    boolean noUserSite;
    boolean noSite;
    boolean ignoreEnvironment;
    boolean isolated;
    boolean safePath;
    boolean unbuffered;
    int verbose;
    int quiet;
    boolean skipFirstLine;
    boolean devMode;
    boolean warnDefaultEncoding;
    int utf8Mode;
    /** {@code -X int_max_str_digits} / PYTHONINTMAXSTRDIGITS; -1 = the default 4300. */
    int intMaxStrDigits = -1;
    /** PYTHONHASHSEED when the environment is used, else null (random). */
    String hashSeed;
    /** PYTHONPATH entries (before the standard library). */
    final List<String> pythonPath = new ArrayList<>();
    /** PYTHONSTARTUP (interactive start-up file), or null. */
    String startup;
    /** {@code sys.warnoptions}. */
    final List<String> warnOptions = new ArrayList<>();
    /** {@code sys._xoptions}: the value is a String, or Boolean.TRUE for an option without '='. */
    final Map<String, Object> xOptions = new LinkedHashMap<>();
    /** {@code --check-hash-based-pycs}. */
    String checkHashPycsMode = "default";

    /** Set when parsing alone decides the outcome (help, version, error): the exit status. */
    int exitStatus = -1;

    private CommandLine(String program) {
        this.program = program;
    }

    /** The hash-randomization flag of {@code sys.flags}: 0 only for PYTHONHASHSEED=0. */
    boolean hashRandomization() {
        return hashSeed == null || !hashSeed.equals("0");
    }

    /**
     * Parses {@code args} (without the program name) and the environment; help, version and usage
     * errors are printed here and leave {@link #exitStatus} set.
     */
    static CommandLine parse(String program, String[] args, Map<String, String> env, PrintStream out,
            PrintStream err) {
        CommandLine c = new CommandLine(program);
        c.origArgv.add(program);
        c.origArgv.addAll(List.of(args));
        c.parseOptions(args, out, err);
        if (c.exitStatus < 0) {
            c.readEnvironment(env, err);
        }
        return c;
    }

    private void parseOptions(String[] args, PrintStream out, PrintStream err) {
        int optind = 0;
        int printVersion = 0;
        List<String> cmdlineWarnOptions = new ArrayList<>();
        String optPtr = "";
        int pos = 0;
        boolean commandOrModule = false;
        loop:
        while (true) {
            // _PyOS_GetOpt
            if (pos >= optPtr.length()) {
                if (optind >= args.length) {
                    break;
                }
                String a = args[optind];
                if (!a.startsWith("-") || a.length() == 1) {
                    break;
                }
                if (a.equals("--")) {
                    optind++;
                    break;
                }
                optind++;
                if (a.equals("--help")) {
                    err.flush();
                    out.print(Usage.help(program));
                    exitStatus = 0;
                    return;
                }
                if (a.equals("--version")) {
                    printVersion++;
                    continue;
                }
                optPtr = a;
                pos = 1;
            }
            char option = optPtr.charAt(pos++);
            String optarg = null;
            if (option == '-') {
                String name = optPtr.substring(pos);
                pos = optPtr.length();
                switch (name) {
                    case "check-hash-based-pycs" -> {
                        if (optind >= args.length) {
                            err.print("Argument expected for the " + args[optind - 1] + " options\n");
                            usageError(err);
                            return;
                        }
                        optarg = args[optind++];
                        if (!optarg.equals("always") && !optarg.equals("never") && !optarg.equals("default")) {
                            err.print("--check-hash-based-pycs must be one of 'default', 'always', or 'never'\n");
                            usageError(err);
                            return;
                        }
                        checkHashPycsMode = optarg;
                        continue;
                    }
                    case "help-all" -> {
                        out.print(Usage.helpAll(program));
                        exitStatus = 0;
                        return;
                    }
                    case "help-env" -> {
                        out.print(Usage.ENV_VARS);
                        exitStatus = 0;
                        return;
                    }
                    case "help-xoptions" -> {
                        out.print(Usage.XOPTIONS);
                        exitStatus = 0;
                        return;
                    }
                    default -> {
                        err.print("unknown option " + args[optind - 1] + "\n");
                        usageError(err);
                        return;
                    }
                }
            }
            if (option == 'J') {
                err.print("-J is reserved for Jython\n");
                usageError(err);
                return;
            }
            int k = SHORT_OPTS.indexOf(option);
            if (k < 0 || option == ':') {
                err.print("Unknown option: -" + option + "\n");
                usageError(err);
                return;
            }
            if (k + 1 < SHORT_OPTS.length() && SHORT_OPTS.charAt(k + 1) == ':') {
                if (pos < optPtr.length()) {
                    optarg = optPtr.substring(pos);
                    pos = optPtr.length();
                } else if (optind >= args.length) {
                    err.print("Argument expected for the -" + option + " option\n");
                    usageError(err);
                    return;
                } else {
                    optarg = args[optind++];
                }
            }
            // config_parse_cmdline (and _PyPreCmdline_Read for -E -I -X)
            switch (option) {
                case 'c' -> {
                    command = optarg + "\n";
                    commandOrModule = true;
                    break loop;
                }
                case 'm' -> {
                    module = optarg;
                    commandOrModule = true;
                    break loop;
                }
                case 'b' -> bytesWarning++;
                case 'd' -> parserDebug++;
                case 'i' -> {
                    inspect++;
                    interactive++;
                }
                case 'E' -> ignoreEnvironment = true;
                case 'I' -> {
                    isolated = true;
                    ignoreEnvironment = true;
                    noUserSite = true;
                    safePath = true;
                }
                case 'X' -> addXOption(optarg);
                case 'O' -> optimize++;
                case 'P' -> safePath = true;
                case 'B' -> dontWriteBytecode = true;
                case 's' -> noUserSite = true;
                case 'S' -> noSite = true;
                case 't' -> {
                    // ignored for backwards compatibility
                }
                case 'u' -> unbuffered = true;
                case 'v' -> verbose++;
                case 'x' -> skipFirstLine = true;
                case 'h', '?' -> {
                    out.print(Usage.help(program));
                    exitStatus = 0;
                    return;
                }
                case 'V' -> printVersion++;
                case 'W' -> cmdlineWarnOptions.add(optarg);
                case 'q' -> quiet++;
                case 'R' -> {
                    // hash randomization is always on (CPython ignores -R too)
                }
                default -> {
                    usageError(err);
                    return;
                }
            }
        }
        if (printVersion > 0) {
            out.print("Python " + (printVersion >= 2 ? dev.kaa.runtime.builtins.SysModule.VERSION : "3.13.0") + "\n");
            exitStatus = 0;
            return;
        }
        if (!commandOrModule && optind < args.length && !args[optind].equals("-")) {
            filename = args[optind];
        }
        if (commandOrModule) {
            optind--;
        }
        // config_update_argv: sys.argv is what follows the options; argv[0] is "-c"/"-m" for those
        if (optind >= args.length) {
            argv.add("");
        } else {
            argv.addAll(List.of(args).subList(optind, args.length));
        }
        if (command != null) {
            argv.set(0, "-c");
        } else if (module != null) {
            argv.set(0, "-m");
        }
        warnOptions.addAll(cmdlineWarnOptions);
    }

    private void addXOption(String opt) {
        int eq = opt.indexOf('=');
        if (eq < 0) {
            xOptions.put(opt, Boolean.TRUE);
        } else {
            xOptions.put(opt.substring(0, eq), opt.substring(eq + 1));
        }
    }

    private void usageError(PrintStream err) {
        err.print(Usage.error(program));
        exitStatus = 2;
    }

    /** {@code config_read_env_vars} and the -X options that need checking; a bad value is fatal (status 1). */
    private void readEnvironment(Map<String, String> env, PrintStream err) {
        boolean useEnv = !ignoreEnvironment;
        if (useEnv) {
            parserDebug = Math.max(parserDebug, envFlag(env, "PYTHONDEBUG"));
            verbose = Math.max(verbose, envFlag(env, "PYTHONVERBOSE"));
            optimize = Math.max(optimize, envFlag(env, "PYTHONOPTIMIZE"));
            if (envFlag(env, "PYTHONINSPECT") > 0) {
                inspect = Math.max(inspect, 1);
            }
            dontWriteBytecode |= envFlag(env, "PYTHONDONTWRITEBYTECODE") > 0;
            noUserSite |= envFlag(env, "PYTHONNOUSERSITE") > 0;
            unbuffered |= envFlag(env, "PYTHONUNBUFFERED") > 0;
            safePath |= nonEmpty(env, "PYTHONSAFEPATH") != null;
            devMode |= nonEmpty(env, "PYTHONDEVMODE") != null;
            warnDefaultEncoding |= envFlag(env, "PYTHONWARNDEFAULTENCODING") > 0;
            hashSeed = nonEmpty(env, "PYTHONHASHSEED");
            startup = nonEmpty(env, "PYTHONSTARTUP");
            String path = nonEmpty(env, "PYTHONPATH");
            if (path != null) {
                for (String p : path.split(":", -1)) {
                    pythonPath.add(p);
                }
            }
            String w = nonEmpty(env, "PYTHONWARNINGS");
            if (w != null) {
                List<String> envWarn = new ArrayList<>();
                for (String s : w.split(",")) {
                    if (!s.isEmpty()) {
                        envWarn.add(s);
                    }
                }
                // lowest precedence first: the environment, then -W (config_init_warnoptions)
                warnOptions.addAll(0, envWarn);
            }
            String digits = nonEmpty(env, "PYTHONINTMAXSTRDIGITS");
            if (digits != null && !xOptions.containsKey("int_max_str_digits")) {
                intMaxStrDigits = maxStrDigits(digits);
                if (intMaxStrDigits < 0) {
                    fatal(err, "config_init_int_max_str_digits: PYTHONINTMAXSTRDIGITS: invalid limit; "
                            + "must be >= 640 or 0 for unlimited.", "preinitialized");
                    return;
                }
            }
        }
        if (xOptions.containsKey("dev")) {
            devMode = true;
        }
        if (xOptions.containsKey("warn_default_encoding")) {
            warnDefaultEncoding = true;
        }
        Object utf8 = xOptions.get("utf8");
        if (utf8 != null) {
            if (utf8 == Boolean.TRUE || utf8.equals("1")) {
                utf8Mode = 1;
            } else if (utf8.equals("0")) {
                utf8Mode = 0;
            } else {
                fatal(err, "preconfig_init_utf8_mode: invalid -X utf8 option value", "preinitializing");
                return;
            }
        }
        Object digits = xOptions.get("int_max_str_digits");
        if (digits != null) {
            intMaxStrDigits = digits instanceof String s ? maxStrDigits(s) : -1;
            if (intMaxStrDigits < 0) {
                fatal(err, "config_init_int_max_str_digits: -X int_max_str_digits: invalid limit; "
                        + "must be >= 640 or 0 for unlimited.", "preinitialized");
                return;
            }
        }
        if (hashSeed != null && !validHashSeed(hashSeed)) {
            fatal(err, "config_init_hash_seed: PYTHONHASHSEED must be \"random\" or an integer in range "
                    + "[0; 4294967295]", "preinitialized");
            return;
        }
        if (devMode) {
            // "default" comes first: the lowest precedence
            if (!warnOptions.contains("default")) {
                warnOptions.addFirst("default");
            }
        }
        if (bytesWarning > 0) {
            String filter = bytesWarning > 1 ? "error::BytesWarning" : "default::BytesWarning";
            if (!warnOptions.contains(filter)) {
                warnOptions.add(filter);
            }
        }
    }

    /** CPython's "Fatal Python error" report of a bad setting found before the interpreter starts. */
    private void fatal(PrintStream err, String message, String state) {
        err.print("Fatal Python error: " + message + "\nPython runtime state: " + state + "\n\n");
        exitStatus = 1;
    }

    private static String nonEmpty(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    /** {@code _Py_get_env_flag}: an integer value, or 1 for any other non-empty value. */
    private static int envFlag(Map<String, String> env, String name) {
        String v = nonEmpty(env, name);
        if (v == null) {
            return 0;
        }
        try {
            int n = Integer.parseInt(v.strip());
            return Math.max(n, 1);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static int maxStrDigits(String s) {
        try {
            int n = Integer.parseInt(s);
            return n == 0 || n >= 640 ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean validHashSeed(String s) {
        if (s.equals("random")) {
            return true;
        }
        try {
            long v = Long.parseLong(s);
            return v >= 0 && v <= 4294967295L;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
