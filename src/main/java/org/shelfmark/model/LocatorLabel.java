package org.shelfmark.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a locator counts: the CSL locator labels citeproc-java renders.
 */
public enum LocatorLabel {
    BOOK("book"), CHAPTER("chapter"), COLUMN("column"), FIGURE("figure"), FOLIO("folio"), ISSUE("issue"),
    LINE("line"), NOTE("note"), OPUS("opus"), PAGE("page"), PARAGRAPH("paragraph"), PART("part"),
    SECTION("section"), SUB_VERBO("sub-verbo"), VERSE("verse"), VOLUME("volume");

    private final String cslName;

    LocatorLabel(String cslName) {
        this.cslName = cslName;
    }

    /** {@return the label's name in CSL, such as {@code page}} */
    public String cslName() {
        return cslName;
    }

    /**
     * Looks a label up by its CSL name.
     *
     * @param cslName a CSL locator label, such as {@code chapter}
     * @return the label, or empty when there is none of that name
     */
    public static Optional<LocatorLabel> ofCslName(String cslName) {
        return Arrays.stream(values()).filter(l -> l.cslName.equals(cslName)).findFirst();
    }

    @Override
    public String toString() {
        return cslName;
    }
}
