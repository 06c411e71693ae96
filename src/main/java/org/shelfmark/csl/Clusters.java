package org.shelfmark.csl;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.shelfmark.model.CiteItem;

/**
 * Puts together citation clusters with what citeproc-java 3.5.2 leaves out: prefixes and
 * suffixes ({@code (see Evans, 2022, p. 12)}), suppressed authors ({@code (2022)}), authors alone
 * and narrative cites ({@code Evans (2022)}).
 *
 * <p>citeproc-java renders the cluster with its locators and in the style's order; the cluster is
 * then cut at the layout's delimiter, each part matched to its item, and where the author stands
 * is found by rendering the item again with its author replaced by a mark.
 */
final class Clusters {

    static final String AUTHOR_MARK = "\uE100";
    private static final CSLName[] MARKED = {new CSLNameBuilder().literal(AUTHOR_MARK).build()};

    private Clusters() {
    }

    /** {@return the items with each first list of names (the author, else the editor) replaced by the mark} */
    static CSLItemData[] markAuthors(CSLItemData[] items) {
        return Arrays.stream(items).map(i -> {
            CSLItemDataBuilder b = new CSLItemDataBuilder(i);
            if (i.getAuthor() != null && i.getAuthor().length > 0) {
                return b.author(MARKED).build();
            }
            return i.getEditor() != null && i.getEditor().length > 0 ? b.editor(MARKED).build() : i;
        }).toArray(CSLItemData[]::new);
    }

    /**
     * {@return the cluster with each item's affixes and author mode applied; the cluster as
     * citeproc-java rendered it when its cites cannot be told apart (as when a style groups them)}
     */
    static String assemble(List<CiteItem> items, String cluster, CiteLayout layout, Function<CiteItem, String> single,
            Function<CiteItem, String> marked, UnaryOperator<String> escape) {
        String[] segments = layout.inner(cluster).split(Pattern.quote(layout.delimiter()), -1);
        CiteItem[] owner = match(items, segments, layout, single);
        if (owner == null) {
            return cluster;
        }
        List<String> inText = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        for (int s = 0; s < segments.length; s++) {
            CiteItem item = owner[s];
            String after = afterAuthor(segments[s], layout.inner(marked.apply(item)));
            String author = segments[s].substring(0, segments[s].length() - after.length()).strip();
            String rest = after.replaceFirst("^[\\s,;:]+", "");
            switch (item.mode()) {
                case NORMAL -> parts.add(new Part(author, affixed(segments[s], item, escape), affixed(rest, item, escape), item));
                case SUPPRESS_AUTHOR -> parts.add(new Part("", affixed(rest, item, escape), affixed(rest, item, escape), item));
                case AUTHOR_ONLY -> inText.add(author);
                case NARRATIVE -> inText.add(author + " " + layout.wrap(affixed(rest, item, escape)));
            }
        }
        String cited = parts.isEmpty() ? "" : layout.wrap(layout.collapses() ? grouped(parts, layout) : String.join(
                layout.delimiter(), parts.stream().map(Part::whole).toList()));
        return (String.join("; ", inText) + (inText.isEmpty() || cited.isEmpty() ? "" : " ") + cited).strip();
    }

    /**
     * {@return a numeric cluster with runs of three or more numbers as ranges, {@code (21–23)}, as
     * CSL's {@code collapse="citation-number"} asks; the cluster as it was if its cites are not all numbers}
     */
    static String collapseNumbers(String cluster, CiteLayout layout) {
        String[] parts = layout.inner(cluster).split(Pattern.quote(layout.delimiter()), -1);
        int[] numbers = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].strip().matches("[0-9]{1,6}")) {
                return cluster;
            }
            numbers[i] = Integer.parseInt(parts[i].strip());
        }
        Arrays.sort(numbers);
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < numbers.length; ) {
            int j = i;
            while (j + 1 < numbers.length && numbers[j + 1] == numbers[j] + 1) {
                j++;
            }
            if (j - i >= 2) {
                runs.add(numbers[i] + "\u2013" + numbers[j]);
            } else {
                for (int k = i; k <= j; k++) {
                    runs.add(String.valueOf(numbers[k]));
                }
            }
            i = j + 1;
        }
        return layout.wrap(String.join(layout.delimiter(), runs));
    }

    /** A cite of a cluster: its author as rendered, the whole cite, and the cite after the author. */
    private record Part(String author, String whole, String rest, CiteItem item) {
    }

    // Cites of the same authors that stand next to each other go together, the names once:
    // (West, 2019a, 2019b; Evans, 2022). citeproc-js moves no cite to join another of its authors.
    private static String grouped(List<Part> parts, CiteLayout layout) {
        List<List<Part>> groups = new ArrayList<>();
        for (Part p : parts) {
            List<Part> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && !p.author().isEmpty() && p.author().equals(last.get(0).author())) {
                last.add(p);
            } else {
                groups.add(new ArrayList<>(List.of(p)));
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<Part> group : groups) {
            if (out.length() > 0) {
                out.append(layout.afterCollapseDelimiter());
            }
            for (int i = 0; i < group.size(); i++) {
                Part p = group.get(i);
                if (i == 0) {
                    out.append(p.whole());
                } else {
                    // after a cite with a locator the names are not collapsed into a run
                    boolean located = group.get(i - 1).item().locator() != null;
                    out.append(located ? layout.afterCollapseDelimiter() : layout.groupDelimiter()).append(p.rest());
                }
            }
        }
        return out.toString();
    }

    // Which item each part renders: the parts come in the style's order, not the order given.
    private static CiteItem[] match(List<CiteItem> items, String[] segments, CiteLayout layout, Function<CiteItem, String> single) {
        if (segments.length != items.size()) {
            return null;
        }
        CiteItem[] owner = new CiteItem[segments.length];
        for (CiteItem item : items) {
            String alone = layout.inner(single.apply(item));
            int s = 0;
            while (s < segments.length && (owner[s] != null || !segments[s].equals(alone))) {
                s++;
            }
            if (s == segments.length) {
                return null;
            }
            owner[s] = item;
        }
        return owner;
    }

    // The part of a cite after its author: ", 2022, p. 12" of "Evans, 2022, p. 12".
    private static String afterAuthor(String segment, String markedSegment) {
        int at = markedSegment.indexOf(AUTHOR_MARK);
        if (at < 0) {
            return segment; // no author to leave out
        }
        String after = markedSegment.substring(at + AUTHOR_MARK.length());
        return segment.endsWith(after) ? after : segment;
    }

    private static String affixed(String cite, CiteItem item, UnaryOperator<String> escape) {
        String s = cite;
        if (item.prefix() != null) {
            s = escape.apply(item.prefix()) + (item.prefix().endsWith(" ") ? "" : " ") + s;
        }
        if (item.suffix() != null) {
            boolean joined = item.suffix().startsWith(" ") || item.suffix().matches("^[,.;:)].*");
            s = s + (joined ? "" : " ") + escape.apply(item.suffix());
        }
        return s;
    }
}
