package org.shelfmark.cli;

import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The formats {@code export --to} writes. */
enum ExportFormat {
    CSL_JSON("csl-json");

    private final String key;

    ExportFormat(String key) {
        this.key = key;
    }

    @Override
    public String toString() {
        return key;
    }

    /** Reads {@code csl-json} and the like. */
    static final class Converter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            return Arrays.stream(values()).filter(f -> f.key.equalsIgnoreCase(value)).findFirst()
                    .orElseThrow(() -> new TypeConversionException("'" + value + "' is not an export format;"
                            + " use one of " + Arrays.toString(values())));
        }
    }

    /** The keys, for help and completion. */
    static final class Keys implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(ExportFormat::toString).iterator();
        }
    }
}
