package org.shelfmark.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shelfmark.model.Library;
import org.shelfmark.model.Reference;
import org.shelfmark.yaml.JsonRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code shelfmark list}: one line per record. */
@Command(name = "list", description = "List the records in the list's order: id, year, type and title.")
final class ListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Sources sources;

    @Option(names = "--json", description = "Print a JSON array of {id, year, type, title}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Library library = sources.load();
        PrintWriter out = spec.commandLine().getOut();
        List<Map<String, String>> rows = library.references().stream().map(ListCommand::row).toList();
        if (json) {
            JsonRows.write(rows, out);
        } else {
            printColumns(rows, out);
        }
        return 0;
    }

    private static Map<String, String> row(Reference r) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("id", r.id());
        row.put("year", r.issued().map(d -> String.valueOf(d.start().year())).orElse(null));
        row.put("type", r.type().cslName());
        row.put("title", r.title());
        return row;
    }

    private static void printColumns(List<Map<String, String>> rows, PrintWriter out) {
        int idWidth = rows.stream().mapToInt(r -> r.get("id").length()).max().orElse(0);
        int typeWidth = rows.stream().mapToInt(r -> r.get("type").length()).max().orElse(0);
        for (Map<String, String> r : rows) {
            String year = r.get("year") == null ? "n.d." : r.get("year");
            out.printf("%-" + idWidth + "s  %-4s  %-" + typeWidth + "s  %s%n", r.get("id"), year, r.get("type"), r.get("title"));
        }
    }
}
