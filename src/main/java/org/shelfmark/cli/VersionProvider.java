package org.shelfmark.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar's manifest. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = ShelfmarkCommand.class.getPackage().getImplementationVersion();
        return new String[] {"shelfmark " + (v == null ? "(development build)" : v)};
    }
}
