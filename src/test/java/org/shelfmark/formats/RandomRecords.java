package org.shelfmark.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.shelfmark.model.Access;
import org.shelfmark.model.AccessKind;
import org.shelfmark.model.DateRole;
import org.shelfmark.model.Doi;
import org.shelfmark.model.ItemType;
import org.shelfmark.model.Name;
import org.shelfmark.model.NameRole;
import org.shelfmark.model.Organisation;
import org.shelfmark.model.PartialDate;
import org.shelfmark.model.Person;
import org.shelfmark.model.ReadingNotes;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Relation;
import org.shelfmark.model.RelationKind;
import org.shelfmark.model.Variable;

/**
 * Random records for property tests, from a seed, so that a failure can be run again: every
 * type the formats map, text drawn from plain words and from what breaks files (braces, TeX's
 * special characters, lines that look like RIS tags, {@code @}, quotes, emoji, right-to-left text).
 */
final class RandomRecords {

    static final String[] HOSTILE = {"{", "}", "}{", "\\", "\\input{/etc/passwd}", "#", "$", "%", "&", "_", "~", "^",
        "@", "@article{x,", "ER  - ", "TY  - JOUR", "\"", "'", "’", "“quoted”", "--", "``", "and", "AND", ",", ";",
        "😀", "مرحبا", "שלום", "naïve", "Łódź", "Straße", "Åström", "ﬁ", "\u00A0", "x\ny", "a\r\nER  - "};
    private static final String[] WORDS = {"leadership", "care", "NHS", "compassion", "teams", "health", "quality",
        "kindness", "trust", "patients", "safety", "system", "Wales", "primary", "acute", "Scotland"};
    private static final ItemType[] TYPES = {ItemType.ARTICLE_JOURNAL, ItemType.ARTICLE_MAGAZINE, ItemType.ARTICLE_NEWSPAPER,
        ItemType.BOOK, ItemType.CHAPTER, ItemType.REPORT, ItemType.WEBPAGE, ItemType.POST_WEBLOG, ItemType.THESIS,
        ItemType.BROADCAST, ItemType.MOTION_PICTURE, ItemType.PAPER_CONFERENCE, ItemType.DATASET, ItemType.SOFTWARE,
        ItemType.DOCUMENT};

    private final Random random;

    RandomRecords(long seed) {
        this.random = new Random(seed);
    }

    /** {@return some records, each with its own id, relations among them} */
    List<Reference> records(int count, boolean hostile) {
        List<Reference> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(record("r" + i, hostile, i > 0 && random.nextInt(4) == 0 ? "r" + random.nextInt(i) : null));
        }
        return out;
    }

    private Reference record(String id, boolean hostile, String related) {
        ItemType type = TYPES[random.nextInt(TYPES.length)];
        Reference.Builder b = Reference.builder(id, type).set(Variable.TITLE, text(hostile, 2, 7));
        List<Name> authors = new ArrayList<>();
        for (int n = random.nextInt(4); n > 0; n--) {
            authors.add(random.nextInt(5) == 0 ? new Organisation(text(hostile, 1, 4))
                    : new Person(word(hostile), text(hostile, 1, 2), null, random.nextInt(6) == 0 ? "van der" : null, null));
        }
        if (!authors.isEmpty()) {
            b.names(NameRole.AUTHOR, authors);
        }
        String kind = type.cslName();
        boolean article = kind.startsWith("article-") || kind.equals("chapter") || kind.equals("paper-conference");
        boolean web = kind.equals("webpage") || kind.startsWith("post");
        if (article || random.nextBoolean()) {
            b.set(Variable.CONTAINER_TITLE, text(hostile, 1, 5));
        }
        if (type == ItemType.BOOK || type == ItemType.THESIS || random.nextBoolean()) {
            b.set(Variable.PUBLISHER, text(hostile, 1, 3));
        }
        if (random.nextBoolean()) {
            b.set(Variable.VOLUME, String.valueOf(1 + random.nextInt(90)));
        }
        if (random.nextBoolean()) {
            int first = 1 + random.nextInt(300);
            b.set(Variable.PAGE, first + "-" + (first + random.nextInt(30)));
        }
        if (random.nextBoolean()) {
            b.date(DateRole.ISSUED, new PartialDate(1990 + random.nextInt(36), random.nextInt(13), 0));
        }
        if (web || random.nextBoolean()) {
            b.set(Variable.URL, "https://example.org/" + word(false) + "?q=" + random.nextInt(99) + "&p=%20_x#" + word(false));
        }
        if (random.nextBoolean()) {
            b.doi(Doi.parse("10." + (1000 + random.nextInt(9000)) + "/" + word(false) + "_" + random.nextInt(999)));
        }
        List<String> keywords = new ArrayList<>();
        for (int k = random.nextInt(3); k > 0; k--) {
            keywords.add(text(hostile, 1, 2).replace(",", "").replace(";", "").replaceAll("\\s+", " ").strip());
        }
        List<Relation> relations = related == null ? List.of() : List.of(new Relation(RelationKind.SEE_ALSO, related));
        Access access = random.nextInt(5) == 0 ? new Access(AccessKind.REGISTRATION, text(hostile, 2, 5)) : null;
        b.notes(new ReadingNotes(random.nextBoolean() ? text(hostile, 5, 20) : null, keywords, relations, access));
        return b.build();
    }

    private String word(boolean hostile) {
        return hostile && random.nextInt(3) == 0 ? "Łódź" : WORDS[random.nextInt(WORDS.length)];
    }

    // words, and when hostile some of what breaks files, never blank and never with a blank at either end
    private String text(boolean hostile, int min, int max) {
        StringBuilder s = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
        for (int n = min + random.nextInt(max - min + 1); n > 1; n--) {
            s.append(' ');
            s.append(hostile && random.nextInt(3) == 0 ? HOSTILE[random.nextInt(HOSTILE.length)] : WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString().strip();
    }
}
