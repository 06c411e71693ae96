package org.shelfmark.csl;

import java.util.List;
import org.shelfmark.model.DateRole;
import org.shelfmark.model.Doi;
import org.shelfmark.model.ItemType;
import org.shelfmark.model.Organisation;
import org.shelfmark.model.PartialDate;
import org.shelfmark.model.Person;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Variable;

/** Small references for rendering tests. */
final class Items {

    private Items() {
    }

    static Reference evans() {
        return Reference.builder("evans", ItemType.ARTICLE_JOURNAL)
                .set(Variable.TITLE, "So close to love: compassionate leadership in healthcare")
                .authors(Person.of("Evans", "D."))
                .set(Variable.CONTAINER_TITLE, "British Journal of Healthcare Management")
                .issued(PartialDate.parse("2022"))
                .doi(Doi.parse("10.12968/bjhc.2021.0135"))
                .build();
    }

    static Reference webpage(String id, String title, String issued) {
        return Reference.builder(id, ItemType.WEBPAGE)
                .set(Variable.TITLE, title)
                .authors(new Organisation("The King's Fund"))
                .issued(PartialDate.parse(issued))
                .set(Variable.URL, "https://www.kingsfund.org.uk/" + id)
                .date(DateRole.ACCESSED, PartialDate.parse("2026-11-25"))
                .build();
    }

    static List<Reference> twoKingsFund2022() {
        return List.of(webpage("what-is", "What is compassionate leadership?", "2022-02"),
                webpage("kindness", "An introduction to leading with kindness", "2022-01"));
    }
}
