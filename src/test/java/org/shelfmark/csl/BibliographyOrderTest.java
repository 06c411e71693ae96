package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shelfmark.model.ItemType;
import org.shelfmark.model.PartialDate;
import org.shelfmark.model.Person;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Variable;

/** citeproc-java 3.5.2 sorts by display strings (shared/notes/citeproc-java.md, items 5 and 8). */
class BibliographyOrderTest {

    private static Reference book(String id, Person author, String title) {
        return Reference.builder(id, ItemType.BOOK).set(Variable.TITLE, title).authors(author)
                .set(Variable.PUBLISHER, "P").issued(PartialDate.parse("2020")).build();
    }

    private static final List<Reference> BOOKS = List.of(
            book("berg", new Person("Berg", "Anna", null, "van den", null), "Systems"),
            book("lukasiewicz", Person.of("Łukasiewicz", "Małgorzata"), "Zarządzanie"),
            book("cole", Person.of("Cole", "Ann"), "Leading"),
            book("zed", Person.of("Zed", "Z."), "Last"));

    private static List<String> stockOrder() throws IOException {
        return Stock.processor("harvard-cite-them-right", "en-GB", BOOKS).getRegisteredItems().stream().map(i -> i.getId()).toList();
    }

    @Test
    void stockCiteprocJavaSortsParticlesAndAccentedLettersAsDisplayed() throws IOException {
        assertEquals(List.of("cole", "berg", "zed", "lukasiewicz"), stockOrder());
    }

    @Test
    void mendedOrderDemotesParticlesAndFoldsLettersAsCiteprocJsDoes() {
        List<String> entries = CslEngine.of("harvard-cite-them-right", "en-GB").bibliography(BOOKS, Markup.TEXT);
        assertEquals(List.of("van den Berg, A. (2020) Systems. P.", "Cole, A. (2020) Leading. P.",
                "Łukasiewicz, M. (2020) Zarządzanie. P.", "Zed, Z. (2020) Last. P."), entries);
    }

    @Test
    void datesArePaddedAsStringFormatPadsThem() {
        java.util.Random random = new java.util.Random(12);
        int[] edges = {0, 1, 9, 10, 99, 100, 999, 1000, 9999, 10000, -1, -9, -10, -999, -1000, Integer.MAX_VALUE, Integer.MIN_VALUE};
        java.util.stream.IntStream numbers = java.util.stream.IntStream.concat(java.util.Arrays.stream(edges),
                random.ints(2000, -20000, 20000));
        numbers.forEach(n -> {
            assertEquals(String.format("%04d", n), BibliographyOrder.padded(n, 4), "year " + n);
            assertEquals(String.format("%02d", n), BibliographyOrder.padded(n, 2), "month or day " + n);
        });
    }

    @Test
    void wordsAreWhatRemovingPunctuationAndJoiningSpacesGives() {
        String[] pieces = {"a", "Z", "é", "Ł", "0", " ", "  ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0", "\u2009", ".", ",",
            "-", "\u2013", "'", "\u2018", "\u201D", "(", "]", "_", "|", "$", "+", "\u00A7", "\uD835\uDD04", "\uD805\uDC4B", "\uD800"};
        java.util.Random random = new java.util.Random(3);
        for (int n = 0; n < 20000; n++) {
            StringBuilder key = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                key.append(pieces[random.nextInt(pieces.length)]);
            }
            String k = key.toString();
            assertEquals(k.replaceAll("\\p{P}+", "").replaceAll("\\s+", "|"), BibliographyOrder.words(k), k);
        }
    }

    @Test
    void cleaningTakesOutWhatThePatternOfQuotationMarksAndEtAlTookOut() {
        String[] pieces = {"a", "Z", "é", " ", "\t", "\u00A0", ".", "\"", "'", "\u2018", "\u2019", "\u201C", "\u201D",
            "\u201E", "\u00AB", "\uDFFF", "\uE000", "\uE030", "\uE0FF", "\uE100", "\uDFFF\uE000", " et al.", "et al.", " et",
            "\uD835\uDD04"};
        java.util.regex.Pattern quotes = java.util.regex.Pattern.compile("[\"'\u2018\u2019\u201C\u201D\uE000-\uE0FF]");
        java.util.Random random = new java.util.Random(5);
        for (int n = 0; n < 20000; n++) {
            StringBuilder key = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                key.append(pieces[random.nextInt(pieces.length)]);
            }
            String k = key.toString();
            assertEquals(quotes.matcher(k).replaceAll("").replace(" et al.", "").strip(), BibliographyOrder.clean(k), k);
        }
        assertNull(BibliographyOrder.clean(null));
    }

    @Test
    void foldLeavesPlainAsciiAsItIsAndFoldsTheRest() {
        java.util.Random random = new java.util.Random(4);
        for (int n = 0; n < 5000; n++) {
            StringBuilder key = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                key.append((char) (n % 2 == 0 ? random.nextInt(0x80) : random.nextInt(0x180)));
            }
            String k = key.toString();
            String folded = java.text.Normalizer.normalize(k, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .replace("Ł", "L").replace("ł", "l").replace("Ø", "O").replace("ø", "o").replace("Đ", "D").replace("đ", "d")
                    .replace("ß", "ss").replace("Æ", "AE").replace("æ", "ae").replace("Œ", "OE");
            assertEquals(folded, BibliographyOrder.fold(k), k);
        }
    }

    @Test
    void foldsAccentsAndStrokes() {
        assertEquals("Lukasiewicz Malgorzata Osterberg", BibliographyOrder.fold("Łukasiewicz Małgorzata Østerberg"));
    }

    // citeproc-js 2.4.63 lists "Compassion in Practice" first: its keys go word by word.
    private static final List<Reference> TITLES = List.of(
            book("ate", Person.of("West", "Michael"), "Compassionate leadership"),
            book("in", Person.of("West", "Michael"), "Compassion in practice"));

    @Test
    void stockCiteprocJavaSkipsTheSpaceBetweenWords() throws IOException {
        assertEquals(List.of("ate", "in"), Stock.processor("modern-language-association", "en-US", TITLES).getRegisteredItems()
                .stream().map(i -> i.getId()).toList());
    }

    @Test
    void mendedOrderComparesWordByWord() {
        List<String> entries = CslEngine.of("modern-language-association", "en-US").bibliography(TITLES, Markup.TEXT);
        assertEquals(List.of("West, Michael. Compassion in Practice. P, 2020.", "———. Compassionate Leadership. P, 2020."), entries);
    }

    // citeproc-js 2.4.63 keys Elsevier's "issued" macro (descending) by its date alone, so a work
    // with no date has an empty key and comes after the dated ones.
    private static final List<Reference> UNDATED = List.of(
            Reference.builder("nd", ItemType.REPORT).set(Variable.TITLE, "About integrated care systems")
                    .authors(new org.shelfmark.model.Organisation("The Health Foundation")).set(Variable.PUBLISHER, "P").build(),
            Reference.builder("dated", ItemType.BOOK).set(Variable.TITLE, "Quality improvement made simple")
                    .authors(new org.shelfmark.model.Organisation("The Health Foundation")).set(Variable.PUBLISHER, "P")
                    .issued(PartialDate.parse("2020")).build());

    @Test
    void stockCiteprocJavaPutsTheUndatedWorkFirst() throws IOException {
        assertEquals(List.of("nd", "dated"), Stock.processor("elsevier-harvard", "en-GB", UNDATED).getRegisteredItems()
                .stream().map(i -> i.getId()).toList());
    }

    @Test
    void mendedOrderPutsTheUndatedWorkLast() {
        assertEquals(List.of("The Health Foundation, 2020. Quality improvement made simple. P.",
                "The Health Foundation, n.d. About integrated care systems. P."),
                CslEngine.of("elsevier-harvard", "en-GB").bibliography(UNDATED, Markup.TEXT));
    }
}
