package org.shelfmark.page;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a static site as a whole: every file goes to a new directory beside the target, which then
 * takes the target's place, so that a failure leaves what was there. A directory is replaced only
 * when it is empty or a site this class wrote (it holds the marker file {@value #MARKER}).
 */
public final class Site {

    /** The file that marks a directory as a site Shelfmark wrote, and so one it may replace. */
    public static final String MARKER = ".shelfmark-site";

    /** What writes one file. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes the file's text.
         *
         * @param out where to write
         * @throws IOException if writing fails
         */
        void writeTo(Writer out) throws IOException;
    }

    private Site() {
    }

    /**
     * Writes the files of a site, replacing the directory whole.
     *
     * @param dir   the site's directory
     * @param files each file's path within the site (with {@code /} between folders) and its content
     * @throws IOException if a file cannot be written, or the directory holds files of something else
     */
    public static void write(Path dir, Map<String, Content> files) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        refuseForeign(target);
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path fresh = Files.createTempDirectory(parent, "." + target.getFileName() + "-");
        try {
            for (Map.Entry<String, Content> file : files.entrySet()) {
                writeFile(fresh, file.getKey(), file.getValue());
            }
            Files.writeString(fresh.resolve(MARKER), "A site written by Shelfmark: `shelfmark site` replaces this directory whole.\n");
            swap(fresh, target);
        } finally {
            deleteTree(fresh);
        }
    }

    private static void refuseForeign(Path target) throws IOException {
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "is a file, not a directory");
        }
        if (Files.isDirectory(target) && !Files.exists(target.resolve(MARKER))) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
                if (entries.iterator().hasNext()) {
                    throw new FileAlreadyExistsException(target.toString(), null,
                            "holds files that are not a site Shelfmark wrote: choose a new or empty directory");
                }
            }
        }
    }

    private static void writeFile(Path root, String path, Content content) throws IOException {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("a site's file must lie inside it: " + path);
        }
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            content.writeTo(out);
        }
    }

    private static void swap(Path fresh, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-old-");
            Files.delete(old);
            move(target, old);
        }
        try {
            move(fresh, target);
        } catch (IOException e) {
            if (old != null) {
                move(old, target);
            }
            throw e;
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
