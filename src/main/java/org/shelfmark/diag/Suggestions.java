package org.shelfmark.diag;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds the known names closest to a name that was mistyped, for "did you mean" messages.
 */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * {@return up to {@code limit} names from {@code known} near {@code name}, nearest first:
     * names that contain it, then names within a small edit distance}
     *
     * @param name  the name given
     * @param known the names that exist
     * @param limit how many to return at most
     */
    public static List<String> closest(String name, Collection<String> known, int limit) {
        String needle = name.toLowerCase(Locale.ROOT);
        // A suggestion must keep something of the name: "x" suggests nothing, not "a".
        int allowed = Math.min(Math.max(2, needle.length() / 3), needle.length() - 1);
        return known.stream()
                .map(k -> new Scored(k, score(needle, k.toLowerCase(Locale.ROOT))))
                .filter(s -> s.score <= allowed)
                .sorted(Comparator.comparingInt(Scored::score).thenComparingInt(s -> s.name.length())
                        .thenComparing(Scored::name))
                .limit(limit)
                .map(Scored::name)
                .toList();
    }

    private record Scored(String name, int score) {
    }

    private static int score(String needle, String candidate) {
        if (candidate.startsWith(needle) || candidate.contains(needle)) {
            return candidate.startsWith(needle) ? 0 : 1;
        }
        // words in another order ("journal-article" for "article-journal") count as near
        return Math.min(distance(needle, candidate), distance(sortedWords(needle), sortedWords(candidate)) + 1);
    }

    private static String sortedWords(String s) {
        return String.join("-", java.util.Arrays.stream(s.split("[-_ ]")).sorted().toList());
    }

    /**
     * {@return the Levenshtein distance of two strings: the fewest characters inserted, deleted or
     * replaced to make one the other}
     *
     * @param a a string
     * @param b another string
     */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
