package org.shelfmark.yaml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shelfmark.yaml.RecordReader.Parsed;

/** A list's records keep their keys' lines, sharing the arrays of records written alike. */
class RecordListTest {

    private static List<Parsed> read(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        RecordList records = new RecordList("in.json");
        TreeReader.readRecords(bytes, Utf8Columns.of(bytes, 0), new Report("in.json", new ArrayList<>()), records);
        return records.records();
    }

    @Test
    void recordsWrittenAlikeShareTheirKeysAndTheirLines() {
        List<Parsed> records = read("""
                [
                 {"id": "a", "type": "book",
                  "title": "A", "publisher": "P"},
                 {"id": "b", "type": "book", "title": "B", "publisher": "P", "volume": "2"},
                 {"id": "c", "type": "book",
                  "title": "C", "publisher": "P"},
                 {"id": "d", "title": "D", "type": "book", "publisher": "P"}
                ]
                """);
        assertEquals(4, records.size());
        assertArrayEquals(new String[] {"id", "type", "title", "publisher"}, records.get(0).keys());
        assertArrayEquals(new int[] {2, 2, 3, 3}, records.get(0).keyLines());
        assertArrayEquals(new int[] {4, 4, 4, 4, 4}, records.get(1).keyLines());
        assertArrayEquals(new int[] {5, 5, 6, 6}, records.get(2).keyLines());
        assertSame(records.get(0).keys(), records.get(2).keys(), "the same keys in the same order");
        assertNotSame(records.get(0).keys(), records.get(1).keys());
        assertSame(records.get(0).keyOffsets(), records.get(2).keyOffsets(), "laid out alike");
        assertNotSame(records.get(0).keyOffsets(), records.get(1).keyOffsets());
        assertArrayEquals(new String[] {"id", "title", "type", "publisher"}, records.get(3).keys());
        assertEquals(7, records.get(3).where().lineOf("type"));
    }
}
