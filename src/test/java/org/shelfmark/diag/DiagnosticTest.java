package org.shelfmark.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticTest {

    @Test
    void printsAsCompilersDo() {
        assertEquals("references/a.yaml:3:7: unknown field 'titel'",
                Diagnostic.error("references/a.yaml", 3, 7, "unknown field 'titel'").toString());
        assertEquals("references/a.yaml:3:7: warning: no accessed date",
                Diagnostic.warning("references/a.yaml", 3, 7, "no accessed date").toString());
    }

    @Test
    void leavesOutUnknownPositions() {
        assertEquals("styles/x.csl: refused", Diagnostic.error("styles/x.csl", 0, 0, "refused").toString());
        assertEquals("a.yaml:4: m", Diagnostic.error("a.yaml", 4, 0, "m").toString());
    }

    @Test
    void exceptionCarriesEveryDiagnostic() {
        List<Diagnostic> all = List.of(Diagnostic.error("a", 1, 1, "one"), Diagnostic.error("b", 2, 2, "two"));
        InvalidDataException e = new InvalidDataException(all);
        assertEquals(all, e.diagnostics());
        assertEquals("a:1:1: one\nb:2:2: two", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new InvalidDataException(List.of()));
    }

    @Test
    void unknownNameSaysWhatWasMeant() {
        UnknownNameException e = new UnknownNameException(UnknownNameException.Kind.STYLE, "harvard-cite-them-rite",
                List.of("harvard-cite-them-right"));
        assertEquals("unknown style 'harvard-cite-them-rite'; did you mean: harvard-cite-them-right?", e.getMessage());
        assertEquals(List.of("harvard-cite-them-right"), e.suggestions());
    }
}
