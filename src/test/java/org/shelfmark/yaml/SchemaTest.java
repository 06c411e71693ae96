package org.shelfmark.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The JSON Schema that editors use and the loader's field table say the same. */
class SchemaTest {

    private static final Path REFERENCES = Path.of("references");

    @Test
    void schemaNamesExactlyTheFieldsTheLoaderReads() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(REFERENCES.resolve("schema/record.schema.json").toFile());
        Set<String> inSchema = new TreeSet<>();
        schema.get("properties").fieldNames().forEachRemaining(inSchema::add);
        assertEquals(new TreeSet<>(Fields.BY_KEY.keySet()), inSchema);
        assertEquals(false, schema.get("additionalProperties").asBoolean());
    }

    @Test
    void everyRecordFileNamesTheSchema() throws IOException {
        try (Stream<Path> files = Files.list(REFERENCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                String schema = f.getFileName().toString().equals("index.yaml") ? "index" : "record";
                assertTrue(Files.readString(f).startsWith("# yaml-language-server: $schema=schema/" + schema
                        + ".schema.json\n"), f + " does not name its schema on its first line");
            }
        }
    }
}
