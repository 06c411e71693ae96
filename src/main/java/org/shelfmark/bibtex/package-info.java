/**
 * BibTeX and BibLaTeX, written and read with jbibtex's model: the only package that uses jbibtex.
 */
package org.shelfmark.bibtex;
