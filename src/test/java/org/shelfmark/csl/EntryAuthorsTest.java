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
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.shelfmark.model.ItemType;
import org.shelfmark.model.NameRole;
import org.shelfmark.model.Organisation;
import org.shelfmark.model.PartialDate;
import org.shelfmark.model.Person;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Variable;

/**
 * Authors written out in the items of a bibliography's entries read as citeproc-java writes them
 * from their parts ({@link EntryAuthors}), in text and in HTML, in the styles whose authors are
 * written so.
 */
class EntryAuthorsTest {

    // given names of every shape initials are made of: with initials already, hyphens, lower case,
    // accents, other scripts, one letter, stray spaces and punctuation
    private static final List<String> GIVEN = List.of("Michael A.", "Jean-Paul", "M.A.", "J. R. R.", "anna", "Zoë",
            "Marie-Hélène", "Jo", "A", "Ma. Luisa", "Th.", "Karl-Heinz Otto", "J.-P.", "Hans-J.", "Mary  Jane", "Łukasz",
            "Ólafur Ragnar", "太郎", "Ivan Ivanovich", "Иван", "Robert (Bob)", "O'Neil", "D'Arcy", "de", "A.B.C.", " Sam ",
            "Mary-", "-Anne", "J.R.R. Tolkien", "Ann-Marie Louise");
    private static final List<String> FAMILY = List.of("West", "O'Brien", "Smith-Jones", "Ødegaard", "Müller", "van Dyke",
            "Lee", "Þórsdóttir", "佐藤", "Петров");

    private static final List<String> STYLES = List.of("harvard-cite-them-right", "apa", "elsevier-harvard",
            "harvard-anglia-ruskin-university", "taylor-and-francis-chicago-author-date");

    @Test
    void writesTheEntriesAuthorsAsCiteprocJavaWritesThemFromTheirParts() throws IOException {
        int taken = 0;
        for (String style : STYLES) {
            taken += sameAsStock(StyleCatalog.style(style).xml(), style) ? 1 : 0;
        }
        assertTrue(taken >= 3, "taken in " + taken + " of the styles");
    }

    @Test
    void takesTheDefaultStyleAsShelfmarkRendersIt() {
        String rendered = CslEngine.of("harvard-cite-them-right", "en-GB").renderedStyle();
        assertTrue(EntryAuthors.of(StyleXml.parse(rendered)).active());
    }

    @Test
    void leavesStylesThatWriteTheirAuthorsOtherwise() {
        String name = "<name initialize-with=\".\" name-as-sort-order=\"all\"/>";
        assertTrue(taken(names("author", name)), "every author inverted, with initials");
        assertFalse(taken(names("author", "<name initialize-with=\".\" name-as-sort-order=\"first\"/>")), "the first alone inverted");
        assertFalse(taken(names("author", "<name name-as-sort-order=\"all\"/>")), "no initials");
        assertFalse(taken(names("author", "<name initialize-with=\".\" name-as-sort-order=\"all\">"
                + "<name-part name=\"family\" text-case=\"uppercase\"/></name>")), "a name part");
        assertFalse(taken(names("author", "<name initialize-with=\".\" name-as-sort-order=\"all\" font-style=\"italic\"/>")),
                "formatting");
        assertFalse(taken(names("author", name) + names("author", "<name initialize-with=\". \" name-as-sort-order=\"all\"/>")),
                "two ways");
        assertFalse(taken(names("author", "<name initialize-with=\".\" name-as-sort-order=\"all\" sort-separator=\" \"/>")),
                "a blank separator");
        assertFalse(taken("<sort><key variable=\"author\"/></sort>", names("author", name)), "a sort of citeproc-java's");
        assertFalse(EntryAuthors.of(StyleXml.parse(style("", names("author", "<name initialize-with=\".\" name-as-sort-order=\"all\""
                + " sort-separator=\", \"/>")).replace("<bibliography>", "<bibliography sort-separator=\"\">"))).active(),
                "a name's separator of \", \" does not override the bibliography's \"\" in citeproc-java");
        assertTrue(taken(names("editor", "<name/>") + names("author", name)), "other names rendered otherwise");
    }

    private static String names(String variable, String name) {
        return "<names variable=\"" + variable + "\">" + name + "</names>";
    }

    private static boolean taken(String layout) {
        return taken("", layout);
    }

    private static boolean taken(String sort, String layout) {
        return EntryAuthors.of(StyleXml.parse(style(sort, layout))).active();
    }

    private static String style(String sort, String layout) {
        return "<style xmlns=\"http://purl.org/net/xbiblio/csl\" version=\"1.0\" class=\"in-text\">"
                + "<citation><layout><text variable=\"title\"/></layout></citation><bibliography>" + sort + "<layout>"
                + layout + "</layout></bibliography></style>";
    }

    // whether the style's authors were taken; fails unless its entries read as stock citeproc-java's
    // (the style's own sort taken out on both sides, as Shelfmark sorts for citeproc-java)
    static boolean sameAsStock(String xml, String what) throws IOException {
        org.w3c.dom.Document doc = StyleXml.parse(xml);
        org.w3c.dom.NodeList sorts = doc.getElementsByTagNameNS("http://purl.org/net/xbiblio/csl", "sort");
        for (int i = sorts.getLength() - 1; i >= 0; i--) {
            org.w3c.dom.Node sort = sorts.item(i);
            if ("bibliography".equals(sort.getParentNode().getLocalName())) {
                sort.getParentNode().removeChild(sort);
            }
        }
        String unsorted = StyleXml.serialize(doc);
        EntryAuthors authors = EntryAuthors.of(StyleXml.parse(unsorted));
        CSLItemData[] items = references().stream().map(ItemMapper::toItem).toArray(CSLItemData[]::new);
        CSLItemData[] written = authors.apply(items.clone());
        for (String format : List.of("text", "html")) {
            assertEquals(entries(unsorted, items, format), entries(unsorted, written, format), what + " " + format);
        }
        return authors.active() && !Arrays.equals(items, written);
    }

    private static List<String> entries(String style, CSLItemData[] items, String format) throws IOException {
        CSL csl = new CSL(new ListItemDataProvider(items), new RegionalLocaleProvider("en-GB"), new DefaultAbbreviationProvider(),
                style, "en-GB");
        csl.setOutputFormat(format);
        csl.registerCitationItems(Arrays.stream(items).map(CSLItemData::getId).toArray(String[]::new));
        return List.of(csl.makeBibliography().getEntries());
    }

    // one to six authors a reference, of every given and family name; some with particles or a
    // suffix, some an organisation, some none (an editor stands in)
    private static List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        IntStream.range(0, 60).forEach(i -> {
            List<org.shelfmark.model.Name> authors = new ArrayList<>();
            for (int a = 0; a <= i % 6; a++) {
                int k = i * 7 + a * 3;
                authors.add(Person.of(FAMILY.get(k % FAMILY.size()), GIVEN.get(k % GIVEN.size())));
            }
            if (i % 13 == 5) {
                authors.add(new Organisation("NHS England"));
            }
            Reference.Builder b = Reference.builder("r" + i, i % 3 == 0 ? ItemType.BOOK : ItemType.ARTICLE_JOURNAL)
                    .set(Variable.TITLE, "Leading teams " + i).set(Variable.CONTAINER_TITLE, "Journal of Care")
                    .set(Variable.PUBLISHER, "Sage").issued(PartialDate.parse("20" + (10 + i % 10)));
            if (i % 11 == 3) {
                b.names(NameRole.EDITOR, authors);
            } else {
                b.authors(authors.toArray(org.shelfmark.model.Name[]::new));
            }
            refs.add(b.build());
        });
        return refs;
    }
}
