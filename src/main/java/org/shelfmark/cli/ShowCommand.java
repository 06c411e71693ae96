package org.shelfmark.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.shelfmark.OutputFormat;
import org.shelfmark.Shelfmark;
import org.shelfmark.model.Library;
import org.shelfmark.model.Name;
import org.shelfmark.model.ReadingNotes;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Relation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shelfmark show ID}: one record, every field, and its reference. */
@Command(name = "show", description = "Show one record: its reference in the chosen style, then every field.")
final class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Sources sources;

    @Mixin
    StyleOptions styleOptions;

    @Parameters(paramLabel = "ID", description = "The record's id ('shelfmark list' shows them).")
    String id;

    @Override
    public Integer call() {
        styleOptions.prepare();
        Library library = sources.load();
        Reference r = Shelfmark.find(library, id);
        PrintWriter out = spec.commandLine().getOut();
        out.println("reference: " + styleOptions.formatter().bibliography(library, List.of(id), OutputFormat.TEXT).get(0));
        out.println("id: " + r.id());
        out.println("type: " + r.type());
        r.names().forEach((role, names) -> out.println(role + ": " + joinNames(names)));
        r.dates().forEach((role, date) -> out.println(role + ": " + date.toIso()));
        r.variables().forEach((v, value) -> field(out, v.cslName(), value));
        r.doiValue().ifPresent(doi -> out.println("DOI: " + doi));
        notes(out, r.notes());
        return 0;
    }

    private static void notes(PrintWriter out, ReadingNotes notes) {
        if (notes.annotation() != null) {
            field(out, "annotation", notes.annotation());
        }
        if (!notes.keywords().isEmpty()) {
            out.println("keywords: " + String.join("; ", notes.keywords()));
        }
        for (Relation rel : notes.relations()) {
            out.println(rel.kind() + ": " + rel.target());
        }
        if (notes.access() != null) {
            out.println("access: " + notes.access().kind()
                    + (notes.access().note() == null ? "" : " (" + notes.access().note() + ")"));
        }
    }

    private static void field(PrintWriter out, String name, String value) {
        if (value.indexOf('\n') < 0) {
            out.println(name + ": " + value);
        } else {
            out.println(name + ":");
            value.lines().forEach(line -> out.println("  " + line));
        }
    }

    private static String joinNames(List<Name> names) {
        return names.stream().map(Name::sortForm).collect(Collectors.joining("; "));
    }
}
