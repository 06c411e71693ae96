package org.shelfmark.csl;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.shelfmark.model.DateRange;
import org.shelfmark.model.DateRole;
import org.shelfmark.model.DateValue;
import org.shelfmark.model.Name;
import org.shelfmark.model.NameRole;
import org.shelfmark.model.Organisation;
import org.shelfmark.model.PartialDate;
import org.shelfmark.model.Person;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Variable;

/**
 * Maps a {@link Reference} to citeproc-java's {@link CSLItemData}. The mapping is three tables,
 * one row per field; a field without a row has no CSL variable to go to.
 */
final class ItemMapper {

    private static final Map<Variable, BiConsumer<CSLItemDataBuilder, String>> TEXT = textTable();
    private static final Map<NameRole, BiConsumer<CSLItemDataBuilder, CSLName[]>> NAMES = nameTable();
    private static final Map<DateRole, BiConsumer<CSLItemDataBuilder, CSLDate>> DATES = dateTable();

    private ItemMapper() {
    }

    static CSLItemData toItem(Reference r) {
        CSLItemDataBuilder b = new CSLItemDataBuilder().id(r.id()).type(CSLType.fromString(r.type().cslName()));
        r.variables().forEach((v, value) -> TEXT.get(v).accept(b, value));
        r.names().forEach((role, names) -> NAMES.get(role).accept(b, names(names)));
        r.dates().forEach((role, date) -> DATES.get(role).accept(b, date(date)));
        r.doiValue().ifPresent(doi -> b.DOI(doi.value()));
        return b.build();
    }

    private static CSLName[] names(List<Name> names) {
        return names.stream().map(ItemMapper::name).toArray(CSLName[]::new);
    }

    private static CSLName name(Name n) {
        if (n instanceof Organisation o) {
            return new CSLNameBuilder().literal(o.name()).build();
        }
        Person p = (Person) n;
        return new CSLNameBuilder().family(p.family()).given(p.given())
                .nonDroppingParticle(p.nonDroppingParticle()).droppingParticle(p.droppingParticle())
                .suffix(p.suffix()).build();
    }

    private static CSLDate date(DateValue d) {
        int[] start = parts(d.start());
        if (d instanceof DateRange r) {
            return new CSLDateBuilder().dateParts(start, parts(r.end())).build();
        }
        return new CSLDateBuilder().dateParts(start).build();
    }

    private static int[] parts(PartialDate d) {
        return switch (d.precision()) {
            case YEAR -> new int[] {d.year()};
            case MONTH -> new int[] {d.year(), d.month()};
            case DAY -> new int[] {d.year(), d.month(), d.day()};
        };
    }

    private static Map<Variable, BiConsumer<CSLItemDataBuilder, String>> textTable() {
        Map<Variable, BiConsumer<CSLItemDataBuilder, String>> t = new EnumMap<>(Variable.class);
        t.put(Variable.TITLE, CSLItemDataBuilder::title);
        t.put(Variable.TITLE_SHORT, CSLItemDataBuilder::titleShort);
        t.put(Variable.CONTAINER_TITLE, CSLItemDataBuilder::containerTitle);
        t.put(Variable.CONTAINER_TITLE_SHORT, CSLItemDataBuilder::containerTitleShort);
        t.put(Variable.COLLECTION_TITLE, CSLItemDataBuilder::collectionTitle);
        t.put(Variable.COLLECTION_NUMBER, CSLItemDataBuilder::collectionNumber);
        t.put(Variable.PUBLISHER, CSLItemDataBuilder::publisher);
        t.put(Variable.PUBLISHER_PLACE, CSLItemDataBuilder::publisherPlace);
        t.put(Variable.VOLUME, CSLItemDataBuilder::volume);
        t.put(Variable.ISSUE, CSLItemDataBuilder::issue);
        t.put(Variable.PAGE, CSLItemDataBuilder::page);
        t.put(Variable.NUMBER_OF_PAGES, CSLItemDataBuilder::numberOfPages);
        t.put(Variable.EDITION, CSLItemDataBuilder::edition);
        t.put(Variable.NUMBER, CSLItemDataBuilder::number);
        t.put(Variable.MEDIUM, CSLItemDataBuilder::medium);
        t.put(Variable.GENRE, CSLItemDataBuilder::genre);
        t.put(Variable.EVENT_TITLE, CSLItemDataBuilder::eventTitle);
        t.put(Variable.EVENT_PLACE, CSLItemDataBuilder::eventPlace);
        t.put(Variable.AUTHORITY, CSLItemDataBuilder::authority);
        t.put(Variable.SECTION, CSLItemDataBuilder::section);
        t.put(Variable.STATUS, CSLItemDataBuilder::status);
        t.put(Variable.VERSION, CSLItemDataBuilder::version);
        t.put(Variable.ARCHIVE, CSLItemDataBuilder::archive);
        t.put(Variable.URL, CSLItemDataBuilder::URL);
        t.put(Variable.ISBN, CSLItemDataBuilder::ISBN);
        t.put(Variable.ISSN, CSLItemDataBuilder::ISSN);
        t.put(Variable.PMID, CSLItemDataBuilder::PMID);
        t.put(Variable.PMCID, CSLItemDataBuilder::PMCID);
        t.put(Variable.LANGUAGE, CSLItemDataBuilder::language);
        t.put(Variable.ABSTRACT, CSLItemDataBuilder::abstrct);
        t.put(Variable.NOTE, CSLItemDataBuilder::note);
        return t;
    }

    private static Map<NameRole, BiConsumer<CSLItemDataBuilder, CSLName[]>> nameTable() {
        Map<NameRole, BiConsumer<CSLItemDataBuilder, CSLName[]>> t = new EnumMap<>(NameRole.class);
        t.put(NameRole.AUTHOR, CSLItemDataBuilder::author);
        t.put(NameRole.EDITOR, CSLItemDataBuilder::editor);
        t.put(NameRole.TRANSLATOR, CSLItemDataBuilder::translator);
        t.put(NameRole.CONTAINER_AUTHOR, CSLItemDataBuilder::containerAuthor);
        t.put(NameRole.COLLECTION_EDITOR, CSLItemDataBuilder::collectionEditor);
        t.put(NameRole.DIRECTOR, CSLItemDataBuilder::director);
        t.put(NameRole.INTERVIEWER, CSLItemDataBuilder::interviewer);
        t.put(NameRole.ILLUSTRATOR, CSLItemDataBuilder::illustrator);
        t.put(NameRole.COMPOSER, CSLItemDataBuilder::composer);
        t.put(NameRole.RECIPIENT, CSLItemDataBuilder::recipient);
        t.put(NameRole.REVIEWED_AUTHOR, CSLItemDataBuilder::reviewedAuthor);
        t.put(NameRole.ORIGINAL_AUTHOR, CSLItemDataBuilder::originalAuthor);
        return t;
    }

    private static Map<DateRole, BiConsumer<CSLItemDataBuilder, CSLDate>> dateTable() {
        Map<DateRole, BiConsumer<CSLItemDataBuilder, CSLDate>> t = new EnumMap<>(DateRole.class);
        t.put(DateRole.ISSUED, CSLItemDataBuilder::issued);
        t.put(DateRole.ACCESSED, CSLItemDataBuilder::accessed);
        t.put(DateRole.ORIGINAL_DATE, CSLItemDataBuilder::originalDate);
        t.put(DateRole.EVENT_DATE, CSLItemDataBuilder::eventDate);
        t.put(DateRole.SUBMITTED, CSLItemDataBuilder::submitted);
        return t;
    }
}
