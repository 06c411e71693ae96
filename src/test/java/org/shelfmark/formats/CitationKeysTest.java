package org.shelfmark.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.shelfmark.model.ItemType;
import org.shelfmark.model.Organisation;
import org.shelfmark.model.PartialDate;
import org.shelfmark.model.Person;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Variable;

/**
 * Citation keys made on every core, each lettered by its place among the records that share it,
 * are the keys that giving the letters in turn makes: on long lists whose keys collide often, and
 * where a lettered key reads like another record's.
 */
class CitationKeysTest {

    private static Reference book(String id, String family, String title, String year) {
        return Reference.builder(id, ItemType.BOOK).authors(Person.of(family, "A.")).set(Variable.TITLE, title)
                .issued(PartialDate.parse(year)).build();
    }

    @Test
    void lettersByPlaceAreTheLettersGivenInTurn() {
        String[] families = {"Smith", "SMITH", "Jones", "Ng"};
        String[] titles = {"Leadership", "LEADERSHIP", "Care", "Carea", "Careb", "Leadershipa", "Leadershipaa"};
        Random random = new Random(11);
        int clashing = 0;
        for (int list = 0; list < 300; list++) {
            List<Reference> refs = new ArrayList<>();
            for (int i = random.nextInt(60); i > 0; i--) {
                refs.add(book("r" + refs.size(), families[random.nextInt(families.length)],
                        titles[random.nextInt(titles.length)], String.valueOf(2020 + random.nextInt(2))));
            }
            Map<String, String> inTurn = CitationKeys.inTurn(refs);
            assertEquals(inTurn, CitationKeys.of(refs));
            if (!refs.isEmpty() && inTurn.values().stream().anyMatch(k -> k.endsWith("carea") || k.endsWith("leadershipab"))) {
                clashing++;
            }
        }
        assertEquals(true, clashing > 50, "lists where a lettered key reads like another's: " + clashing);
    }

    @Test
    void anOrganisationIsKeyedByItsFirstWordThatIsNotSmallAsASplitAtWhiteSpaceGivesThem() {
        String[] pieces = {" ", "\t", "  ", "\n", "\u000B", "\f", "\r", "\u00A0", "The", "of", "King's", "Fund", "NHS", "Łódź", "and", "x"};
        Random random = new Random(12);
        for (int n = 0; n < 5000; n++) {
            StringBuilder org = new StringBuilder();
            for (int i = random.nextInt(7); i > 0; i--) {
                org.append(pieces[random.nextInt(pieces.length)]);
            }
            String name = org.toString();
            if (name.isBlank()) {
                continue;
            }
            String who = name;
            for (String w : name.split("\\s+")) {
                if (!CitationKeys.SMALL.contains(CitationKeys.ascii(w))) {
                    who = w;
                    break;
                }
            }
            Reference r = Reference.builder("r", ItemType.REPORT).authors(new Organisation(name)).set(Variable.TITLE, "Care")
                    .issued(PartialDate.parse("2021")).build();
            String base = CitationKeys.ascii(who) + "2021care";
            assertEquals(Character.isDigit(base.charAt(0)) ? "ref" + base : base, CitationKeys.of(List.of(r)).get("r"), name);
        }
    }

    @Test
    void keysOfTheSameHashAreCountedApart() {
        assertEquals("Aa".hashCode(), "BB".hashCode());
        CitationKeys.Counts counts = new CitationKeys.Counts(4);
        for (String key : List.of("Aa", "BB", "Aa", "AaBB", "BBAa", "BB", "Aa")) {
            counts.add(key);
        }
        assertEquals(List.of(3, 2, 1, 1, 0), List.of(counts.get("Aa"), counts.get("BB"), counts.get("AaBB"),
                counts.get("BBAa"), counts.get("AaAa")));
    }

    @Test
    void aLetteredKeyThatIsAnotherRecordsKeyMovesOnToTheNextLetter() {
        List<Reference> refs = List.of(book("a", "Smith", "Care", "2020"), book("b", "Smith", "Care", "2020"),
                book("c", "Smith", "Carea", "2020"));
        assertEquals(List.of("smith2020carea", "smith2020careb", "smith2020careaa"), List.copyOf(CitationKeys.of(refs).values()));
    }

    @Test
    void aGroupOfMoreThanTwentySixWhoseTwoLetterKeyIsAnotherGroupsKeyGetsTheKeysOfInTurn() {
        // smith2020care's 27th is smith2020careaa, which smith2020carea's first is too
        List<Reference> refs = new ArrayList<>();
        for (int i = 0; i < 28; i++) {
            refs.add(book("care" + i, "Smith", "Care", "2020"));
        }
        refs.add(book("carea0", "Smith", "Carea", "2020"));
        refs.add(book("carea1", "Smith", "Carea", "2020"));
        Map<String, String> keys = CitationKeys.of(refs);
        assertEquals(CitationKeys.inTurn(refs), keys);
        assertEquals(refs.size(), new java.util.HashSet<>(keys.values()).size());
        assertEquals("smith2020careab", keys.get("care27"));
    }

    @Test
    void aLongListGetsTheSameKeysAsInTurn() {
        String[] families = {"Smith", "Jones", "Ng", "Patel", "Brown", "Evans"};
        String[] titles = {"Leadership", "Care", "Compassion", "Teams", "Trust"};
        Random random = new Random(12);
        List<Reference> refs = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            refs.add(book("r" + i, families[random.nextInt(families.length)], titles[random.nextInt(titles.length)],
                    String.valueOf(1990 + random.nextInt(30))));
        }
        assertEquals(CitationKeys.inTurn(refs), CitationKeys.of(refs));
    }
}
