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

    @Override
    public String toString() {
        return cslName;
    }
}
