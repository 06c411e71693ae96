package org.shelfmark.cli;

import java.util.Arrays;
import java.util.Iterator;
import org.shelfmark.Grouping;
import org.shelfmark.PageFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads the markup and the sections of {@code reading-list}. */
final class PageOptions {

    private PageOptions() {
    }

    /** Reads {@code markdown} and the like. */
    static final class FormatConverter implements ITypeConverter<PageFormat> {
        @Override
        public PageFormat convert(String value) {
            return PageFormat.ofKey(value).orElseThrow(() -> new TypeConversionException("'" + value
                    + "' is not a reading-list format; use one of " + String.join(", ", new FormatKeys())));
        }
    }

    /** The format keys, for help and completion. */
    static final class FormatKeys implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(PageFormat.values()).map(PageFormat::key).iterator();
        }
    }

    /** Reads {@code theme} and the like. */
    static final class GroupingConverter implements ITypeConverter<Grouping> {
        @Override
        public Grouping convert(String value) {
            return Grouping.ofKey(value).filter(g -> g != Grouping.NONE).orElseThrow(() -> new TypeConversionException("'"
                    + value + "' is not a grouping; use one of " + String.join(", ", new GroupingKeys())));
        }
    }

    /** The grouping keys, for help and completion. */
    static final class GroupingKeys implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Grouping.values()).filter(g -> g != Grouping.NONE).map(Grouping::key).iterator();
        }
    }
}
