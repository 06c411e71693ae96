package org.shelfmark.formats;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.shelfmark.model.DateValue;
import org.shelfmark.model.Name;
import org.shelfmark.model.Organisation;
import org.shelfmark.model.Person;
import org.shelfmark.model.Reference;

/**
 * Citation keys for BibTeX and BibLaTeX: the first author's family name, the year and the first
 * word of the title that is not a small word, in ASCII lower case ({@code evans2022close});
 * {@code nd} for a work without a date, the title's words where there is no author. Keys that
 * would be equal ignoring case get {@code a}, {@code b}, ... in the order given, so the same
 * records always get the same keys.
 */
public final class CitationKeys {

    /** The small words a key's title words skip. */
    static final Set<String> SMALL = Set.of("a", "an", "the", "of", "on", "in", "and", "or", "for", "to",
            "at", "by", "with", "from", "is", "are", "what", "how", "why", "so", "do", "does");
    // a longer word is no small word, and is not looked up among them
    private static final int LONGEST_SMALL = SMALL.stream().mapToInt(String::length).max().orElse(0);

    private CitationKeys() {
    }

    /** {@return a unique key for each reference, by id, in the order given} */
    public static Map<String, String> of(List<Reference> references) {
        return byId(references, ofEach(references));
    }

    /**
     * {@return a unique key for each reference, in the order given: the keys {@link #of} gives}
     * A writer that needs no key by id is spared a map of them.
     */
    public static List<String> ofEach(List<Reference> references) {
        return List.of(keys(references, true));
    }

    /** {@return the keys as {@link #of} gives them, each letter given in turn: what {@code of} is checked against} */
    static Map<String, String> inTurn(List<Reference> references) {
        return byId(references, List.of(keys(references, false)));
    }

    private static Map<String, String> byId(List<Reference> references, List<String> keys) {
        Map<String, String> byId = new LinkedHashMap<>(capacity(references.size()));
        for (int i = 0; i < references.size(); i++) {
            byId.put(references.get(i).id(), keys.get(i));
        }
        return byId;
    }

    // Every key is made of lower-case ASCII letters and digits (base), so keys that differ only in
    // case cannot be made, and the keys are compared as they are.
    private static String[] keys(List<Reference> references, boolean byPlace) {
        int size = references.size();
        String[] bases = new String[size];
        // each record's key alone, on every core; which get a, b, c is worked out after
        IntStream.range(0, size).parallel().forEach(i -> {
            bases[i] = base(references.get(i));
            bases[i].hashCode(); // kept by the string: the count below, on one core, reads no text
        });
        // how many records share each key, and where each record comes among them
        Counts count = new Counts(size);
        int[] place = new int[size];
        for (int i = 0; i < size; i++) {
            place[i] = count.add(bases[i]);
        }
        String[] keys = byPlace ? lettered(bases, count, place) : null;
        return keys != null ? keys : letteredInTurn(bases, count);
    }

    private static int capacity(int size) {
        return size * 4 / 3 + 1; // the maps sized once: a list may be long
    }

    /**
     * How many records share each key: a table of its own, as a {@code HashMap} of counts spent
     * some 500 ns a key of a long export on one core, boxing each count and calling back to add it.
     * Open addressing, at most half full, each key's hash tried first.
     */
    static final class Counts {
        private final String[] keys;
        private final int[] hashes; // each key's, beside it: a key in another slot is told apart without reading it
        private final int[] counts;
        private final int mask;
        private final int shift;

        Counts(int size) {
            int slots = Integer.highestOneBit(Math.max(1, size)) * 4; // more than twice the keys
            keys = new String[slots];
            hashes = new int[slots];
            counts = new int[slots];
            mask = slots - 1;
            shift = Integer.numberOfLeadingZeros(mask);
        }

        /** {@return how many records have the key, one more counted} */
        int add(String key) {
            int slot = slot(key);
            keys[slot] = key;
            hashes[slot] = key.hashCode();
            return ++counts[slot];
        }

        /** {@return how many records have the key} */
        int get(String key) {
            return counts[slot(key)];
        }

        // the key's slot, or the empty one where it would go
        private int slot(String key) {
            int hash = key.hashCode();
            // the hash's high bits, mixed by a multiplication (Fibonacci hashing): keys alike but for
            // their last letters have hashes close together, which a table would keep together
            int slot = (hash * 0x9E3779B9) >>> shift;
            while (counts[slot] > 0 && (hashes[slot] != hash || !keys[slot].equals(key))) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }
    }

    // Works whose keys would read alike get a, b, c, ... in order, a letter already taken being
    // skipped; and a key that another record has already (a letter skipped, or a key that is another
    // with a letter) gets one too.
    private static String[] letteredInTurn(String[] bases, Counts count) {
        String[] keys = new String[bases.length];
        Map<String, Integer> next = new HashMap<>();
        Set<String> taken = new HashSet<>(capacity(bases.length));
        for (int i = 0; i < bases.length; i++) {
            String base = bases[i];
            String key = base;
            while (count.get(base) > 1 && key.equals(base) || taken.contains(key)) {
                key = base + suffix(next.merge(base, 1, Integer::sum));
            }
            taken.add(key);
            keys[i] = key;
        }
        return keys;
    }

    // The same keys made on every core, each record of a shared key lettered by its place among
    // them: what giving the letters in turn gives whenever no key made so reads like another (in
    // turn, no letter is then ever found taken), which is checked; null where one may. A key made
    // so can read like another only where some lettered key reads like a record's key before its
    // letters: two lettered keys alike (smith2020care's 27th, smith2020careaa, and smith2020carea's
    // first) have a shorter key before them whose group has a key lettered with the first of the
    // other's letters (smith2020care's first, smith2020carea). So each lettered key is looked up in
    // the count, on every core, and no set of every key is needed.
    private static String[] lettered(String[] bases, Counts count, int[] place) {
        String[] keys = new String[bases.length];
        boolean clash = IntStream.range(0, bases.length).parallel().map(i -> {
            if (count.get(bases[i]) == 1) {
                keys[i] = bases[i];
                return 0;
            }
            keys[i] = bases[i] + suffix(place[i]);
            return count.get(keys[i]) > 0 ? 1 : 0;
        }).sum() > 0;
        return clash ? null : keys;
    }

    private static String suffix(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = n; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('a' + (i - 1) % 26));
        }
        return s.toString();
    }

    private static String base(Reference r) {
        List<Name> authors = r.authors();
        String title = r.title() == null ? "" : r.title();
        String who = authors.isEmpty() ? "" : ascii(author(authors.get(0)));
        Optional<DateValue> issued = r.issued();
        StringBuilder key = new StringBuilder(32).append(who);
        if (issued.isPresent()) {
            key.append(issued.get().start().year());
        } else {
            key.append("nd");
        }
        firstWords(title, who.isEmpty() ? 2 : 1, key);
        return key.length() == 0 || Character.isDigit(key.charAt(0)) ? "ref" + key : key.toString();
    }

    private static String author(Name name) {
        if (name instanceof Person p) {
            return p.family();
        }
        String org = ((Organisation) name).name();
        // the words a split at white space gives (a leading empty one, no trailing one), in turn:
        // the pattern's split was a fifth of making a key
        int at = 0;
        while (true) {
            int end = at;
            while (end < org.length() && !space(org.charAt(end))) {
                end++;
            }
            String w = org.substring(at, end);
            if (!SMALL.contains(ascii(w))) {
                return w;
            }
            at = end;
            while (at < org.length() && space(org.charAt(at))) {
                at++;
            }
            if (at == org.length()) {
                return org;
            }
        }
    }

    // what \s matches
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /**
     * Appends the first words of a title that are not small words, in lower-case ASCII: the words
     * {@link Words} gives (apostrophes kept), each made {@link #ascii}, the empty and the small
     * ones skipped. A word of ASCII letters, digits and apostrophes is folded as it is read, with
     * no string made of it unless it is short enough to be a small word: the other words are
     * made {@code ascii} as they are.
     *
     * @param title the title
     * @param words how many words to append, at most
     * @param out   where they go
     */
    static void firstWords(String title, int words, StringBuilder out) {
        StringBuilder word = new StringBuilder(16);
        int at = 0;
        for (int found = 0; found < words && at < title.length(); ) {
            int start = wordStart(title, at);
            if (start == title.length()) {
                return;
            }
            word.setLength(0);
            boolean ascii = true;
            for (at = start; at < title.length() && wordCharacter(title.codePointAt(at)); ) {
                int c = title.codePointAt(at);
                if (c >= 0x80) {
                    ascii = false;
                } else if (c != '\'') {
                    word.append(Character.toLowerCase((char) c));
                }
                at += Character.charCount(c);
            }
            CharSequence folded = ascii ? word : ascii(title.substring(start, at));
            if (folded.length() > 0 && (folded.length() > LONGEST_SMALL || !SMALL.contains(folded.toString()))) {
                out.append(folded);
                found++;
            }
        }
    }

    // where the next word starts at or after a place: the title's length if none does
    private static int wordStart(String title, int from) {
        int at = from;
        while (at < title.length() && !wordCharacter(title.codePointAt(at))) {
            at += Character.charCount(title.codePointAt(at));
        }
        return at;
    }

    // a letter, a number or an apostrophe, as Words has them (in ASCII: A to Z, a to z, 0 to 9, ')
    private static boolean wordCharacter(int c) {
        return c < 0x80 ? asciiLetterOrDigit((char) c) || c == '\'' : Character.isLetter(c) || isNumber(c);
    }

    /**
     * {@return the words of a text: its longest runs of letters and digits (Unicode's L and N), and
     * of apostrophes too where asked; what a split on {@code [^\p{L}\p{N}']+} gives, without the
     * empty strings} Written as a loop: a regular expression costs many times more, for every
     * record of an export.
     */
    static List<String> words(String text, boolean apostrophes) {
        List<String> words = new java.util.ArrayList<>();
        Words w = new Words(text, apostrophes);
        for (String word = w.next(); word != null; word = w.next()) {
            words.add(word);
        }
        return words;
    }

    /** The words of a text one at a time, as {@link #words} gives them: most callers need the first few. */
    static final class Words {
        private final String text;
        private final boolean apostrophes;
        private int at;

        Words(String text, boolean apostrophes) {
            this.text = text;
            this.apostrophes = apostrophes;
        }

        /** {@return the next word, or {@code null} after the last} */
        String next() {
            int start = -1;
            while (at < text.length()) {
                int c = text.codePointAt(at);
                boolean word = Character.isLetter(c) || isNumber(c) || apostrophes && c == '\'';
                if (word && start < 0) {
                    start = at;
                } else if (!word && start >= 0) {
                    return text.substring(start, at);
                }
                at += Character.charCount(c);
            }
            return start >= 0 ? text.substring(start) : null;
        }
    }

    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** {@return the text in lower-case ASCII letters and digits only: accents and strokes dropped} */
    static String ascii(String s) {
        if (asciiWord(s)) {
            return s.toLowerCase(Locale.ROOT); // most words need no folding
        }
        String folded = Normalizer.normalize(s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("đ", "d").replace("Đ", "D"), Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (asciiLetterOrDigit(c)) {
                kept.append(c);
            }
        }
        return kept.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean asciiWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!asciiLetterOrDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean asciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
