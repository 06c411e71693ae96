package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The sort keys' names given their initials before citeproc-java renders them ({@link Initials})
 * read as citeproc-java makes them as it renders each name: the keys of every sampled style of the
 * styles jar, rendered both ways for items with given names of every kind, are the same.
 */
class InitialsTest {

    private static final String[] GIVEN = {"John", "John Ronald Reuel", "J. R. R.", "J.R.R.", "Jean-Paul", "jean-paul",
        "Ann-Marie", "A.-M.", "Mary–Jane", "Mary – Jane", "  Anna   Maria ", "Ä. Björk", "Γιάννης", "Дмитрий", "李",
        "Đorđe", "W", "w. e. b.", "Ansel E.", "O'Neil", "de la", "José María", "K.-H.", "Zoë", "Ø", "a"};
    private static final String[] FAMILY = {"Smith", "Jones", "van Gogh", "Łukasiewicz", "Ng", "O'Brien"};

    @Test
    void sortKeysReadTheSameWhetherInitialsAreMadeBeforeOrAsNamesAreRendered() throws IOException {
        CSLItemData[] items = items(new Random(6));
        int mended = 0;
        for (String xml : StyleSamples.every(25)) {
            BibliographyOrder before = BibliographyOrder.of(xml, "en-US", "bibliography", false);
            BibliographyOrder after = BibliographyOrder.of(xml, "en-US", "bibliography", true);
            if (after == null || !after.givesInitials()) {
                continue;
            }
            mended++;
            List<String[]> expected = before.keyTexts(items, StyleSamples::processor);
            List<String[]> actual = after.keyTexts(items, StyleSamples::processor);
            assertEquals(expected.size(), actual.size());
            for (int k = 0; k < expected.size(); k++) {
                assertArrayEquals(expected.get(k), actual.get(k), xml.substring(0, Math.min(400, xml.length())));
            }
        }
        assertTrue(mended >= 40, "styles whose keys were given initials first: " + mended);
    }

    @Test
    void citeThemRightsAuthorKeyIsGivenInitialsFirst() {
        String xml = StyleCatalog.style("harvard-cite-them-right").xml();
        assertTrue(BibliographyOrder.of(xml, "en-GB", "bibliography", true).givesInitials());
    }

    @Test
    void namesInitializedOtherwiseInTheSameMacroAreLeftToCiteproc() {
        String macro = "<macro name=\"m\"><names variable=\"author\"><name initialize-with=\".\"/></names>"
                + "<text macro=\"n\"/></macro><macro name=\"n\"><names variable=\"editor\"><name initialize-with=\". \"/></names></macro>";
        assertNull(Initials.of(StyleXml.parse(style(macro, "")), "m"));
        assertEquals(new Initials(". ", false), Initials.of(StyleXml.parse(style(macro, "")), "n"));
    }

    @Test
    void aNameThatInheritsItsOptionsFromTheBibliographyOrTheStyle() {
        String macro = "<macro name=\"m\"><names variable=\"author\"/></macro>";
        assertEquals(new Initials("", true), Initials.of(StyleXml.parse(style(macro, " initialize-with=\"\" initialize=\"false\"")), "m"));
        assertNull(Initials.of(StyleXml.parse(style(macro, "")), "m"));
        String own = "<macro name=\"m\"><names variable=\"author\"><name initialize-with=\". \"/></names></macro>";
        assertEquals(new Initials(". ", false), Initials.of(StyleXml.parse(style(own, " initialize-with=\".\"")), "m"));
    }

    @Test
    void aMacroThatRendersOtherNamesInFullIsLeftToCiteproc() {
        String macro = "<macro name=\"m\"><names variable=\"author container-author\"><name initialize-with=\".\"/></names></macro>";
        assertNull(Initials.of(StyleXml.parse(style(macro, "")), "m"));
        String shortOnly = "<macro name=\"m\"><names variable=\"author\"><name initialize-with=\".\"/></names>"
                + "<names variable=\"container-author\"><name form=\"short\" initialize-with=\". \"/></names></macro>";
        assertEquals(new Initials(".", false), Initials.of(StyleXml.parse(style(shortOnly, "")), "m"));
    }

    @Test
    void aSubstitutesNamesRenderWithTheOptionsOfTheNamesTheyStandFor() {
        String macro = "<macro name=\"m\"><names variable=\"author\"><name initialize-with=\".\"/>"
                + "<substitute><names variable=\"editor\"><name initialize-with=\". \"/></names></substitute></names></macro>";
        assertEquals(new Initials(".", false), Initials.of(StyleXml.parse(style(macro, "")), "m"));
    }

    private static String style(String macros, String bibliographyOptions) {
        return "<style xmlns=\"http://purl.org/net/xbiblio/csl\" class=\"in-text\" version=\"1.0\"><info><title>t</title>"
                + "<id>t</id><updated>2020-01-01T00:00:00+00:00</updated></info>" + macros
                + "<citation><layout><text variable=\"title\"/></layout></citation><bibliography" + bibliographyOptions
                + "><layout><text macro=\"m\"/></layout></bibliography></style>";
    }

    private static CSLItemData[] items(Random random) {
        List<CSLItemData> items = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String id = "item" + i;
            CSLItemDataBuilder b = new CSLItemDataBuilder().id(id).type(i % 3 == 0 ? CSLType.CHAPTER : CSLType.BOOK)
                    .title("Title " + i).issued(2000 + i % 7, 1 + i % 12).publisher("P");
            if (i % 5 != 4) {
                b.author(names(random));
            }
            if (i % 2 == 0) {
                b.editor(names(random));
            }
            if (i % 7 == 0) {
                b.translator(names(random));
            }
            items.add(b.build());
        }
        return items.toArray(CSLItemData[]::new);
    }

    private static CSLName[] names(Random random) {
        CSLName[] names = new CSLName[1 + random.nextInt(4)];
        for (int i = 0; i < names.length; i++) {
            int kind = random.nextInt(10);
            CSLNameBuilder n = new CSLNameBuilder();
            if (kind == 0) {
                n.literal("World Health Organization");
            } else if (kind == 1) {
                n.given(GIVEN[random.nextInt(GIVEN.length)]); // a given name alone
            } else {
                n.family(FAMILY[random.nextInt(FAMILY.length)]).given(kind == 2 ? null : GIVEN[random.nextInt(GIVEN.length)]);
                if (kind == 3) {
                    n.nonDroppingParticle("van").droppingParticle("de").suffix("Jr.");
                }
            }
            names[i] = n.build();
        }
        return names;
    }
}
