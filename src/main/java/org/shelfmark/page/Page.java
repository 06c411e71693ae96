package org.shelfmark.page;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.shelfmark.model.Access;
import org.shelfmark.model.DateValue;
import org.shelfmark.model.ItemType;
import org.shelfmark.model.Library;
import org.shelfmark.model.PartialDate;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Relation;
import org.shelfmark.model.Variable;

/**
 * An annotated reading list as a page shows it: the list's title and introduction, then sections
 * of entries, each with what a reader needs to find and cite the resource.
 *
 * @param title        the list's title
 * @param introduction the list's introduction, or an empty string
 * @param sections     the sections; one without a heading when the list is not grouped
 */
public record Page(String title, String introduction, List<Section> sections) {

    /** How a page cuts the list into sections. */
    public enum Grouping {
        /** One list, in the list's order. */
        NONE,
        /** By a record's first keyword, themes in alphabetical order. */
        THEME,
        /** By type of resource, in the order each type first appears. */
        TYPE,
        /** By year of publication, newest first, undated last. */
        YEAR
    }

    /**
     * A section.
     *
     * @param heading the heading, or {@code null} for an ungrouped list
     * @param entries the entries, in the list's order
     */
    public record Section(String heading, List<Entry> entries) {
    }

    /**
     * One resource.
     *
     * @param id        the record's id as an anchor and file name (see {@link #anchor(String)})
     * @param title     the resource's title
     * @param published who published it and when, such as "The King's Fund – 18 July 2023"
     * @param blocks    the annotation, word for word, in blocks
     * @param abstractText the publisher's abstract, or {@code null}
     * @param reference the reference in the page's style and markup, or {@code null} where the style prints none
     * @param link      where to read it: its DOI as a link, else its URL; or {@code null}
     * @param access    what a reader must do to get at it, or {@code null}
     * @param relations links to related entries of the list
     * @param themes    the record's keywords
     */
    public record Entry(String id, String title, String published, List<Annotation.Block> blocks, String abstractText,
            String reference, Link link, String access, List<RelationLink> relations, List<String> themes) {
    }

    /**
     * A link out of the page.
     *
     * @param url  the address
     * @param host the host name, for link text that makes sense alone
     */
    public record Link(String url, String host) {
    }

    /**
     * A link to a related entry.
     *
     * @param label the kind of relation, such as "See also"
     * @param id    the related record's id
     * @param title the related record's title
     */
    public record RelationLink(String label, String id, String title) {
    }

    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final Map<ItemType, String> TYPE_HEADINGS = Map.ofEntries(
            Map.entry(ItemType.ARTICLE_JOURNAL, "Journal articles"), Map.entry(ItemType.ARTICLE_MAGAZINE, "Magazine articles"),
            Map.entry(ItemType.ARTICLE_NEWSPAPER, "Newspaper articles"), Map.entry(ItemType.BOOK, "Books"),
            Map.entry(ItemType.CHAPTER, "Book chapters"), Map.entry(ItemType.REPORT, "Reports"),
            Map.entry(ItemType.BROADCAST, "Podcasts and broadcasts"), Map.entry(ItemType.WEBPAGE, "Web pages and courses"),
            Map.entry(ItemType.POST_WEBLOG, "Blog posts"), Map.entry(ItemType.MOTION_PICTURE, "Films and videos"),
            Map.entry(ItemType.PAPER_CONFERENCE, "Conference papers"), Map.entry(ItemType.THESIS, "Theses"),
            Map.entry(ItemType.DATASET, "Datasets"), Map.entry(ItemType.SOFTWARE, "Software"),
            Map.entry(ItemType.LEGISLATION, "Legislation"));
    private static final java.util.Set<ItemType> IN_A_CONTAINER = java.util.EnumSet.of(ItemType.ARTICLE_JOURNAL,
            ItemType.ARTICLE_MAGAZINE, ItemType.ARTICLE_NEWSPAPER, ItemType.CHAPTER, ItemType.PAPER_CONFERENCE,
            ItemType.ENTRY, ItemType.ENTRY_DICTIONARY, ItemType.ENTRY_ENCYCLOPEDIA, ItemType.POST, ItemType.POST_WEBLOG);

    /** Copies the lists. */
    public Page {
        sections = List.copyOf(sections);
    }

    /**
     * {@return the page of a library}
     *
     * @param library    the reading list
     * @param references each record's reference in the page's markup, by id
     * @param grouping   how the list is cut into sections
     */
    public static Page of(Library library, Map<String, String> references, Grouping grouping) {
        Map<String, String> titles = new LinkedHashMap<>();
        library.references().forEach(r -> titles.put(r.id(), r.title()));
        List<Entry> entries = library.references().stream().map(r -> entry(r, references.get(r.id()), titles)).toList();
        return new Page(library.title(), library.introduction(), sections(library.references(), entries, grouping));
    }

    private static Entry entry(Reference r, String reference, Map<String, String> titles) {
        String annotation = r.notes().annotation();
        List<RelationLink> relations = new ArrayList<>();
        for (Relation relation : r.notes().relations()) {
            relations.add(new RelationLink(relation.kind().label(), anchor(relation.target()),
                    titles.getOrDefault(relation.target(), relation.target())));
        }
        reference = reference == null || reference.isBlank() ? null : reference;
        return new Entry(anchor(r.id()), r.title(), published(r), annotation == null ? List.of() : Annotation.blocks(annotation),
                r.get(Variable.ABSTRACT).orElse(null), reference, link(r).orElse(null), access(r.notes().access()),
                relations, r.notes().keywords());
    }

    /**
     * {@return a record's id as it names an anchor and a file: the id itself when it is made of
     * letters, digits, {@code -}, {@code _} and {@code .}, else those characters of it and a hash}
     */
    public static String anchor(String id) {
        if (SAFE.matcher(id).matches()) {
            return id;
        }
        return id.replaceAll("[^A-Za-z0-9_.-]+", "-").replaceAll("^[-.]+", "r-") + "-" + Integer.toHexString(id.hashCode());
    }

    private static final java.util.regex.Pattern SAFE = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");

    /** {@return who published a resource and when: "The King's Fund – 18 July 2023"} */
    static String published(Reference r) {
        Optional<String> by = IN_A_CONTAINER.contains(r.type())
                ? r.get(Variable.CONTAINER_TITLE).or(() -> r.get(Variable.PUBLISHER))
                : r.get(Variable.PUBLISHER).or(() -> r.get(Variable.CONTAINER_TITLE));
        String when = r.issued().map(Page::date).orElse("no date");
        return by.map(b -> b + " \u2013 " + when).orElse(when);
    }

    private static String date(DateValue value) {
        PartialDate d = value instanceof PartialDate p ? p : ((org.shelfmark.model.DateRange) value).start();
        return switch (d.precision()) {
            case YEAR -> String.valueOf(d.year());
            case MONTH -> MONTHS.get(d.month() - 1) + " " + d.year();
            case DAY -> d.day() + " " + MONTHS.get(d.month() - 1) + " " + d.year();
        };
    }

    private static Optional<Link> link(Reference r) {
        Optional<String> url = r.doiValue().map(org.shelfmark.model.Doi::toUrl).or(() -> r.get(Variable.URL));
        return url.map(u -> new Link(u, host(u)));
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? url : host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static String access(Access access) {
        if (access == null) {
            return null;
        }
        String kind = switch (access.kind()) {
            case FREE -> "Free to read";
            case REGISTRATION -> "Free, but you must register";
            case SUBSCRIPTION -> "Needs a subscription (such as an NHS OpenAthens account)";
            case PURCHASE -> "To buy";
        };
        return access.note() == null ? kind : kind + ": " + access.note();
    }

    private static List<Section> sections(List<Reference> records, List<Entry> entries, Grouping grouping) {
        if (grouping == Grouping.NONE) {
            return List.of(new Section(null, entries));
        }
        Map<String, List<Entry>> byHeading = switch (grouping) {
            case THEME -> new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            case YEAR -> new TreeMap<>(Comparator.comparing((String h) -> h.equals(UNDATED)).thenComparing(Comparator.reverseOrder()));
            default -> new LinkedHashMap<>();
        };
        for (int i = 0; i < records.size(); i++) {
            byHeading.computeIfAbsent(heading(records.get(i), grouping), h -> new ArrayList<>()).add(entries.get(i));
        }
        return byHeading.entrySet().stream().map(e -> new Section(e.getKey(), e.getValue())).toList();
    }

    private static final String UNDATED = "No date";

    private static String heading(Reference r, Grouping grouping) {
        return switch (grouping) {
            case THEME -> r.notes().keywords().isEmpty() ? "Other" : capitalised(r.notes().keywords().get(0));
            case TYPE -> TYPE_HEADINGS.getOrDefault(r.type(), capitalised(r.type().toString().replace('-', ' ').replace('_', ' ')));
            case YEAR -> r.issued().map(d -> String.valueOf(d instanceof PartialDate p ? p.year()
                    : ((org.shelfmark.model.DateRange) d).start().year())).orElse(UNDATED);
            case NONE -> null;
        };
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
