package org.shelfmark.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.shelfmark.ExchangeFormat;
import org.shelfmark.ReadResult;
import org.shelfmark.Shelfmark;
import org.shelfmark.model.Library;
import org.shelfmark.model.Reference;

/**
 * A directory of YAML record files loaded, every record checked; and the same records read from
 * one CSL-JSON file, as {@code ./shelfmark bibliography --input} reads its list.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = "-Xmx1g")
public class LoadBenchmark {

    @Param({"10000"})
    int size;

    private Path dir;
    private Path json;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        List<Reference> references = References.of(size).references();
        dir = Files.createTempDirectory("shelfmark-bench");
        for (Reference r : references) {
            try (Writer out = Files.newBufferedWriter(dir.resolve(r.id() + ".yaml"))) {
                Shelfmark.writeRecord(r, false, out);
            }
        }
        json = Files.createTempFile("shelfmark-bench", ".json");
        try (Writer out = Files.newBufferedWriter(json)) {
            Shelfmark.writeCslJson(references, out);
        }
        ReadResult read = readCslJson();
        if (read.hasErrors() || read.references().size() != size) {
            throw new IllegalStateException("the generated CSL-JSON does not read back whole: " + read.diagnostics());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
        Files.delete(json);
    }

    @Benchmark
    public Library load() {
        return Shelfmark.load(dir);
    }

    @Benchmark
    public ReadResult readCslJson() {
        return Shelfmark.read(json, ExchangeFormat.CSL_JSON);
    }
}
