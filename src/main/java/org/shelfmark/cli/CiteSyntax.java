package org.shelfmark.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shelfmark.model.CiteItem;
import org.shelfmark.model.LocatorLabel;

/**
 * Reads citations written as pandoc writes them: {@code [see @evans, p. 12; -@west]} is one
 * cluster, {@code @west} a narrative cite ({@code West (2021)}), {@code @west [chap. 3]} one with a
 * locator, and a bare id a plain cite. Bare ids given together make one cluster.
 */
final class CiteSyntax {

    private static final Pattern ITEM = Pattern.compile("^(.*?)(-?)@([^\\s,;\\]]+)(.*)$", Pattern.DOTALL);
    private static final Pattern NARRATIVE = Pattern.compile("^@([^\\s\\[]+)\\s*(?:\\[(.*)\\])?$", Pattern.DOTALL);
    private static final Pattern LOCATOR = Pattern.compile("^\\s*([\\p{L}§.]+\\.?|§)?\\s*([0-9ivxlcdmIVXLCDM][^,]*)(.*)$", Pattern.DOTALL);
    private static final Map<String, LocatorLabel> LABELS = Map.ofEntries(
            Map.entry("p", LocatorLabel.PAGE), Map.entry("pp", LocatorLabel.PAGE), Map.entry("page", LocatorLabel.PAGE),
            Map.entry("pages", LocatorLabel.PAGE), Map.entry("chap", LocatorLabel.CHAPTER), Map.entry("ch", LocatorLabel.CHAPTER),
            Map.entry("chapter", LocatorLabel.CHAPTER), Map.entry("sec", LocatorLabel.SECTION), Map.entry("section", LocatorLabel.SECTION),
            Map.entry("§", LocatorLabel.SECTION), Map.entry("para", LocatorLabel.PARAGRAPH), Map.entry("paragraph", LocatorLabel.PARAGRAPH),
            Map.entry("vol", LocatorLabel.VOLUME), Map.entry("volume", LocatorLabel.VOLUME), Map.entry("fig", LocatorLabel.FIGURE),
            Map.entry("figure", LocatorLabel.FIGURE), Map.entry("l", LocatorLabel.LINE), Map.entry("line", LocatorLabel.LINE),
            Map.entry("col", LocatorLabel.COLUMN), Map.entry("column", LocatorLabel.COLUMN), Map.entry("n", LocatorLabel.NOTE),
            Map.entry("note", LocatorLabel.NOTE), Map.entry("pt", LocatorLabel.PART), Map.entry("part", LocatorLabel.PART),
            Map.entry("bk", LocatorLabel.BOOK), Map.entry("book", LocatorLabel.BOOK), Map.entry("v", LocatorLabel.VERSE),
            Map.entry("verse", LocatorLabel.VERSE), Map.entry("op", LocatorLabel.OPUS), Map.entry("opus", LocatorLabel.OPUS),
            Map.entry("fol", LocatorLabel.FOLIO), Map.entry("folio", LocatorLabel.FOLIO), Map.entry("iss", LocatorLabel.ISSUE),
            Map.entry("issue", LocatorLabel.ISSUE), Map.entry("s.v", LocatorLabel.SUB_VERBO));

    private CiteSyntax() {
    }

    /**
     * {@return the clusters the arguments write, in order}
     *
     * @param args ids, bracketed clusters and narrative cites
     * @throws IllegalArgumentException if a citation cannot be read; the message says which
     */
    static List<List<CiteItem>> clusters(List<String> args) {
        List<List<CiteItem>> clusters = new ArrayList<>();
        List<CiteItem> bare = null;
        for (String arg : args) {
            String a = arg.strip();
            if (a.startsWith("[")) {
                clusters.add(bracketed(a));
            } else if (a.startsWith("@")) {
                clusters.add(List.of(narrative(a)));
            } else {
                if (bare == null) {
                    bare = new ArrayList<>();
                    clusters.add(bare);
                }
                bare.add(CiteItem.of(a));
            }
        }
        return clusters;
    }

    private static List<CiteItem> bracketed(String a) {
        if (!a.endsWith("]")) {
            throw new IllegalArgumentException("'" + a + "' opens '[' but does not close it");
        }
        List<CiteItem> items = new ArrayList<>();
        for (String part : a.substring(1, a.length() - 1).split(";")) {
            Matcher m = ITEM.matcher(part.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + part.strip() + "' names no record: write @id, as in [see @evans, p. 12]");
            }
            String prefix = m.group(1).isBlank() ? null : m.group(1).strip();
            CiteItem.Mode mode = m.group(2).isEmpty() ? CiteItem.Mode.NORMAL : CiteItem.Mode.SUPPRESS_AUTHOR;
            items.add(withLocator(m.group(3), prefix, m.group(4), mode));
        }
        return items;
    }

    private static CiteItem narrative(String a) {
        Matcher m = NARRATIVE.matcher(a);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + a + "' is not a narrative cite: write @id or @id [p. 12]");
        }
        return withLocator(m.group(1), null, m.group(2) == null ? "" : ", " + m.group(2), CiteItem.Mode.NARRATIVE);
    }

    // After the id: ", p. 12, and elsewhere" gives the locator 12 on page, and the suffix ", and elsewhere".
    private static CiteItem withLocator(String id, String prefix, String rest, CiteItem.Mode mode) {
        String r = rest.strip();
        if (r.isEmpty()) {
            return new CiteItem(id, null, null, prefix, null, mode);
        }
        if (!r.startsWith(",")) {
            return new CiteItem(id, null, null, prefix, r, mode);
        }
        Matcher m = LOCATOR.matcher(r.substring(1));
        String word = m.matches() && m.group(1) != null ? m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\.$", "") : null;
        if (!m.matches() || word != null && !LABELS.containsKey(word)) {
            return new CiteItem(id, null, null, prefix, r, mode);
        }
        LocatorLabel label = word == null ? LocatorLabel.PAGE : LABELS.get(word);
        String suffix = m.group(3).strip();
        return new CiteItem(id, m.group(2).strip(), label, prefix, suffix.isEmpty() ? null : suffix, mode);
    }
}
