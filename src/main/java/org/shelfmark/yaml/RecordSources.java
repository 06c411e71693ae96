package org.shelfmark.yaml;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.shelfmark.yaml.RecordReader.Parsed;

/**
 * Where each record of a library was read from, by id, worked out when asked: only the curation
 * checks ask, and a large file's records need not each carry a map of their lines until then.
 * Unmodifiable.
 */
final class RecordSources extends AbstractMap<String, RecordSource> {

    private final Map<String, Parsed> records;

    /** @param records the records by id, in order; not copied, and not to be changed after */
    RecordSources(Map<String, Parsed> records) {
        this.records = records;
    }

    @Override
    public RecordSource get(Object id) {
        Parsed p = records.get(id);
        return p == null ? null : p.where();
    }

    @Override
    public boolean containsKey(Object id) {
        return records.containsKey(id);
    }

    @Override
    public int size() {
        return records.size();
    }

    @Override
    public Set<Entry<String, RecordSource>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, RecordSource>> iterator() {
                Iterator<Parsed> it = records.values().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public Entry<String, RecordSource> next() {
                        Parsed p = it.next();
                        return Map.entry(p.reference().id(), p.where());
                    }
                };
            }

            @Override
            public int size() {
                return records.size();
            }
        };
    }
}
