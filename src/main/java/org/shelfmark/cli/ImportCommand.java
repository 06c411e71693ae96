package org.shelfmark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.shelfmark.ExchangeFormat;
import org.shelfmark.ReadResult;
import org.shelfmark.Shelfmark;
import org.shelfmark.diag.Diagnostic;
import org.shelfmark.model.Library;
import org.shelfmark.model.Reference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shelfmark import FILE... --into DIR}: records from files other tools export. */
@Command(name = "import", description = "Write the references in BibTeX, BibLaTeX, RIS, CSL-JSON or CSL-YAML files as record files.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to read; the format comes from each file's extension, else its content.")
    List<Path> files;

    @Option(names = "--from", paramLabel = "FORMAT", converter = ExportFormat.Converter.class,
            completionCandidates = ExportFormat.Keys.class, description = "Read every FILE as FORMAT: ${COMPLETION-CANDIDATES}.")
    ExchangeFormat from;

    @Option(names = "--into", paramLabel = "DIR", required = true, description = "The directory of record files to write to.")
    Path into;

    @Option(names = "--replace", description = "Overwrite a record file that exists (default: leave it as it is).")
    boolean replace;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "The encoding of RIS and BibTeX files"
            + " (default: UTF-8), such as windows-1252 for old EndNote exports.")
    java.nio.charset.Charset encoding;

    @Option(names = "--skip-invalid", description = "Write the records that have no error and report those skipped"
            + " (default: write nothing when any record has an error).")
    boolean skipInvalid;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // every file read before anything is written: all or nothing, unless --skip-invalid
        List<Reference> all = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (Path f : files) {
            ReadResult read = encoding == null ? Shelfmark.read(f, from) : Shelfmark.read(f, from, encoding);
            all.addAll(read.references());
            problems.addAll(read.diagnostics());
        }
        boolean errors = problems.stream().anyMatch(Diagnostic::isError);
        if (errors && !skipInvalid) {
            problems.forEach(err::println);
            err.println("nothing written: " + count(problems) + " in the files read; --skip-invalid writes the records without errors");
            err.flush();
            return ErrorHandler.DATA_ERROR;
        }
        problems.forEach(d -> err.println(d.isError() ? "skipped: " + d : d.toString()));
        Files.createDirectories(into);
        boolean schema = Files.exists(into.resolve("schema/record.schema.json"));
        Set<String> written = new HashSet<>();
        List<String> kept = new ArrayList<>();
        for (Reference r : all) {
            Path target = into.resolve(r.id() + ".yaml");
            if (!written.add(r.id())) {
                err.println(target + ": a second record with id '" + r.id() + "' in the files read; left out");
                kept.add(r.id());
                continue;
            }
            if (Files.exists(target) && !replace) {
                kept.add(r.id());
                err.println(target + ": exists; left as it is (use --replace to overwrite it)");
                continue;
            }
            AtomicWrite.write(target, w -> Shelfmark.writeRecord(r, schema, w));
            out.println(target);
        }
        out.flush();
        err.flush();
        return kept.isEmpty() ? 0 : 1;
    }

    private static String count(List<Diagnostic> problems) {
        long n = problems.stream().filter(Diagnostic::isError).count();
        return n + (n == 1 ? " error" : " errors");
    }
}
