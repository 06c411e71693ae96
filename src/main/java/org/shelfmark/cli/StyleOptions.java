package org.shelfmark.cli;

import org.shelfmark.Formatter;
import org.shelfmark.Shelfmark;
import picocli.CommandLine.Option;

/** The style and locale options of the rendering commands. */
final class StyleOptions {

    @Option(names = {"-s", "--style"}, paramLabel = "STYLE", defaultValue = Shelfmark.DEFAULT_STYLE,
            description = "CSL style id or .csl file (default: ${DEFAULT-VALUE}). 'shelfmark styles' lists ids.")
    String style;

    @Option(names = {"-l", "--locale"}, paramLabel = "LOCALE",
            description = "CSL locale, such as en-GB or de-AT (default: the style's own, else en-GB).")
    String locale;

    private java.util.concurrent.CompletableFuture<Formatter> prepared;

    /**
     * Starts making the formatter on a thread of its own, so that it is ready when the records are.
     * Not the common pool's, where CompletableFuture would put it on Java 25 or on four cores: on
     * two cores that pool has one thread, which this would hold while the warm-up's thread makes
     * the same formatter.
     */
    void prepare() {
        if (prepared == null) {
            prepared = java.util.concurrent.CompletableFuture.supplyAsync(() -> Shelfmark.formatter(style, locale), task -> {
                Thread thread = new Thread(task, "shelfmark-formatter");
                thread.setDaemon(true);
                thread.start();
            });
        }
    }

    Formatter formatter() {
        if (prepared == null) {
            return Shelfmark.formatter(style, locale);
        }
        try {
            return prepared.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
