package org.shelfmark.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/formats.md} shows the mapping tables as they are: each marked section is the table
 * file, as Markdown. {@code mvn -B verify -Dformats.write=true} writes the sections anew.
 */
class ExportFormatsDocTest {

    private static final Path DOC = Path.of("docs/formats.md");
    private static final Pattern SECTION = Pattern.compile("(<!-- table: ([\\w.-]+) -->\\n)(?s:.*?)(<!-- end -->)");

    @Test
    void theDocShowsEveryMappingTableAsItIs() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Matcher m = SECTION.matcher(doc);
        StringBuilder out = new StringBuilder();
        int tables = 0;
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + markdown(m.group(2)) + m.group(3)));
            tables++;
        }
        m.appendTail(out);
        assertEquals(4, tables);
        if (Boolean.getBoolean("formats.write")) {
            Files.writeString(DOC, out.toString(), StandardCharsets.UTF_8);
        }
        assertEquals(out.toString(), doc, "docs/formats.md does not show the tables as they are:"
                + " run mvn -B verify -Dformats.write=true");
    }

    // the table's header comment line names the columns; every other line is a row
    private static String markdown(String table) throws IOException {
        String text;
        try (InputStream in = MappingTable.class.getResourceAsStream(table)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder md = new StringBuilder("`" + table + "`:\n\n");
        String[] lines = text.split("\n");
        int columns = 0;
        for (String line : lines) {
            if (line.startsWith("# ") && line.contains("\t")) {
                columns = line.split("\t").length;
            }
        }
        String header = null;
        StringBuilder rows = new StringBuilder();
        int width = 0;
        for (String line : lines) {
            if (line.startsWith("# ") && line.contains("\t")) {
                header = line.substring(2);
            } else if (!line.isBlank() && !line.startsWith("#")) {
                String[] cells = java.util.Arrays.copyOf(line.split("\t", -1), Math.max(columns, line.split("\t", -1).length));
                java.util.Arrays.setAll(cells, i -> cells[i] == null ? "" : cells[i]);
                width = Math.max(width, cells.length);
                rows.append("| ").append(String.join(" | ", java.util.Arrays.stream(cells).map(c -> c.replace("|", "\\|"))
                        .toList())).append(" |\n");
            }
        }
        String[] names = header == null ? new String[0] : header.split("\t");
        StringBuilder head = new StringBuilder("|");
        StringBuilder rule = new StringBuilder("|");
        for (int i = 0; i < Math.max(width, names.length); i++) {
            head.append(' ').append(i < names.length ? names[i] : "").append(" |");
            rule.append(" --- |");
        }
        return md.append(head).append('\n').append(rule).append('\n').append(rows).append('\n').toString();
    }
}
