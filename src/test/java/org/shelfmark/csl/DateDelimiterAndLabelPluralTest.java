package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shelfmark.model.ItemType;
import org.shelfmark.model.NameRole;
import org.shelfmark.model.Organisation;
import org.shelfmark.model.PartialDate;
import org.shelfmark.model.Person;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Variable;

/** citeproc-java 3.5.2 ignores {@code <date delimiter>} and {@code <label plural="never">} (Vancouver). */
class DateDelimiterAndLabelPluralTest {

    private static final Reference REPORT = Reference.builder("r", ItemType.REPORT).set(Variable.TITLE, "Leading across the system")
            .authors(new Organisation("The King's Fund")).set(Variable.PUBLISHER, "The King's Fund")
            .issued(PartialDate.parse("2022-05")).build();
    private static final Reference CHAPTER = Reference.builder("c", ItemType.CHAPTER).set(Variable.TITLE, "Teams")
            .authors(Person.of("Lyubovnikova", "Joanne")).set(Variable.CONTAINER_TITLE, "Organizational behaviour")
            .names(NameRole.EDITOR, List.of(Person.of("Mark", "Annabelle"))).set(Variable.PUBLISHER, "Palgrave")
            .set(Variable.PUBLISHER_PLACE, "Basingstoke").set(Variable.PAGE, "35-50").issued(PartialDate.parse("2011")).build();

    @Test
    void stockCiteprocJavaRunsTheDatePartsTogetherAndPluralisesTheLabel() throws IOException {
        assertEquals(List.of("1. The King’s Fund. Leading across the system. The King’s Fund; 2022May."),
                List.of(LabelSpacing.apply(Stock.entries(Stock.processor("nlm-citation-sequence", "en-US", List.of(REPORT))).get(0))));
        assertEquals(true, Stock.entries(Stock.processor("nlm-citation-sequence", "en-US", List.of(CHAPTER))).get(0)
                .endsWith("2011. pp. 35–50."));
    }

    @Test
    void mendedDatesAndLabelsReadAsCiteprocJsWritesThem() {
        CslEngine vancouver = CslEngine.of("nlm-citation-sequence", "en-US");
        assertEquals(List.of("1. The King’s Fund. Leading across the system. The King’s Fund; 2022 May."),
                vancouver.bibliography(List.of(REPORT), Markup.TEXT));
        assertEquals(true, vancouver.bibliography(List.of(CHAPTER), Markup.TEXT).get(0).endsWith("2011. p. 35–50."));
    }

    @Test
    void putsTheDelimiterWhereAMissingPartLeavesNoStraySpace() {
        String style = "<style xmlns=\"http://purl.org/net/xbiblio/csl\"><date variable=\"issued\" delimiter=\" \">"
                + "<date-part name=\"day\"/><date-part name=\"month\"/><date-part name=\"year\"/></date></style>";
        String out = DateDelimiter.rewrite(style);
        assertEquals(true, out.contains("<date-part name=\"day\" suffix=\" \"/><date-part name=\"month\" suffix=\" \"/>"
                + "<date-part name=\"year\"/>"), out);
    }
}
