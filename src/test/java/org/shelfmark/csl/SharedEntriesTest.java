package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.output.Bibliography;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Entries begun early read as the entries of the items as they finally are, whenever the year
 * suffixes become known: before the early processor's first run, between its runs, or after it
 * has rendered every entry.
 */
class SharedEntriesTest {

    private static final String STYLE = """
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
              <info><title>Test</title><id>test</id><updated>2024-01-01T00:00:00+00:00</updated></info>
              <citation><layout><text variable="title"/></layout></citation>
              <bibliography><layout>
                <text variable="title" suffix=" "/>
                <date variable="issued"><date-part name="year"/></date><text variable="year-suffix"/>
              </layout></bibliography>
            </style>""";

    private static final int COUNT = 10 * SharedEntries.SHORTEST_RUN;

    private static final CSLItemData[] BEFORE = IntStream.range(0, COUNT).mapToObj(i -> new CSLItemDataBuilder()
            .id("i" + i).title("T" + i).issued(new CSLDateBuilder().dateParts(2020).build()).build())
            .toArray(CSLItemData[]::new);

    // every third item gets a suffix
    private static final Set<String> SUFFIXED = IntStream.range(0, COUNT).filter(i -> i % 3 == 0).mapToObj(i -> "i" + i)
            .collect(Collectors.toSet());

    private static final CSLItemData[] AFTER = YearSuffixes.apply(BEFORE,
            SUFFIXED.stream().collect(Collectors.toMap(id -> id, id -> "a")));

    @Test
    void entriesReadAsTheSuffixedItemsWhenTheSuffixesComeFirst() throws InterruptedException {
        CountDownLatch known = new CountDownLatch(1);
        SharedEntries entries = SharedEntries.start(BEFORE, provider -> {
            await(known);
            return registered(provider, BEFORE, call -> { });
        });
        entries.suffixed(AFTER, SUFFIXED);
        known.countDown();
        assertArrayEquals(expected(), entries.rest(registered(new ListItemDataProvider(AFTER), AFTER, call -> { })));
    }

    @Test
    void entriesRenderedBeforeTheSuffixesCameAreRenderedAgainByTheEarlyProcessor() throws InterruptedException {
        CountDownLatch reached = new CountDownLatch(1);
        CountDownLatch known = new CountDownLatch(1);
        AtomicInteger mainCalls = new AtomicInteger();
        // the early processor is held in its second run until the suffixes are known, so that it
        // has rendered runs without them and goes on after they come
        SharedEntries entries = SharedEntries.start(BEFORE, provider -> registered(provider, BEFORE, call -> {
            if (call == 2) {
                reached.countDown();
                await(known);
            }
        }));
        await(reached);
        entries.suffixed(AFTER, SUFFIXED);
        known.countDown();
        awaitEarly(entries);
        String[] texts = entries.rest(registered(new ListItemDataProvider(AFTER), AFTER, call -> mainCalls.incrementAndGet()));
        assertArrayEquals(expected(), texts);
        assertEquals(0, mainCalls.get(), "the early processor took every run and mended its own");
    }

    @Test
    void entriesRenderedWithoutTheSuffixesAreRenderedAgainByTheLaterProcessor() throws InterruptedException {
        SharedEntries entries = SharedEntries.start(BEFORE, provider -> registered(provider, BEFORE, call -> { }));
        awaitEarly(entries);
        entries.suffixed(AFTER, SUFFIXED);
        AtomicInteger mainCalls = new AtomicInteger();
        String[] texts = entries.rest(registered(new ListItemDataProvider(AFTER), AFTER, call -> mainCalls.incrementAndGet()));
        assertArrayEquals(expected(), texts);
        assertEquals(1, mainCalls.get(), "one call renders again the entries of the items with suffixes");
    }

    @Test
    void anEmptyEntryLeavesNoEntriesToTrust() {
        CSLItemData[] items = BEFORE.clone();
        items[COUNT / 2] = new CSLItemDataBuilder().id(items[COUNT / 2].getId()).build(); // renders nothing
        SharedEntries entries = SharedEntries.start(items, provider -> registered(provider, items, call -> { }));
        entries.suffixed(items, Set.of());
        assertNull(entries.rest(registered(new ListItemDataProvider(items), items, call -> { })));
    }

    @Test
    void earlyEntriesCoverOnlyTheirOwnIdsInTheirOrder() {
        SharedEntries entries = SharedEntries.start(BEFORE, provider -> registered(provider, BEFORE, call -> { }));
        assertTrue(entries.covers(Arrays.stream(BEFORE).map(CSLItemData::getId).toList()));
        assertFalse(entries.covers(Arrays.stream(BEFORE).skip(1).map(CSLItemData::getId).toList()));
        entries.stop();
    }

    private static String[] expected() {
        return registered(new ListItemDataProvider(AFTER), AFTER, call -> { }).makeBibliography().getEntries();
    }

    private static void awaitEarly(SharedEntries entries) throws InterruptedException {
        for (int waited = 0; !entries.earlyDone() && waited < 10_000; waited += 10) {
            Thread.sleep(10);
        }
        assertTrue(entries.earlyDone(), "the early processor finished");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    // a processor with the items registered in order, telling each call for entries (1, 2, ...) before it renders them
    private static CSL registered(ItemDataProvider provider, CSLItemData[] items, java.util.function.IntConsumer beforeCall) {
        try {
            AtomicInteger calls = new AtomicInteger();
            CSL csl = new CSL(provider, STYLE, "en-US") {
                @Override
                public Bibliography makeBibliography(Predicate<CSLItemData> filter) {
                    beforeCall.accept(calls.incrementAndGet());
                    return super.makeBibliography(filter);
                }
            };
            csl.setOutputFormat("text");
            csl.registerCitationItems(Arrays.stream(items).map(CSLItemData::getId).toArray(String[]::new));
            return csl;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
