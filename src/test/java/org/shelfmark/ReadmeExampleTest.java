package org.shelfmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.spi.ToolProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first Java block compiles, runs, and prints what the README says it prints. */
class ReadmeExampleTest {

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern CLASS_NAME = Pattern.compile("public class (\\w+)");

    @TempDir
    Path dir;

    @Test
    void firstJavaBlockPrintsTheHarvardReferenceOfTheEvansArticle() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher block = JAVA_BLOCK.matcher(readme);
        assertTrue(block.find(), "README.md has no ```java block");
        Matcher name = CLASS_NAME.matcher(block.group(1));
        assertTrue(name.find(), "the README's Java block declares no public class");
        Path source = dir.resolve(name.group(1) + ".java");
        Files.writeString(source, block.group(1));

        ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
        int compiled = javac.run(System.out, System.err, "-d", dir.toString(),
                "-cp", System.getProperty("java.class.path"), source.toString());
        assertEquals(0, compiled, "the README example does not compile");

        String printed = run(name.group(1));
        assertEquals("Evans, D. (2022) ‘So close to love: compassionate leadership in healthcare’, British Journal"
                + " of Healthcare Management [Preprint]. Available at: https://doi.org/10.12968/bjhc.2021.0135.\n", printed);
        assertTrue(readme.contains(printed.strip()), "the README does not show what its example prints");
    }

    private String run(String className) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            loader.loadClass(className).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
