package org.shelfmark.model;

/**
 * The part a person or organisation played in a work, named as CSL names its name variables.
 */
public enum NameRole {
    AUTHOR("author"),
    EDITOR("editor"),
    TRANSLATOR("translator"),
    CONTAINER_AUTHOR("container-author"),
    COLLECTION_EDITOR("collection-editor"),
    DIRECTOR("director"),
    INTERVIEWER("interviewer"),
    ILLUSTRATOR("illustrator"),
    COMPOSER("composer"),
    RECIPIENT("recipient"),
    REVIEWED_AUTHOR("reviewed-author"),
    ORIGINAL_AUTHOR("original-author");

    private final String cslName;

    NameRole(String cslName) {
        this.cslName = cslName;
    }

    /** {@return the role's name in CSL, such as {@code author}} */
    public String cslName() {
        return cslName;
    }

    /**
     * Looks a role up by its CSL name.
     *
     * @param cslName a CSL name variable, such as {@code editor}
     * @return the role, or empty when there is none of that name
     */
    public static java.util.Optional<NameRole> ofCslName(String cslName) {
        return java.util.Optional.ofNullable(Names.BY_NAME.get(cslName));
    }

    /** The roles by CSL name, made once. */
    private static final class Names {
        static final java.util.Map<String, NameRole> BY_NAME = java.util.Arrays.stream(values())
                .collect(java.util.stream.Collectors.toUnmodifiableMap(r -> r.cslName, r -> r));
    }

    @Override
    public String toString() {
        return cslName;
    }
}
