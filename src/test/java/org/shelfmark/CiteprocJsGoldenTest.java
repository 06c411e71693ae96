package org.shelfmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shelfmark.model.Library;

/**
 * The built-in list rendered by Shelfmark reads exactly as citeproc-js, Zotero's processor,
 * renders it. The golden files are citeproc-js's output, made by src/test/js/regenerate-golden.sh.
 */
class CiteprocJsGoldenTest {

    private static final Library LIST = Shelfmark.builtIn();

    private record Golden(List<String> bibliography, List<String> citations) {
    }

    private static Golden golden(String style, String locale) throws IOException {
        String name = "/golden/citeproc-js/builtin." + style + "." + locale + ".txt";
        try (InputStream in = CiteprocJsGoldenTest.class.getResourceAsStream(name)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            int split = lines.indexOf("--- citations");
            // bibliography lines are "id<TAB>entry"; the entries alone, in order, are compared here
            List<String> entries = lines.subList(0, split).stream().map(l -> l.substring(l.indexOf('\t') + 1)).toList();
            return new Golden(entries, lines.subList(split + 1, lines.size()));
        }
    }

    @Test
    void bibliographyInCiteThemRightMatchesCiteprocJs() throws IOException {
        Formatter harvard = Shelfmark.formatter("harvard-cite-them-right", "en-GB");
        assertEquals(golden("harvard-cite-them-right", "en-GB").bibliography(),
                harvard.bibliography(LIST.references(), OutputFormat.TEXT));
    }

    @Test
    void everyCitationInCiteThemRightMatchesCiteprocJs() throws IOException {
        Formatter harvard = Shelfmark.formatter("harvard-cite-them-right", "en-GB");
        List<String> ours = new ArrayList<>();
        for (String id : LIST.ids()) {
            ours.add(id + "\t" + harvard.cite(LIST, List.of(id), OutputFormat.TEXT));
        }
        assertEquals(golden("harvard-cite-them-right", "en-GB").citations(), ours);
    }
}
