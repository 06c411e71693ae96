package org.shelfmark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shelfmark.Shelfmark;
import org.shelfmark.diag.InvalidDataException;
import org.shelfmark.model.Library;

/**
 * A file named with {@code --input} or {@code --library} is read while picocli reads the command
 * line, and the command that reads that same file takes what was read, failures included; any
 * other command, or another file, reads for itself.
 */
class WarmupTest {

    @TempDir
    Path dir;

    private Path list(String name, String title) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "[{\"id\": \"w\", \"type\": \"report\", \"title\": \"" + title + "\", \"issued\": {\"date-parts\": [[2021]]}}]");
        return file;
    }

    @Test
    void theFileNamedIsReadOnceForTheCommandThatReadsIt() throws IOException {
        Path file = list("a.json", "Compassionate leadership");
        Warmup.start(new String[] {"export", "--to", "ris", "--input", file.toString()});
        Library early = Warmup.loaded(file).orElseThrow();
        assertEquals(Shelfmark.load(file), early);
        assertTrue(Warmup.loaded(file).isEmpty(), "given once");
        Warmup.start(new String[] {"bibliography", "--input=" + file});
        assertEquals(early, Warmup.loaded(file).orElseThrow());
    }

    @Test
    void anotherFileOrCommandOrFormReadsForItself() throws IOException {
        Path file = list("a.json", "A");
        Path other = list("b.json", "B");
        Warmup.start(new String[] {"export", "--to", "ris", "--input", file.toString()});
        assertTrue(Warmup.loaded(other).isEmpty());
        Warmup.start(new String[] {"validate", "--input", file.toString()}); // reads diagnostics, not a library
        assertTrue(Warmup.loaded(file).isEmpty());
        Warmup.start(new String[] {"export", "--to", "ris", "--input", file.toString(), "--encoding", "UTF-8"});
        assertTrue(Warmup.loaded(file).isEmpty());
        Warmup.start(new String[] {"export", "--input", file.toString(), "--input", other.toString()});
        assertTrue(Warmup.loaded(other).isEmpty());
        Warmup.start(new String[] {"export", "--to", "ris", "--input", file.toString()});
        Warmup.start(new String[] {"list"}); // a run that names no file gives up what an earlier one started
        assertTrue(Warmup.loaded(file).isEmpty());
    }

    @Test
    void aFailureToReadIsThrownAsTheCommandsOwnReadingThrowsIt() {
        Path missing = dir.resolve("missing.json");
        InvalidDataException own = assertThrows(InvalidDataException.class, () -> Shelfmark.load(missing));
        Warmup.start(new String[] {"export", "--to", "ris", "--input", missing.toString()});
        InvalidDataException early = assertThrows(InvalidDataException.class, () -> Warmup.loaded(missing));
        assertEquals(own.diagnostics(), early.diagnostics());
        Run run = Run.of("export", "--to", "ris", "--input", missing.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("missing.json: no such file or directory"), run.err());
    }

    @Test
    void onlyAFileOfAMegabyteOrMoreHasSamplesRenderedBeforeItsBibliography() throws IOException {
        Path small = list("small.json", "A");
        Path large = dir.resolve("large.json");
        Files.write(large, new byte[(int) Warmup.LONG_FILE]);
        assertTrue(Warmup.isLong(large));
        assertFalse(Warmup.isLong(small));
        assertFalse(Warmup.isLong(dir));
        assertFalse(Warmup.isLong(dir.resolve("missing.json")));
        assertFalse(Warmup.isLong(null));
    }

    // the samples render, in the default style, with year suffixes: the rendering before a long
    // bibliography goes through the steps a real list takes
    @Test
    void theSamplesRenderInTheDefaultStyleWithYearSuffixes() {
        List<String> entries = Shelfmark.formatter(Shelfmark.DEFAULT_STYLE, null)
                .bibliography(Warmup.samples(), org.shelfmark.OutputFormat.TEXT);
        assertEquals(4, entries.size(), entries.toString());
        assertTrue(entries.stream().anyMatch(e -> e.contains("(2021a)")) && entries.stream().anyMatch(e -> e.contains("(2021b)")),
                entries.toString());
        assertTrue(entries.stream().anyMatch(e -> e.contains("(eds)")), entries.toString());
        assertTrue(entries.stream().anyMatch(e -> e.contains("Accessed: 1 May 2024")), entries.toString());
    }
}
