package org.shelfmark.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** One run of the command line in the test's own JVM: its exit code and what it wrote. */
record Run(int code, String out, String err) {

    /** {@return the outcome of the command line with these arguments} */
    static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    List<String> lines() {
        return out.lines().toList();
    }
}
