/**
 * The bibliographic model: {@link org.shelfmark.model.Reference} and the values it is made of.
 * Every type here is immutable and depends on {@code java.base} only.
 */
package org.shelfmark.model;
