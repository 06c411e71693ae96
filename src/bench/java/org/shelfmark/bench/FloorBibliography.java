package org.shelfmark.bench;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.CollationKey;
import java.text.Collator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.shelfmark.ExchangeFormat;
import org.shelfmark.Shelfmark;
import org.shelfmark.model.Doi;
import org.shelfmark.model.ItemType;
import org.shelfmark.model.Name;
import org.shelfmark.model.NameRole;
import org.shelfmark.model.Organisation;
import org.shelfmark.model.Person;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Variable;

/**
 * A floor for any renderer of Shelfmark's own: the work a Cite Them Right bibliography of
 * {@code compare.sh}'s generated references needs, written by hand for those references, with
 * nothing of CSL in between. It reads the list as Shelfmark does, makes each item's three sort
 * keys with the locale's collator (on two threads), gives a year suffix where two items' authors
 * and year read alike, and writes the entries as plain text.
 *
 * <p>It is not a renderer and its output is not Shelfmark's: it knows five item types, one style and
 * none of CSL's rules for names, punctuation, cases or disambiguation by names, so it does less
 * than any renderer would, and a renderer of Shelfmark's own, reading any style, would take
 * longer. {@code src/bench/floor.sh} times it, cold, against {@code ./shelfmark bibliography} and
 * pandoc.
 *
 * <p>With {@code --plain-order} it compares the keys as Java strings, char by char, rather than with
 * the collator: a wrong order (lower case after all of upper case, accented letters after z), as
 * a bound on what the fastest collation could give.
 *
 * <p>Usage: {@code java -cp target/shelfmark.jar:target/test-classes
 * org.shelfmark.bench.FloorBibliography [--plain-order] refs.json}; the time of each step goes
 * to standard error.
 */
public final class FloorBibliography {

    private FloorBibliography() {
    }

    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        boolean plain = args[0].equals("--plain-order");
        List<Reference> refs = Shelfmark.load(Path.of(args[args.length - 1]), ExchangeFormat.CSL_JSON).references();
        long loaded = System.nanoTime();
        int n = refs.size();
        String[] authors = new String[n];
        Comparable<?>[][] keys = new Comparable<?>[n][];
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> keys(refs, n / 2, n, plain, authors, keys));
        keys(refs, 0, n / 2, plain, authors, keys);
        second.join();
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (x, y) -> compare(keys[x], keys[y]));
        String[] suffixes = suffixes(refs, authors, order);
        long sorted = System.nanoTime();
        Writer out = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), 1 << 16);
        StringBuilder entry = new StringBuilder(256);
        for (int i : order) {
            entry.setLength(0);
            entry(refs.get(i), authors[i], suffixes[i], entry);
            out.write(entry.append('\n').toString());
        }
        out.flush();
        long written = System.nanoTime();
        System.err.printf("read %d ms, keys, order and suffixes %d ms, entries %d ms%n",
                (loaded - start) / 1_000_000, (sorted - loaded) / 1_000_000, (written - sorted) / 1_000_000);
    }

    // each item's author (as the entry shows it), year and title: collation keys, or the texts themselves
    private static void keys(List<Reference> refs, int from, int to, boolean plain, String[] authors,
            Comparable<?>[][] keys) {
        Collator collator = Collator.getInstance(Locale.UK);
        for (int i = from; i < to; i++) {
            Reference r = refs.get(i);
            List<Name> names = r.authors();
            StringBuilder author = new StringBuilder();
            if (names.isEmpty()) {
                author.append(r.title());
            } else {
                names(names, author);
            }
            authors[i] = author.toString();
            keys[i] = plain ? new String[] {authors[i], year(r), r.title()}
                    : new CollationKey[] {collator.getCollationKey(authors[i]),
                        collator.getCollationKey(year(r)), collator.getCollationKey(r.title())};
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // an item's keys are all strings or all collation keys
    private static int compare(Comparable[] a, Comparable[] b) {
        for (int k = 0; k < a.length; k++) {
            int c = a[k].compareTo(b[k]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    // a, b, c... in the bibliography's order, where more than one item has the same authors and year
    private static String[] suffixes(List<Reference> refs, String[] authors, Integer[] order) {
        Map<String, Integer> count = new HashMap<>();
        String[] same = new String[authors.length];
        for (int i = 0; i < authors.length; i++) {
            same[i] = authors[i] + '\u0000' + year(refs.get(i));
            count.merge(same[i], 1, Integer::sum);
        }
        Map<String, Integer> given = new HashMap<>();
        String[] suffixes = new String[authors.length];
        for (int i : order) {
            suffixes[i] = count.get(same[i]) == 1 ? ""
                    : String.valueOf((char) ('a' + (given.merge(same[i], 1, Integer::sum) - 1) % 26));
        }
        return suffixes;
    }

    private static String year(Reference r) {
        return r.issued().map(d -> String.valueOf(d.start().year())).orElse("");
    }

    private static void names(List<Name> names, StringBuilder b) {
        int shown = names.size() >= 4 ? 1 : names.size();
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                b.append(i == shown - 1 ? " and " : ", ");
            }
            if (names.get(i) instanceof Person p) {
                b.append(p.family());
                if (p.given() != null) {
                    initials(p.given(), b.append(", "));
                }
            } else {
                b.append(((Organisation) names.get(i)).name());
            }
        }
        if (shown < names.size()) {
            b.append(" et al.");
        }
    }

    private static void initials(String given, StringBuilder b) {
        boolean starts = true;
        for (int i = 0; i < given.length(); i++) {
            char c = given.charAt(i);
            if (c == ' ' || c == '-') {
                starts = true;
                if (c == '-') {
                    b.append('-');
                }
            } else if (starts) {
                b.append(Character.toUpperCase(c)).append('.');
                starts = false;
            }
        }
    }

    private static void entry(Reference r, String author, String suffix, StringBuilder b) {
        String year = year(r);
        b.append(author).append(" (").append(year.isEmpty() ? "no date" : year).append(suffix).append(") ");
        boolean italic = r.type() == ItemType.BOOK || r.type() == ItemType.REPORT || r.type() == ItemType.WEBPAGE;
        if (italic) {
            b.append(r.title());
        } else {
            b.append('\u2018').append(r.title()).append('\u2019');
        }
        r.get(Variable.CONTAINER_TITLE).ifPresent(container -> {
            if (r.type() == ItemType.CHAPTER) {
                names(r.names(NameRole.EDITOR), b.append(", in "));
                b.append(" (ed.) ");
            } else {
                b.append(", ");
            }
            b.append(container);
        });
        r.get(Variable.PUBLISHER).ifPresent(publisher -> {
            b.append(". ");
            r.get(Variable.PUBLISHER_PLACE).ifPresent(place -> b.append(place).append(": "));
            b.append(publisher);
        });
        r.get(Variable.VOLUME).ifPresent(volume -> {
            b.append(", ").append(volume);
            r.get(Variable.ISSUE).ifPresent(issue -> b.append('(').append(issue).append(')'));
        });
        r.get(Variable.PAGE).ifPresent(page -> b.append(", pp. ").append(page.replace('-', '\u2013')));
        Optional<Doi> doi = r.doiValue();
        if (doi.isPresent()) {
            b.append(". Available at: https://doi.org/").append(doi.get());
        } else {
            r.get(Variable.URL).ifPresent(url -> b.append(". Available at: ").append(url));
        }
        b.append('.');
    }
}
