package org.shelfmark.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceTest {

    private static Reference evans() {
        return Reference.builder("evans", ItemType.ARTICLE_JOURNAL)
                .set(Variable.TITLE, "So close to love")
                .authors(Person.of("Evans", "D."))
                .issued(PartialDate.parse("2022"))
                .doi(Doi.parse("10.12968/bjhc.2021.0135"))
                .build();
    }

    @Test
    void exposesWhatWasBuilt() {
        Reference r = evans();
        assertEquals("So close to love", r.title());
        assertEquals(List.of(Person.of("Evans", "D.")), r.authors());
        assertEquals("2022", r.issued().orElseThrow().toIso());
        assertEquals("10.12968/bjhc.2021.0135", r.doiValue().orElseThrow().value());
        assertTrue(r.get(Variable.PAGE).isEmpty());
    }

    @Test
    void isImmutable() {
        List<Name> authors = new ArrayList<>(List.of(Person.of("Evans", "D.")));
        Reference r = Reference.builder("x", ItemType.BOOK).names(NameRole.AUTHOR, authors).build();
        authors.add(new Organisation("NHS England"));
        assertEquals(1, r.authors().size());
        assertThrows(UnsupportedOperationException.class, () -> r.variables().put(Variable.TITLE, "t"));
        assertThrows(UnsupportedOperationException.class, () -> r.authors().add(Person.of("A", "B")));
    }

    @Test
    void copiesWithChangesThroughToBuilder() {
        Reference changed = evans().toBuilder().set(Variable.VOLUME, "16").build();
        assertEquals("16", changed.get(Variable.VOLUME).orElseThrow());
        assertEquals(evans().authors(), changed.authors());
    }

    @Test
    void theBuilderKeepsTheLastValueOfEachFieldInTheConstantsOrderAndLeavesOutWhatWasRemoved() {
        DateValue d = PartialDate.parse("2022");
        Reference r = Reference.builder("x", ItemType.BOOK).set(Variable.VOLUME, "3").set(Variable.TITLE, "a")
                .set(Variable.PAGE, "1").set(Variable.TITLE, "b").set(Variable.PAGE, null)
                .names(NameRole.EDITOR, List.of()).names(NameRole.AUTHOR, List.of(Person.of("Evans", "D.")))
                .date(DateRole.ACCESSED, d).date(DateRole.ISSUED, d).date(DateRole.ACCESSED, null).build();
        assertEquals(List.of(Variable.TITLE, Variable.VOLUME), List.copyOf(r.variables().keySet()));
        assertEquals(List.of("b", "3"), List.copyOf(r.variables().values()));
        assertEquals(List.of(NameRole.AUTHOR), List.copyOf(r.names().keySet()), "an empty list of names is none");
        assertEquals(java.util.Map.of(DateRole.ISSUED, d), r.dates());
        assertEquals(r, r.toBuilder().build());
    }

    @Test
    void aFieldIsFoundByItsOwnConstantOnly() {
        Reference.Builder b = Reference.builder("x", ItemType.BOOK);
        for (Variable v : Variable.values()) {
            if (v.ordinal() % 3 != 1) {
                b.set(v, v.cslName());
            }
        }
        java.util.Map<?, ?> variables = b.build().variables();
        for (Variable v : Variable.values()) {
            assertEquals(v.ordinal() % 3 != 1 ? v.cslName() : null, variables.get(v), v.cslName());
            assertEquals(v.ordinal() % 3 != 1, variables.containsKey(v), v.cslName());
        }
        for (Object other : List.of(NameRole.values()[0], DateRole.values()[0], "title", 0)) {
            assertEquals(null, variables.get(other), "a key of another kind, at an ordinal that is there: " + other);
            assertEquals(false, variables.containsKey(other));
        }
    }

    @Test
    void personNeedsAFamilyName() {
        assertThrows(IllegalArgumentException.class, () -> Person.of(" ", "D."));
        assertEquals("Berg, Anna", new Person("Berg", "Anna", null, "van den", null).sortForm());
    }

    @Test
    void libraryRefusesADuplicateId() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Library("t", "", List.of(evans(), evans())));
        assertEquals("the id 'evans' is used twice", e.getMessage());
    }

    @Test
    void libraryFindsById() {
        Library l = new Library("t", "", List.of(evans()));
        assertEquals("evans", l.find("evans").orElseThrow().id());
        assertTrue(l.find("west").isEmpty());
    }

    @Test
    void fieldsComeInTheOrderOfTheirConstantsWhateverOrderTheyWereGivenIn() {
        java.util.Map<Variable, String> given = new java.util.LinkedHashMap<>();
        given.put(Variable.PAGE, "1-2");
        given.put(Variable.TITLE, "T");
        given.put(Variable.VOLUME, "3");
        Reference r = new Reference("x", ItemType.BOOK, given, java.util.Map.of(), java.util.Map.of(), null, ReadingNotes.NONE);
        java.util.Map<Variable, String> expected = new java.util.EnumMap<>(given);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(r.variables().keySet()));
        assertEquals(expected, r.variables());
        assertEquals(r.variables(), expected);
        assertEquals(expected.hashCode(), r.variables().hashCode());
        assertEquals("3", r.variables().get(Variable.VOLUME));
        assertEquals(null, r.variables().get(Variable.ISSUE));
        assertEquals(r, r.toBuilder().build(), "a copy equals its original");
        assertThrows(UnsupportedOperationException.class, () -> r.variables().remove(Variable.TITLE));
        assertThrows(UnsupportedOperationException.class, () -> r.variables().entrySet().iterator().next().setValue("u"));
    }
}
