package org.shelfmark.cli;

import org.shelfmark.OutputFormat;
import picocli.CommandLine.Option;

/** The {@code --format} option of the rendering commands. */
final class FormatOption {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;
}
