package org.shelfmark.cli;

import java.nio.file.Path;
import java.util.List;
import org.shelfmark.Shelfmark;
import org.shelfmark.model.Library;
import org.shelfmark.model.Reference;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where a command's records come from: the built-in list, a directory, or one file another tool wrote. */
final class Sources {

    @ArgGroup(exclusive = true)
    Choice choice;

    static final class Choice {
        @Option(names = "--library", paramLabel = "DIR", description = "Read the records in DIR (one YAML file each).")
        Path library;

        @Option(names = "--input", paramLabel = "FILE", description = "Read the references in FILE: CSL-JSON, CSL-YAML, BibTeX, BibLaTeX or RIS, by its extension, else its content.")
        Path input;
    }

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "The encoding of a RIS or BibTeX --input file"
            + " (default: UTF-8), such as windows-1252 for old EndNote exports.")
    java.nio.charset.Charset encoding;

    /** {@return the records named, in the order named, or every record when none is named} */
    List<Reference> select(Library library, List<String> ids) {
        return ids.isEmpty() ? library.references() : ids.stream().map(id -> Shelfmark.find(library, id)).toList();
    }

    Library load() {
        Path path = path();
        if (path != null && encoding != null && choice.input != null) {
            org.shelfmark.ReadResult read = Shelfmark.read(path, null, encoding);
            if (read.hasErrors()) {
                throw new org.shelfmark.diag.InvalidDataException(read.diagnostics());
            }
            return new Library(path.getFileName().toString(), "", read.references());
        }
        return path == null ? Shelfmark.builtIn() : Warmup.loaded(path).orElseGet(() -> Shelfmark.load(path));
    }

    /** {@return the directory or file named, or {@code null} for the built-in list} */
    Path path() {
        if (choice == null) {
            return null;
        }
        return choice.library != null ? choice.library : choice.input;
    }
}
