/**
 * Rendering with citeproc-java: mapping records to CSL items, finding styles and locales, and
 * the mends this project makes to citeproc-java's output. The only package that imports
 * {@code de.undercouch.citeproc}. Not exported: reach it through {@link org.shelfmark.Shelfmark}.
 */
package org.shelfmark.csl;
