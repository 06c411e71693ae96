package org.shelfmark.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.shelfmark.Formatter;
import org.shelfmark.OutputFormat;
import org.shelfmark.model.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shelfmark bibliography [ID...]}: the reference list, one entry per line. */
@Command(name = "bibliography",
        description = "Print the bibliography of the list, or of the records named, one entry per line in the style's order.")
final class BibliographyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Sources sources;

    @Mixin
    StyleOptions styleOptions;

    @Mixin
    FormatOption formatOption;

    @Parameters(paramLabel = "ID", arity = "0..*", description = "Only these records (default: all).")
    List<String> ids = List.of();

    @Override
    public Integer call() {
        styleOptions.prepare();
        Library library = sources.load();
        // Entries read as in the whole list's bibliography, year suffixes included, as cite does.
        List<String> entries = ids.isEmpty()
                ? styleOptions.formatter().bibliography(library.references(), formatOption.format)
                : styleOptions.formatter().bibliography(library, ids, formatOption.format);
        if (formatOption.format == OutputFormat.RTF) {
            spec.commandLine().getOut().print(Formatter.rtfDocument(entries));
        } else {
            entries.forEach(spec.commandLine().getOut()::println);
        }
        return 0;
    }
}
