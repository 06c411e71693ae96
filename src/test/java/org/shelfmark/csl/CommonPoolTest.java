package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.shelfmark.ExchangeFormat;
import org.shelfmark.Shelfmark;
import org.shelfmark.model.Reference;

/**
 * The engine's own work on other threads never waits for a thread of the common pool, which a
 * caller's work may hold. Where it did, a formatter made on one thread while the common pool's
 * one thread waited for the same engine hung for good: on Java 25, whose {@code CompletableFuture}
 * runs its tasks on the common pool even on two cores, 4 of 64 runs of {@code ./shelfmark
 * bibliography} and {@code cite} (docs/performance-log.md, the twentieth round). Surefire gives
 * the common pool three threads (the pom), so that Java 17 uses it here too, as it does on four
 * cores.
 */
class CommonPoolTest {

    @Test
    void theTestsRunWithACommonPoolThatCompletableFutureUses() {
        assertTrue(ForkJoinPool.getCommonPoolParallelism() > 1,
                "CompletableFuture gives each task a thread of its own where the common pool has one thread");
    }

    @Test
    void anEngineIsMadeALongBibliographyRenderedAndItExportedWhileEveryThreadOfTheCommonPoolIsHeld() throws Exception {
        List<Reference> records = BibliographyHalvesTest.records(CslEngine.PARALLEL_ENTRIES + 100);
        int threads = ForkJoinPool.getCommonPoolParallelism();
        CountDownLatch holding = new CountDownLatch(threads);
        CountDownLatch release = new CountDownLatch(1);
        List<java.util.concurrent.Future<?>> held = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            held.add(ForkJoinPool.commonPool().submit(() -> {
                holding.countDown();
                release.await();
                return null;
            }));
        }
        assertTrue(holding.await(30, TimeUnit.SECONDS), "the common pool's threads all held");
        List<String> exported = new ArrayList<>();
        try {
            // a style and locale no other test makes an engine of, so that this one is made here
            List<CslEngine.Entry> entries = assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
                    CslEngine.of("harvard-cite-them-right", "nl-NL").session(records, Markup.TEXT).bibliography(records));
            assertEquals(records.size(), entries.size());
            // the exports too (BibTeX's citation keys are worked out by parallel streams)
            for (ExchangeFormat format : ExchangeFormat.values()) {
                exported.add(assertTimeoutPreemptively(Duration.ofSeconds(60), () -> exported(records, format)));
            }
        } finally {
            release.countDown();
        }
        for (java.util.concurrent.Future<?> f : held) {
            f.get(30, TimeUnit.SECONDS);
        }
        for (ExchangeFormat format : ExchangeFormat.values()) {
            assertEquals(exported(records, format), exported.get(format.ordinal()), format + " as with the pool free");
        }
    }

    private static String exported(List<Reference> records, ExchangeFormat format) throws java.io.IOException {
        java.io.StringWriter out = new java.io.StringWriter();
        Shelfmark.export(records, format, out);
        return out.toString();
    }
}
