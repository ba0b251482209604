package org.trustbricks.registry.cert;

/**
 * The certificates (ordinals) having one filter value or lexeme: a sorted array when few, a bit set when more than one
 * in 32 have it (then the bit set is the smaller of the two and is combined a word at a time).
 */
final class SearchPosting {

    private final int[] ordinals;
    private final long[] bits;

    private SearchPosting(int[] ordinals, long[] bits) {
        this.ordinals = ordinals;
        this.bits = bits;
    }

    /** The posting of these ascending ordinals among {@code size} certificates. */
    static SearchPosting of(int[] ordinals, int size) {
        if ((long) ordinals.length * 32 <= size) {
            return new SearchPosting(ordinals, null);
        }
        long[] bits = words(size);
        for (int o : ordinals) {
            bits[o >>> 6] |= 1L << o;
        }
        return new SearchPosting(null, bits);
    }

    /** An empty bit set for {@code size} certificates. */
    static long[] words(int size) {
        return new long[(size + 63) >>> 6];
    }

    /** Adds these certificates to the bit set. */
    void orInto(long[] target) {
        if (bits != null) {
            for (int i = 0; i < bits.length; i++) {
                target[i] |= bits[i];
            }
        } else {
            for (int o : ordinals) {
                target[o >>> 6] |= 1L << o;
            }
        }
    }

    /** Keeps in the bit set only these certificates; a null bit set means all, and a new one is returned then. */
    long[] andInto(long[] target, int size) {
        if (target == null) {
            long[] copy = words(size);
            orInto(copy);
            return copy;
        }
        if (bits != null) {
            for (int i = 0; i < bits.length; i++) {
                target[i] &= bits[i];
            }
            return target;
        }
        long[] kept = words(size);
        for (int o : ordinals) {
            kept[o >>> 6] |= target[o >>> 6] & (1L << o);
        }
        return kept;
    }
}
