package org.shelfmark.yaml;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.shelfmark.model.DateRange;
import org.shelfmark.model.DateValue;
import org.shelfmark.model.Name;
import org.shelfmark.model.Organisation;
import org.shelfmark.model.PartialDate;
import org.shelfmark.model.Person;
import org.shelfmark.model.ReadingNotes;
import org.shelfmark.model.Reference;

/**
 * Writes references as CSL-JSON, the format citeproc-js, pandoc and Zotero read. The
 * annotation goes to CSL's {@code annote} and the keywords to {@code keyword}; relations and
 * access notes have no place in CSL-JSON and are left out.
 */
public final class CslJsonWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private CslJsonWriter() {
    }

    /**
     * Writes a CSL-JSON array, one object per reference, in the order given.
     *
     * @param references the references
     * @param out        where to write; not closed
     * @throws IOException if writing fails
     */
    public static void write(List<Reference> references, Writer out) throws IOException {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(pretty);
            g.writeStartArray();
            for (Reference r : references) {
                item(g, r);
            }
            g.writeEndArray();
            g.writeRaw('\n');
        }
    }

    /**
     * Writes CSL-YAML as pandoc reads it: a document whose {@code references} list holds one
     * mapping per reference, in the order given. Every string is quoted where YAML needs it.
     *
     * @param references the references
     * @param out        where to write; not closed
     * @throws IOException if writing fails
     */
    public static void writeYaml(List<Reference> references, Writer out) throws IOException {
        YAMLFactory yaml = YAMLFactory.builder().disable(YAMLGenerator.Feature.SPLIT_LINES)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .build();
        try (JsonGenerator g = yaml.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeArrayFieldStart("references");
            for (Reference r : references) {
                item(g, r);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write("...\n");
    }

    private static void item(JsonGenerator g, Reference r) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("type", r.type().cslName());
        for (var e : r.names().entrySet()) {
            g.writeArrayFieldStart(e.getKey().cslName());
            for (Name n : e.getValue()) {
                name(g, n);
            }
            g.writeEndArray();
        }
        for (var e : r.dates().entrySet()) {
            g.writeFieldName(e.getKey().cslName());
            date(g, e.getValue());
        }
        for (var e : r.variables().entrySet()) {
            g.writeStringField(e.getKey().cslName(), e.getValue());
        }
        if (r.doi() != null) {
            g.writeStringField("DOI", r.doi().value());
        }
        notes(g, r.notes());
        g.writeEndObject();
    }

    private static void notes(JsonGenerator g, ReadingNotes notes) throws IOException {
        if (notes.annotation() != null) {
            g.writeStringField("annote", notes.annotation());
        }
        if (!notes.keywords().isEmpty()) {
            g.writeStringField("keyword", String.join(", ", notes.keywords()));
        }
    }

    // a name as CSL writes it, and record files too
    static void name(JsonGenerator g, Name name) throws IOException {
        g.writeStartObject();
        // Java 17 has no pattern switch; Name is sealed to these two.
        if (name instanceof Organisation o) {
            g.writeStringField("literal", o.name());
        } else if (name instanceof Person p) {
            g.writeStringField("family", p.family());
            optional(g, "given", p.given());
            optional(g, "non-dropping-particle", p.nonDroppingParticle());
            optional(g, "dropping-particle", p.droppingParticle());
            optional(g, "suffix", p.suffix());
        }
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    private static void date(JsonGenerator g, DateValue date) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("date-parts");
        parts(g, date.start());
        if (date instanceof DateRange r) {
            parts(g, r.end());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void parts(JsonGenerator g, PartialDate d) throws IOException {
        g.writeStartArray();
        g.writeNumber(d.year());
        if (d.month() != 0) {
            g.writeNumber(d.month());
        }
        if (d.day() != 0) {
            g.writeNumber(d.day());
        }
        g.writeEndArray();
    }
}
