package org.shelfmark.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.shelfmark.model.ItemType;
import org.shelfmark.model.Library;
import org.shelfmark.model.Name;
import org.shelfmark.model.Organisation;
import org.shelfmark.model.PartialDate;
import org.shelfmark.model.Person;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Variable;

/**
 * Generated references for the benchmarks, the same for the same number: the mix of
 * {@code src/bench/generate.mjs} (journal articles, books, chapters, reports, web pages, with
 * authors from a small pool so that disambiguation has work to do).
 */
final class References {

    private static final String[] FAMILIES = {"Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson",
        "Thomas", "Johnson", "Roberts", "Walker", "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green",
        "Hall", "Wood", "Harris", "Lewis", "Martin", "Jackson", "Clarke", "Turner", "Hill", "Scott", "Cooper", "Morris",
        "Ward", "Moore", "King", "Watson", "Baker", "Harrison", "Morgan", "Patel", "Young", "West", "Okafor", "Nguyen",
        "Kowalski", "O'Brien", "Müller", "García"};
    private static final String[] GIVENS = {"Anna", "Michael", "Sarah", "David", "Emma", "James", "Priya", "Chidi",
        "Olivia", "Thomas", "Aisha", "Daniel", "Laura", "Mark", "Helen", "Peter", "Ruth", "Simon", "Grace", "Tom"};
    private static final String[] ORGS = {"The King's Fund", "NHS England", "The Health Foundation", "Nuffield Trust",
        "NHS Leadership Academy", "Social Market Foundation", "Care Quality Commission"};
    private static final String[] JOURNALS = {"BMJ Leader", "British Journal of Healthcare Management",
        "Journal of Health Organization and Management", "Leadership in Health Services", "BMJ Open"};
    private static final String[] PUBLISHERS = {"Routledge", "Oxford University Press", "Sage", "Palgrave Macmillan"};
    private static final String[] WORDS = {"leadership", "compassion", "care", "integrated", "systems", "patient",
        "experience", "quality", "improvement", "teams", "culture", "health", "social", "workforce", "wellbeing",
        "change", "collaboration", "primary", "community", "services", "decision-making", "management", "evidence"};

    private References() {
    }

    /** {@return a library of n generated references} */
    static Library of(int n) {
        Random random = new Random(20261125L);
        List<Reference> refs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            refs.add(reference(i, random));
        }
        return new Library("Benchmark", "", refs);
    }

    private static Reference reference(int i, Random random) {
        double kind = random.nextDouble();
        String id = "ref" + i;
        PartialDate issued = random.nextBoolean() ? new PartialDate(1995 + random.nextInt(31), 0, 0)
                : new PartialDate(1995 + random.nextInt(31), 1 + random.nextInt(12), 1 + random.nextInt(28));
        if (kind < 0.45) {
            int first = 1 + random.nextInt(300);
            return Reference.builder(id, ItemType.ARTICLE_JOURNAL).set(Variable.TITLE, title(random)).authors(people(random))
                    .set(Variable.CONTAINER_TITLE, pick(JOURNALS, random)).issued(issued)
                    .set(Variable.VOLUME, String.valueOf(1 + random.nextInt(40))).set(Variable.ISSUE, String.valueOf(1 + random.nextInt(12)))
                    .set(Variable.PAGE, first + "-" + (first + random.nextInt(20))).build();
        }
        if (kind < 0.6) {
            return Reference.builder(id, ItemType.BOOK).set(Variable.TITLE, title(random)).authors(people(random))
                    .set(Variable.PUBLISHER, pick(PUBLISHERS, random)).set(Variable.PUBLISHER_PLACE, "London").issued(issued).build();
        }
        if (kind < 0.7) {
            int first = 1 + random.nextInt(300);
            return Reference.builder(id, ItemType.CHAPTER).set(Variable.TITLE, title(random)).authors(people(random))
                    .set(Variable.CONTAINER_TITLE, title(random)).set(Variable.PUBLISHER, pick(PUBLISHERS, random))
                    .set(Variable.PUBLISHER_PLACE, "Oxford").issued(issued).set(Variable.PAGE, first + "-" + (first + 10)).build();
        }
        String org = pick(ORGS, random);
        if (kind < 0.85) {
            return Reference.builder(id, ItemType.REPORT).set(Variable.TITLE, title(random))
                    .authors(random.nextBoolean() ? new Name[] {new Organisation(org)} : people(random))
                    .set(Variable.PUBLISHER, org).issued(issued).set(Variable.URL, "https://example.org/reports/" + i).build();
        }
        return Reference.builder(id, ItemType.WEBPAGE).set(Variable.TITLE, title(random)).authors(new Organisation(org))
                .set(Variable.CONTAINER_TITLE, org).issued(issued).set(Variable.URL, "https://example.org/pages/" + i).build();
    }

    private static Name[] people(Random random) {
        int n = 1 + random.nextInt(random.nextDouble() < 0.1 ? 8 : 3);
        Name[] names = new Name[n];
        for (int i = 0; i < n; i++) {
            names[i] = Person.of(pick(FAMILIES, random), pick(GIVENS, random));
        }
        return names;
    }

    private static String title(Random random) {
        int n = 3 + random.nextInt(7);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String w = pick(WORDS, random);
            s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(i == n - 1 ? "" : " ");
        }
        return s.toString();
    }

    private static String pick(String[] from, Random random) {
        return from[random.nextInt(from.length)];
    }
}
