package org.shelfmark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.shelfmark.diag.Diagnostic;

/** {@code check} on the command line: findings as compiler lines or as GitHub annotations. */
class CheckCommandTest {

    @Test
    void findingsAreWarningsAndTheExitCodeIsZero() {
        Run run = Run.of("check");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.lines().stream().allMatch(l -> l.matches("references/[a-z-]+\\.yaml:\\d+: warning: .+")), run.out());
        assertTrue(run.err().matches("0 errors, \\d+ warnings in the built-in list\\s*"), run.err());
    }

    @Test
    void githubFormatWritesWorkflowCommandsWithTheirCharactersEscaped() {
        assertEquals("::warning file=refs/a%3Ab%2Cc.yaml,line=3::50%25 done%0Anext",
                CheckCommand.github(Diagnostic.warning("refs/a:b,c.yaml", 3, 0, "50% done\nnext")));
        Run run = Run.of("check", "--format", "github");
        assertTrue(run.lines().stream().allMatch(l -> l.matches("::warning file=references/[a-z-]+\\.yaml,line=\\d+::.+")), run.out());
    }
}
