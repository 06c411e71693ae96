package org.shelfmark.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.shelfmark.csl.StyleCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shelfmark styles [QUERY]}: find a style id. */
@Command(name = "styles",
        description = "List the CSL styles whose id or title contains every word of QUERY: id, citation format, title.")
final class StylesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Words to look for, such as 'harvard'.")
    List<String> query = List.of();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<StyleCatalog.StyleInfo> found = StyleCatalog.search(String.join(" ", query));
        int width = found.stream().mapToInt(s -> s.id().length()).max().orElse(0);
        for (StyleCatalog.StyleInfo s : found) {
            out.printf("%-" + width + "s  %-11s  %s%n", s.id(), s.format(), s.title());
        }
        spec.commandLine().getErr().println(found.size() + (found.size() == 1 ? " style" : " styles"));
        return 0;
    }
}
