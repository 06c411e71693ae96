package org.shelfmark.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shelfmark.model.DateRole;
import org.shelfmark.model.ItemType;
import org.shelfmark.model.NameRole;
import org.shelfmark.model.Variable;

/**
 * The record format's field table: every key a record file may use, and what it holds. Keys
 * are CSL's variable names, so a CSL-YAML user is at home; the identifiers may also be written
 * in lower case.
 */
final class Fields {

    /** What a key holds. */
    enum Kind { ID, TYPE, TEXT, NAMES, DATE, DOI, ANNOTATION, KEYWORDS, RELATIONS, ACCESS }

    /** One row of the table: a key, what it holds, and for TEXT, NAMES and DATE which variable. */
    record Field(String key, Kind kind, Enum<?> target) {
    }

    private static final Set<String> LOWER_CASE_IDS = Set.of("doi", "url", "isbn", "issn", "pmid", "pmcid");

    static final Map<String, Field> BY_KEY = table();

    /** Keys a Zotero or pandoc CSL-JSON file often carries that have a home here under another name. */
    static final Map<String, String> CSL_JSON_SYNONYMS = hashed(Map.of(
            "annote", "annotation",
            "keyword", "keywords",
            "shortTitle", "title-short",
            "journalAbbreviation", "container-title-short"));

    /** Fields a record of each type must have, beyond {@code type} and {@code title}. */
    private static final Map<ItemType, List<String>> REQUIRED = Map.of(
            ItemType.ARTICLE_JOURNAL, List.of("container-title"),
            ItemType.ARTICLE_MAGAZINE, List.of("container-title"),
            ItemType.ARTICLE_NEWSPAPER, List.of("container-title"),
            ItemType.CHAPTER, List.of("container-title"),
            ItemType.PAPER_CONFERENCE, List.of("container-title"),
            ItemType.WEBPAGE, List.of("URL"),
            ItemType.POST_WEBLOG, List.of("URL"),
            ItemType.POST, List.of("URL"),
            ItemType.BOOK, List.of("publisher"),
            ItemType.THESIS, List.of("publisher"));

    private Fields() {
    }

    /** {@return the fields a record of this type must have, as keys} */
    static List<String> required(ItemType type) {
        return REQUIRED.getOrDefault(type, List.of());
    }

    private static Map<String, Field> table() {
        Map<String, Field> t = new LinkedHashMap<>();
        put(t, "id", Kind.ID, null);
        put(t, "type", Kind.TYPE, null);
        for (Variable v : Variable.values()) {
            put(t, v.cslName(), Kind.TEXT, v);
        }
        for (NameRole r : NameRole.values()) {
            put(t, r.cslName(), Kind.NAMES, r);
        }
        for (DateRole r : DateRole.values()) {
            put(t, r.cslName(), Kind.DATE, r);
        }
        put(t, "DOI", Kind.DOI, null);
        put(t, "annotation", Kind.ANNOTATION, null);
        put(t, "keywords", Kind.KEYWORDS, null);
        put(t, "relations", Kind.RELATIONS, null);
        put(t, "access", Kind.ACCESS, null);
        for (Field f : List.copyOf(t.values())) {
            String lower = f.key().toLowerCase(java.util.Locale.ROOT);
            if (LOWER_CASE_IDS.contains(lower)) {
                t.put(lower, f);
            }
        }
        return hashed(t);
    }

    // Looked up for every field of every record read: a HashMap compares a key's hash (which the
    // reader's names keep) before its letters, where the JDK's immutable maps compare the letters of
    // every key they probe.
    private static <V> Map<String, V> hashed(Map<String, V> entries) {
        return java.util.Collections.unmodifiableMap(new java.util.HashMap<>(entries));
    }

    private static void put(Map<String, Field> t, String key, Kind kind, Enum<?> target) {
        t.put(key, new Field(key, kind, target));
    }
}
