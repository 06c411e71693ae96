package org.shelfmark.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.shelfmark.diag.Diagnostic;
import org.shelfmark.model.DateRange;
import org.shelfmark.model.DateRole;
import org.shelfmark.model.DateValue;
import org.shelfmark.model.ItemType;
import org.shelfmark.model.Library;
import org.shelfmark.model.NameRole;
import org.shelfmark.model.PartialDate;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Variable;
import org.shelfmark.yaml.RecordSource;

/**
 * The curator's checks: findings that are not errors, since the record is valid, but that a curator
 * should mend or explain in the record's note. Each finding is a warning at the line of the field
 * it is about, or of the record's start when the field is missing.
 */
public final class CurationChecks {

    /** What a style must print for each type, where it prints it at all: what a reader needs to find the work. */
    private static final Map<ItemType, List<String>> NEEDED = new EnumMap<>(Map.ofEntries(
            Map.entry(ItemType.ARTICLE_JOURNAL, List.of("container-title", "volume", "issue", "page")),
            Map.entry(ItemType.ARTICLE_MAGAZINE, List.of("container-title")),
            Map.entry(ItemType.ARTICLE_NEWSPAPER, List.of("container-title")),
            Map.entry(ItemType.BOOK, List.of("publisher", "publisher-place")),
            Map.entry(ItemType.CHAPTER, List.of("container-title", "editor", "publisher", "publisher-place", "page")),
            Map.entry(ItemType.PAPER_CONFERENCE, List.of("container-title", "publisher", "page")),
            Map.entry(ItemType.REPORT, List.of("publisher", "publisher-place")),
            Map.entry(ItemType.THESIS, List.of("publisher"))));
    private static final List<String> ALWAYS = List.of("author", "issued");
    private static final Pattern DOI_URL = Pattern.compile("(?i)^https?://(dx\\.)?doi\\.org/(10\\..+)$");
    private static final double NEAR = 0.9;

    private final Library library;
    private final Map<String, RecordSource> sources;
    private final Function<ItemType, Set<String>> printed;
    private final String styleName;
    private final LocalDate today;
    private final List<Diagnostic> findings = new ArrayList<>();

    private CurationChecks(Library library, Map<String, RecordSource> sources, Function<ItemType, Set<String>> printed,
            String styleName, LocalDate today) {
        this.library = library;
        this.sources = sources;
        this.printed = printed;
        this.styleName = styleName;
        this.today = today;
    }

    /**
     * {@return every finding, in the list's order and by line within a record}
     *
     * @param library   the records
     * @param sources   where each record was read from, by id
     * @param printed   the variables the chosen style prints for each type
     * @param styleName the style's name, for the messages
     * @param today     the date that "a year ago" counts back from
     */
    public static List<Diagnostic> run(Library library, Map<String, RecordSource> sources,
            Function<ItemType, Set<String>> printed, String styleName, LocalDate today) {
        CurationChecks checks = new CurationChecks(library, sources, printed, styleName, today);
        for (Reference r : library.references()) {
            checks.accessed(r);
            checks.incomplete(r);
            checks.doiAsUrl(r);
            checks.annotation(r);
        }
        checks.duplicateDois();
        checks.nearDuplicateTitles();
        return List.copyOf(checks.findings);
    }

    private void accessed(Reference r) {
        if (r.get(Variable.URL).isEmpty() || r.doiValue().isPresent()) {
            return;
        }
        var accessed = r.date(DateRole.ACCESSED);
        if (accessed.isEmpty()) {
            warn(r, "URL", "a web resource with no accessed date: visit " + r.get(Variable.URL).get()
                    + " and record the day as 'accessed: YYYY-MM-DD', or say in the note why there is none");
            return;
        }
        PartialDate on = start(accessed.get());
        LocalDate day = LocalDate.of(on.year(), Math.max(1, on.month()), Math.max(1, on.day()));
        if (day.isBefore(today.minusYears(1))) {
            warn(r, "accessed", "accessed " + on.toIso() + ", more than a year before " + today
                    + ": visit the URL again and update the date");
        }
    }

    private void incomplete(Reference r) {
        Set<String> prints = printed.apply(r.type());
        List<String> missing = new ArrayList<>();
        List<String> needed = new ArrayList<>(ALWAYS);
        needed.addAll(NEEDED.getOrDefault(r.type(), List.of()));
        for (String variable : needed) {
            if (prints.contains(variable) && !has(r, variable)) {
                missing.add(variable);
            }
        }
        if (!missing.isEmpty()) {
            warn(r, "type", styleName + " prints " + String.join(", ", missing) + " for " + article(r.type())
                    + ", and this record has " + (missing.size() == 1 ? "none" : "none of them")
                    + ": add " + (missing.size() == 1 ? "it" : "them") + ", or say in the note why not");
        }
    }

    private static boolean has(Reference r, String variable) {
        if (variable.equals("issued")) {
            return r.issued().isPresent();
        }
        var role = NameRole.ofCslName(variable);
        if (role.isPresent()) {
            return !r.names(role.get()).isEmpty();
        }
        return Variable.ofCslName(variable).flatMap(r::get).isPresent();
    }

    private void doiAsUrl(Reference r) {
        r.get(Variable.URL).map(DOI_URL::matcher).filter(java.util.regex.Matcher::matches).ifPresent(m ->
                warn(r, "URL", "the URL " + m.group() + " is a DOI link: write 'DOI: " + m.group(2)
                        + "' instead, which every style prints as the style wants it"));
    }

    private void annotation(Reference r) {
        if (r.notes().annotation() == null || r.notes().annotation().isBlank()) {
            warn(r, "title", "no annotation: the reading list says nothing of this resource; add one, or say in the note why not");
        }
    }

    private void duplicateDois() {
        Map<String, Reference> first = new LinkedHashMap<>();
        for (Reference r : library.references()) {
            r.doiValue().ifPresent(doi -> {
                Reference earlier = first.putIfAbsent(doi.value().toLowerCase(Locale.ROOT), r);
                if (earlier != null) {
                    warn(r, "DOI", "the DOI " + doi.value() + " is also the DOI of '" + earlier.id()
                            + "': is this the same work twice?");
                }
            });
        }
    }

    private void nearDuplicateTitles() {
        List<Reference> refs = library.references();
        List<String> titles = refs.stream().map(r -> normalised(r.title())).toList(); // once a record, not once a pair
        for (int i = 0; i < refs.size(); i++) {
            for (int j = 0; j < i; j++) {
                String a = titles.get(i);
                String b = titles.get(j);
                if (!a.isEmpty() && similarity(a, b) >= NEAR) {
                    warn(refs.get(i), "title", "the title is " + (a.equals(b) ? "the same as" : "nearly the same as")
                            + " that of '" + refs.get(j).id() + "': is this the same work twice?");
                }
            }
        }
    }

    private static String normalised(String title) {
        return java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    // 1 - the edit distance over the longer length; 1 for equal strings
    static double similarity(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        if (longer == 0) {
            return 1;
        }
        if (Math.abs(a.length() - b.length()) > longer * (1 - NEAR)) {
            return 0; // too different in length to be near
        }
        return 1 - (double) org.shelfmark.diag.Suggestions.distance(a, b) / longer;
    }

    private void warn(Reference r, String key, String message) {
        RecordSource where = sources.get(r.id());
        String file = where == null ? r.id() : where.file();
        int line = where == null ? 0 : where.lineOf(key);
        findings.add(Diagnostic.warning(file, line, 0, message));
    }

    private static PartialDate start(DateValue date) {
        return date instanceof PartialDate p ? p : ((DateRange) date).start();
    }

    private static final Map<ItemType, String> NOUNS = new EnumMap<>(Map.ofEntries(
            Map.entry(ItemType.ARTICLE_JOURNAL, "a journal article"), Map.entry(ItemType.ARTICLE_MAGAZINE, "a magazine article"),
            Map.entry(ItemType.ARTICLE_NEWSPAPER, "a newspaper article"), Map.entry(ItemType.CHAPTER, "a book chapter"),
            Map.entry(ItemType.PAPER_CONFERENCE, "a conference paper"), Map.entry(ItemType.WEBPAGE, "a web page"),
            Map.entry(ItemType.POST_WEBLOG, "a blog post")));

    private static String article(ItemType type) {
        String name = type.cslName().replace('-', ' ').replace('_', ' ');
        return NOUNS.getOrDefault(type, ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name);
    }
}
