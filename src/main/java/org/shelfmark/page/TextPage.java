package org.shelfmark.page;

import java.io.IOException;
import java.io.Writer;

/** Writes a page as plain text: titles underlined, bullets as {@code •}, one paragraph a line. */
public final class TextPage {

    private TextPage() {
    }

    /**
     * Writes a page.
     *
     * @param page the page, its references in plain text
     * @param out  where to write
     * @throws IOException if writing fails
     */
    public static void write(Page page, Writer out) throws IOException {
        out.write(page.title() + "\n" + underline(page.title(), '=') + "\n");
        if (!page.introduction().isEmpty()) {
            out.write("\n" + page.introduction() + "\n");
        }
        for (Page.Section section : page.sections()) {
            if (section.heading() != null) {
                out.write("\n\n" + section.heading() + "\n" + underline(section.heading(), '=') + "\n");
            }
            for (Page.Entry entry : section.entries()) {
                entry(entry, out);
            }
        }
    }

    private static void entry(Page.Entry e, Writer out) throws IOException {
        out.write("\n" + e.title() + "\n" + underline(e.title(), '-') + "\n" + e.published() + "\n");
        for (Annotation.Block block : e.blocks()) {
            if (block instanceof Annotation.Paragraph p) {
                out.write("\n" + p.text() + "\n");
            } else if (block instanceof Annotation.Items items) {
                out.write("\n");
                for (String item : items.items()) {
                    out.write("  \u2022 " + item + "\n");
                }
            }
        }
        out.write("\n");
        if (e.abstractText() != null) {
            out.write("Abstract: " + e.abstractText().replaceAll("\\s*\\R\\s*", " ") + "\n\n");
        }
        if (e.reference() != null) {
            out.write("Reference: " + e.reference() + "\n");
        }
        if (e.link() != null) {
            out.write("Link: " + e.link().url() + "\n");
        }
        if (e.access() != null) {
            out.write("Access: " + e.access() + "\n");
        }
        for (Page.RelationLink r : e.relations()) {
            out.write(r.label() + ": " + r.title() + "\n");
        }
        if (!e.themes().isEmpty()) {
            out.write("Themes: " + String.join(", ", e.themes()) + "\n");
        }
    }

    private static String underline(String text, char c) {
        return String.valueOf(c).repeat(text.codePointCount(0, text.length()));
    }
}
