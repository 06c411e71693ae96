package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shelfmark.model.ItemType;
import org.shelfmark.model.PartialDate;
import org.shelfmark.model.Person;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Variable;

/** citeproc-java 3.5.2's {@code minimal-two} page ranges drop a leading zero; citeproc-js keeps two digits. */
class PageRangesTest {

    private static final Reference ARTICLE = Reference.builder("a", ItemType.ARTICLE_JOURNAL).set(Variable.TITLE, "Teams")
            .authors(Person.of("Harris", "Claire")).set(Variable.CONTAINER_TITLE, "BMJ Leader")
            .issued(PartialDate.parse("2022")).set(Variable.PAGE, "101-102").build();

    @Test
    void stockCiteprocJavaDropsTheZero() throws IOException {
        assertEquals(true, Stock.entries(Stock.processor("modern-language-association", "en-US", List.of(ARTICLE))).get(0)
                .endsWith("pp. 101–2."));
    }

    @Test
    void mendedRangesKeepTwoDigits() {
        assertEquals(true, CslEngine.of("modern-language-association", "en-US").bibliography(List.of(ARTICLE), Markup.TEXT)
                .get(0).endsWith("pp. 101–02."));
    }

    // The right-hand sides are citeproc-js 2.4.63's, rendered with page-range-format="minimal-two".
    @Test
    void rangesAreShortenedAsCiteprocJsShortensThem(@TempDir Path dir) throws IOException {
        String[][] cases = {{"101-102", "101–02"}, {"1-5", "1–5"}, {"98-102", "98–102"}, {"1000-1010", "1000–10"},
            {"321-28", "321–28"}, {"110-118", "110–18"}, {"1496-1504", "1496–504"}, {"12-12", "12–12"}, {"20-15", "20–15"},
            {"101-102, 201-209", "101–02, 201–09"}, {"S12-S14", "S12–14"}, {"e101-e102", "e101–02"}};
        Path style = dir.resolve("pages.csl");
        Files.writeString(style, "<?xml version=\"1.0\" encoding=\"utf-8\"?><style xmlns=\"http://purl.org/net/xbiblio/csl\""
                + " class=\"in-text\" version=\"1.0\" page-range-format=\"minimal-two\"><info><title>t</title><id>t</id>"
                + "<updated>2020-01-01T00:00:00+00:00</updated></info><citation><layout><text variable=\"title\"/></layout>"
                + "</citation><bibliography><layout><text variable=\"page\"/></layout></bibliography></style>");
        List<String> expected = new ArrayList<>();
        List<String> rendered = new ArrayList<>();
        for (String[] c : cases) {
            Reference r = Reference.builder("p", ItemType.ARTICLE).set(Variable.TITLE, "t").set(Variable.PAGE, c[0]).build();
            expected.add(c[1]);
            rendered.add(CslEngine.of(style.toString(), "en-US").bibliography(List.of(r), Markup.TEXT).get(0));
        }
        assertEquals(expected, rendered);
    }
}
