package org.shelfmark.yaml;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.shelfmark.model.Name;
import org.shelfmark.model.ReadingNotes;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Relation;

/**
 * Writes one record file as the reading list's own are written: {@code type} and {@code title}
 * first, names and dates as record files write them ({@code {literal: ...}}, {@code 2023-07}),
 * the reading-list fields last; every string quoted where YAML needs it, so no value can change
 * the file's shape. The file {@link LibraryLoader} reads it back to the same record.
 */
public final class RecordWriter {

    private static final YAMLFactory YAML = YAMLFactory.builder().disable(YAMLGenerator.Feature.SPLIT_LINES)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS).enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR).build();

    private RecordWriter() {
    }

    /**
     * Writes a record file.
     *
     * @param r          the record
     * @param schemaLine whether to start with the line that names the record schema
     * @param out        where to write; not closed
     * @throws IOException if writing fails
     */
    public static void write(Reference r, boolean schemaLine, Writer out) throws IOException {
        if (schemaLine) {
            out.write("# yaml-language-server: $schema=schema/record.schema.json\n");
        }
        try (JsonGenerator g = YAML.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("type", r.type().cslName());
            if (r.title() != null) {
                g.writeStringField("title", r.title());
            }
            for (var e : r.names().entrySet()) {
                g.writeArrayFieldStart(e.getKey().cslName());
                for (Name n : e.getValue()) {
                    CslJsonWriter.name(g, n);
                }
                g.writeEndArray();
            }
            for (var e : r.variables().entrySet()) {
                if (!e.getKey().cslName().equals("title")) {
                    g.writeStringField(e.getKey().cslName(), e.getValue());
                }
            }
            for (var e : r.dates().entrySet()) {
                g.writeStringField(e.getKey().cslName(), e.getValue().toIso());
            }
            if (r.doi() != null) {
                g.writeStringField("DOI", r.doi().value());
            }
            notes(g, r.notes());
            g.writeEndObject();
        }
    }

    private static void notes(JsonGenerator g, ReadingNotes notes) throws IOException {
        if (notes.annotation() != null) {
            g.writeStringField("annotation", notes.annotation());
        }
        if (!notes.keywords().isEmpty()) {
            g.writeArrayFieldStart("keywords");
            for (String k : notes.keywords()) {
                g.writeString(k);
            }
            g.writeEndArray();
        }
        if (!notes.relations().isEmpty()) {
            g.writeObjectFieldStart("relations");
            Map<String, List<String>> byKind = new java.util.LinkedHashMap<>();
            for (Relation rel : notes.relations()) {
                byKind.computeIfAbsent(rel.kind().key(), k -> new java.util.ArrayList<>()).add(rel.target());
            }
            for (var e : byKind.entrySet()) {
                g.writeArrayFieldStart(e.getKey());
                for (String t : e.getValue()) {
                    g.writeString(t);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        if (notes.access() != null) {
            g.writeObjectFieldStart("access");
            g.writeStringField("kind", notes.access().kind().key());
            if (notes.access().note() != null) {
                g.writeStringField("note", notes.access().note());
            }
            g.writeEndObject();
        }
    }
}
