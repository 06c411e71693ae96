package org.shelfmark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.shelfmark.ExchangeFormat;
import org.shelfmark.Shelfmark;
import org.shelfmark.model.Library;
import org.shelfmark.model.Reference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shelfmark export --to FORMAT}: the records as a file reference managers import. */
@Command(name = "export", description = "Write the records, or those named, in a format reference managers import.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Sources sources;

    @Option(names = {"-t", "--to"}, required = true, paramLabel = "FORMAT",
            converter = ExportFormat.Converter.class, completionCandidates = ExportFormat.Keys.class,
            description = "Format to write: ${COMPLETION-CANDIDATES}.")
    ExchangeFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (replaced whole, or left as it was on failure) instead of standard output.")
    Path output;

    @Parameters(paramLabel = "ID", arity = "0..*", description = "Only these records (default: all).")
    List<String> ids = List.of();

    @Override
    public Integer call() throws IOException {
        Library library = sources.load();
        List<Reference> chosen = sources.select(library, ids);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            write(chosen, out);
            out.flush();
        } else {
            AtomicWrite.write(output, w -> write(chosen, w));
        }
        return 0;
    }

    private void write(List<Reference> references, Writer out) throws IOException {
        Shelfmark.export(references, format, out);
    }
}
