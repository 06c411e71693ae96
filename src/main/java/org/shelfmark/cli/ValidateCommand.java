package org.shelfmark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.shelfmark.Shelfmark;
import org.shelfmark.diag.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code shelfmark validate}: every problem in the records, one line each. */
@Command(name = "validate",
        description = "Check every record and report each problem as file:line:column: message.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Sources sources;

    @Override
    public Integer call() {
        Path path = sources.path();
        List<Diagnostic> diagnostics = path == null ? Shelfmark.validateBuiltIn()
                : sources.encoding != null ? Shelfmark.read(path, null, sources.encoding).diagnostics() : Shelfmark.validate(path);
        PrintWriter err = spec.commandLine().getErr();
        diagnostics.forEach(d -> err.println(d));
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        if (errors > 0) {
            err.println(errors + (errors == 1 ? " error" : " errors") + " found");
            return ErrorHandler.DATA_ERROR;
        }
        spec.commandLine().getOut().println("no errors in " + (path == null ? "the built-in list" : path));
        return 0;
    }
}
