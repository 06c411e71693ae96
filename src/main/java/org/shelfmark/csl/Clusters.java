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
        List<String> parts = new ArrayList<>();
        for (int s = 0; s < segments.length; s++) {
            CiteItem item = owner[s];
            String after = afterAuthor(segments[s], layout.inner(marked.apply(item)));
            String author = segments[s].substring(0, segments[s].length() - after.length()).strip();
            String rest = after.replaceFirst("^[\\s,;:]+", "");
            switch (item.mode()) {
                case NORMAL -> parts.add(affixed(segments[s], item, escape));
                case SUPPRESS_AUTHOR -> parts.add(affixed(rest, item, escape));
                case AUTHOR_ONLY -> inText.add(author);
                case NARRATIVE -> inText.add(author + " " + layout.wrap(affixed(rest, item, escape)));
            }
        }
        String cited = parts.isEmpty() ? "" : layout.wrap(String.join(layout.delimiter(), parts));
        return (String.join("; ", inText) + (inText.isEmpty() || cited.isEmpty() ? "" : " ") + cited).strip();
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
