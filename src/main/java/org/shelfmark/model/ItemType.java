package org.shelfmark.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kind of a resource: the item types of CSL 1.0.2, by their CSL names.
 */
public enum ItemType {
    ARTICLE("article"),
    ARTICLE_JOURNAL("article-journal"),
    ARTICLE_MAGAZINE("article-magazine"),
    ARTICLE_NEWSPAPER("article-newspaper"),
    BILL("bill"),
    BOOK("book"),
    BROADCAST("broadcast"),
    CHAPTER("chapter"),
    CLASSIC("classic"),
    COLLECTION("collection"),
    DATASET("dataset"),
    DOCUMENT("document"),
    ENTRY("entry"),
    ENTRY_DICTIONARY("entry-dictionary"),
    ENTRY_ENCYCLOPEDIA("entry-encyclopedia"),
    EVENT("event"),
    FIGURE("figure"),
    GRAPHIC("graphic"),
    HEARING("hearing"),
    INTERVIEW("interview"),
    LEGAL_CASE("legal_case"),
    LEGISLATION("legislation"),
    MANUSCRIPT("manuscript"),
    MAP("map"),
    MOTION_PICTURE("motion_picture"),
    MUSICAL_SCORE("musical_score"),
    PAMPHLET("pamphlet"),
    PAPER_CONFERENCE("paper-conference"),
    PATENT("patent"),
    PERFORMANCE("performance"),
    PERIODICAL("periodical"),
    PERSONAL_COMMUNICATION("personal_communication"),
    POST("post"),
    POST_WEBLOG("post-weblog"),
    REGULATION("regulation"),
    REPORT("report"),
    REVIEW("review"),
    REVIEW_BOOK("review-book"),
    SOFTWARE("software"),
    SONG("song"),
    SPEECH("speech"),
    STANDARD("standard"),
    THESIS("thesis"),
    TREATY("treaty"),
    WEBPAGE("webpage");

    private static final Map<String, ItemType> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ItemType::cslName, Function.identity()));

    private final String cslName;

    ItemType(String cslName) {
        this.cslName = cslName;
    }

    /** {@return the type's name in CSL, such as {@code article-journal}} */
    public String cslName() {
        return cslName;
    }

    /**
     * Looks a type up by its CSL name.
     *
     * @param cslName a CSL type name, such as {@code report}
     * @return the type, or empty when CSL has no type of that name
     */
    public static Optional<ItemType> ofCslName(String cslName) {
        return Optional.ofNullable(BY_NAME.get(cslName));
    }

    @Override
    public String toString() {
        return cslName;
    }
}
