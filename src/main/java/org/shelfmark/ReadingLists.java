package org.shelfmark;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shelfmark.model.Library;
import org.shelfmark.model.Reference;
import org.shelfmark.page.Downloads;
import org.shelfmark.page.HtmlPage;
import org.shelfmark.page.MarkdownPage;
import org.shelfmark.page.Page;
import org.shelfmark.page.Site;
import org.shelfmark.page.TextPage;

/** The annotated reading list as a page and as a site: what {@link Shelfmark} hands on. */
final class ReadingLists {

    /** The whole list's downloads: file, format, what reads it, and how it is written. */
    private record Download(String path, String format, String usedBy, ExchangeFormat exchange) {
    }

    private static final List<Download> DOWNLOADS = List.of(
            new Download("downloads/reading-list.ris", "RIS", "EndNote, Zotero, Mendeley, RefWorks", ExchangeFormat.RIS),
            new Download("downloads/reading-list.bib", "BibTeX", "JabRef, BibDesk, LaTeX", ExchangeFormat.BIBTEX),
            new Download("downloads/reading-list-biblatex.bib", "BibLaTeX", "biber, JabRef, Zotero", ExchangeFormat.BIBLATEX),
            new Download("downloads/reading-list.json", "CSL-JSON", "Zotero, pandoc, citeproc-js", ExchangeFormat.CSL_JSON));
    private static final String RECORD_RIS = "downloads/records/{id}.ris";

    private ReadingLists() {
    }

    static void write(Library library, Formatter formatter, PageFormat format, Grouping grouping, Writer out)
            throws IOException {
        Page page = page(library, formatter, format, grouping);
        switch (format) {
            case TEXT -> TextPage.write(page, out);
            case MARKDOWN -> MarkdownPage.write(page, out);
            case HTML -> HtmlPage.write(page, Downloads.NONE, formatter.styleTitle(), out);
        }
    }

    static void site(Library library, Formatter formatter, Path dir) throws IOException {
        Page page = page(library, formatter, PageFormat.HTML, Grouping.NONE);
        Downloads downloads = new Downloads(DOWNLOADS.stream()
                .map(d -> new Downloads.File(d.path(), d.format(), d.usedBy())).toList(), RECORD_RIS, "RIS");
        Map<String, Site.Content> files = new LinkedHashMap<>();
        files.put("index.html", out -> HtmlPage.write(page, downloads, formatter.styleTitle(), out));
        for (Download d : DOWNLOADS) {
            files.put(d.path(), out -> Shelfmark.export(library.references(), d.exchange(), out));
        }
        for (Reference r : library.references()) {
            files.put(downloads.forRecord(Page.anchor(r.id())), out -> Shelfmark.export(List.of(r), ExchangeFormat.RIS, out));
        }
        Site.write(dir, files);
    }

    private static Page page(Library library, Formatter formatter, PageFormat format, Grouping grouping) {
        OutputFormat markup = switch (format) {
            case TEXT -> OutputFormat.TEXT;
            case MARKDOWN -> OutputFormat.MARKDOWN;
            case HTML -> OutputFormat.HTML;
        };
        return Page.of(library, formatter.entries(library, markup), Page.Grouping.valueOf(grouping.name()));
    }
}
