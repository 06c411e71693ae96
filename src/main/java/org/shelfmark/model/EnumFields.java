package org.shelfmark.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An unmodifiable map with enum keys, in the keys' order as an {@link java.util.EnumMap} has them,
 * held in two arrays as long as it has entries. A record has a few fields of some thirty; an
 * {@code EnumMap} keeps a slot for every constant, and a large library holds hundreds of thousands
 * of them.
 *
 * @param <K> the keys
 * @param <V> the values, none {@code null}
 */
final class EnumFields<K extends Enum<K>, V> extends AbstractMap<K, V> {

    private static final EnumFields<?, ?> EMPTY = new EnumFields<>(new Enum<?>[0], new Object[0]);

    private final Enum<?>[] keys;
    private final Object[] values;

    // A bit for each key's ordinal, when every ordinal is below 64: a key is found by counting the
    // bits below its own, not by a walk through the keys (looked up for every field of every record
    // written); -1 when some ordinal is not, and the keys are walked
    private final long ordinals;

    private EnumFields(Enum<?>[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
        long bits = 0;
        for (Enum<?> key : keys) {
            bits = key.ordinal() < Long.SIZE && bits != -1 ? bits | 1L << key.ordinal() : -1;
        }
        this.ordinals = bits;
    }

    /** {@return an unmodifiable copy of a map, or the map itself when it is one already} */
    @SuppressWarnings("unchecked")
    static <K extends Enum<K>, V> Map<K, V> copyOf(Map<K, ? extends V> map) {
        if (map instanceof EnumFields) {
            return (Map<K, V>) map;
        }
        if (map.isEmpty()) {
            return (Map<K, V>) EMPTY;
        }
        Enum<?>[] keys = new Enum<?>[map.size()];
        Object[] values = new Object[keys.length];
        int n = 0;
        for (Map.Entry<K, ? extends V> e : map.entrySet()) {
            keys[n] = Objects.requireNonNull(e.getKey());
            values[n++] = Objects.requireNonNull(e.getValue());
        }
        if (!(map instanceof java.util.EnumMap)) {
            sortByOrdinal(keys, values);
        }
        return new EnumFields<>(keys, values);
    }

    /**
     * {@return the values of an array of slots, one for each constant of an enum in its order, as
     * fields: the slots that are {@code null}, or that a value is not kept from, left out}
     *
     * @param constants the enum's constants
     * @param slots     a value or {@code null} for each
     * @param kept      whether a value is kept
     */
    @SuppressWarnings("unchecked")
    static <K extends Enum<K>, V> Map<K, V> ofSlots(K[] constants, Object[] slots, java.util.function.Predicate<V> kept) {
        int n = 0;
        for (Object value : slots) {
            n += value != null && kept.test((V) value) ? 1 : 0;
        }
        if (n == 0) {
            return (Map<K, V>) EMPTY;
        }
        Enum<?>[] keys = new Enum<?>[n];
        Object[] values = new Object[n];
        n = 0;
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != null && kept.test((V) slots[i])) {
                keys[n] = constants[i];
                values[n++] = slots[i];
            }
        }
        return new EnumFields<>(keys, values);
    }

    private static void sortByOrdinal(Enum<?>[] keys, Object[] values) {
        Integer[] order = new Integer[keys.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> keys[i].ordinal()));
        Enum<?>[] k = keys.clone();
        Object[] v = values.clone();
        for (int i = 0; i < order.length; i++) {
            keys[i] = k[order[i]];
            values[i] = v[order[i]];
        }
    }

    private int indexOf(Object key) {
        if (ordinals != -1 && key instanceof Enum<?> e) {
            long bit = e.ordinal() < Long.SIZE ? 1L << e.ordinal() : 0;
            if ((ordinals & bit) == 0) {
                return -1;
            }
            // the key of that ordinal here, which may be of another enum than the one sought
            int i = Long.bitCount(ordinals & (bit - 1));
            return keys[i] == key ? i : -1;
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == key) {
                return i;
            }
        }
        return -1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : (V) values[i];
    }

    @Override
    @SuppressWarnings("unchecked")
    public V getOrDefault(Object key, V otherwise) {
        int i = indexOf(key);
        return i < 0 ? otherwise : (V) values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public boolean isEmpty() {
        return keys.length == 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<? super K, ? super V> action) {
        for (int i = 0; i < keys.length; i++) {
            action.accept((K) keys[i], (V) values[i]);
        }
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<K, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Entry<K, V> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return Map.entry((K) keys[i], (V) values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }
}
