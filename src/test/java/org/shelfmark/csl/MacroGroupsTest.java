package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shelfmark.model.ItemType;
import org.shelfmark.model.Organisation;
import org.shelfmark.model.PartialDate;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Variable;

/** citeproc-java 3.5.2 drops a group whose macro writes only a term (Chicago's software "Released"). */
class MacroGroupsTest {

    private static final Reference ZOTERO = Reference.builder("zotero", ItemType.SOFTWARE).set(Variable.TITLE, "Zotero")
            .authors(new Organisation("Corporation for Digital Scholarship")).set(Variable.VERSION, "7.0")
            .issued(PartialDate.parse("2023")).build();

    @Test
    void stockCiteprocJavaDropsTheReleasedOfSoftware() throws IOException {
        assertEquals(List.of("Corporation for Digital Scholarship. 2023. Zotero. V. 7.0."),
                Stock.entries(Stock.processor("chicago-author-date", "en-US", List.of(ZOTERO))));
    }

    @Test
    void aMacroThatWritesATermKeepsItsGroupAsInCiteprocJs() {
        assertEquals(List.of("Corporation for Digital Scholarship. 2023. Zotero. V. 7.0. Released."),
                CslEngine.of("chicago-author-date", "en-US").bibliography(List.of(ZOTERO), Markup.TEXT));
    }
}
