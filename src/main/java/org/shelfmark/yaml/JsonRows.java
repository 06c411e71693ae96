package org.shelfmark.yaml;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/** Writes a list of flat rows as a JSON array of objects, for machine-readable listings. */
public final class JsonRows {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonRows() {
    }

    /**
     * Writes the rows, one object per line, keys in the order each map gives; a {@code null}
     * value is written as JSON {@code null}.
     *
     * @param rows the rows
     * @param out  where to write; not closed
     * @throws IOException if writing fails
     */
    public static void write(List<? extends Map<String, String>> rows, Writer out) throws IOException {
        out.write("[");
        for (int i = 0; i < rows.size(); i++) {
            out.write(i == 0 ? "\n  " : ",\n  ");
            try (JsonGenerator g = JSON.createGenerator(out)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.writeStartObject();
                for (var e : rows.get(i).entrySet()) {
                    g.writeStringField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
            }
        }
        out.write(rows.isEmpty() ? "]\n" : "\n]\n");
    }
}
