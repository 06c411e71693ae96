package org.shelfmark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8PrintWriterTest {

    @Test
    void bytesGoAfterWhatWasPrintedBeforeThemAndTextIsUtf8() throws IOException {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        Utf8PrintWriter out = new Utf8PrintWriter(stream, false);
        out.print("caf\u00e9 ");
        out.writeUtf8("\u20ac\ud83d\ude00 ".getBytes(StandardCharsets.UTF_8));
        out.println("\u0141\u00f3d\u017a");
        out.flush();
        assertEquals("caf\u00e9 \u20ac\ud83d\ude00 \u0141\u00f3d\u017a" + System.lineSeparator(),
                stream.toString(StandardCharsets.UTF_8));
    }
}
