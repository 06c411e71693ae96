package org.shelfmark.page;

import java.io.IOException;
import java.io.Writer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a page as CommonMark: each entry a heading with an HTML anchor named by its id, so that
 * relations link within the page; text that Markdown would read as markup is escaped.
 */
public final class MarkdownPage {

    private static final Pattern SPECIAL = Pattern.compile("[\\\\`*_\\[\\]<>#|~!&]");

    private MarkdownPage() {
    }

    /**
     * Writes a page.
     *
     * @param page the page, its references in Markdown
     * @param out  where to write
     * @throws IOException if writing fails
     */
    public static void write(Page page, Writer out) throws IOException {
        out.write("# " + text(page.title()) + "\n");
        if (!page.introduction().isEmpty()) {
            out.write("\n" + text(page.introduction()) + "\n");
        }
        for (Page.Section section : page.sections()) {
            if (section.heading() != null) {
                out.write("\n## " + text(section.heading()) + "\n");
            }
            String level = section.heading() == null ? "##" : "###";
            for (Page.Entry entry : section.entries()) {
                entry(entry, level, out);
            }
        }
    }

    private static void entry(Page.Entry e, String level, Writer out) throws IOException {
        out.write("\n<a id=\"" + e.id() + "\"></a>\n\n" + level + " " + text(e.title()) + "\n\n" + text(e.published()) + "\n");
        for (Annotation.Block block : e.blocks()) {
            if (block instanceof Annotation.Paragraph p) {
                out.write("\n" + text(p.text()) + "\n");
            } else if (block instanceof Annotation.Items items) {
                out.write("\n");
                for (String item : items.items()) {
                    out.write("- " + text(item) + "\n");
                }
            }
        }
        if (e.abstractText() != null) {
            out.write("\n**Abstract:** " + text(e.abstractText().replaceAll("\\s*\\R\\s*", " ")) + "\n");
        }
        if (e.reference() != null) {
            out.write("\n**Reference:** " + e.reference() + "\n");
        }
        if (e.link() != null) {
            out.write("\n**Link:** [Open \u201C" + text(e.title()) + "\u201D at " + text(e.link().host()) + "](<"
                    + e.link().url().replace(">", "%3E").replace("<", "%3C") + ">)\n");
        }
        if (e.access() != null) {
            out.write("\n**Access:** " + text(e.access()) + "\n");
        }
        for (Page.RelationLink r : e.relations()) {
            out.write("\n**" + r.label() + ":** [" + text(r.title()) + "](#" + r.id() + ")\n");
        }
        if (!e.themes().isEmpty()) {
            out.write("\n**Themes:** " + text(String.join(", ", e.themes())) + "\n");
        }
    }

    /** {@return text with every character Markdown reads as markup escaped, on one line} */
    static String text(String s) {
        String line = s.replaceAll("\\s*\\R\\s*", " ");
        String escaped = SPECIAL.matcher(line).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
        // a line that starts like a list item or a numbered list stays a paragraph
        return escaped.replaceFirst("^([-+])(\\s)", "\\\\$1$2").replaceFirst("^(\\d+)([.)])(\\s)", "$1\\\\$2$3");
    }
}
