package org.shelfmark.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.shelfmark.model.CiteItem;
import org.shelfmark.model.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shelfmark cite ID...}: in-text citations, one line each. */
@Command(name = "cite",
        description = {"Print in-text citations, one line per cluster, disambiguated against the whole list.",
            "Bare ids make one cluster: (Evans, 2022; West, 2021). Pandoc's syntax gives more:",
            "  '[see @so-close-to-love, p. 12; -@compassionate-leadership-book]'  one cluster",
            "  '@compassionate-leadership-book'                                     West (2021)",
            "  '@compassionate-leadership-book [chap. 3]'                          West (2021, chapter 3)"})
final class CiteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Sources sources;

    @Mixin
    StyleOptions styleOptions;

    @Mixin
    FormatOption formatOption;

    @Parameters(paramLabel = "CITE", arity = "1..*", description = "Record ids, or citations in pandoc's syntax.")
    List<String> cites;

    @Override
    public Integer call() {
        styleOptions.prepare();
        List<List<CiteItem>> clusters;
        try {
            clusters = CiteSyntax.clusters(cites);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Library library = sources.load();
        styleOptions.formatter().citations(library, clusters, formatOption.format)
                .forEach(spec.commandLine().getOut()::println);
        return 0;
    }
}
