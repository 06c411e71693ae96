package org.shelfmark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shelfmark.model.CiteItem;
import org.shelfmark.model.CiteItem.Mode;
import org.shelfmark.model.LocatorLabel;

class CiteSyntaxTest {

    @Test
    void bareIdsMakeOneCluster() {
        assertEquals(List.of(List.of(CiteItem.of("a"), CiteItem.of("b"))), CiteSyntax.clusters(List.of("a", "b")));
    }

    @Test
    void readsPandocClusters() {
        assertEquals(List.of(List.of(
                new CiteItem("evans", "12", LocatorLabel.PAGE, "see", null, Mode.NORMAL),
                new CiteItem("west", null, null, null, null, Mode.SUPPRESS_AUTHOR))),
                CiteSyntax.clusters(List.of("[see @evans, p. 12; -@west]")));
    }

    @Test
    void readsLocatorLabelsAndSuffixes() {
        assertEquals(List.of(List.of(new CiteItem("kf", "3-5", LocatorLabel.PAGE, null, ", for the four behaviours", Mode.NORMAL))),
                CiteSyntax.clusters(List.of("[@kf, pp. 3-5, for the four behaviours]")));
        assertEquals(LocatorLabel.CHAPTER, CiteSyntax.clusters(List.of("[@w, chap. 3]")).get(0).get(0).label());
        assertEquals(LocatorLabel.SECTION, CiteSyntax.clusters(List.of("[@w, § 4]")).get(0).get(0).label());
        assertEquals(LocatorLabel.PAGE, CiteSyntax.clusters(List.of("[@w, 33]")).get(0).get(0).label());
        assertEquals(", and elsewhere", CiteSyntax.clusters(List.of("[@w, and elsewhere]")).get(0).get(0).suffix());
    }

    @Test
    void readsNarrativeCites() {
        assertEquals(List.of(List.of(new CiteItem("west", null, null, null, null, Mode.NARRATIVE)),
                List.of(new CiteItem("west", "3", LocatorLabel.CHAPTER, null, null, Mode.NARRATIVE))),
                CiteSyntax.clusters(List.of("@west", "@west [chapter 3]")));
    }

    @Test
    void saysWhatIsWrongWithACitation() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CiteSyntax.clusters(List.of("[see evans]")));
        assertEquals("'see evans' names no record: write @id, as in [see @evans, p. 12]", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CiteSyntax.clusters(List.of("[@evans")));
    }
}
