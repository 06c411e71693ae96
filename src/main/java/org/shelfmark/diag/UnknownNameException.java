package org.shelfmark.diag;

import java.util.List;

/**
 * Thrown when a style, locale or record is asked for by a name that does not exist. Carries the
 * names that come closest, so a user can be told what they may have meant.
 */
public final class UnknownNameException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What kind of thing was named. */
    public enum Kind {
        /** A CSL style. */
        STYLE("style"),
        /** A CSL locale. */
        LOCALE("locale"),
        /** A record id. */
        REFERENCE("reference");

        private final String noun;

        Kind(String noun) {
            this.noun = noun;
        }

        /** {@return the word for it in messages} */
        public String noun() {
            return noun;
        }
    }

    private final Kind kind;
    private final String name;
    private final List<String> suggestions;

    /**
     * Makes the exception.
     *
     * @param kind        what was named
     * @param name        the name given
     * @param suggestions the closest existing names, best first; may be empty
     */
    public UnknownNameException(Kind kind, String name, List<String> suggestions) {
        super(message(kind, name, suggestions));
        this.kind = kind;
        this.name = name;
        this.suggestions = List.copyOf(suggestions);
    }

    /** {@return what was named} */
    public Kind kind() {
        return kind;
    }

    /** {@return the name given} */
    public String name() {
        return name;
    }

    /** {@return the closest existing names, best first} */
    public List<String> suggestions() {
        return suggestions;
    }

    private static String message(Kind kind, String name, List<String> suggestions) {
        String s = "unknown " + kind.noun() + " '" + name + "'";
        return suggestions.isEmpty() ? s : s + "; did you mean: " + String.join(", ", suggestions) + "?";
    }
}
