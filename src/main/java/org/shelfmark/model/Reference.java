package org.shelfmark.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One bibliographic record: what a reference manager keeps about a work, plus what a reading
 * list says about it.
 *
 * <p>Build one with {@link #builder(String, ItemType)}. All maps and lists are unmodifiable
 * copies; a field that is absent has no entry.
 *
 * @param id        the record's id, unique in its library (its file name without {@code .yaml})
 * @param type      the kind of resource
 * @param variables the text and number fields
 * @param names     the people and organisations, by role, in the order given
 * @param dates     the dates, by role
 * @param doi       the DOI, or {@code null}
 * @param notes     what the reading list says about it
 */
public record Reference(String id, ItemType type, Map<Variable, String> variables,
        Map<NameRole, List<Name>> names, Map<DateRole, DateValue> dates, Doi doi, ReadingNotes notes) {

    /** Checks the parts and copies the maps. */
    public Reference {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(notes, "notes");
        variables = EnumFields.copyOf(variables);
        names = copyNames(names);
        dates = EnumFields.copyOf(dates);
    }

    /**
     * {@return a builder for a record}
     *
     * @param id   the record's id
     * @param type the kind of resource
     */
    public static Builder builder(String id, ItemType type) {
        return new Builder(id, type);
    }

    /**
     * {@return a text field}
     *
     * @param variable which field
     */
    public Optional<String> get(Variable variable) {
        return Optional.ofNullable(variables.get(variable));
    }

    /** {@return the title, or an empty string for a work without one} */
    public String title() {
        return variables.getOrDefault(Variable.TITLE, "");
    }

    /** {@return the authors, in order} */
    public List<Name> authors() {
        return names(NameRole.AUTHOR);
    }

    /**
     * {@return the people and organisations in one role, in order}
     *
     * @param role which role
     */
    public List<Name> names(NameRole role) {
        return names.getOrDefault(role, List.of());
    }

    /** {@return the date of publication, or empty for a work without a date} */
    public Optional<DateValue> issued() {
        return Optional.ofNullable(dates.get(DateRole.ISSUED));
    }

    /**
     * {@return a date}
     *
     * @param role which date
     */
    public Optional<DateValue> date(DateRole role) {
        return Optional.ofNullable(dates.get(role));
    }

    /** {@return the DOI, if the record has one} */
    public Optional<Doi> doiValue() {
        return Optional.ofNullable(doi);
    }

    /** {@return a builder holding this record's fields, to make a changed copy} */
    public Builder toBuilder() {
        Builder b = new Builder(id, type);
        variables.forEach(b::set);
        names.forEach((role, list) -> b.names[role.ordinal()] = list);
        dates.forEach(b::date);
        b.doi = doi;
        b.notes = notes;
        return b;
    }

    private static Map<NameRole, List<Name>> copyNames(Map<NameRole, List<Name>> names) {
        if (names instanceof EnumFields) {
            return names; // its lists were copied, and the empty ones left out, when it was made
        }
        EnumMap<NameRole, List<Name>> m = new EnumMap<>(NameRole.class);
        names.forEach((role, list) -> {
            if (!list.isEmpty()) {
                m.put(role, List.copyOf(list));
            }
        });
        return EnumFields.copyOf(m);
    }

    private static final Variable[] VARIABLES = Variable.values();
    private static final NameRole[] NAME_ROLES = NameRole.values();
    private static final DateRole[] DATE_ROLES = DateRole.values();

    /** Collects the fields of a {@link Reference}. Not safe for use by several threads. */
    public static final class Builder {
        private String id;
        private final ItemType type;
        // a slot for each constant, made into the record's fields at the end (no map of every
        // constant to make and walk again for each record of a long list)
        private final Object[] variables = new Object[VARIABLES.length];
        private final Object[] names = new Object[NAME_ROLES.length];
        private final Object[] dates = new Object[DATE_ROLES.length];
        private Doi doi;
        private ReadingNotes notes = ReadingNotes.NONE;

        private Builder(String id, ItemType type) {
            this.id = id;
            this.type = type;
        }

        /**
         * Sets the id.
         *
         * @param id the record's id
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets a text field, or removes it when the value is {@code null}.
         *
         * @param variable which field
         * @param value    its value
         * @return this builder
         */
        public Builder set(Variable variable, String value) {
            variables[variable.ordinal()] = value;
            return this;
        }

        /**
         * Sets the names in one role.
         *
         * @param role  which role
         * @param names the names, in order
         * @return this builder
         */
        public Builder names(NameRole role, List<? extends Name> names) {
            this.names[role.ordinal()] = List.copyOf(names);
            return this;
        }

        /**
         * Sets the authors.
         *
         * @param authors the authors, in order
         * @return this builder
         */
        public Builder authors(Name... authors) {
            return names(NameRole.AUTHOR, List.of(authors));
        }

        /**
         * Sets a date, or removes it when the value is {@code null}.
         *
         * @param role which date
         * @param date the date
         * @return this builder
         */
        public Builder date(DateRole role, DateValue date) {
            dates[role.ordinal()] = date;
            return this;
        }

        /**
         * Sets the date of publication.
         *
         * @param date the date
         * @return this builder
         */
        public Builder issued(DateValue date) {
            return date(DateRole.ISSUED, date);
        }

        /**
         * Sets the DOI.
         *
         * @param doi the DOI, or {@code null}
         * @return this builder
         */
        public Builder doi(Doi doi) {
            this.doi = doi;
            return this;
        }

        /**
         * Sets the reading-list notes.
         *
         * @param notes what the list says about the resource
         * @return this builder
         */
        public Builder notes(ReadingNotes notes) {
            this.notes = notes;
            return this;
        }

        /** {@return the record} */
        public Reference build() {
            return new Reference(id, type, EnumFields.ofSlots(VARIABLES, variables, v -> true),
                    EnumFields.ofSlots(NAME_ROLES, names, (List<Name> list) -> !list.isEmpty()),
                    EnumFields.ofSlots(DATE_ROLES, dates, d -> true), doi, notes);
        }
    }
}
