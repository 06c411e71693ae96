package org.shelfmark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The launcher's jar, whose lambdas and string concatenations the build writes out as plain
 * bytecode (src/build/java/CallSites.java), against the classes as javac compiled them: the same
 * output, byte for byte, for the conformance suite's references in its styles and formats, a long
 * list (the paths a list of 1,000 references or more takes), a citation, the reading list and the
 * exports. Run by {@code mvn verify} after the jar is made.
 */
class CallSitesIT {

    private static final Path JAR = Path.of(System.getProperty("shelfmark.jar", "target/shelfmark.jar"));
    private static final Path REFERENCES = Path.of("src/test/resources/conformance/references.json");
    private static final String[] STYLES = {"harvard-cite-them-right", "apa", "chicago-author-date",
        "modern-language-association", "ieee"};

    @TempDir
    static Path dir;

    private static Path longList;

    @BeforeAll
    static void writeLongList() throws IOException {
        // the suite's 160 references eight times over, each copy its own id and title: 1,280
        ObjectMapper json = new ObjectMapper();
        ArrayNode suite = (ArrayNode) json.readTree(REFERENCES.toFile());
        ArrayNode all = json.createArrayNode();
        for (int copy = 0; copy < 8; copy++) {
            for (var item : suite) {
                ObjectNode one = ((ObjectNode) item).deepCopy();
                one.put("id", item.get("id").asText() + "-" + copy);
                if (copy % 2 == 1 && item.has("title")) {
                    one.put("title", item.get("title").asText() + " (part " + copy + ")");
                }
                all.add(one);
            }
        }
        longList = dir.resolve("long.json");
        json.writeValue(longList.toFile(), all);
    }

    static Stream<List<String>> commands() {
        List<List<String>> commands = new ArrayList<>();
        for (String style : STYLES) {
            commands.add(List.of("bibliography", "--input", REFERENCES.toString(), "--style", style));
            commands.add(List.of("bibliography", "--input", REFERENCES.toString(), "--style", style, "--format", "html"));
        }
        commands.add(List.of("bibliography", "--input", "LONG"));
        commands.add(List.of("bibliography", "--input", "LONG", "--style", "apa", "--format", "rtf"));
        commands.add(List.of("cite", "[see @so-close-to-love, p. 12]", "@compassionate-leadership-book"));
        commands.add(List.of("reading-list"));
        commands.add(List.of("export", "--to", "ris", "--input", REFERENCES.toString()));
        commands.add(List.of("export", "--to", "bibtex", "--input", REFERENCES.toString()));
        return commands.stream();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void theJarWritesWhatTheCompiledClassesWrite(List<String> command) throws Exception {
        String[] args = command.stream().map(a -> a.equals("LONG") ? longList.toString() : a).toArray(String[]::new);
        Run jar = jar(args);
        Run classes = Run.of(args);
        assertEquals(0, classes.code(), classes.err());
        assertFalse(classes.out().isEmpty());
        assertEquals(classes.code(), jar.code(), jar.err());
        assertEquals(classes.out(), jar.out());
    }

    @Test
    void theJarHasCiteprocJavasLambdasAndConcatenationsWrittenOut() throws IOException {
        // Behavior.wrap makes half the lambdas of a long bibliography; StringHelper, which
        // initializes names, has 117 of citeproc-java's 252 string concatenations
        String behavior = "de/undercouch/citeproc/csl/internal/behavior/Behavior";
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            assertTrue(zip.getEntry(behavior + "$Lambda0.class") != null, "no class written out for Behavior.wrap's lambda");
            assertFalse(constants(zip, behavior).contains("java/lang/invoke/LambdaMetafactory"),
                    "Behavior still makes lambdas by invokedynamic");
            assertFalse(constants(zip, "de/undercouch/citeproc/helper/StringHelper").contains("java/lang/invoke/StringConcatFactory"),
                    "StringHelper still concatenates by invokedynamic");
        }
        List<String> report = Files.readAllLines(Path.of(System.getProperty("callsites.report", "target/call-sites.txt")));
        assertTrue(report.get(0).matches("\\d+ of \\d+ call sites written out as classes"), report.get(0));
        assertTrue(report.get(1).matches("\\d+ of \\d+ string concatenations written out as StringBuilder calls"), report.get(1));
    }

    // a class file of the jar as text, where the names in its constant pool can be looked for
    private static String constants(ZipFile zip, String className) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(className + ".class"))) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    // a run of the jar in a JVM of its own, as the launcher runs it
    private static Run jar(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        return new Run(code, out, Files.readString(err, StandardCharsets.UTF_8));
    }
}
