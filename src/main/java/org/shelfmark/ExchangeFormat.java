package org.shelfmark;

import java.util.Arrays;
import java.util.Optional;

/** The files Shelfmark writes for reference managers and LaTeX. */
public enum ExchangeFormat {
    /** Classic BibTeX: {@code year} and {@code month}, LaTeX-encoded letters. */
    BIBTEX("bibtex", ".bib"),
    /** BibLaTeX: ISO dates, UTF-8, BibLaTeX's entry types ({@code @online}, {@code @report}, ...). */
    BIBLATEX("biblatex", ".bib"),
    /** RIS, as Zotero, Mendeley and EndNote import it. */
    RIS("ris", ".ris"),
    /** CSL-JSON, as Zotero, citeproc-js and pandoc read it. */
    CSL_JSON("csl-json", ".json"),
    /** CSL-YAML, as pandoc reads it. */
    CSL_YAML("csl-yaml", ".yaml");

    private final String key;
    private final String extension;

    ExchangeFormat(String key, String extension) {
        this.key = key;
        this.extension = extension;
    }

    /** {@return the name used on the command line, such as {@code csl-json}} */
    public String key() {
        return key;
    }

    /** {@return the usual file name extension, with its dot} */
    public String extension() {
        return extension;
    }

    /**
     * {@return the format with a command-line name, in any case}
     *
     * @param key a name such as {@code ris}
     */
    public static Optional<ExchangeFormat> ofKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equalsIgnoreCase(key)).findFirst();
    }

    @Override
    public String toString() {
        return key;
    }
}
