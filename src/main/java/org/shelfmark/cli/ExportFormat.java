package org.shelfmark.cli;

import java.util.Arrays;
import java.util.Iterator;
import org.shelfmark.ExchangeFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads the format {@code export --to} writes. */
final class ExportFormat {

    private ExportFormat() {
    }

    /** Reads {@code csl-json} and the like. */
    static final class Converter implements ITypeConverter<ExchangeFormat> {
        @Override
        public ExchangeFormat convert(String value) {
            return ExchangeFormat.ofKey(value).orElseThrow(() -> new TypeConversionException("'" + value
                    + "' is not an export format; use one of " + Arrays.toString(ExchangeFormat.values())));
        }
    }

    /** The keys, for help and completion. */
    static final class Keys implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ExchangeFormat.values()).map(ExchangeFormat::key).iterator();
        }
    }
}
