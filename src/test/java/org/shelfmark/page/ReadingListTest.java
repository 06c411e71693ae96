package org.shelfmark.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shelfmark.Grouping;
import org.shelfmark.PageFormat;
import org.shelfmark.Shelfmark;
import org.shelfmark.model.AccessKind;
import org.shelfmark.model.ItemType;
import org.shelfmark.model.Library;
import org.shelfmark.model.Organisation;
import org.shelfmark.model.PartialDate;
import org.shelfmark.model.ReadingNotes;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Relation;
import org.shelfmark.model.RelationKind;
import org.shelfmark.model.Variable;

/** The annotated reading list: every entry, its annotation word for word, its reference and links. */
class ReadingListTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/reading-list");
    private static final Library BUILT_IN = Shelfmark.builtIn();

    private static String page(Library library, PageFormat format, Grouping grouping) throws IOException {
        StringWriter out = new StringWriter();
        Shelfmark.writeReadingList(library, Shelfmark.formatter(), format, grouping, out);
        return out.toString();
    }

    @ParameterizedTest
    @EnumSource(PageFormat.class)
    void theBuiltInListReadsAsCommitted(PageFormat format) throws IOException {
        String page = page(BUILT_IN, format, Grouping.NONE);
        Path golden = GOLDEN.resolve("builtin." + (format == PageFormat.MARKDOWN ? "md" : format.key()));
        if (Boolean.getBoolean("golden.write")) {
            Files.writeString(golden, page, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), page,
                golden + " differs: run mvn -B verify -Dgolden.write=true and review the change");
    }

    @Test
    void everyWorkHasItsTitleAnnotationWordForWordAndHarvardReference() throws IOException {
        String text = page(BUILT_IN, PageFormat.TEXT, Grouping.NONE);
        List<String> references = Shelfmark.formatter().bibliography(BUILT_IN.references(), org.shelfmark.OutputFormat.TEXT);
        assertEquals(11, BUILT_IN.references().size());
        for (Reference r : BUILT_IN.references()) {
            assertTrue(text.contains("\n" + r.title() + "\n"), r.id() + ": title heading");
            if (r.notes().annotation() != null) {
                assertTrue(words(text).contains(words(r.notes().annotation().replaceAll("(?m)^\\s*- ", "\u2022 "))),
                        r.id() + ": the annotation word for word");
            }
        }
        for (String reference : references) {
            assertTrue(text.contains("Reference: " + reference + "\n"), reference);
        }
    }

    @Test
    void entriesFollowTheIndexOrderAndRelationsLinkToTheirEntries() throws IOException {
        String html = page(BUILT_IN, PageFormat.HTML, Grouping.NONE);
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<article id=\"([^\"]+)\"").matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertEquals(BUILT_IN.ids(), ids);
        assertTrue(html.contains("<dt>Based on</dt>\n<dd><a href=\"#compassionate-leadership-book\">Compassionate Leadership:"),
                "the podcast links to the book it is based on");
        assertTrue(html.contains("<a href=\"https://doi.org/10.12968/bjhc.2021.0135\">Open \u201CSo close to love"),
                "a DOI is the link");
        assertTrue(html.contains("<dt>Access</dt>\n<dd>Free, but you must register: course is free, but requires registration"
                + " with Future Learn</dd>"), "access notes");
    }

    @Test
    void groupingByYearPutsTheNewestFirstAndUndatedLast() throws IOException {
        String text = page(BUILT_IN, PageFormat.TEXT, Grouping.YEAR);
        List<String> headings = text.lines().filter(l -> l.matches("\\d{4}|No date")).toList();
        assertEquals(List.of("2023", "2022", "2021", "2018", "2002", "No date"), headings);
    }

    @Test
    void groupingByThemeOrdersThemesAlphabeticallyAndNestsEntriesUnderThem() throws IOException {
        String markdown = page(BUILT_IN, PageFormat.MARKDOWN, Grouping.THEME);
        List<String> sections = markdown.lines().filter(l -> l.startsWith("## ")).toList();
        assertEquals(sections.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), sections);
        assertTrue(markdown.contains("### So close to love"), "entries one level below their section");
        String html = page(BUILT_IN, PageFormat.HTML, Grouping.TYPE);
        assertTrue(html.indexOf("<h2 id=\"section-1\">Reports</h2>") < html.indexOf("<h2 id=\"section-2\">Journal articles</h2>"));
    }

    @Test
    void textThatLooksLikeMarkupIsEscapedInEveryFormat() throws IOException {
        Reference hostile = Reference.builder("x", ItemType.REPORT).set(Variable.TITLE, "<script>alert(1)</script> *bold* [a](b)")
                .authors(new Organisation("A & B")).set(Variable.PUBLISHER, "P").issued(PartialDate.parse("2020"))
                .notes(new ReadingNotes("# not a heading\n\n1. not a list <b>x</b>", List.of("t"),
                        List.of(new Relation(RelationKind.SEE_ALSO, "y")), new org.shelfmark.model.Access(AccessKind.FREE, null)))
                .build();
        Reference other = Reference.builder("y", ItemType.BOOK).set(Variable.TITLE, "Y").build();
        Library library = new Library("L <i>", "", List.of(hostile, other));
        String html = page(library, PageFormat.HTML, Grouping.NONE);
        assertFalse(html.contains("<script>alert"), "no element from a value");
        assertFalse(html.contains("<b>x</b>"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; *bold*"));
        String markdown = page(library, PageFormat.MARKDOWN, Grouping.NONE);
        assertTrue(markdown.contains("## \\<script\\>alert(1)\\</script\\> \\*bold\\* \\[a\\](b)"), markdown);
        assertTrue(markdown.contains("\n\\# not a heading\n"), markdown);
        assertTrue(markdown.contains("\n1\\. not a list \\<b\\>x\\</b\\>\n"), markdown);
    }

    @Test
    void aRecordTheStylePrintsNoEntryForHasNoReferenceAndNoNull() throws IOException {
        Library one = new Library("L", "", List.of(Reference.builder("x", ItemType.INTERVIEW).set(Variable.TITLE, "X").build()));
        Page page = Page.of(one, java.util.Map.of("x", ""), Page.Grouping.NONE);
        StringWriter text = new StringWriter();
        TextPage.write(page, text);
        StringWriter html = new StringWriter();
        HtmlPage.write(page, Downloads.NONE, "S", html);
        assertFalse(text.toString().contains("Reference:") || text.toString().contains("null"), text.toString());
        assertFalse(html.toString().contains("id=\"x-reference\"") || html.toString().contains(">null<"), html.toString());
    }

    private static String words(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
