package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shelfmark.model.ItemType;
import org.shelfmark.model.PartialDate;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Variable;

/** citeproc-java 3.5.2 cuts an affix that repeats the text before it; citeproc-js prints it. */
class DoubledAffixesTest {

    private static final Reference NEWS = Reference.builder("news", ItemType.ARTICLE_NEWSPAPER)
            .set(Variable.TITLE, "Hospital chiefs warn of winter crisis").set(Variable.CONTAINER_TITLE, "The Times")
            .issued(PartialDate.parse("2023-03-07")).build();

    @Test
    void stockCiteprocJavaCutsTheSecondFullStop() throws IOException {
        assertEquals(List.of("Hospital chiefs warn of winter crisis, 2023. The Times."),
                Stock.entries(Stock.processor("elsevier-harvard", "en-GB", List.of(NEWS))));
    }

    @Test
    void mendedAffixesStayAsCiteprocJsPrintsThem() {
        assertEquals(List.of("Hospital chiefs warn of winter crisis, 2023. . The Times."),
                CslEngine.of("elsevier-harvard", "en-GB").bibliography(List.of(NEWS), Markup.TEXT));
    }

    // Each pair is a suffix then a prefix; the expected line is citeproc-js 2.4.63's, which merges
    // only one doubled punctuation mark or space.
    @Test
    void onlyOneDoubledPunctuationMarkOrSpaceMerges(@TempDir Path dir) throws IOException {
        String[][] pairs = {{" ", " "}, {":", ":"}, {",", ", "}, {".", ", "}, {". ", "."}, {", ", ","}, {"?", "."},
            {").", ". "}, {" (", "("}, {"; ", ";"}, {". ", ". ("}, {"]", "] "}};
        StringBuilder groups = new StringBuilder();
        for (String[] p : pairs) {
            groups.append("<group><text variable=\"title\" suffix=\"").append(p[0])
                    .append("\"/><text variable=\"version\" prefix=\"").append(p[1]).append("\"/></group>");
        }
        Path style = dir.resolve("pairs.csl");
        Files.writeString(style, "<?xml version=\"1.0\" encoding=\"utf-8\"?><style xmlns=\"http://purl.org/net/xbiblio/csl\""
                + " class=\"in-text\" version=\"1.0\"><info><title>t</title><id>t</id><updated>2020-01-01T00:00:00+00:00</updated>"
                + "</info><citation><layout><text variable=\"title\"/></layout></citation><bibliography><layout>"
                + "<group delimiter=\"|\">" + groups + "</group></layout></bibliography></style>");
        Reference item = Reference.builder("x", ItemType.ARTICLE).set(Variable.TITLE, "T").set(Variable.VERSION, "V").build();
        assertEquals(List.of("T V|T:V|T, V|T., V|T. .V|T, ,V|T?V|T). V|T ((V|T; ;V|T. . (V|T]] V"),
                CslEngine.of(style.toString(), "en-US").bibliography(List.of(item), Markup.TEXT));
    }
}
