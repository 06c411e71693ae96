package org.shelfmark.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The text and number fields of a reference, named as CSL names its variables.
 *
 * <p>Names, dates and the DOI have types of their own ({@link Name}, {@link DateValue},
 * {@link Doi}); the reading-list fields (annotation, keywords, relations, access) live in
 * {@link ReadingNotes}.
 */
public enum Variable {
    TITLE("title"),
    TITLE_SHORT("title-short"),
    CONTAINER_TITLE("container-title"),
    CONTAINER_TITLE_SHORT("container-title-short"),
    COLLECTION_TITLE("collection-title"),
    COLLECTION_NUMBER("collection-number"),
    PUBLISHER("publisher"),
    PUBLISHER_PLACE("publisher-place"),
    VOLUME("volume"),
    ISSUE("issue"),
    PAGE("page"),
    NUMBER_OF_PAGES("number-of-pages"),
    EDITION("edition"),
    NUMBER("number"),
    MEDIUM("medium"),
    GENRE("genre"),
    EVENT_TITLE("event-title"),
    EVENT_PLACE("event-place"),
    AUTHORITY("authority"),
    SECTION("section"),
    STATUS("status"),
    VERSION("version"),
    ARCHIVE("archive"),
    URL("URL"),
    ISBN("ISBN"),
    ISSN("ISSN"),
    PMID("PMID"),
    PMCID("PMCID"),
    LANGUAGE("language"),
    ABSTRACT("abstract"),
    NOTE("note");

    private static final Map<String, Variable> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Variable::cslName, Function.identity()));

    private final String cslName;

    Variable(String cslName) {
        this.cslName = cslName;
    }

    /** {@return the variable's name in CSL, such as {@code container-title} or {@code URL}} */
    public String cslName() {
        return cslName;
    }

    /**
     * Looks a variable up by its CSL name.
     *
     * @param cslName a CSL variable name, exactly as CSL spells it
     * @return the variable, or empty when there is none of that name
     */
    public static Optional<Variable> ofCslName(String cslName) {
        return Optional.ofNullable(BY_NAME.get(cslName));
    }

    @Override
    public String toString() {
        return cslName;
    }
}
