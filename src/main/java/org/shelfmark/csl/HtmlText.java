package org.shelfmark.csl;

import java.util.Map;

/** The HTML entities citeproc-java writes, for the converters from its HTML. */
final class HtmlText {

    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"),
            Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"), Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"));

    private HtmlText() {
    }

    /** {@return the character an entity names, or the entity as written when it is not known} */
    static String entity(String name, String raw) {
        if (name.startsWith("#x") || name.startsWith("#X")) {
            return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
        }
        if (name.startsWith("#")) {
            return new String(Character.toChars(Integer.parseInt(name.substring(1))));
        }
        return ENTITIES.getOrDefault(name, raw);
    }
}
