package org.shelfmark.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.shelfmark.model.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shelfmark cite ID...}: one in-text citation. */
@Command(name = "cite", description = "Print one in-text citation of the records named, such as (Evans, 2022).")
final class CiteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Sources sources;

    @Mixin
    StyleOptions styleOptions;

    @Mixin
    FormatOption formatOption;

    @Parameters(paramLabel = "ID", arity = "1..*", description = "The records cited, in order.")
    List<String> ids;

    @Override
    public Integer call() {
        Library library = sources.load();
        spec.commandLine().getOut().println(styleOptions.formatter().cite(library, ids, formatOption.format));
        return 0;
    }
}
