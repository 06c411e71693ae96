package org.shelfmark.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import org.shelfmark.Formatter;
import org.shelfmark.OutputFormat;
import org.shelfmark.Shelfmark;
import org.shelfmark.model.DateRole;
import org.shelfmark.model.ItemType;
import org.shelfmark.model.Library;
import org.shelfmark.model.NameRole;
import org.shelfmark.model.Organisation;
import org.shelfmark.model.PartialDate;
import org.shelfmark.model.Person;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Variable;

/**
 * Starts what a command will need while picocli is still reading the command line, about 0.2 s
 * of a cold start on a core that is otherwise idle.
 *
 * <p>It looks at the arguments only to choose what to start: the built-in list when no
 * {@code --library} or {@code --input} is given, the default style's formatter when a rendering
 * command is named without {@code --style} or {@code --locale}. Both are cached where they are made
 * ({@link org.shelfmark.yaml.LibraryLoader#builtIn()}, the engines of
 * {@link org.shelfmark.csl.CslEngine#of}), so the command gets what was started, waiting for it if
 * it is not done. A file named once with {@code --input} or {@code --library} is read as the
 * commands that take a list read it, and a command that reads that same file takes what was read
 * ({@link #loaded}). A guess that turns out wrong costs only the work of a thread nobody waits for:
 * what a command renders and reads comes from picocli's reading of the arguments, never from
 * here.
 *
 * <p>Before the bibliography of a long file (1 MB or more, some 2,000 references of CSL-JSON), the
 * formatter's thread also renders a few {@link #samples()} in the default style, whose output
 * nobody reads: the first processor citeproc-java makes takes some 25 to 90 ms cold, and the first
 * renderings initialise classes and make the smart quotes, work that would otherwise fall in the
 * middle of the list's rendering, on both of its threads. It is done while the file is still read
 * and mapped, when a core is often partly idle.
 */
final class Warmup {

    private static final Set<String> RENDERING = Set.of("bibliography", "cite", "reading-list", "site", "show", "check");
    private static final Set<String> READING = Set.of("list", "show", "validate", "check", "bibliography", "cite",
            "reading-list", "site", "export");

    private static final Set<String> LOADING = Set.of("list", "show", "bibliography", "cite", "reading-list", "site",
            "export");
    private static final List<String> SOURCES = List.of("--input", "--library");

    /** A file being read, as {@link Shelfmark#load(Path)} reads it. */
    private record Started(Path path, FutureTask<Library> library) {
    }

    private static final AtomicReference<Started> STARTED = new AtomicReference<>();

    // the size of a file whose bibliography the samples are rendered before: 10,000 references
    // 1.628 s to 1.585 s (ab.sh 31, the two builds taking turns: the sixteenth round); 300, 1,000
    // and 3,000 the same within the noise, and the eleven built-in ones 0.467 s to 0.468 s and
    // 0.457 s to 0.473 s, both measured with the builds in one order (docs/performance-log.md, the
    // fifteenth round)
    static final long LONG_FILE = 1 << 20;

    private Warmup() {
    }

    /**
     * Starts the work the arguments call for, on daemon threads.
     *
     * @param args the command line
     */
    static void start(String[] args) {
        STARTED.set(null);
        if (args.length == 0 || !READING.contains(args[0]) || named(args, List.of("-h", "--help", "-V", "--version"))) {
            return;
        }
        Path source = LOADING.contains(args[0]) && !named(args, List.of("--encoding")) ? source(args) : null;
        if (source != null) {
            FutureTask<Library> library = new FutureTask<>(() -> Shelfmark.load(source));
            STARTED.set(new Started(source, library));
            run("shelfmark-warmup-input", library);
        }
        if (!named(args, List.of("--library", "--input"))) {
            run("shelfmark-warmup-list", Shelfmark::builtIn);
        }
        if (RENDERING.contains(args[0]) && !named(args, List.of("-s", "--style", "-l", "--locale"))) {
            boolean bibliography = args[0].equals("bibliography");
            run("shelfmark-warmup-style", () -> {
                Formatter formatter = Shelfmark.formatter(Shelfmark.DEFAULT_STYLE, null);
                if (bibliography && isLong(source)) {
                    formatter.bibliography(samples(), OutputFormat.TEXT);
                }
            });
        }
    }

    /** {@return whether a file is long enough for the samples to be rendered before its bibliography} */
    static boolean isLong(Path source) {
        try {
            return source != null && Files.isRegularFile(source) && Files.size(source) >= LONG_FILE;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * {@return references of the kinds a reading list holds, rendered before a long bibliography:
     * two of the same authors and year (year suffixes), a chapter with editors, and a web page
     * with an organisation for author, a URL and an accessed date}
     */
    static List<Reference> samples() {
        Person west = Person.of("West", "Michael A.");
        Person bailey = Person.of("Bailey", "Suzie");
        PartialDate year = PartialDate.parse("2021");
        return List.of(
                Reference.builder("article", ItemType.ARTICLE_JOURNAL).authors(west, bailey)
                        .set(Variable.TITLE, "Compassionate leadership in 'health' care")
                        .set(Variable.CONTAINER_TITLE, "Journal of Nursing").set(Variable.VOLUME, "12")
                        .set(Variable.ISSUE, "3").set(Variable.PAGE, "45-56").issued(year).build(),
                Reference.builder("book", ItemType.BOOK).authors(west, bailey).set(Variable.TITLE, "Compassionate leadership")
                        .set(Variable.PUBLISHER, "The King's Fund").set(Variable.PUBLISHER_PLACE, "London").issued(year).build(),
                Reference.builder("chapter", ItemType.CHAPTER).authors(Person.of("Evans", "Ann"))
                        .names(NameRole.EDITOR, List.of(bailey, Person.of("Jones", "Mary Jane")))
                        .set(Variable.TITLE, "Leading teams").set(Variable.CONTAINER_TITLE, "Leadership in care")
                        .set(Variable.PUBLISHER, "Sage").set(Variable.PAGE, "101-120").issued(PartialDate.parse("2019")).build(),
                Reference.builder("webpage", ItemType.WEBPAGE).authors(new Organisation("NHS England"))
                        .set(Variable.TITLE, "Our leadership way").set(Variable.URL, "https://www.england.nhs.uk/leadership/")
                        .date(DateRole.ACCESSED, PartialDate.parse("2024-05-01")).issued(PartialDate.parse("2020")).build());
    }

    /**
     * {@return the library read from a file, when its reading was started here for that same
     * file, or empty} Asked for once: what was started is then given up. The reading's failure
     * is thrown as the command's own reading would throw it.
     *
     * @param path the file or directory the command reads
     */
    static Optional<Library> loaded(Path path) {
        Started started = STARTED.getAndSet(null);
        if (started == null || !started.path().equals(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(started.library().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    // the one file or directory named with --input or --library (FILE or =FILE), or null
    private static Path source(String[] args) {
        Path found = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            }
            for (String option : SOURCES) {
                // no string made by concatenation: the first one of a run links the JDK's
                // bootstrap for it, which would hold the other threads back
                boolean joined = args[i].length() > option.length() && args[i].startsWith(option)
                        && args[i].charAt(option.length()) == '=';
                String value = args[i].equals(option) && i + 1 < args.length ? args[i + 1]
                        : joined ? args[i].substring(option.length() + 1) : null;
                if (value == null && args[i].startsWith(option)) {
                    return null; // given, but not in a form read here
                }
                if (value != null) {
                    if (found != null || value.isEmpty()) {
                        return null;
                    }
                    found = pathOf(value);
                }
            }
        }
        return found;
    }

    private static Path pathOf(String value) {
        try {
            return Path.of(value);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    // an argument that is one of the options, or starts with one (--style=apa, -sapa)
    private static boolean named(String[] args, List<String> options) {
        for (String arg : args) {
            for (String option : options) {
                if (arg.startsWith(option)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void run(String name, Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                // the command does the same work again and reports what goes wrong
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }
}
