package org.shelfmark.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level command: only subcommands do anything. */
@Command(name = "shelfmark",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT, // -h and -V on every subcommand too
        versionProvider = VersionProvider.class,
        description = {
            "Keeps a curated reading list as bibliographic records and turns it into references"
                    + " in any citation style (Cite Them Right Harvard by default) and files that"
                    + " reference managers import.",
            "Without --library or --input, commands work on the built-in reading list."},
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
