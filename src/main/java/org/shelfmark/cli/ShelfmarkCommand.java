package org.shelfmark.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level command: only subcommands do anything. */
@Command(name = "shelfmark",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Keeps a curated reading list as bibliographic records and turns it into references"
                    + " in any citation style (Cite Them Right Harvard by default) and files that"
                    + " reference managers import.",
            "Without --library or --input, commands work on the built-in reading list."},
        subcommands = {
            ListCommand.class,
            ShowCommand.class,
            ValidateCommand.class,
            CheckCommand.class,
            BibliographyCommand.class,
            CiteCommand.class,
            ReadingListCommand.class,
            SiteCommand.class,
            ExportCommand.class,
            ImportCommand.class,
            StylesCommand.class,
            AutoComplete.GenerateCompletion.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:invalid data or a failure (one line per problem: file:line:column: message)",
            "2:usage error (unknown option, command, style, locale or id)"
        })
final class ShelfmarkCommand implements Runnable {

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of failures.")
    boolean debug;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a command, such as 'bibliography'");
    }
}
