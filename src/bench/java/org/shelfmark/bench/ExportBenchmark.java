package org.shelfmark.bench;

import java.io.IOException;
import java.io.Writer;
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
import org.shelfmark.ExchangeFormat;
import org.shelfmark.Shelfmark;
import org.shelfmark.model.Library;

/** References exported to each format, written to a writer that keeps nothing. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = "-Xmx1g")
public class ExportBenchmark {

    @Param({"100000"})
    int size;

    @Param({"RIS", "BIBTEX", "BIBLATEX", "CSL_JSON", "CSL_YAML"})
    ExchangeFormat format;

    private Library library;

    @Setup(Level.Trial)
    public void setUp() {
        library = References.of(size);
    }

    @Benchmark
    public void export() throws IOException {
        Shelfmark.export(library.references(), format, Writer.nullWriter());
    }
}
