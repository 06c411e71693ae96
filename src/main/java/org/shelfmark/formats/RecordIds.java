package org.shelfmark.formats;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Ids for records read from other formats, made from their titles as the reading list's own ids
 * are ({@code so-close-to-love}): the first words of the title in lower-case ASCII, joined by
 * hyphens, at most 48 characters; a second record with the same id gets {@code -2}, and so on.
 * The same file always gives the same ids.
 */
public final class RecordIds {

    private final Set<String> taken = new HashSet<>();

    /** {@return a new id for a title, unique among those this object has given} */
    public String next(String title) {
        String base = slug(title == null ? "" : title);
        String id = base;
        for (int n = 2; !taken.add(id.toLowerCase(Locale.ROOT)); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** {@return the title's first words, in lower-case ASCII, joined by hyphens} */
    static String slug(String title) {
        StringBuilder s = new StringBuilder();
        CitationKeys.Words words = new CitationKeys.Words(title, false);
        for (String word = words.next(); word != null; word = words.next()) {
            String a = CitationKeys.ascii(word);
            if (a.isEmpty()) {
                continue;
            }
            if (s.length() + a.length() + 1 > 48) {
                break;
            }
            s.append(s.length() == 0 ? "" : "-").append(a);
        }
        return s.length() == 0 ? "record" : s.toString();
    }
}
