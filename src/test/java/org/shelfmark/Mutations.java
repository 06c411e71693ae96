package org.shelfmark;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Mutants of a valid file, for fuzzing its readers: bytes flipped, cut, repeated and spliced with
 * the tokens its format cares about. The same random numbers give the same mutants.
 */
public final class Mutations {

    private Mutations() {
    }

    /**
     * {@return a mutant of a file: one to eight edits}
     *
     * @param seed   the valid file
     * @param random where the edits come from
     * @param tokens what may be spliced in
     */
    public static byte[] mutate(byte[] seed, Random random, List<String> tokens) {
        byte[] b = seed.clone();
        int edits = 1 + random.nextInt(8);
        for (int e = 0; e < edits && b.length > 0; e++) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(5)) {
                case 0 -> b[at] = (byte) random.nextInt(256);
                case 1 -> b = splice(b, at, Math.min(b.length, at + 1 + random.nextInt(64)), new byte[0]);
                case 2 -> b = splice(b, at, at, tokens.get(random.nextInt(tokens.size())).getBytes(StandardCharsets.UTF_8));
                case 3 -> b = java.util.Arrays.copyOf(b, at); // truncated
                default -> {
                    int end = Math.min(b.length, at + 1 + random.nextInt(256));
                    byte[] piece = java.util.Arrays.copyOfRange(b, at, end);
                    b = splice(b, end, end, piece); // a run repeated
                }
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        byte[] out = new byte[b.length - (to - from) + insert.length];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(b, to, out, from + insert.length, b.length - to);
        return out;
    }
}
