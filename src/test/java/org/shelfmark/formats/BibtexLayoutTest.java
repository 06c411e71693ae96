package org.shelfmark.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shelfmark.ExchangeFormat;
import org.shelfmark.Shelfmark;
import org.shelfmark.model.Reference;

/**
 * The BibTeX writer lays out its entries as jbibtex's formatter does, which wrote them before:
 * every entry read back by jbibtex's parser and formatted again by its formatter (indented by two
 * spaces) gives the text written, byte for byte, over random and hostile records. The hostile
 * ones hold line breaks, which the formatter would indent, so a value written over several lines
 * fails it too.
 */
class BibtexLayoutTest {

    @ParameterizedTest
    @EnumSource(value = ExchangeFormat.class, names = {"BIBTEX", "BIBLATEX"})
    void entriesAreLaidOutAsJbibtexFormatsThem(ExchangeFormat format) throws IOException, ParseException {
        for (boolean hostile : new boolean[] {false, true}) {
            List<Reference> records = new RandomRecords(hostile ? 11 : 12).records(400, hostile);
            StringWriter out = new StringWriter();
            Shelfmark.export(records, format, out);
            String written = out.toString();
            BibTeXDatabase read = read(written);
            assertEquals(records.size(), read.getEntries().size());
            assertEquals(written, formatted(read), format + (hostile ? ", hostile records" : ""));
        }
    }

    private static BibTeXDatabase read(String text) throws ParseException {
        BibTeXParser parser = new BibTeXParser() {
            @Override
            public void checkStringResolution(Key key, BibTeXString string) {
                // month macros (jan, feb, ...) are BibTeX's own, not defined in the file
            }
        };
        return parser.parse(new StringReader(text));
    }

    private static String formatted(BibTeXDatabase read) throws IOException {
        BibTeXFormatter formatter = new BibTeXFormatter();
        formatter.setIndent("  ");
        StringWriter out = new StringWriter();
        formatter.format(read, out);
        return out.toString();
    }
}
