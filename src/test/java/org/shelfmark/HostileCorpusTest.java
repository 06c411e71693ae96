package org.shelfmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shelfmark.diag.Diagnostic;
import org.shelfmark.diag.InvalidDataException;

/**
 * Every file of {@code src/test/resources/hostile/} (broken, truncated, binary, hostile inputs of
 * every kind Shelfmark reads) gives exactly the diagnostics in its {@code .expected} file, within
 * seconds, and no exception but the one that carries them. {@code -Dhostile.write=true} writes the
 * expected files anew, for review.
 */
class HostileCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/hostile");

    static Stream<String> inputs() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".expected") && !n.equals("README.md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void eachHostileFileGivesItsDiagnosticsAndNothingElse(String name) throws IOException {
        Path file = CORPUS.resolve(name);
        List<Diagnostic> found = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> diagnostics(file));
        String text = found.stream().map(Diagnostic::toString).collect(Collectors.joining("\n", "", "\n"));
        Path expected = CORPUS.resolve(name + ".expected");
        if (Boolean.getBoolean("hostile.write")) {
            Files.writeString(expected, text, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), text, name);
    }

    @org.junit.jupiter.api.Test
    void aYamlValueLongerThanOneMebibyteIsRefusedAtItsPlace(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("long.yaml"), "- id: a\n  type: book\n  publisher: P\n  title: \""
                + "x".repeat(1024 * 1024 + 1) + "\"\n");
        List<Diagnostic> found = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Shelfmark.read(file, null).diagnostics());
        assertEquals(file + ":4:10: a value of 1048577 characters; at most 1048576 are read", found.get(0).toString());
    }

    // a style is read by making a formatter of it; any other file is read as references
    private static List<Diagnostic> diagnostics(Path file) {
        if (file.toString().endsWith(".csl")) {
            return assertThrows(InvalidDataException.class, () -> Shelfmark.formatter(file.toString(), null)).diagnostics();
        }
        return Shelfmark.read(file, null).diagnostics();
    }
}
