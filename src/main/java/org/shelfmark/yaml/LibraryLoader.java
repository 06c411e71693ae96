package org.shelfmark.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.shelfmark.diag.Diagnostic;
import org.shelfmark.diag.InvalidDataException;
import org.shelfmark.model.Library;
import org.shelfmark.model.Reference;
import org.shelfmark.yaml.RecordReader.Parsed;
import org.shelfmark.yaml.RecordReader.Strictness;

/**
 * Loads a reading list: a directory of record files with an optional {@code index.yaml}, the
 * built-in list packaged in the jar, or one CSL-JSON or CSL-YAML file.
 */
public final class LibraryLoader {

    /** The name of the file that gives a list's title and order. */
    public static final String INDEX_FILE = "index.yaml";

    static final long MAX_RECORD_BYTES = 1024 * 1024;
    private static final String BUILT_IN = "/org/shelfmark/references/";
    /** For problems with a whole file rather than a place in it. */
    private static final Node.Position NOWHERE = new Node.Position(0, 0);

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private LibraryLoader() {
    }

    /**
     * The outcome of a load: the library when it has no errors, and every diagnostic found.
     *
     * @param library     the library, or empty when any error was found
     * @param diagnostics every error and warning, in the order found
     * @param sources     where each record of the library was read from, by id; empty without a library
     * @param readable    the records read without an error of their own, each id once, whatever
     *                    errors the others had: what an import that skips the invalid ones writes
     */
    public record Result(Optional<Library> library, List<Diagnostic> diagnostics, Map<String, RecordSource> sources,
            List<Reference> readable) {

        /** Copies the lists, and the map unless it is the loader's own unmodifiable one. */
        public Result {
            diagnostics = List.copyOf(diagnostics);
            sources = sources instanceof RecordSources ? sources : Map.copyOf(sources);
            readable = List.copyOf(readable);
        }

        /** {@return the library, or throws an exception carrying every diagnostic when it has errors} */
        public Library orThrow() {
            return library.orElseThrow(() -> new InvalidDataException(diagnostics));
        }
    }

    /**
     * Loads a directory of record files.
     *
     * @param dir the directory
     * @return the outcome
     */
    public static Result directory(Path dir) {
        return new LibraryLoader().loadDirectory(dir);
    }

    /** {@return the reading list packaged in the jar, read once: it cannot change while the JVM runs} */
    public static Result builtIn() {
        if (BuiltIn.FAILURE != null) {
            throw BuiltIn.FAILURE;
        }
        return BuiltIn.RESULT;
    }

    // Read when first asked for; a caller that asks while another thread reads it waits for that
    // read. A failure is kept and thrown to every caller, not turned into an error of class loading.
    private static final class BuiltIn {
        static final Result RESULT;
        static final RuntimeException FAILURE;

        static {
            Result result = null;
            RuntimeException failure = null;
            try {
                result = new LibraryLoader().loadBuiltIn();
            } catch (RuntimeException e) {
                failure = e;
            }
            RESULT = result;
            FAILURE = failure;
        }
    }

    /**
     * Loads one CSL-JSON ({@code .json}) or CSL-YAML file: a list of items, or a mapping with a
     * {@code references} list as pandoc writes it.
     *
     * @param file the file
     * @return the outcome
     */
    public static Result cslFile(Path file) {
        return new LibraryLoader().loadCslFile(file);
    }

    /**
     * Loads a file of another format (RIS, BibTeX) that a reader turns into record trees, with
     * every problem at the line and column of that file.
     *
     * @param file   the file
     * @param reader turns the file's text into a list of record trees
     * @return the outcome
     */
    public static Result foreignFile(Path file, java.util.function.BiFunction<String, Report, Node.Sequence> reader) {
        return foreignFile(file, reader, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Loads a file of another format in an encoding other than UTF-8.
     *
     * @param file    the file
     * @param reader  turns the file's text into a list of record trees
     * @param charset the file's encoding
     * @return the outcome
     */
    public static Result foreignFile(Path file, java.util.function.BiFunction<String, Report, Node.Sequence> reader,
            java.nio.charset.Charset charset) {
        return new LibraryLoader().loadForeign(file, reader, charset);
    }

    private Result loadForeign(Path file, java.util.function.BiFunction<String, Report, Node.Sequence> reader,
            java.nio.charset.Charset charset) {
        Report report = new Report(file.toString(), diagnostics);
        List<Parsed> records = new ArrayList<>();
        try (InputStream in = open(file).open()) {
            Optional<String> text = SourceText.read(in, TreeReader.MAX_DOCUMENT_CHARS, charset, report);
            text.map(t -> reader.apply(t, report)).ifPresent(items -> {
                for (Node item : items.items()) {
                    RecordReader.read(item, null, Strictness.CSL_INPUT, report).ifPresent(records::add);
                }
                if (items.items().isEmpty() && !report.hasErrors()) {
                    report.error(new Node.Position(1, 1), "the file holds no records");
                }
            });
        } catch (NoSuchFileException e) {
            report.error(NOWHERE, "no such file or directory");
        } catch (IOException e) {
            report.error(NOWHERE, "cannot read: " + e.getMessage());
        }
        return assemble(file.getFileName().toString(), Optional.empty(), records, file.toString());
    }

    private Result loadDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            diagnostics.add(Diagnostic.error(dir.toString(), 0, 0, "not a directory of records"));
            return result(null);
        }
        List<Path> files = recordFiles(dir);
        Path indexFile = dir.resolve(INDEX_FILE);
        Optional<IndexReader.Index> index = Files.exists(indexFile)
                ? readIndex(indexFile.toString(), open(indexFile)) : Optional.empty();
        List<Parsed> records = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String id = name.substring(0, name.lastIndexOf('.'));
            readRecord(f.toString(), open(f), id).ifPresent(records::add);
        }
        String title = index.map(IndexReader.Index::title).orElse(dir.toAbsolutePath().normalize().getFileName() + "");
        return assemble(title, index, records, indexFile.toString());
    }

    private Result loadBuiltIn() {
        String indexName = "references/" + INDEX_FILE;
        Optional<IndexReader.Index> index = readIndex(indexName, resource(INDEX_FILE));
        List<Parsed> records = new ArrayList<>();
        for (IndexReader.Index.Item item : index.map(IndexReader.Index::order).orElse(List.of())) {
            readRecord("references/" + item.id() + ".yaml", resource(item.id() + ".yaml"), item.id())
                    .ifPresent(records::add);
        }
        return assemble(index.map(IndexReader.Index::title).orElse("references"), index, records, indexName);
    }

    private Result loadCslFile(Path file) {
        Report report = new Report(file.toString(), diagnostics);
        // Each item is read into a record as the parser reaches it, and its tree dropped: a large
        // file's trees are never all held at once. The records' own problems are kept apart and
        // follow those of the file's syntax, as if the whole tree had been read first; a file that
        // cannot be read at all gives its syntax error alone.
        List<RecordList> parts = new ArrayList<>();
        Optional<Node> tree = readTree(open(file), TreeReader.MAX_DOCUMENT_CHARS, file.toString().endsWith(".json"),
                report, parts);
        List<Parsed> records = new ArrayList<>();
        List<Reference> references = new ArrayList<>();
        if (tree.isPresent()) {
            for (RecordList part : parts) {
                records.addAll(part.records());
                references.addAll(part.references());
                diagnostics.addAll(part.diagnostics());
            }
            checkListOfRecords(tree.get(), report);
        }
        if (tree.isEmpty() && !report.hasErrors()) {
            report.error(new Node.Position(1, 1), "the file is empty");
        }
        return assemble(file.getFileName().toString(), Optional.empty(), records, List.copyOf(references), file.toString());
    }

    // the records were handed on as read (TreeReader.readRecords); what is left to check is that the
    // document was a list of them
    private static void checkListOfRecords(Node tree, Report report) {
        boolean list = tree instanceof Node.Sequence || tree instanceof Node.Mapping map && map.entries().stream()
                .anyMatch(e -> e.key().equals("references") && e.value() instanceof Node.Sequence);
        if (!list) {
            report.error(tree, "expected a list of CSL items, or a mapping with a 'references' list");
        }
    }

    private Result assemble(String title, Optional<IndexReader.Index> index, List<Parsed> records, String indexName) {
        return assemble(title, index, records, index.isEmpty() ? references(records) : null, indexName);
    }

    // with the records' references in order, as a list that Library and Result keep without copying
    // it, when there is no index; null when there is one
    private Result assemble(String title, Optional<IndexReader.Index> index, List<Parsed> records,
            List<Reference> all, String indexName) {
        // A long list without an index keeps its records' order: while its ids and relations are
        // checked here, its library is made on another core (Library checks the ids once more),
        // and taken when every id is found once. Each was some 40 ms of 100,000 records on one core.
        FutureTask<Library> early = all != null && all.size() >= EARLY_LIBRARY
                ? Background.start("shelfmark-library", () -> new Library(title, "", all)) : null;
        CrossChecks checks = new CrossChecks(diagnostics);
        Map<String, Parsed> firstById = checks.check(records);
        // the first record of each id, in the index's order where there is one
        Map<String, Parsed> unique = index.map(i -> firstOfEachId(checks.order(i, firstById, indexName))).orElse(firstById);
        boolean once = all != null && unique.size() == records.size();
        List<Reference> readable = once ? all : List.copyOf(unique.values().stream().map(Parsed::reference).toList());
        boolean errors = diagnostics.stream().anyMatch(Diagnostic::isError);
        if (errors) {
            return new Result(Optional.empty(), diagnostics, Map.of(), readable);
        }
        String intro = index.map(IndexReader.Index::introduction).orElse("");
        Library library = once && early != null ? Background.result(early, "making the library")
                : new Library(title, intro, readable);
        return new Result(Optional.of(library), diagnostics, new RecordSources(unique), readable);
    }

    /** The length from which a list's library is made while its records are checked. */
    static final int EARLY_LIBRARY = 10_000;

    // the records' references in order, as a list that Library and Result keep without copying it
    private static List<Reference> references(List<Parsed> records) {
        Reference[] references = new Reference[records.size()];
        for (int i = 0; i < references.length; i++) {
            references[i] = records.get(i).reference();
        }
        return List.of(references);
    }

    private static Map<String, Parsed> firstOfEachId(List<Parsed> ordered) {
        Map<String, Parsed> unique = new LinkedHashMap<>(ordered.size() * 4 / 3 + 1);
        ordered.forEach(p -> unique.putIfAbsent(p.reference().id(), p));
        return unique;
    }

    private Result result(Library library) {
        return new Result(Optional.ofNullable(library), diagnostics, Map.of(), List.of());
    }

    private Optional<IndexReader.Index> readIndex(String source, Opener opener) {
        Report report = new Report(source, diagnostics);
        return readTree(opener, MAX_RECORD_BYTES, false, report).flatMap(t -> IndexReader.read(t, report));
    }

    private Optional<Parsed> readRecord(String source, Opener opener, String id) {
        Report report = new Report(source, diagnostics);
        Optional<Node> tree = readTree(opener, MAX_RECORD_BYTES, false, report);
        if (tree.isEmpty()) {
            if (!report.hasErrors()) {
                report.error(new Node.Position(1, 1), "the file is empty: a record needs at least 'type' and 'title'");
            }
            return Optional.empty();
        }
        return RecordReader.read(tree.get(), id, Strictness.RECORD_FILE, report);
    }

    private Optional<Node> readTree(Opener opener, long maxBytes, boolean json, Report report) {
        return readTree(opener, maxBytes, json, report, null);
    }

    // with parts not null, the list of records is read item by item (TreeReader.readRecords), into
    // the parts (one, or two when a large list is read in halves)
    private Optional<Node> readTree(Opener opener, long maxBytes, boolean json, Report report, List<RecordList> parts) {
        try (InputStream in = opener.open()) {
            if (in == null) {
                report.error(NOWHERE, "no such file or directory");
                return Optional.empty();
            }
            if (json && parts != null) {
                return SourceText.bytes(in, maxBytes, report).flatMap(bytes -> readJsonRecords(bytes, report, parts));
            }
            return SourceText.read(in, maxBytes, report).flatMap(text -> parts == null ? TreeReader.read(text, json, report)
                    : inPipeline(parts, report, records -> TreeReader.readRecords(text, json, report, records)));
        } catch (NoSuchFileException e) {
            report.error(NOWHERE, "no such file or directory");
            return Optional.empty();
        } catch (IOException e) {
            report.error(NOWHERE, "cannot read: " + e.getMessage());
            return Optional.empty();
        }
    }

    // Jackson reads bytes of UTF-8 faster than it reads their text, and the text of a large file
    // need never be made; bytes that are not UTF-8 are decoded as any other file's, to say where
    // (a large list is read in two halves at once when it can be: JsonHalves)
    private static Optional<Node> readJsonRecords(byte[] bytes, Report report, List<RecordList> parts) {
        JsonHalves.Attempt read = JsonHalves.read(bytes, SourceText.byteOrderMark(bytes), report.source());
        Utf8Columns columns = read.columns();
        if (columns == null) {
            return SourceText.decode(bytes, report)
                    .flatMap(text -> inPipeline(parts, report, records -> TreeReader.readRecords(text, true, report, records)));
        }
        Optional<JsonHalves.Read> halves = read.halves();
        if (halves.isPresent()) {
            parts.addAll(halves.get().parts());
            return Optional.of(halves.get().tree());
        }
        return inPipeline(parts, report, records -> TreeReader.readRecords(bytes, columns, report, records));
    }

    // the records read on a second thread (RecordPipeline) while the parser goes on: reading the
    // records takes about as long as parsing them
    private static Optional<Node> inPipeline(List<RecordList> parts, Report report,
            java.util.function.Function<Consumer<Node>, Optional<Node>> parse) {
        RecordList part = new RecordList(report.source());
        parts.add(part);
        RecordPipeline pipeline = new RecordPipeline(part);
        try {
            return parse.apply(pipeline);
        } finally {
            pipeline.finish();
        }
    }

    private static List<Path> recordFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> isRecordFile(p.getFileName().toString()) && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isRecordFile(String name) {
        return (name.endsWith(".yaml") || name.endsWith(".yml")) && !name.equals(INDEX_FILE) && !name.startsWith(".");
    }

    /** Opens an input; returns {@code null} when there is none. */
    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }

    private static Opener open(Path file) {
        return () -> Files.newInputStream(file);
    }

    private static Opener resource(String name) {
        return () -> LibraryLoader.class.getResourceAsStream(BUILT_IN + name);
    }
}
