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
        b.variables.putAll(variables);
        names.forEach((role, list) -> b.names.put(role, list));
        b.dates.putAll(dates);
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

    /** Collects the fields of a {@link Reference}. Not safe for use by several threads. */
    public static final class Builder {
        private String id;
        private final ItemType type;
        private final Map<Variable, String> variables = new EnumMap<>(Variable.class);
        private final Map<NameRole, List<Name>> names = new EnumMap<>(NameRole.class);
        private final Map<DateRole, DateValue> dates = new EnumMap<>(DateRole.class);
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
            if (value == null) {
                variables.remove(variable);
            } else {
                variables.put(variable, value);
            }
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
            this.names.put(role, List.copyOf(names));
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
            if (date == null) {
                dates.remove(role);
            } else {
                dates.put(role, date);
            }
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
            return new Reference(id, type, variables, names, dates, doi, notes);
        }
    }
}
