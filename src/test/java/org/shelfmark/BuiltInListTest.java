package org.shelfmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shelfmark.model.AccessKind;
import org.shelfmark.model.Doi;
import org.shelfmark.model.Library;
import org.shelfmark.model.Reference;
import org.shelfmark.model.RelationKind;

/** The reading list's eleven records against the list as published. */
class BuiltInListTest {

    private static final Library LIST = Shelfmark.builtIn();

    /** The eight resources of the published list, in its order, by the title it gives them. */
    private static final Map<String, String> RESOURCES = Map.of(
            "practice-of-collaborative-leadership", "The Practice of Collaborative Leadership: Across health and care services",
            "picture-of-health", "A picture of health? Examining the state of leadership and management in healthcare",
            "so-close-to-love", "So close to love: compassionate leadership in healthcare",
            "leadership-listens", "Leadership Listens: inspirational podcasts",
            "what-is-compassionate-leadership", "What is compassionate leadership?",
            "leading-with-kindness-and-compassion", "An introduction to leading with kindness and compassion in health and social care",
            "reframing-the-patient-experience", "Reframing the Patient Experience: A new scorecard for healthcare leaders",
            "decision-making-in-uncertain-times", "Decision-making in uncertain times");

    private static String seed() throws IOException {
        try (InputStream in = BuiltInListTest.class.getResourceAsStream("/seed/reading-list.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Words only: bullets, line breaks and non-breaking spaces are layout, not words. */
    private static String words(String text) {
        return text.replace('\u00A0', ' ').replaceAll("(?m)^\\s*[-•]\\s+", " ").replaceAll("\\s+", " ").strip();
    }

    static List<String> resourceIds() {
        return List.copyOf(RESOURCES.keySet());
    }

    @Test
    void holdsTheEightResourcesInTheSeedsOrderThenTheThreeWorksTheyName() {
        assertEquals(List.of("practice-of-collaborative-leadership", "picture-of-health", "so-close-to-love",
                "leadership-listens", "what-is-compassionate-leadership", "leading-with-kindness-and-compassion",
                "reframing-the-patient-experience", "decision-making-in-uncertain-times",
                "compassionate-leadership-book", "blueprint-for-patient-experience", "complicated-and-complex-systems"),
                LIST.ids());
        assertEquals("Leadership in health and care", LIST.title());
    }

    @ParameterizedTest
    @MethodSource("resourceIds")
    void everyResourceKeepsTheSeedsTitle(String id) throws IOException {
        Reference r = LIST.find(id).orElseThrow();
        String title = r.get(org.shelfmark.model.Variable.TITLE_SHORT).orElse(r.title());
        assertEquals(RESOURCES.get(id).toLowerCase(), title.toLowerCase());
        assertTrue(words(seed()).toLowerCase().contains(RESOURCES.get(id).toLowerCase()));
    }

    @ParameterizedTest
    @MethodSource("resourceIds")
    void everyResourceHasTheSeedsSummaryWordForWord(String id) throws IOException {
        String annotation = LIST.find(id).orElseThrow().notes().annotation();
        assertNotNull(annotation, id + " has no annotation");
        for (String paragraph : annotation.split("\n\n")) {
            assertTrue(words(seed()).contains(words(paragraph)),
                    id + ": this paragraph is not word for word the seed's: " + paragraph);
        }
        assertTrue(words(annotation).length() > 150, id + ": annotation is too short to be the whole summary");
    }

    @Test
    void theEvansArticleCarriesItsDoi() {
        Reference evans = LIST.find("so-close-to-love").orElseThrow();
        assertEquals(Doi.parse("10.12968/bjhc.2021.0135"), evans.doi());
        assertEquals("British Journal of Healthcare Management",
                evans.get(org.shelfmark.model.Variable.CONTAINER_TITLE).orElseThrow());
        assertEquals("Evans, D.", evans.authors().get(0).sortForm());
    }

    @Test
    void whereAFactContradictsTheSeedTheNoteSaysSo() {
        assertTrue(note("complicated-and-complex-systems").contains("Commission on the Future of Health in Canada"));
        assertTrue(note("reframing-the-patient-experience").contains("No 2018 paper of that title was found"));
        assertTrue(note("so-close-to-love").contains("'British Journal of Healthcare', cut short"));
        assertTrue(note("practice-of-collaborative-leadership").contains("'Kings Fund'"));
    }

    @Test
    void recordsTheRelationsTheSeedStates() {
        assertEquals(List.of(new org.shelfmark.model.Relation(RelationKind.BASED_ON, "compassionate-leadership-book")),
                LIST.find("leadership-listens").orElseThrow().notes().relations());
        assertEquals(List.of(new org.shelfmark.model.Relation(RelationKind.SEE_ALSO, "leading-with-kindness-and-compassion")),
                LIST.find("what-is-compassionate-leadership").orElseThrow().notes().relations());
        assertEquals(AccessKind.REGISTRATION,
                LIST.find("leading-with-kindness-and-compassion").orElseThrow().notes().access().kind());
    }

    @Test
    void noRecordHasADateTheSeedOrTheFactsDoNotGive() {
        assertTrue(LIST.find("leadership-listens").orElseThrow().issued().isEmpty(), "the podcasts have no date");
        assertEquals("2002-07", LIST.find("complicated-and-complex-systems").orElseThrow().issued().orElseThrow().toIso());
    }

    @Test
    void theBuiltInListValidatesWithoutAnyDiagnostic() {
        assertEquals(List.of(), Shelfmark.validateBuiltIn());
    }

    @Test
    void theRecordFilesInTheRepositoryAreTheBuiltInList() {
        assertEquals(LIST, Shelfmark.load(Path.of("references")));
        assertEquals(List.of(), Shelfmark.validate(Path.of("references")));
    }

    private static String note(String id) {
        return LIST.find(id).orElseThrow().get(org.shelfmark.model.Variable.NOTE).orElseThrow();
    }
}
