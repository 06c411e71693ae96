package org.shelfmark.csl;

import de.undercouch.citeproc.CSL;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shelfmark.diag.Diagnostic;
import org.shelfmark.diag.InvalidDataException;
import org.shelfmark.diag.Suggestions;
import org.shelfmark.diag.UnknownNameException;

/**
 * Finds CSL styles and locales: styles by id in the citation styles jar or by file path, and
 * locales by tag in the locales jar. Unknown names fail with the nearest existing ones.
 */
public final class StyleCatalog {

    /** The largest style file read. The biggest in the styles jar is under 200 KB. */
    static final long MAX_STYLE_BYTES = 2 * 1024 * 1024;

    private static final String DEPENDENT = "dependent/";
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    private static final Pattern FORMAT = Pattern.compile("citation-format=\"([^\"]+)\"");
    private static final String OWN = "/org/shelfmark/styles/";
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE", Pattern.CASE_INSENSITIVE);

    /** The project's own styles, in styles/ and packaged in the jar. */
    static final List<String> OWN_STYLES = List.of("shelfmark-reading-list");

    private StyleCatalog() {
    }

    /**
     * A style found, with what is needed to show it in a listing.
     *
     * @param id     the name to give {@code --style}
     * @param title  the style's title
     * @param format its citation format: author-date, numeric, note, label or author
     */
    public record StyleInfo(String id, String title, String format) {
    }

    /**
     * {@return a style; a dependent style is resolved to its independent parent}
     *
     * @param nameOrPath a style id from the styles jar ({@code harvard-cite-them-right}) or a path
     *                   to a {@code .csl} file
     * @throws UnknownNameException if there is no such style
     */
    static Style style(String nameOrPath) {
        if (looksLikePath(nameOrPath)) {
            return Style.of(nameOrPath, readStyleFile(Path.of(nameOrPath)));
        }
        String xml = resource(nameOrPath).orElseThrow(() -> new UnknownNameException(
                UnknownNameException.Kind.STYLE, nameOrPath, Suggestions.closest(nameOrPath, styleIds(), 5)));
        return Style.of(nameOrPath, xml);
    }

    // The project's own styles come first; the styles jar keeps independent styles at its root
    // and dependent ones under dependent/.
    private static java.util.Optional<String> resource(String id) {
        return resource(id, Integer.MAX_VALUE);
    }

    private static java.util.Optional<String> resource(String id, int maxBytes) {
        for (String path : new String[] {OWN + id + ".csl", "/" + id + ".csl", "/" + DEPENDENT + id + ".csl"}) {
            try (InputStream in = StyleCatalog.class.getResourceAsStream(path)) {
                if (in != null) {
                    return java.util.Optional.of(new String(in.readNBytes(maxBytes), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Checks that a locale exists.
     *
     * @param tag a locale tag such as {@code en-GB}
     * @throws UnknownNameException if the locales jar has no such locale
     */
    static void checkLocale(String tag) {
        if (StyleCatalog.class.getResource("/locales-" + tag + ".xml") == null) {
            throw new UnknownNameException(UnknownNameException.Kind.LOCALE, tag,
                    Suggestions.closest(tag, localeTags(), 5));
        }
    }

    /** {@return the ids of every style in the styles jar, independent and dependent, sorted} */
    public static Set<String> styleIds() {
        try {
            Set<String> ids = new TreeSet<>(OWN_STYLES);
            for (String name : CSL.getSupportedStyles()) {
                String id = name.startsWith(DEPENDENT) ? name.substring(DEPENDENT.length()) : name;
                if (id.indexOf('/') < 0) { // a shaded jar holds our own styles in a folder too
                    ids.add(id);
                }
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@return the styles whose id or title contains every word of the query, sorted by id}
     *
     * @param query words to look for, case-insensitively; blank lists every style
     */
    public static List<StyleInfo> search(String query) {
        String[] words = query.toLowerCase(Locale.ROOT).strip().split("\\s+");
        return styleIds().stream()
                .map(StyleCatalog::info)
                .filter(s -> matchesAll(s, words))
                .toList();
    }

    private static boolean matchesAll(StyleInfo s, String[] words) {
        String hay = (s.id() + " " + s.title()).toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (!hay.contains(w)) {
                return false;
            }
        }
        return true;
    }

    // Title and format stand in the first lines of a style's info block.
    private static StyleInfo info(String id) {
        String head = resource(id, 4096).orElse("");
        Matcher title = TITLE.matcher(head);
        Matcher format = FORMAT.matcher(head);
        return new StyleInfo(id, title.find() ? unescape(title.group(1)) : "", format.find() ? format.group(1) : "");
    }

    static String unescape(String xmlText) {
        return xmlText.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&");
    }

    private static Set<String> localeTags() {
        try {
            return new TreeSet<>(CSL.getSupportedLocales());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return whether a style name is a path to a file rather than an id} */
    static boolean isFile(String nameOrPath) {
        return looksLikePath(nameOrPath);
    }

    private static boolean looksLikePath(String s) {
        return s.endsWith(".csl") || s.indexOf('/') >= 0 || s.indexOf('\\') >= 0;
    }

    private static InvalidDataException invalid(Path file, String message) {
        return new InvalidDataException(List.of(Diagnostic.error(file.toString(), 0, 0, message)));
    }

    // A style from a user is refused before citeproc-java parses it if it declares a DOCTYPE:
    // citeproc-java's XML parser resolves external entities, so a style could print local files.
    private static String readStyleFile(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new UnknownNameException(UnknownNameException.Kind.STYLE, file.toString(), List.of());
            }
            if (Files.size(file) > MAX_STYLE_BYTES) {
                throw invalid(file, "the style is larger than " + MAX_STYLE_BYTES + " bytes");
            }
            String xml = Files.readString(file, StandardCharsets.UTF_8);
            if (DOCTYPE.matcher(xml).find()) {
                throw invalid(file, "the style declares a DOCTYPE, which CSL styles never need;"
                        + " it is refused because its entities could read local files");
            }
            List<Diagnostic> problems = StyleCheck.problems(file, xml);
            if (!problems.isEmpty()) {
                throw new InvalidDataException(problems);
            }
            return xml;
        } catch (IOException e) {
            throw invalid(file, "cannot read the style: " + e.getMessage());
        }
    }
}
