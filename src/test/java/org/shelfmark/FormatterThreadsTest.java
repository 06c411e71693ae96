package org.shelfmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.shelfmark.model.Library;

/** A Formatter is documented as safe to share between threads; this holds it to that. */
class FormatterThreadsTest {

    @Test
    void oneEngineServesEachStyleAndLocale() {
        assertEquals(true, org.shelfmark.csl.CslEngine.of("apa", "en-US") == org.shelfmark.csl.CslEngine.of("apa", "en-US"));
        assertEquals(false, org.shelfmark.csl.CslEngine.of("apa", "en-US") == org.shelfmark.csl.CslEngine.of("apa", "en-GB"));
    }

    @Test
    void eightThreadsRenderWhatOneThreadRenders() throws Exception {
        Library list = Shelfmark.builtIn();
        Formatter harvard = Shelfmark.formatter();
        List<String> expected = harvard.bibliography(list.references(), OutputFormat.TEXT);
        String expectedCite = harvard.cite(list, List.of("what-is-compassionate-leadership"), OutputFormat.TEXT);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> {
                    List<String> out = new ArrayList<>(harvard.bibliography(list.references(), OutputFormat.TEXT));
                    out.add(harvard.cite(list, List.of("what-is-compassionate-leadership"), OutputFormat.TEXT));
                    return out;
                }));
            }
            for (Future<List<String>> run : runs) {
                List<String> out = run.get();
                assertEquals(expected, out.subList(0, out.size() - 1));
                assertEquals(expectedCite, out.get(out.size() - 1));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eightThreadsOfTheCommonPoolRenderAndExportWhatOneThreadDoes() throws Exception {
        // the conformance list in three styles, and every export: callers that are themselves pool
        // threads, while each session renders its own passes on threads of its own (CslEngine.begun)
        Library list = Shelfmark.load(java.nio.file.Path.of("src/test/resources/conformance/references.json"));
        List<String> styles = List.of("harvard-cite-them-right", "apa", "ieee");
        java.util.function.IntFunction<String> work = i -> {
            String style = styles.get(i % styles.size());
            StringBuilder out = new StringBuilder(String.join("\n",
                    Shelfmark.formatter(style, null).bibliography(list.references(), OutputFormat.TEXT)));
            for (ExchangeFormat f : ExchangeFormat.values()) {
                java.io.StringWriter w = new java.io.StringWriter();
                try {
                    Shelfmark.export(list.references(), f, w);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                out.append(w);
            }
            return out.toString();
        };
        List<String> alone = java.util.stream.IntStream.range(0, styles.size()).mapToObj(work).toList();
        List<String> together = java.util.stream.IntStream.range(0, 8).parallel().mapToObj(work).toList();
        for (int i = 0; i < together.size(); i++) {
            assertEquals(alone.get(i % styles.size()), together.get(i), "run " + i);
        }
    }
}
