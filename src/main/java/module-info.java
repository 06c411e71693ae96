/**
 * Shelfmark: reading lists as bibliographic records, references in any CSL style.
 */
module org.shelfmark {
    requires citeproc.java;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    requires java.xml;
    requires jbibtex;
    requires static info.picocli;

    exports org.shelfmark;
    exports org.shelfmark.model;
    exports org.shelfmark.diag;

    opens org.shelfmark.cli to info.picocli;
}
