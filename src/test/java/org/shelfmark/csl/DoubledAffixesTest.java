package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.token.DisplayGroupToken;
import de.undercouch.citeproc.csl.internal.token.TextToken;
import de.undercouch.citeproc.csl.internal.token.Token;
import de.undercouch.citeproc.helper.StringHelper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

    // The rule keep() follows, written out plainly: every affix or delimiter that citeproc-java
    // would cut, not after a closing quotation mark, compared with the whole text before it (closing
    // marks at its end left out) and marked where citeproc-js keeps it.
    private static List<String> keptPlainly(List<Token> buffer) {
        List<String> texts = new ArrayList<>();
        for (Token t : buffer) {
            texts.add(t instanceof TextToken tt ? tt.getText() : null);
        }
        for (int i = 1; i < buffer.size(); i++) {
            if (!(buffer.get(i) instanceof TextToken t1) || t1.getText().isEmpty()
                    || !(t1.getType() == TextToken.Type.PREFIX || t1.getType() == TextToken.Type.DELIMITER
                            || t1.getType() == TextToken.Type.SUFFIX && !t1.getText().startsWith(")"))
                    || buffer.get(i - 1) instanceof TextToken q && q.getType() == TextToken.Type.CLOSE_QUOTE) {
                continue;
            }
            StringBuilder before = new StringBuilder();
            for (int j = i - 1; j >= 0 && before.length() < t1.getText().length(); j--) {
                if (texts.get(j) != null && (before.length() > 0 || ((TextToken) buffer.get(j)).getType() != TextToken.Type.CLOSE_QUOTE)) {
                    before.insert(0, texts.get(j));
                }
            }
            int overlap = StringHelper.overlap(before.toString(), t1.getText());
            if (overlap > 1 || overlap == 1 && ".,:;!? ".indexOf(t1.getText().charAt(0)) < 0) {
                texts.set(i, '\uE030' + t1.getText());
            }
        }
        return texts;
    }

    @Test
    void affixesAreKeptAsComparingEachWithTheWholeTextBeforeItKeepsThem() {
        String[] pieces = {"", " ", ".", ",", ". ", ", ", ":", ";", "!", "?", "(", ")", ").", " (", "] ", "a", "Ab",
            "x.", "’", "”", "é", "\uD83D\uDE00"};
        TextToken.Type[] types = TextToken.Type.values();
        Random random = new Random(11);
        int kept = 0;
        for (int n = 0; n < 20_000; n++) {
            TokenBuffer buffer = new TokenBuffer();
            for (int k = random.nextInt(10); k >= 0; k--) {
                if (random.nextInt(12) == 0) {
                    buffer.append(new DisplayGroupToken(random.nextBoolean(), DisplayGroupToken.Type.BLOCK));
                    continue;
                }
                StringBuilder text = new StringBuilder();
                for (int p = random.nextInt(3); p >= 0; p--) {
                    text.append(pieces[random.nextInt(pieces.length)]);
                }
                buffer.append(new TextToken(text.toString(), types[random.nextInt(types.length)]));
            }
            List<String> expected = keptPlainly(buffer.getTokens());
            DoubledAffixes.keep(buffer);
            List<String> actual = buffer.getTokens().stream().map(t -> t instanceof TextToken tt ? tt.getText() : null).toList();
            assertEquals(expected, actual);
            kept += (int) actual.stream().filter(t -> t != null && t.indexOf('\uE030') >= 0).count();
        }
        assertTrue(kept > 500, "affixes kept: " + kept);
    }
}
