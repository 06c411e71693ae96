package org.shelfmark.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A reading list: its title, its introduction and its records in the list's order.
 *
 * @param title        the list's title
 * @param introduction a paragraph that introduces the list, or an empty string
 * @param references   the records, in the list's order, each id once
 */
public record Library(String title, String introduction, List<Reference> references) {

    /** Checks that ids are unique and copies the list. */
    public Library {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(introduction, "introduction");
        references = List.copyOf(references);
        Set<String> seen = new HashSet<>(references.size() * 4 / 3 + 1); // sized once: a list may be long
        for (Reference r : references) {
            if (!seen.add(r.id())) {
                throw new IllegalArgumentException("the id '" + r.id() + "' is used twice");
            }
        }
    }

    /**
     * {@return the record with an id}
     *
     * @param id the id
     */
    public Optional<Reference> find(String id) {
        return references.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** {@return the ids, in the list's order} */
    public List<String> ids() {
        return references.stream().map(Reference::id).toList();
    }
}
