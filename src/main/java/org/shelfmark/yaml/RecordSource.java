package org.shelfmark.yaml;

import java.util.Map;

/**
 * Where a record was read from: its file, where it starts, and the line of each of its fields, so
 * that a finding about a field can name the line to mend.
 *
 * @param file the file, as diagnostics name it
 * @param line the line the record starts on
 * @param keys each field's key (as written) and its line
 */
public record RecordSource(String file, int line, Map<String, Integer> keys) {

    /** Copies the map. */
    public RecordSource {
        keys = Map.copyOf(keys);
    }

    /** {@return the line of a field, or of the record's start when the record has no such field} */
    public int lineOf(String key) {
        return keys.getOrDefault(key, line);
    }
}
