/**
 * Shelfmark: a curated reading list as bibliographic records, rendered in any CSL style and
 * exported for reference managers. Start with {@link org.shelfmark.Shelfmark}.
 */
package org.shelfmark;
