package org.shelfmark;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shelfmark.diag.InvalidDataException;
import org.shelfmark.diag.UnknownNameException;

/**
 * Mutation fuzzing of every reader: valid files (the built-in list's exports, a record, a style)
 * have bytes flipped, cut, repeated and spliced with the tokens each format cares about, and every
 * mutant must be read with diagnostics and no other exception. Seeded, so that a failure names the
 * seed and iteration that make it again; the mutant is kept in {@code target/fuzz-failures/} to go
 * into {@code src/test/resources/hostile/}. {@code -Dfuzz.iterations=N} (default 150 a format) and
 * {@code -Dfuzz.seconds=S} (default 20 a format) bound a run; CI runs longer.
 */
class FuzzTest {

    private static final List<String> TOKENS = List.of("ER  - ", "TY  - ", "\r\n", "\n", "{", "}", "@", "\\", "\"", "'",
            "[", "]", ":", "- ", "&a ", "*a", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "\u0000", "\uFEFF",
            "\u202E", "\uD83D\uDE00", "%", "#", "@string{x = {", "date-parts", "<text", "</style>", "\t", "---", "10.", "~");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"golden/export/builtin.ris.ris", "golden/export/builtin.bibtex.bib",
        "golden/export/builtin.biblatex.bib", "golden/export/builtin.csl-json.json", "golden/export/builtin.csl-yaml.yaml",
        "conformance/references.json", "style:harvard-cite-them-right"})
    void everyMutantIsReadWithDiagnosticsAndNoOtherException(String seedName) throws IOException {
        boolean style = seedName.startsWith("style:");
        byte[] seed = style ? styleBytes(seedName.substring(6)) : Files.readAllBytes(Path.of("src/test/resources", seedName));
        String extension = style ? ".csl" : seedName.substring(seedName.lastIndexOf('.'));
        int iterations = Integer.getInteger("fuzz.iterations", 150);
        long deadline = System.nanoTime() + Long.getLong("fuzz.seconds", 20L) * 1_000_000_000L;
        Random random = new Random(seedName.hashCode());
        for (int i = 0; i < iterations && System.nanoTime() < deadline; i++) {
            byte[] mutant = Mutations.mutate(seed, random, TOKENS);
            Path file = Files.write(dir.resolve("mutant" + extension), mutant);
            try {
                if (style) {
                    Shelfmark.formatter(file.toString(), null).bibliography(Shelfmark.builtIn().references(), OutputFormat.TEXT);
                } else {
                    Shelfmark.read(file, null);
                }
            } catch (InvalidDataException | UnknownNameException expected) {
                // a diagnosed refusal is what a hostile input should get
            } catch (Throwable t) {
                Path kept = Files.createDirectories(Path.of("target/fuzz-failures")).resolve(seedName.replaceAll("\\W", "_")
                        + "-" + i + extension);
                Files.write(kept, mutant);
                fail("mutant " + i + " of " + seedName + " (kept in " + kept + ") threw " + t, t);
            }
        }
    }

    private static byte[] styleBytes(String id) throws IOException {
        try (var in = Shelfmark.class.getResourceAsStream("/" + id + ".csl")) {
            return in.readAllBytes();
        }
    }
}
