/**
 * Record files and CSL-JSON/CSL-YAML: reading them with positions, under limits, and writing
 * CSL-JSON. The only package that uses Jackson. Not exported: reach it through
 * {@link org.shelfmark.Shelfmark}.
 */
package org.shelfmark.yaml;
