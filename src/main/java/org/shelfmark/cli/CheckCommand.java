package org.shelfmark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.shelfmark.Shelfmark;
import org.shelfmark.diag.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code shelfmark check}: the curator's findings, beside validate's errors. */
@Command(name = "check", description = "Report what a curator should mend or explain, as file:line: warning: message:"
        + " web resources without a recent accessed date, records the style prints incompletely, DOIs given as URLs,"
        + " missing annotations, duplicate DOIs and nearly equal titles.")
final class CheckCommand implements Callable<Integer> {

    /** How findings are written. */
    enum Output { text, github }

    @Spec
    CommandSpec spec;

    @Mixin
    Sources sources;

    @Mixin
    StyleOptions styleOptions;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (file:line: warning: message) or github (workflow commands that annotate a pull request).")
    Output output;

    @Override
    public Integer call() {
        styleOptions.prepare();
        Path path = sources.path();
        LocalDate today = LocalDate.now();
        List<Diagnostic> findings = path == null ? Shelfmark.checkBuiltIn(styleOptions.formatter(), today)
                : Shelfmark.check(path, styleOptions.formatter(), today);
        PrintWriter out = spec.commandLine().getOut();
        findings.forEach(d -> out.println(output == Output.github ? github(d) : d.toString()));
        out.flush();
        long errors = findings.stream().filter(Diagnostic::isError).count();
        long warnings = findings.size() - errors;
        spec.commandLine().getErr().println(count(errors, "error") + ", " + count(warnings, "warning") + " in "
                + (path == null ? "the built-in list" : path));
        return errors > 0 ? ErrorHandler.DATA_ERROR : 0;
    }

    // ::warning file=references/x.yaml,line=3::message, as GitHub Actions reads it
    static String github(Diagnostic d) {
        StringBuilder s = new StringBuilder(d.isError() ? "::error " : "::warning ").append("file=").append(property(d.source()));
        if (d.line() > 0) {
            s.append(",line=").append(d.line());
        }
        if (d.column() > 0) {
            s.append(",col=").append(d.column());
        }
        return s.append("::").append(data(d.message())).toString();
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
