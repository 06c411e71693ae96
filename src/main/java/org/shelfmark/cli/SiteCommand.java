package org.shelfmark.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.shelfmark.Shelfmark;
import org.shelfmark.model.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code shelfmark site -o DIR}: the annotated list as a static site with its downloads. */
@Command(name = "site", description = "Write the annotated reading list as a static site: index.html and downloads"
        + " (the whole list as RIS, BibTeX, BibLaTeX and CSL-JSON; each record as RIS).")
final class SiteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Sources sources;

    @Mixin
    StyleOptions styleOptions;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = "The site's directory: new, empty, or a site written before, which is replaced whole"
                    + " (or left as it was on failure).")
    Path output;

    @Override
    public Integer call() throws IOException {
        styleOptions.prepare();
        Library library = sources.load();
        Shelfmark.writeSite(library, styleOptions.formatter(), output);
        spec.commandLine().getErr().println("wrote " + output.resolve("index.html") + " and "
                + (library.references().size() + 4) + " downloads");
        return 0;
    }
}
