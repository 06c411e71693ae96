package org.shelfmark.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shelfmark.ExchangeFormat;
import org.shelfmark.Shelfmark;
import org.shelfmark.model.Reference;

/**
 * Export, import, export again: the second file is the first, for every format, over random
 * records (seeded, so a failure names the seed that shows it), plain and hostile.
 */
class RoundTripTest {

    private static final int SEEDS = 40;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ExchangeFormat.class)
    void exportImportExportIsStableOverRandomRecords(ExchangeFormat format) throws IOException {
        for (long seed = 1; seed <= SEEDS; seed++) {
            check(format, seed, new RandomRecords(seed).records(6, false));
        }
    }

    @ParameterizedTest
    @EnumSource(ExchangeFormat.class)
    void exportImportExportIsStableOverHostileRecords(ExchangeFormat format) throws IOException {
        for (long seed = 1; seed <= SEEDS; seed++) {
            check(format, seed, new RandomRecords(seed).records(6, true));
        }
    }

    @org.junit.jupiter.api.Test
    void recordFilesReadBackToTheSameRecordsOverHostileValues() throws IOException {
        for (long seed = 1; seed <= SEEDS; seed++) {
            List<Reference> records = new RandomRecords(seed).records(6, true);
            Path library = Files.createDirectories(dir.resolve("library" + seed));
            for (Reference r : records) {
                try (java.io.Writer w = Files.newBufferedWriter(library.resolve(r.id() + ".yaml"), StandardCharsets.UTF_8)) {
                    Shelfmark.writeRecord(r, false, w);
                }
            }
            List<Reference> back = Shelfmark.load(library).references().stream()
                    .sorted(java.util.Comparator.comparing(Reference::id)).toList();
            assertEquals(records.stream().sorted(java.util.Comparator.comparing(Reference::id)).toList(), back, "seed " + seed);
        }
    }

    private void check(ExchangeFormat format, long seed, List<Reference> records) throws IOException {
        String first = export(records, format);
        Path file = dir.resolve("seed" + seed + format.extension());
        Files.writeString(file, first, StandardCharsets.UTF_8);
        List<Reference> back = Shelfmark.load(file, format).references();
        assertEquals(records.size(), back.size(), format + ", seed " + seed + ": records gained or lost");
        String second = export(back, format);
        assertEquals(first, second, format + ", seed " + seed + ": the second export differs, first at " + firstDifference(first, second));
    }

    private static String firstDifference(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (!x[i].equals(y[i])) {
                return "line " + (i + 1) + ":\n  " + x[i] + "\n  " + y[i];
            }
        }
        return "the end";
    }

    private static String export(List<Reference> records, ExchangeFormat format) throws IOException {
        StringWriter out = new StringWriter();
        Shelfmark.export(records, format, out);
        return out.toString();
    }
}
