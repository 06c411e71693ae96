package org.shelfmark.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A reading list's annotation cut into blocks: paragraphs, and runs of bulleted lines. The text is
 * kept word for word; only the blank lines and the bullets ({@code - }, {@code * } or {@code •}) that
 * separate blocks become structure.
 */
final class Annotation {

    /** A block of an annotation. */
    sealed interface Block permits Paragraph, Items {
    }

    /** Lines of running text, joined by spaces. */
    record Paragraph(String text) implements Block {
    }

    /** A bulleted list. */
    record Items(List<String> items) implements Block {
    }

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*\u2022])\\s+");

    private Annotation() {
    }

    static List<Block> blocks(String annotation) {
        List<Block> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (String line : annotation.split("\\R", -1)) {
            String trimmed = line.strip();
            if (BULLET.matcher(line).find()) {
                flushParagraph(paragraph, blocks);
                items.add(BULLET.matcher(line).replaceFirst("").strip());
            } else if (trimmed.isEmpty()) {
                flushParagraph(paragraph, blocks);
                flushItems(items, blocks);
            } else {
                flushItems(items, blocks);
                paragraph.add(trimmed);
            }
        }
        flushParagraph(paragraph, blocks);
        flushItems(items, blocks);
        return blocks;
    }

    private static void flushParagraph(List<String> lines, List<Block> blocks) {
        if (!lines.isEmpty()) {
            blocks.add(new Paragraph(String.join(" ", lines)));
            lines.clear();
        }
    }

    private static void flushItems(List<String> items, List<Block> blocks) {
        if (!items.isEmpty()) {
            blocks.add(new Items(List.copyOf(items)));
            items.clear();
        }
    }
}
