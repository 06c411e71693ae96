package org.shelfmark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.shelfmark.Grouping;
import org.shelfmark.PageFormat;
import org.shelfmark.Shelfmark;
import org.shelfmark.model.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code shelfmark reading-list}: the annotated list, each entry with its reference. */
@Command(name = "reading-list", description = "Print the annotated reading list: per resource its title, publisher and"
        + " date, annotation, reference, link, access notes and related entries.")
final class ReadingListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Sources sources;

    @Mixin
    StyleOptions styleOptions;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            converter = PageOptions.FormatConverter.class, completionCandidates = PageOptions.FormatKeys.class,
            description = "Markup: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    PageFormat format;

    @Option(names = "--group-by", paramLabel = "GROUPING",
            converter = PageOptions.GroupingConverter.class, completionCandidates = PageOptions.GroupingKeys.class,
            description = "Sections with headings, by ${COMPLETION-CANDIDATES} (default: one list, in the list's order).")
    Grouping grouping = Grouping.NONE;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (replaced whole, or left as it was on failure) instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        styleOptions.prepare();
        Library library = sources.load();
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            Shelfmark.writeReadingList(library, styleOptions.formatter(), format, grouping, out);
            out.flush();
        } else {
            AtomicWrite.write(output, w -> Shelfmark.writeReadingList(library, styleOptions.formatter(), format, grouping, w));
        }
        return 0;
    }
}
