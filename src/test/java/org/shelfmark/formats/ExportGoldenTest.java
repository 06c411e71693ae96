package org.shelfmark.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shelfmark.ExchangeFormat;
import org.shelfmark.Shelfmark;

/**
 * The built-in reading list in every format, as committed in {@code golden/export}: a change to
 * any export shows in review. {@code mvn -B verify -Dgolden.write=true} writes them anew.
 */
class ExportGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/export");

    @ParameterizedTest
    @EnumSource(ExchangeFormat.class)
    void theBuiltInListExportsAsCommitted(ExchangeFormat format) throws IOException {
        StringWriter out = new StringWriter();
        Shelfmark.export(Shelfmark.builtIn().references(), format, out);
        Path golden = GOLDEN.resolve("builtin." + format.key() + format.extension());
        if (Boolean.getBoolean("golden.write")) {
            Files.writeString(golden, out.toString(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), out.toString(),
                golden + " differs: run mvn -B verify -Dgolden.write=true and review the change");
    }
}
