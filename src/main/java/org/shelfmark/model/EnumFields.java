package org.shelfmark.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An unmodifiable map with enum keys, in the keys' order as an {@link java.util.EnumMap} has them:
 * its keys a bit for each constant's ordinal, its values an array as long as it has entries. A
 * record has a few fields of some thirty; an {@code EnumMap} keeps a slot for every constant, and
 * a large library holds hundreds of thousands of them. The keys' enum has at most 64 constants, as
 * the record's variables, name roles and date roles have.
 *
 * @param <K> the keys
 * @param <V> the values, none {@code null}
 */
final class EnumFields<K extends Enum<K>, V> extends AbstractMap<K, V> {

    private static final EnumFields<?, ?> EMPTY = new EnumFields<>(new Enum<?>[0], 0, new Object[0]);

    // each enum's constants, one array for the maps copied (getEnumConstants makes one a call)
    private static final ClassValue<Enum<?>[]> CONSTANTS = new ClassValue<>() {
        @Override
        protected Enum<?>[] computeValue(Class<?> type) {
            return (Enum<?>[]) type.getEnumConstants();
        }
    };

    // every constant of the keys' enum, in an array the maps of that enum share
    private final Enum<?>[] constants;
    // a bit for each key's ordinal: a key is found by counting the bits below its own (looked up
    // for every field of every record written), and no array of keys is kept beside the values
    private final long keys;
    private final Object[] values;

    private EnumFields(Enum<?>[] constants, long keys, Object[] values) {
        this.constants = constants;
        this.keys = keys;
        this.values = values;
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
        K[] constants = (K[]) CONSTANTS.get(map.keySet().iterator().next().getDeclaringClass());
        Object[] slots = new Object[constants.length];
        map.forEach((key, value) -> slots[key.ordinal()] = Objects.requireNonNull(value));
        return ofSlots(constants, slots, v -> true);
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
        if (constants.length > Long.SIZE) {
            throw new IllegalArgumentException("fields of an enum of more than 64 constants: "
                    + constants[0].getDeclaringClass());
        }
        long keys = 0;
        int n = 0;
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != null && kept.test((V) slots[i])) {
                keys |= 1L << i;
                n++;
            }
        }
        if (n == 0) {
            return (Map<K, V>) EMPTY;
        }
        Object[] values = new Object[n];
        n = 0;
        for (long rest = keys; rest != 0; rest &= rest - 1) {
            values[n++] = slots[Long.numberOfTrailingZeros(rest)];
        }
        return new EnumFields<>(constants, keys, values);
    }

    private int indexOf(Object key) {
        if (key instanceof Enum<?> e && e.ordinal() < constants.length && constants[e.ordinal()] == key) {
            long bit = 1L << e.ordinal();
            return (keys & bit) == 0 ? -1 : Long.bitCount(keys & (bit - 1));
        }
        return -1; // a key of another kind, or of another enum
    }

    // the key of the lowest bit set
    @SuppressWarnings("unchecked")
    private K key(long bits) {
        return (K) constants[Long.numberOfTrailingZeros(bits)];
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
        return values.length;
    }

    @Override
    public boolean isEmpty() {
        return values.length == 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<? super K, ? super V> action) {
        int i = 0;
        for (long rest = keys; rest != 0; rest &= rest - 1) {
            action.accept(key(rest), (V) values[i++]);
        }
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<K, V>> iterator() {
                return new Iterator<>() {
                    private long rest = keys; // the keys not yet given
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return rest != 0;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Entry<K, V> next() {
                        if (rest == 0) {
                            throw new NoSuchElementException();
                        }
                        K key = key(rest);
                        rest &= rest - 1;
                        return Map.entry(key, (V) values[next++]);
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }
}
