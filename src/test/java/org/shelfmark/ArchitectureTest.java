package org.shelfmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The package rules of STYLE.md, kept by checking the sources and the compiled module. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/shelfmark");

    /** Each third-party library and the one package allowed to import it. */
    private static final Map<String, String> OWNER = Map.of(
            "de.undercouch.citeproc", "csl",
            "org.jbibtex", "bibtex",
            "com.fasterxml.jackson", "yaml",
            "org.yaml.snakeyaml", "yaml",
            "picocli", "cli");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private static String packageOf(Path source) {
        Path rel = MAIN.relativize(source.getParent());
        return rel.toString().isEmpty() ? "" : rel.toString().replace('/', '.');
    }

    @Test
    void eachThirdPartyLibraryIsImportedByOnePackageOnly() throws IOException {
        List<String> violations = new java.util.ArrayList<>();
        for (Path source : sources()) {
            for (String line : Files.readAllLines(source)) {
                OWNER.forEach((library, owner) -> {
                    if (line.startsWith("import " + library) || line.startsWith("import static " + library)) {
                        if (!packageOf(source).equals(owner)) {
                            violations.add(source + ": " + line);
                        }
                    }
                });
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void modelAndDiagnosticsDependOnJavaBaseOnly() throws IOException {
        for (Path source : sources()) {
            String pkg = packageOf(source);
            if (pkg.equals("model") || pkg.equals("diag")) {
                for (String line : Files.readAllLines(source)) {
                    if (line.startsWith("import ")) {
                        assertTrue(line.startsWith("import java.") || line.startsWith("import static java.")
                                || line.startsWith("import org.shelfmark." + pkg), source + ": " + line);
                    }
                }
            }
        }
    }

    @Test
    void theModuleExportsOnlyTheApiPackages() {
        ModuleDescriptor module = ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next().descriptor();
        assertEquals("org.shelfmark", module.name());
        Set<String> exported = module.exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("org.shelfmark", "org.shelfmark.diag", "org.shelfmark.model"), exported);
        assertTrue(module.requires().stream().anyMatch(r -> r.name().equals("info.picocli")
                && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)), "picocli must be optional");
    }
}
