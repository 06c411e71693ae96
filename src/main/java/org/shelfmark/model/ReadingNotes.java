package org.shelfmark.model;

import java.util.List;

/**
 * What a reading list says about a resource that no citation format carries.
 *
 * @param annotation the list's own summary of the resource, word for word, or {@code null}
 * @param keywords   themes the resource belongs to, in the order given
 * @param relations  pointers to other records of the list
 * @param access     how a reader gets at it, or {@code null} when the list does not say
 */
public record ReadingNotes(String annotation, List<String> keywords, List<Relation> relations, Access access) {

    /** Notes that say nothing. */
    public static final ReadingNotes NONE = new ReadingNotes(null, List.of(), List.of(), null);

    /** Copies the lists. */
    public ReadingNotes {
        keywords = List.copyOf(keywords);
        relations = List.copyOf(relations);
    }
}
