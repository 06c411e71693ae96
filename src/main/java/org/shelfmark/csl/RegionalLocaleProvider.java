package org.shelfmark.csl;

import de.undercouch.citeproc.DefaultLocaleProvider;
import de.undercouch.citeproc.LocaleProvider;
import java.util.Locale;

/**
 * Mends citeproc-java 3.5.2's loss of regional locales.
 *
 * <p>For a regional locale such as {@code en-GB}, {@code CSL}'s constructor first loads the
 * language's primary dialect ({@code en-US}) and then merges the regional file into it, but
 * discards the merged result ({@code LLocale.merge} returns a new object). Terms leak through
 * shared maps; the style options ({@code punctuation-in-quote}) and date formats do not, so
 * en-GB prints {@code ‘Title,’} and {@code November 25, 2026}.
 *
 * <p>The CSL locale files are complete, so the mend is to decline the primary dialect when a
 * regional one is asked for: citeproc-java then loads the regional file on its own, as it
 * should. The constructor treats {@link IllegalArgumentException} from the provider as "no
 * such file" for the primary dialect.
 */
final class RegionalLocaleProvider implements LocaleProvider {

    private final LocaleProvider files = new DefaultLocaleProvider();
    private final String wanted;

    /**
     * Makes a provider for one rendering locale.
     *
     * @param wanted the locale rendering uses, such as {@code en-GB}
     */
    RegionalLocaleProvider(String wanted) {
        this.wanted = wanted;
    }

    @Override
    public String retrieveLocale(String lang) {
        if (!lang.equalsIgnoreCase(wanted) && isPrimaryDialectOfWanted(lang)) {
            throw new IllegalArgumentException("primary dialect " + lang + " declined: " + wanted + " is complete");
        }
        return files.retrieveLocale(lang);
    }

    private boolean isPrimaryDialectOfWanted(String lang) {
        int dash = wanted.indexOf('-');
        String language = (dash < 0 ? wanted : wanted.substring(0, dash)).toLowerCase(Locale.ROOT);
        return lang.toLowerCase(Locale.ROOT).startsWith(language + "-") && hasFile(wanted);
    }

    private static boolean hasFile(String lang) {
        return RegionalLocaleProvider.class.getResource("/locales-" + lang + ".xml") != null;
    }
}
