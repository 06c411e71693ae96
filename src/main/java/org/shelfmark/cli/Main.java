package org.shelfmark.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * The {@code shelfmark} command line.
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        // output is flushed once, at the end (run does it): a flush a line is a system call a line,
        // 100,000 of them for a long bibliography; diagnostics go out as they come
        System.exit(run(args, utf8(System.out, false), utf8(System.err, true)));
    }

    // UTF-8 whatever the locale, as every file Shelfmark writes is and as pandoc writes: a C
    // locale's charset (ASCII, in Java 17) would make '?' of every character beyond it
    private static PrintWriter utf8(OutputStream out, boolean autoFlush) {
        return new Utf8PrintWriter(out, autoFlush);
    }

    /**
     * Runs the command line: 0 on success, 1 for invalid data or a failure, 2 for a usage error.
     *
     * @param args the arguments
     * @param out  where output goes
     * @param err  where diagnostics go
     * @return the exit code
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Warmup.start(args);
        CommandLine cli = commandLine(args);
        cli.setOut(out);
        cli.setErr(err);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    // The subcommands, in the order help lists them.
    private static final List<String> COMMANDS = List.of("list", "show", "validate", "check", "bibliography", "cite",
            "reading-list", "site", "export", "import", "styles", "generate-completion");

    // A switch rather than a map of constructor references: each reference is linked at its first
    // use, through a bootstrap method run in the interpreter (the twelve took 26 samples of 1 ms in
    // three profiled cold runs, some 9 ms of CPU each).
    private static Object command(String name) {
        return switch (name) {
            case "list" -> new ListCommand();
            case "show" -> new ShowCommand();
            case "validate" -> new ValidateCommand();
            case "check" -> new CheckCommand();
            case "bibliography" -> new BibliographyCommand();
            case "cite" -> new CiteCommand();
            case "reading-list" -> new ReadingListCommand();
            case "site" -> new SiteCommand();
            case "export" -> new ExportCommand();
            case "import" -> new ImportCommand();
            case "styles" -> new StylesCommand();
            case "generate-completion" -> new AutoComplete.GenerateCompletion();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** {@return the whole command line, every subcommand in it} */
    static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    // Picocli reads the annotations of every subcommand it is given, some 40 ms of a cold start
    // for the eleven not run: when the first argument names a subcommand, that one alone is
    // added. Everything that needs the whole tree (help, suggestions for a mistyped command, shell
    // completion) starts otherwise and gets every subcommand.
    static CommandLine commandLine(String[] args) {
        CommandLine cli = new CommandLine(new ShelfmarkCommand());
        String first = args.length > 0 ? args[0] : "";
        boolean alone = COMMANDS.contains(first) && !first.equals("generate-completion");
        for (String name : COMMANDS) {
            if (!alone || name.equals(first)) {
                cli.addSubcommand(name, command(name));
            }
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setExitCodeExceptionMapper(ErrorHandler::exitCode);
        if (!alone) {
            cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        }
        return cli;
    }
}
