package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shelfmark.Shelfmark;
import org.shelfmark.model.DateRole;
import org.shelfmark.model.Doi;
import org.shelfmark.model.ItemType;
import org.shelfmark.model.NameRole;
import org.shelfmark.model.Organisation;
import org.shelfmark.model.PartialDate;
import org.shelfmark.model.Person;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Variable;
import org.w3c.dom.Document;

/**
 * Macros written out where they are called ({@link MacroCalls}) render as citeproc-java renders
 * the calls: the same entries, in text and HTML, and the same cites, in styles whose macros call
 * one another several levels deep, in places where a call is and is not written out.
 */
class MacroCallsTest {

    private static final List<String> STYLES = List.of("harvard-cite-them-right", "apa", "chicago-author-date",
            "chicago-notes-bibliography", "modern-language-association", "ieee", "american-medical-association",
            "nature", "elsevier-harvard", "american-sociological-association", "apa-annotated-bibliography",
            "springer-basic-author-date", "din-1505-2", "associacao-brasileira-de-normas-tecnicas");

    @Test
    void rendersStylesAsCiteprocJavaRendersTheirCalls() throws IOException {
        for (String style : STYLES) {
            Document doc = StyleXml.parse(StyleCatalog.style(style).xml());
            MacroGroups.rewrite(doc); // as the engine hands the style on: every call in a bare group
            String calls = StyleXml.serialize(doc);
            MacroCalls.rewrite(doc);
            String written = StyleXml.serialize(doc);
            assertTrue(calls.contains("macro=") && !written.equals(calls), style + ": calls written out");
            assertSameOutput(calls, written, style);
        }
    }

    @Test
    void writesOutEveryBareCallOfTheDefaultStyle() {
        Document doc = StyleXml.parse(StyleCatalog.style("harvard-cite-them-right").xml());
        MacroGroups.rewrite(doc);
        MacroCalls.rewrite(doc);
        String written = StyleXml.serialize(doc);
        assertFalse(written.contains("<text macro="), written);
        assertTrue(written.contains("<group prefix=\"(\" suffix=\")\">"), "the affixes of a call on its group");
    }

    @Test
    void keepsAStyleWithinItsGrowth() {
        for (String style : List.of("apa", "chicago-author-date", "chicago-notes-bibliography")) {
            Document doc = StyleXml.parse(StyleCatalog.style(style).xml());
            MacroGroups.rewrite(doc);
            int before = doc.getElementsByTagNameNS("*", "*").getLength() + 1;
            MacroCalls.rewrite(doc);
            int after = doc.getElementsByTagNameNS("*", "*").getLength() + 1;
            assertTrue(after > before && after <= MacroCalls.GROWTH * before, style + ": " + before + " to " + after);
        }
    }

    @Test
    void leavesCallsWhoseOutputWouldReadOtherwise() throws IOException {
        // between the macro's elements, a group's delimiter; of them, a substitute's first that renders;
        // around them, a text's affixes beside another element, or its formatting: left as they are,
        // and rendered as before
        String macros = "<macro name=\"both\"><text variable=\"title\"/><text variable=\"publisher\"/></macro>";
        String layout = "<group delimiter=\", \"><text macro=\"both\"/><text variable=\"volume\"/></group>"
                + "<names variable=\"editor\" prefix=\" \"><substitute><text macro=\"both\"/></substitute></names>"
                + "<group><text term=\"in\"/><text macro=\"both\" prefix=\"[\" suffix=\"]\"/></group>"
                + "<group><text macro=\"both\" font-style=\"italic\"/></group>";
        String style = custom(macros, layout);
        String written = MacroCalls.rewrite(style);
        assertEquals(8, written.split("macro=\"both\"", -1).length - 1, "the four calls of each layout left: " + written);
        assertSameOutput(style, written, "calls left");
    }

    @Test
    void movesTheAffixesOfACallAloneInItsGroupToTheGroup() throws IOException {
        String macros = "<macro name=\"year\"><date variable=\"issued\"><date-part name=\"year\"/></date></macro>"
                + "<macro name=\"in\"><text term=\"in\" suffix=\" \"/><text variable=\"container-title\"/></macro>";
        String layout = "<text variable=\"title\"/><group><text macro=\"year\" prefix=\" (\" suffix=\")\"/></group>"
                + "<group><text macro=\"in\" prefix=\". \"/></group>";
        assertEveryCallWrittenOutAlike(custom(macros, layout), "affixes on the group");
    }

    @Test
    void rendersATermBesideEmptyVariablesAsTheCallDid() throws IOException {
        // a group counts the variables its macros call: a term beside empty ones goes with its group
        String macros = "<macro name=\"in\"><text term=\"in\" suffix=\" \"/><text variable=\"container-title\"/></macro>"
                + "<macro name=\"outer\"><group><text macro=\"in\"/></group><group><text macro=\"in\"/></group></macro>";
        String layout = "<group delimiter=\". \"><text variable=\"title\"/><group><text macro=\"outer\"/></group>"
                + "<group><text term=\"and\"/><text macro=\"in\"/></group></group>";
        assertEveryCallWrittenOutAlike(custom(macros, layout), "terms and empty variables");
    }

    @Test
    void keepsTheMendsThatReadTheCallsInALongList() {
        // MLA's "———" for an author named again is found through the call of its author macro
        List<Reference> refs = new ArrayList<>();
        for (int i = 0; i < CslEngine.WRITTEN_OUT; i++) {
            refs.add(Reference.builder("r" + i, ItemType.BOOK).authors(Person.of("West", "Michael " + i / 2))
                    .set(Variable.TITLE, "Leading teams " + i).issued(PartialDate.parse("2020")).build());
        }
        List<String> entries = Shelfmark.formatter("modern-language-association", "en-GB").bibliography(refs,
                org.shelfmark.OutputFormat.TEXT);
        assertEquals(CslEngine.WRITTEN_OUT / 2, entries.stream().filter(e -> e.startsWith("———.")).count(), entries.get(1));
    }

    @Test
    void leavesAMacroThatCallsItself() {
        String written = MacroCalls.rewrite(custom("<macro name=\"again\"><group><text macro=\"again\"/></group></macro>",
                "<group><text macro=\"again\"/></group>"));
        assertTrue(written.contains("<text macro=\"again\"/>"), "the call within the macro is left");
    }

    @Test
    void stopsAtTheBoundWhereMacrosCallEachOtherAndNothingElse() {
        String style = custom("<macro name=\"a\"><text macro=\"b\"/></macro><macro name=\"b\"><text macro=\"a\"/></macro>",
                "<group><text macro=\"a\"/></group>");
        String written = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> MacroCalls.rewrite(style));
        assertTrue(written.contains("<text macro="), written);
    }

    private static String custom(String macros, String layout) {
        return "<style xmlns=\"http://purl.org/net/xbiblio/csl\" version=\"1.0\" class=\"in-text\">" + macros
                + "<citation><layout>" + layout + "</layout></citation><bibliography><layout>" + layout
                + "</layout></bibliography></style>";
    }

    private static void assertEveryCallWrittenOutAlike(String style, String what) throws IOException {
        String written = MacroCalls.rewrite(style);
        assertFalse(written.contains("<text macro="), written);
        assertSameOutput(style, written, what);
    }

    private static void assertSameOutput(String calls, String written, String what) throws IOException {
        CSLItemData[] items = items();
        for (String format : List.of("text", "html")) {
            CSL before = processor(calls, items, format);
            CSL after = processor(written, items, format);
            assertEquals(List.of(before.makeBibliography().getEntries()), List.of(after.makeBibliography().getEntries()),
                    what + " " + format);
            for (CSLItemData item : items) {
                assertEquals(before.makeCitation(item.getId()).get(0).getText(), after.makeCitation(item.getId()).get(0).getText(),
                        what + " " + format + " " + item.getId());
            }
        }
    }

    private static CSL processor(String style, CSLItemData[] items, String format) throws IOException {
        CSL csl = new CSL(new ListItemDataProvider(items), new RegionalLocaleProvider("en-GB"), new DefaultAbbreviationProvider(),
                style, "en-GB");
        csl.setOutputFormat(format);
        csl.registerCitationItems(Arrays.stream(items).map(CSLItemData::getId).toArray(String[]::new));
        return csl;
    }

    // the built-in list, and each type with its fields in four mixes: all, no names, no title, the least
    private static CSLItemData[] items() {
        List<Reference> refs = new ArrayList<>(Shelfmark.builtIn().references());
        for (ItemType type : ItemType.values()) {
            for (int mix = 0; mix < 4; mix++) {
                refs.add(reference(type, mix));
            }
        }
        return refs.stream().map(ItemMapper::toItem).toArray(CSLItemData[]::new);
    }

    private static Reference reference(ItemType type, int mix) {
        Reference.Builder b = Reference.builder(type.name().toLowerCase() + mix, type).issued(PartialDate.parse(2000 + mix + "-03"));
        if (mix == 0 || mix == 2) {
            b.authors(Person.of("West", "Michael"), Person.of("Dawson", "Jeremy")).names(NameRole.EDITOR,
                    List.of(Person.of("Ham", "Chris")));
        }
        if (mix == 1) {
            b.names(NameRole.EDITOR, List.of(new Organisation("The King's Fund")));
        }
        if (mix != 2 && mix != 3) {
            b.set(Variable.TITLE, "Leading teams in care " + type.name().toLowerCase());
        }
        if (mix < 3) {
            b.set(Variable.CONTAINER_TITLE, "Journal of Care").set(Variable.COLLECTION_TITLE, "Care series")
                    .set(Variable.PUBLISHER, "Sage").set(Variable.PUBLISHER_PLACE, "London").set(Variable.VOLUME, "12")
                    .set(Variable.ISSUE, "3").set(Variable.PAGE, "45-56").set(Variable.EDITION, "2")
                    .set(Variable.NUMBER, "7").set(Variable.GENRE, "PhD thesis").set(Variable.MEDIUM, "Online")
                    .set(Variable.EVENT_TITLE, "Care conference").set(Variable.URL, "https://example.org/" + mix)
                    .date(DateRole.ACCESSED, PartialDate.parse("2024-05-01")).doi(Doi.parse("10.1000/care." + mix));
        }
        return b.build();
    }
}
