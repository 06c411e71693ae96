/**
 * The {@code shelfmark} command line: thin picocli commands over {@link org.shelfmark.Shelfmark}.
 * The only package that imports picocli. Not exported.
 */
package org.shelfmark.cli;
