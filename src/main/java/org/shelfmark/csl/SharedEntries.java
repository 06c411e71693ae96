package org.shelfmark.csl;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * A long list's bibliography entries rendered by two processors at once, a run of entries at a
 * time, each taking the next run neither has taken. The first begins on a thread of its own as soon
 * as the list's order is known, while the cites are still being told apart; the second joins it
 * when they are ({@link #rest}).
 *
 * <p>An entry depends on its item and on the items registered, never on the entry before it, so
 * either processor renders it alike once both have the items as they finally are. The early
 * processor begins with the items as they are before year suffixes are worked out; when the
 * suffixes are known ({@link #suffixed}) it is given the items with them, and renders again the
 * entries it rendered before for items that have one.
 */
final class SharedEntries {

    // A run is an eighth of the entries left, and never fewer than this many: one call renders a
    // run, after a look at every registered item, so runs are few; they shrink so that both
    // processors finish at nearly the same time.
    static final int SHORTEST_RUN = 32;

    private final String[] ids;
    private final String[] texts;
    private final AtomicInteger next = new AtomicInteger();
    private final CompletableFuture<Early> early;
    private volatile Suffixed suffixed;
    private volatile boolean stopped;

    // the items with their year suffixes, and the ids of those that have one
    private record Suffixed(CSLItemData[] items, Set<String> ids) {
    }

    // what the early processor did: whether every entry it took was rendered, and the entries it
    // rendered before the suffixes were known and did not render again
    private record Early(boolean whole, BitSet stale) {
    }

    private SharedEntries(CSLItemData[] items, Function<ListItemDataProvider, CSL> processor) {
        this.ids = Arrays.stream(items).map(CSLItemData::getId).toArray(String[]::new);
        this.texts = new String[items.length];
        this.early = CslEngine.begun("shelfmark-entries", () -> renderEarly(items, processor));
    }

    /**
     * {@return entries begun at once on a thread of their own}
     *
     * @param items     the items in the order the processors register them, as they are before year
     *                  suffixes are worked out
     * @param processor makes a processor with a provider's items registered in that order
     */
    static SharedEntries start(CSLItemData[] items, Function<ListItemDataProvider, CSL> processor) {
        return new SharedEntries(items, processor);
    }

    /**
     * Gives the early processor the items with their year suffixes.
     *
     * @param items the items in the same order, each with its suffix where it has one
     * @param ids   the ids of the items that have one
     */
    void suffixed(CSLItemData[] items, Set<String> ids) {
        suffixed = new Suffixed(items, ids);
    }

    /** Tells the early processor to take no more entries, where they are not wanted. */
    void stop() {
        stopped = true;
    }

    /** {@return whether the early processor has finished: it took the last run, or was stopped} */
    boolean earlyDone() {
        return early.isDone();
    }

    /** {@return whether the entries wanted are those of these ids, in this order} */
    boolean covers(List<String> order) {
        return Arrays.asList(ids).equals(order);
    }

    /**
     * {@return every entry in order, those the early processor took and those this one takes, or
     * {@code null} where one was empty (citeproc-java leaves an empty entry out, so the entries it
     * gives no longer match the items taken)}
     *
     * @param processor a processor with the items as they finally are, registered in order
     */
    String[] rest(CSL processor) {
        boolean whole = takeRuns(processor);
        Early done = CslEngine.joined(early);
        Suffixed known = suffixed;
        BitSet redo = known == null ? new BitSet() : withSuffixes(done.stale(), known);
        whole &= done.whole() && (redo.isEmpty() || rendered(processor, redo));
        return whole ? texts : null;
    }

    private boolean takeRuns(CSL processor) {
        boolean whole = true;
        for (int[] run = run(); run != null; run = run()) {
            whole &= rendered(processor, run[0], run[1]);
        }
        return whole;
    }

    // The early processor's runs until none is left; when the suffixes are known it is given the
    // items with them, and the entries it rendered before for those items are rendered again.
    private Early renderEarly(CSLItemData[] items, Function<ListItemDataProvider, CSL> processor) {
        Provider provider = new Provider(items);
        CSL csl = processor.apply(provider);
        BitSet stale = new BitSet(ids.length);
        boolean whole = true;
        for (int[] run = run(); run != null; run = run()) {
            Suffixed known = suffixed;
            if (known != null && !provider.updated) {
                whole &= caughtUp(csl, provider, known, stale);
            }
            whole &= rendered(csl, run[0], run[1]);
            if (!provider.updated) {
                stale.set(run[0], run[1]);
            }
        }
        return new Early(whole, stale);
    }

    // the next run neither processor has taken, from and to, or null when none is left
    private int[] run() {
        while (!stopped) {
            int from = next.get();
            if (from >= ids.length) {
                return null;
            }
            int to = Math.min(ids.length, from + Math.max(SHORTEST_RUN, (ids.length - from) / 8));
            if (next.compareAndSet(from, to)) {
                return new int[] {from, to};
            }
        }
        return null;
    }

    // the items with their suffixes registered, and the entries rendered before for them again
    private boolean caughtUp(CSL csl, Provider provider, Suffixed known, BitSet stale) {
        provider.updated = true;
        if (known.ids().isEmpty()) {
            stale.clear();
            return true;
        }
        provider.update(known.items());
        csl.registerCitationItems(ids);
        BitSet again = withSuffixes(stale, known);
        stale.clear();
        return again.isEmpty() || rendered(csl, again);
    }

    // of some positions, those whose items have a suffix
    private BitSet withSuffixes(BitSet positions, Suffixed known) {
        BitSet with = new BitSet(ids.length);
        positions.stream().filter(i -> known.ids().contains(ids[i])).forEach(with::set);
        return with;
    }

    private boolean rendered(CSL processor, int from, int to) {
        return rendered(processor, i -> i >= from && i < to, to - from);
    }

    private boolean rendered(CSL processor, BitSet positions) {
        return rendered(processor, positions::get, positions.cardinality());
    }

    // Renders the entries at the positions wanted in one call, and puts them in their places;
    // false where the entries do not match the positions.
    private boolean rendered(CSL processor, IntPredicate wanted, int most) {
        int[] at = new int[most];
        int[] count = {0, 0}; // items looked at, entries wanted
        boolean[] inOrder = {true};
        String[] out = processor.makeBibliography(item -> {
            int i = count[0]++;
            if (i >= ids.length || !wanted.test(i) || count[1] == most) {
                return false;
            }
            inOrder[0] &= ids[i].equals(item.getId());
            at[count[1]++] = i;
            return true;
        }).getEntries();
        if (!inOrder[0] || out.length != count[1]) {
            return false;
        }
        for (int k = 0; k < out.length; k++) {
            texts[at[k]] = out[k];
        }
        return true;
    }

    // citeproc-java's list provider, whose items can be replaced before they are registered again
    private static final class Provider extends ListItemDataProvider {
        private boolean updated;

        Provider(CSLItemData[] items) {
            super(items);
        }

        void update(CSLItemData[] items) {
            for (CSLItemData item : items) {
                this.items.put(item.getId(), item);
            }
        }
    }
}
