package org.shelfmark.formats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One of the mapping tables in {@code org/shelfmark/formats/*.tsv}: a row a field, its name in a
 * format's columns, and the CSL types the row is for (none: every type). The first row that fits
 * wins, so a row for some types comes before the general one.
 */
public final class MappingTable {

    /**
     * A row of a table.
     *
     * @param key     the record field or CSL type the row maps
     * @param columns the names in the formats, {@code "-"} where a format has none
     * @param types   the CSL types the row is for; empty for every type
     */
    public record Row(String key, List<String> columns, Set<String> types) {

        /** {@return whether the row applies to a CSL type} */
        public boolean fits(String type) {
            return types.isEmpty() || types.contains(type);
        }

        /** {@return the name in a column, or empty where the format has none} */
        public Optional<String> column(int i) {
            String c = i < columns.size() ? columns.get(i) : "-";
            return c.equals("-") || c.isEmpty() ? Optional.empty() : Optional.of(c);
        }
    }

    private final List<Row> rows;
    private final List<String> keys;
    private final java.util.Map<String, List<Row>> byKey;
    private final java.util.Map<String, Optional<Row>> byKeyAndType = new java.util.concurrent.ConcurrentHashMap<>();

    private MappingTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
        this.keys = rows.stream().map(Row::key).distinct().toList();
        this.byKey = rows.stream().collect(java.util.stream.Collectors.groupingBy(Row::key));
    }

    /**
     * {@return a table from the classpath}
     *
     * @param name   the file name in {@code org/shelfmark/formats}
     * @param width  how many format columns the table has
     * @param hasTypes whether the column after them lists CSL types
     */
    public static MappingTable load(String name, int width, boolean hasTypes) {
        try (InputStream in = MappingTable.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no mapping table " + name);
            }
            List<Row> rows = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                List<String> columns = Arrays.asList(cells).subList(1, Math.min(cells.length, 1 + width));
                Set<String> types = hasTypes && cells.length > 1 + width && !cells[1 + width].isBlank()
                        ? Set.of(cells[1 + width].split(",")) : Set.of();
                rows.add(new Row(cells[0], List.copyOf(columns), types));
            }
            return new MappingTable(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return every row, in order} */
    public List<Row> rows() {
        return rows;
    }

    /** {@return every key, once each, in the order of its first row} */
    public List<String> keys() {
        return keys;
    }

    /** {@return the index of the first row whose column holds a name; the number of rows where none does} */
    public int place(int column, String name) {
        return places.computeIfAbsent(column + "\u0000" + name, k -> placeOf(column, name));
    }

    private final java.util.Map<String, Integer> places = new java.util.concurrent.ConcurrentHashMap<>();

    private int placeOf(int column, String name) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).column(column).map(name::equals).orElse(false)) {
                return i;
            }
        }
        return rows.size();
    }

    /** {@return the first row for a key and CSL type} */
    public Optional<Row> forKey(String key, String type) {
        // looked up for every field of every record written: worked out once a key and type
        return byKeyAndType.computeIfAbsent(key + "\u0000" + type,
                k -> byKey.getOrDefault(key, List.of()).stream().filter(r -> r.fits(type)).findFirst());
    }

    /** {@return the first row whose column holds a name, for a CSL type (any type when null)} */
    public Optional<Row> forColumn(int column, String name, String type) {
        return byColumn.computeIfAbsent(column + "\u0000" + name + "\u0000" + type, k -> rowForColumn(column, name, type));
    }

    private final java.util.Map<String, Optional<Row>> byColumn = new java.util.concurrent.ConcurrentHashMap<>();

    private Optional<Row> rowForColumn(int column, String name, String type) {
        return rows.stream().filter(r -> r.column(column).map(name::equalsIgnoreCase).orElse(false)
                && (type == null || r.fits(type))).findFirst();
    }
}
