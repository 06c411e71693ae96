package org.shelfmark;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.shelfmark.diag.Diagnostic;
import org.shelfmark.diag.InvalidDataException;
import org.shelfmark.diag.Suggestions;
import org.shelfmark.diag.UnknownNameException;
import org.shelfmark.model.Library;
import org.shelfmark.model.Reference;
import org.shelfmark.bibtex.BibtexReader;
import org.shelfmark.check.CurationChecks;
import org.shelfmark.bibtex.BibtexWriter;
import org.shelfmark.formats.RisReader;
import org.shelfmark.formats.RisWriter;
import org.shelfmark.yaml.CslJsonWriter;
import org.shelfmark.yaml.LibraryLoader;
import org.shelfmark.yaml.RecordWriter;

/**
 * The entry point: load a reading list, render its references, export them.
 *
 * <pre>{@code
 * Library list = Shelfmark.builtIn();
 * Reference evans = Shelfmark.find(list, "so-close-to-love");
 * System.out.println(Shelfmark.formatter().reference(evans));
 * }</pre>
 *
 * <p>Loading methods throw {@link InvalidDataException} carrying every problem found, each with
 * file, line and column. Names that do not exist (a style, a locale, a record id) throw
 * {@link UnknownNameException} with the nearest names that do.
 */
public final class Shelfmark {

    /** The style used when none is named: Cite Them Right Harvard. */
    public static final String DEFAULT_STYLE = "harvard-cite-them-right";

    /** The locale used when none is named. */
    public static final String DEFAULT_LOCALE = "en-GB";

    private Shelfmark() {
    }

    /** {@return the reading list packaged with Shelfmark: leadership in health and care} */
    public static Library builtIn() {
        return LibraryLoader.builtIn().orThrow();
    }

    /**
     * {@return the reading list in a directory of record files, or in one CSL-JSON or CSL-YAML file}
     *
     * @param path a directory of {@code .yaml} records, or a {@code .json}/{@code .yaml} file of CSL items
     * @throws InvalidDataException if any record has an error
     */
    public static Library load(Path path) {
        return loader(path).orThrow();
    }

    /**
     * {@return every error and warning in a directory of records or a CSL file; empty when all is well}
     *
     * @param path a directory of records, or a CSL-JSON or CSL-YAML file
     */
    public static List<Diagnostic> validate(Path path) {
        return loader(path).diagnostics();
    }

    /** {@return every error and warning in the built-in reading list} */
    public static List<Diagnostic> validateBuiltIn() {
        return LibraryLoader.builtIn().diagnostics();
    }

    /**
     * {@return the curator's findings in a directory of records or a file, after any error or warning
     * of {@link #validate(Path)}: a web resource without an accessed date or with one more than a
     * year old, a record the style prints incompletely (a field the style prints for its type and
     * the record lacks), a DOI given as a URL, a missing annotation, duplicate DOIs and nearly equal
     * titles; each a warning at the line of the field concerned}
     *
     * @param path      a directory of records, or a file of references
     * @param formatter the style whose printing counts
     * @param today     the date a year is counted back from
     */
    public static List<Diagnostic> check(Path path, Formatter formatter, java.time.LocalDate today) {
        return check(loader(path), formatter, today);
    }

    /**
     * {@return the curator's findings in the built-in reading list, as {@link #check(Path, Formatter, java.time.LocalDate)}}
     *
     * @param formatter the style whose printing counts
     * @param today     the date a year is counted back from
     */
    public static List<Diagnostic> checkBuiltIn(Formatter formatter, java.time.LocalDate today) {
        return check(LibraryLoader.builtIn(), formatter, today);
    }

    private static List<Diagnostic> check(LibraryLoader.Result loaded, Formatter formatter, java.time.LocalDate today) {
        List<Diagnostic> all = new java.util.ArrayList<>(loaded.diagnostics());
        loaded.library().ifPresent(library -> {
            org.shelfmark.csl.PrintedVariables printed = formatter.printedVariables();
            all.addAll(CurationChecks.run(library, loaded.sources(), type -> printed.forType(type.cslName()),
                    formatter.style(), today));
        });
        return all;
    }

    /**
     * {@return the record with an id}
     *
     * @param library the library
     * @param id      the record's id
     * @throws UnknownNameException if there is no such record
     */
    public static Reference find(Library library, String id) {
        return library.find(id).orElseThrow(() -> new UnknownNameException(
                UnknownNameException.Kind.REFERENCE, id, Suggestions.closest(id, library.ids(), 3)));
    }

    /** {@return a formatter for Cite Them Right Harvard in British English} */
    public static Formatter formatter() {
        return formatter(DEFAULT_STYLE, DEFAULT_LOCALE);
    }

    /**
     * {@return a formatter for a style and locale}
     *
     * @param style  a style id from the CSL styles repository ({@code apa}, {@code ieee}, ...) or
     *               a path to a {@code .csl} file
     * @param locale a CSL locale tag, such as {@code en-GB} or {@code de-AT}, or {@code null} for
     *               the style's default locale, else {@code en-GB}
     * @throws UnknownNameException if the style or locale does not exist
     */
    public static Formatter formatter(String style, String locale) {
        return new Formatter(style, locale);
    }

    /**
     * Writes references as CSL-JSON, which Zotero, citeproc-js and pandoc read.
     *
     * @param references the references, in the order to write them
     * @param out        where to write; not closed
     * @throws IOException if writing fails
     */
    public static void writeCslJson(List<Reference> references, Writer out) throws IOException {
        CslJsonWriter.write(references, out);
    }

    /**
     * Writes references in a format reference managers import, in the order given.
     *
     * @param references the references
     * @param format     the format
     * @param out        where to write; flushed at the end, not closed
     * @throws IOException if writing fails
     */
    public static void export(List<Reference> references, ExchangeFormat format, Writer out) throws IOException {
        switch (format) {
            case BIBTEX -> BibtexWriter.writeBibtex(references, out);
            case BIBLATEX -> BibtexWriter.writeBiblatex(references, out);
            case RIS -> RisWriter.write(references, out);
            case CSL_JSON -> CslJsonWriter.write(references, out);
            case CSL_YAML -> CslJsonWriter.writeYaml(references, out);
        }
        out.flush();
    }

    /**
     * Writes the annotated reading list: its title and introduction, then each record in the list's
     * order (or in sections) with its title, who published it and when, its annotation word for word,
     * its reference in the formatter's style, its link, access notes and relations to other entries.
     *
     * @param library   the reading list
     * @param formatter the style and locale of the references
     * @param format    the markup
     * @param grouping  the sections, or {@link Grouping#NONE}
     * @param out       where to write; not closed
     * @throws IOException if writing fails
     */
    public static void writeReadingList(Library library, Formatter formatter, PageFormat format, Grouping grouping,
            Writer out) throws IOException {
        ReadingLists.write(library, formatter, format, grouping, out);
    }

    /**
     * Writes the reading list as a static site: {@code index.html} (the annotated list, with a "copy
     * reference" button and a print style, asking no other host for anything) and, under
     * {@code downloads/}, the whole list as RIS, BibTeX, BibLaTeX and CSL-JSON and each record as RIS.
     * The directory is replaced whole, or left as it was when writing fails.
     *
     * @param library   the reading list
     * @param formatter the style and locale of the references
     * @param dir       the site's directory: new, empty, or a site written before
     * @throws IOException if writing fails, or the directory holds other files
     */
    public static void writeSite(Library library, Formatter formatter, Path dir) throws IOException {
        ReadingLists.site(library, formatter, dir);
    }

    /**
     * {@return the records of a file in a format other tools write, the format given rather than detected}
     *
     * @param path   the file
     * @param format its format
     * @throws InvalidDataException if any record has an error
     */
    public static Library load(Path path, ExchangeFormat format) {
        return loader(path, format).orThrow();
    }

    /**
     * Reads a file of references, keeping the records that have no error: what {@code import
     * --skip-invalid} writes. Never throws for invalid data; every problem is a diagnostic.
     *
     * @param path   a file of references
     * @param format its format, or {@code null} to tell it from the extension, else the content
     * @return the records read without errors, and every diagnostic
     */
    public static ReadResult read(Path path, ExchangeFormat format) {
        LibraryLoader.Result r = format == null ? loader(path) : loader(path, format);
        return new ReadResult(r.library().map(Library::references).orElse(r.readable()), r.diagnostics());
    }

    /**
     * Reads a RIS, BibTeX or BibLaTeX file in an encoding other than UTF-8, such as the Latin-1 or
     * Windows-1252 of old EndNote exports, keeping the records that have no error. CSL-JSON and
     * YAML are UTF-8 by their definitions and are read as such.
     *
     * @param path    a file of references
     * @param format  its format, or {@code null} to tell it from the extension, else the content
     * @param charset the file's encoding
     * @return the records read without errors, and every diagnostic
     */
    public static ReadResult read(Path path, ExchangeFormat format, java.nio.charset.Charset charset) {
        ExchangeFormat f = format != null ? format : Files.isDirectory(path) ? null : detect(path);
        LibraryLoader.Result r = switch (f == null ? ExchangeFormat.CSL_YAML : f) {
            case RIS -> LibraryLoader.foreignFile(path, RisReader::read, charset);
            case BIBTEX, BIBLATEX -> LibraryLoader.foreignFile(path, BibtexReader::read, charset);
            case CSL_JSON, CSL_YAML -> loader(path);
        };
        return new ReadResult(r.library().map(Library::references).orElse(r.readable()), r.diagnostics());
    }

    /**
     * {@return the format of a file: by its extension ({@code .ris}, {@code .bib}, {@code .json},
     * {@code .yaml}), else by how it starts}
     *
     * @param path the file
     */
    public static ExchangeFormat detect(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".ris")) {
            return ExchangeFormat.RIS;
        }
        if (name.endsWith(".bib") || name.endsWith(".bibtex")) {
            return ExchangeFormat.BIBLATEX;
        }
        if (name.endsWith(".json")) {
            return ExchangeFormat.CSL_JSON;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return ExchangeFormat.CSL_YAML;
        }
        return sniff(path);
    }

    // the first characters that are not blank: "TY  -" is RIS, "@" BibTeX, "[" or "{" JSON, the rest YAML
    private static ExchangeFormat sniff(Path path) {
        char[] head = new char[4096];
        int n;
        try (java.io.Reader r = Files.newBufferedReader(path, java.nio.charset.StandardCharsets.UTF_8)) {
            n = Math.max(0, r.read(head));
        } catch (IOException | java.io.UncheckedIOException e) {
            return ExchangeFormat.CSL_YAML; // the loader reports what is wrong with it
        }
        String start = new String(head, 0, n).replace("\uFEFF", "").stripLeading();
        if (start.matches("(?s)TY {1,2}-.*")) {
            return ExchangeFormat.RIS;
        }
        if (start.startsWith("@") || start.startsWith("%")) {
            return ExchangeFormat.BIBLATEX;
        }
        return start.startsWith("[") || start.startsWith("{") ? ExchangeFormat.CSL_JSON : ExchangeFormat.CSL_YAML;
    }

    /**
     * Writes a record as a record file of the reading list ({@code references/<id>.yaml}).
     *
     * @param reference  the record
     * @param schemaLine whether to start with the line that names {@code schema/record.schema.json}
     * @param out        where to write; not closed
     * @throws IOException if writing fails
     */
    public static void writeRecord(Reference reference, boolean schemaLine, Writer out) throws IOException {
        RecordWriter.write(reference, schemaLine, out);
    }

    private static LibraryLoader.Result loader(Path path) {
        return Files.isDirectory(path) ? LibraryLoader.directory(path) : loader(path, detect(path));
    }

    private static LibraryLoader.Result loader(Path path, ExchangeFormat format) {
        return switch (format) {
            case RIS -> LibraryLoader.foreignFile(path, RisReader::read);
            case BIBTEX, BIBLATEX -> LibraryLoader.foreignFile(path, BibtexReader::read);
            case CSL_JSON, CSL_YAML -> LibraryLoader.cslFile(path);
        };
    }
}
