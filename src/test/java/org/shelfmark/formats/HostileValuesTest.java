package org.shelfmark.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shelfmark.ExchangeFormat;
import org.shelfmark.Shelfmark;
import org.shelfmark.model.ItemType;
import org.shelfmark.model.Organisation;
import org.shelfmark.model.Person;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Variable;

/** No value, however hostile, changes the shape of an exported file. */
class HostileValuesTest {

    private static final List<Reference> HOSTILE = new RandomRecords(7).records(60, true);

    private static String export(List<Reference> records, ExchangeFormat format) throws IOException {
        StringWriter out = new StringWriter();
        Shelfmark.export(records, format, out);
        return out.toString();
    }

    @Test
    void everyRisLineIsATagAndEveryRecordEndsOnce() throws IOException {
        String ris = export(HOSTILE, ExchangeFormat.RIS);
        assertTrue(ris.replace("\r\n", "").indexOf('\n') < 0 && ris.replace("\r\n", "").indexOf('\r') < 0, "CRLF only");
        int records = 0;
        for (String line : ris.split("\r\n")) {
            assertTrue(line.isEmpty() || line.matches("[A-Z][A-Z0-9]  - .*"), "not a tag line: " + line);
            records += line.startsWith("TY  - ") ? 1 : 0;
            assertEquals(line.startsWith("ER  - "), line.equals("ER  - "), "a value reads as the end of a record: " + line);
        }
        assertEquals(HOSTILE.size(), records);
        assertEquals(HOSTILE.size(), ris.split("\r\nER  - \r\n", -1).length - 1);
    }

    @Test
    void everyBibtexValueHasBalancedBracesAndOneEntryAStart() throws IOException {
        for (ExchangeFormat format : List.of(ExchangeFormat.BIBTEX, ExchangeFormat.BIBLATEX)) {
            String bib = export(HOSTILE, format);
            Matcher field = Pattern.compile("(?m)^  [a-z]+ = \\{(.*)\\},?$").matcher(bib);
            int fields = 0;
            while (field.find()) {
                fields++;
                int depth = 0;
                for (char c : field.group(1).toCharArray()) {
                    depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                    assertTrue(depth >= 0, "a brace closes too soon: " + field.group(1));
                }
                assertEquals(0, depth, "unbalanced: " + field.group(1));
            }
            assertTrue(fields > HOSTILE.size());
            assertEquals(HOSTILE.size(), Pattern.compile("(?m)^@").matcher(bib).results().count(), format + ": entries");
        }
    }

    @Test
    void citationKeysAreUniqueIgnoringCase() throws IOException {
        // two works whose keys would differ only in case, and one whose key is the other's with a letter
        List<Reference> alike = List.of(book("a", "Smith", "Leadership"), book("b", "SMITH", "LEADERSHIP"),
                book("c", "Smith", "Leadership"), book("d", "Smith", "Leadershipa"));
        String bib = export(alike, ExchangeFormat.BIBLATEX);
        Set<String> keys = new HashSet<>();
        Pattern.compile("(?m)^@\\w+\\{([^,]+),").matcher(bib).results()
                .forEach(m -> assertTrue(keys.add(m.group(1).toLowerCase(Locale.ROOT)), "key twice: " + m.group(1)));
        assertEquals(4, keys.size());
    }

    @Test
    void accentedLettersOfLatin1AloneAreWrittenAsCommandsToo() throws IOException {
        // no character beyond U+00FF: a text of them is decomposed as any other
        Reference r = Reference.builder("x", ItemType.REPORT).set(Variable.TITLE, "Café")
                .set(Variable.PUBLISHER, "Müller & Søn").build();
        String bibtex = export(List.of(r), ExchangeFormat.BIBTEX);
        assertTrue(bibtex.contains("title = {{Caf{\\'e}}}"), bibtex);
        assertTrue(bibtex.contains("institution = {M{\\\"u}ller \\& S{\\o}n}"), bibtex);
    }

    @Test
    void specialCharactersAndNamesAreWrittenAsBibtexReadsThem() throws IOException {
        Reference r = Reference.builder("x", ItemType.REPORT).set(Variable.TITLE, "Costs & \"50%\" of {NHS} #1: a_b ~ c^2 \\input{x}")
                .authors(new Organisation("Smith and Jones, Ltd"), Person.of("Brown", "Ann"))
                .set(Variable.PUBLISHER, "Łódź Naïve Straße").set(Variable.URL, "https://x.org/a_b%20c#d").build();
        String bibtex = export(List.of(r), ExchangeFormat.BIBTEX);
        assertTrue(bibtex.contains("title = {{Costs \\& \"50\\%\" of \\{NHS\\} \\#1: a\\_b \\textasciitilde{}"
                + " c\\textasciicircum{}2 \\textbackslash{}input\\{x\\}}}"), bibtex);
        assertTrue(export(List.of(Reference.builder("y", ItemType.REPORT).set(Variable.TITLE, "Budgets } and { reform {")
                .build()), ExchangeFormat.BIBTEX).contains("title = {{Budgets \\textbraceright{} and \\textbraceleft{} reform"
                + " \\textbraceleft{}}}"), "a brace without its pair");
        assertTrue(bibtex.contains("author = {{Smith and Jones, Ltd} and Brown, Ann}"), bibtex);
        assertTrue(bibtex.contains("institution = {{\\L}{\\'o}d{\\'z} Na{\\\"\\i}ve Stra{\\ss}e}"), bibtex);
        assertTrue(bibtex.contains("url = {https://x.org/a_b%20c#d}"), bibtex);
        String biblatex = export(List.of(r), ExchangeFormat.BIBLATEX);
        assertTrue(biblatex.contains("institution = {Łódź Naïve Straße}"), biblatex);
    }

    @Test
    void theWordAndInAPersonsNameIsBracedAndOtherLettersAndAreNot() throws IOException {
        Reference r = Reference.builder("x", ItemType.REPORT).set(Variable.TITLE, "T")
                .authors(Person.of("Sand and Anderson", "AND"), Person.of("Andrews", "Sandy"), Person.of("van der And", "Ann"))
                .build();
        assertTrue(export(List.of(r), ExchangeFormat.BIBTEX).contains(
                "author = {Sand {and} Anderson, {AND} and Andrews, Sandy and van der {And}, Ann}"), export(List.of(r), ExchangeFormat.BIBTEX));
    }

    @Test
    void dashesAreTexLigaturesAndHyphensStayHyphens(@TempDir Path dir) throws IOException {
        Reference r = Reference.builder("x", ItemType.REPORT).set(Variable.TITLE, "a \u2013 b \u2014 c -- d -\u2013 e \u2013\u2014 f")
                .build();
        assertTrue(export(List.of(r), ExchangeFormat.BIBTEX).contains("title = {{a -- b --- c -{}- d -{}-- e --{}--- f}}"));
        assertTrue(export(List.of(r), ExchangeFormat.BIBLATEX).contains("title = {{a \u2013 b \u2014 c -{}- d -\u2013 e"));
        Path file = Files.writeString(dir.resolve("x.bib"), export(List.of(r), ExchangeFormat.BIBTEX));
        assertEquals(r.get(Variable.TITLE), Shelfmark.load(file).references().get(0).get(Variable.TITLE));
    }

    private static Reference book(String id, String family, String title) {
        return Reference.builder(id, ItemType.BOOK).set(Variable.TITLE, title).authors(Person.of(family, "A."))
                .set(Variable.PUBLISHER, "P").build();
    }
}
