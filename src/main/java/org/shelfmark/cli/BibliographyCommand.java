package org.shelfmark.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.shelfmark.model.Library;
import org.shelfmark.model.Reference;
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
        Library library = sources.load();
        List<Reference> chosen = sources.select(library, ids);
        styleOptions.formatter().bibliography(chosen, formatOption.format)
                .forEach(spec.commandLine().getOut()::println);
        return 0;
    }
}
