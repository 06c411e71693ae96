package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.shelfmark.model.ItemType;
import org.shelfmark.model.PartialDate;
import org.shelfmark.model.Person;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Variable;

/**
 * A long bibliography is rendered in two halves at once: its entries are those of the same
 * session's bibliographies of each half, rendered whole, in every markup.
 */
class BibliographyHalvesTest {

    // authors from a small pool, so that names and years collide and year suffixes are given
    static List<Reference> records(int count) {
        Random random = new Random(5);
        String[] families = {"Smith", "Łukasz", "O'Brien", "Berg", "Ngata", "Müller"};
        String[] words = {"care", "leadership", "“quoted” words", "nurse's view", "teams", "compassion", "NHS"};
        List<Reference> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String title = Stream.generate(() -> words[random.nextInt(words.length)]).limit(2 + random.nextInt(4))
                    .collect(Collectors.joining(" "));
            Reference.Builder b = Reference.builder("r" + i, i % 3 == 0 ? ItemType.BOOK : ItemType.ARTICLE_JOURNAL)
                    .set(Variable.TITLE, title)
                    .authors(Person.of(families[random.nextInt(families.length)], "A."))
                    .issued(PartialDate.parse(String.valueOf(2015 + random.nextInt(6))));
            if (i % 3 == 0) {
                b.set(Variable.PUBLISHER, "Routledge").set(Variable.PUBLISHER_PLACE, "London");
            } else {
                b.set(Variable.CONTAINER_TITLE, "Nursing Times").set(Variable.VOLUME, String.valueOf(i % 40))
                        .set(Variable.PAGE, (i % 90 + 1) + "-" + (i % 90 + 9));
            }
            records.add(b.build());
        }
        return records;
    }

    @Test
    void aLongBibliographyReadsAsItsHalvesRenderedWhole() {
        List<Reference> records = records(CslEngine.PARALLEL_ENTRIES + 100);
        Map<String, Reference> byId = records.stream().collect(Collectors.toMap(Reference::id, Function.identity()));
        for (Markup markup : List.of(Markup.TEXT, Markup.HTML, Markup.ASCIIDOC)) {
            CslEngine.Session session = CslEngine.of("harvard-cite-them-right", "en-GB").session(records, markup);
            List<CslEngine.Entry> all = session.bibliography(records);
            assertEquals(records.size(), all.size());
            List<Reference> inOrder = all.stream().map(e -> byId.get(e.id())).toList();
            int half = inOrder.size() / 2; // each below the size rendered in halves
            List<CslEngine.Entry> whole = new ArrayList<>(session.bibliography(inOrder.subList(0, half)));
            whole.addAll(session.bibliography(inOrder.subList(half, inOrder.size())));
            assertEquals(whole, all, markup.toString());
            assertTrue(all.stream().anyMatch(e -> e.text().contains("2016a")), "year suffixes given: " + all.get(0));
        }
    }

    // A whole list's bibliography begins its entries while the cites are told apart (SharedEntries)
    @Test
    void aLongBibliographyBegunEarlyReadsAsTheSessionsEntries() {
        List<Reference> records = records(CslEngine.PARALLEL_ENTRIES + 100);
        CslEngine engine = CslEngine.of("harvard-cite-them-right", "en-GB");
        for (Markup markup : List.of(Markup.TEXT, Markup.HTML)) {
            List<String> session = engine.session(records, markup).bibliography(records).stream().map(CslEngine.Entry::text).toList();
            assertEquals(session, engine.bibliography(records, markup), markup.toString());
        }
    }
}
