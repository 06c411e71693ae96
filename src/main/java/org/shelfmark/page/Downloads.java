package org.shelfmark.page;

import java.util.List;

/**
 * The files a site offers beside its page.
 *
 * @param whole     the whole list, one file a format
 * @param perRecord the address of one record's file, with {@code {id}} for the record's id, or
 *                  {@code null} when there are none
 * @param perRecordFormat the name of the per-record files' format, such as "RIS"
 */
public record Downloads(List<File> whole, String perRecord, String perRecordFormat) {

    /** None: a page on its own. */
    public static final Downloads NONE = new Downloads(List.of(), null, null);

    /**
     * A file of the whole list.
     *
     * @param path   its address, relative to the page
     * @param format the format's name, such as "RIS"
     * @param usedBy what reads it, such as "EndNote, Zotero, Mendeley"
     */
    public record File(String path, String format, String usedBy) {
    }

    /** Copies the list. */
    public Downloads {
        whole = List.copyOf(whole);
    }

    /** {@return one record's file, relative to the page} */
    public String forRecord(String id) {
        return perRecord.replace("{id}", id);
    }
}
