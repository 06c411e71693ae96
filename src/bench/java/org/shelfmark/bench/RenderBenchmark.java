package org.shelfmark.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.shelfmark.Formatter;
import org.shelfmark.OutputFormat;
import org.shelfmark.Shelfmark;
import org.shelfmark.model.Library;

/** A whole bibliography, disambiguation included, in three styles, in process. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = "-Xmx1g")
public class RenderBenchmark {

    @Param({"1000", "10000", "100000"})
    int size;

    @Param({"harvard-cite-them-right", "apa", "ieee"})
    String style;

    private Library library;
    private Formatter formatter;

    @Setup(Level.Trial)
    public void setUp() {
        library = References.of(size);
        formatter = Shelfmark.formatter(style, null);
    }

    @Benchmark
    public List<String> bibliography() {
        return formatter.bibliography(library.references(), OutputFormat.TEXT);
    }
}
