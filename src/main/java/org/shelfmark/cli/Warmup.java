package org.shelfmark.cli;

import java.util.List;
import java.util.Set;
import org.shelfmark.Shelfmark;

/**
 * Starts what a command will need while picocli is still reading the command line, about 0.2 s
 * of a cold start on a core that is otherwise idle.
 *
 * <p>It looks at the arguments only to choose what to start: the built-in list when no
 * {@code --library} or {@code --input} is given, the default style's formatter when a rendering
 * command is named without {@code --style} or {@code --locale}. Both are cached where they are made
 * ({@link org.shelfmark.yaml.LibraryLoader#builtIn()}, the engines of
 * {@link org.shelfmark.csl.CslEngine#of}), so the command gets what was started, waiting for it if
 * it is not done. A guess that turns out wrong costs only the work of a thread nobody waits for:
 * what a command renders and reads comes from picocli's reading of the arguments, never from
 * here.
 */
final class Warmup {

    private static final Set<String> RENDERING = Set.of("bibliography", "cite", "reading-list", "site", "show", "check");
    private static final Set<String> READING = Set.of("list", "show", "validate", "check", "bibliography", "cite",
            "reading-list", "site", "export");

    private Warmup() {
    }

    /**
     * Starts the work the arguments call for, on daemon threads.
     *
     * @param args the command line
     */
    static void start(String[] args) {
        if (args.length == 0 || !READING.contains(args[0]) || named(args, List.of("-h", "--help", "-V", "--version"))) {
            return;
        }
        if (!named(args, List.of("--library", "--input"))) {
            run("shelfmark-warmup-list", Shelfmark::builtIn);
        }
        if (RENDERING.contains(args[0]) && !named(args, List.of("-s", "--style", "-l", "--locale"))) {
            run("shelfmark-warmup-style", () -> Shelfmark.formatter(Shelfmark.DEFAULT_STYLE, null));
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
