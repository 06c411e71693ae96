/**
 * Problems found in input: {@link org.shelfmark.diag.Diagnostic} with file, line and column,
 * and the exceptions that carry them. Depends on {@code java.base} only.
 */
package org.shelfmark.diag;
