package org.trustbricks.registry.cert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An immutable in-memory index of every certificate's searchable facts, as of one value of the certificate counter.
 * Certificates are numbered in id order (ordinals); each sort order is an array of ordinals, each filter value and each
 * text lexeme (taken from PostgreSQL's own {@code search} vector) a sorted posting list of ordinals. A search ANDs the
 * posting lists of its filters as bit sets (a text word ORs the lists of every lexeme it is a prefix of), counts the
 * matches exactly and reads one page in the requested order.
 */
final class SearchIndex {

    /** A day value meaning "no issue date" (excluded by any date bound, as {@code null} is in SQL). */
    static final int NO_DATE = Integer.MIN_VALUE;

    /**
     * The ids of one page and how many certificates match in all.
     *
     * @param ids   the page's certificate ids in the requested order
     * @param total exact number of matches
     */
    record Hits(List<String> ids, long total) {
    }

    /**
     * The orders: ordinals from first to last, and each ordinal's position in that order.
     *
     * @param order    ordinals in this order
     * @param position position of each ordinal
     */
    record Order(int[] order, int[] position) {
    }

    /**
     * Posting lists of one filter.
     *
     * @param values the filter's values to the ordinals that have them, ascending
     */
    record Facet(Map<String, int[]> values) {
        int[] of(String value) {
            return values.get(value);
        }
    }

    private final long version;
    private final String[] ids;
    private final int[] days;
    private final Order newest;
    private final Order oldest;
    private final Order product;
    private final Facet level;
    private final Facet status;
    private final Facet cb;
    private final Facet lab;
    private final Facet profile;
    private final String[] lexemes;
    private final int[][] postings;

    SearchIndex(long version, String[] ids, int[] days, Order newest, Order oldest, Order product, Facet level, Facet status,
                Facet cb, Facet lab, Facet profile, String[] lexemes, int[][] postings) {
        this.version = version;
        this.ids = ids;
        this.days = days;
        this.newest = newest;
        this.oldest = oldest;
        this.product = product;
        this.level = level;
        this.status = status;
        this.cb = cb;
        this.lab = lab;
        this.profile = profile;
        this.lexemes = lexemes;
        this.postings = postings;
    }

    /** The value of the certificate counter this index reflects. */
    long version() {
        return version;
    }

    /** Number of certificates indexed. */
    int size() {
        return ids.length;
    }

    /**
     * The page of a validated query whose text is given as lower-case words (every one must be a prefix of a lexeme);
     * sorts other than oldest, product and id are newest first.
     */
    Hits find(SearchQuery q, List<String> words) {
        long[] bits = null;
        Facet[] facets = {level, status, cb, lab, profile};
        String[] values = {q.level(), q.status(), q.cb(), q.lab(), q.profile()};
        for (int i = 0; i < facets.length; i++) {
            if (!values[i].isEmpty()) {
                int[] posting = facets[i].of(values[i]);
                if (posting == null) {
                    return new Hits(List.of(), 0);
                }
                bits = and(bits, bitsOf(posting, ids.length));
            }
        }
        for (String word : words) {
            long[] any = wordBits(word);
            if (any == null) {
                return new Hits(List.of(), 0);
            }
            bits = and(bits, any);
        }
        int from = q.issuedFrom() == null ? NO_DATE : day(q.issuedFrom());
        int to = q.issuedTo() == null ? Integer.MAX_VALUE : day(q.issuedTo());
        boolean dated = q.issuedFrom() != null || q.issuedTo() != null;
        int[] matched = matches(bits, dated, from, to);
        Order order = switch (q.sort()) {
            case "oldest" -> oldest;
            case "product" -> product;
            case "id" -> null;
            default -> newest;
        };
        long offset = (long) (q.page() - 1) * q.pageSize();
        List<String> page = new ArrayList<>(q.pageSize());
        if (offset < matched.length) {
            int end = (int) Math.min(matched.length, offset + q.pageSize());
            int[] sorted = inOrder(matched, order, end);
            for (int i = (int) offset; i < end; i++) {
                page.add(ids[sorted[i]]);
            }
        }
        return new Hits(page, matched.length);
    }

    /** The matching ordinals, ascending. */
    private int[] matches(long[] bits, boolean dated, int from, int to) {
        int[] out = new int[bits == null ? ids.length : cardinality(bits)];
        int n = 0;
        for (int o = bits == null ? 0 : next(bits, 0); o >= 0 && o < ids.length; o = bits == null ? o + 1 : next(bits, o + 1)) {
            if (!dated || (days[o] != NO_DATE && days[o] >= from && days[o] <= to)) {
                out[n++] = o;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** At least the first {@code end} matches in the order (all of them, sorted, when sparse; else by walking the order). */
    private static int[] inOrder(int[] matched, Order order, int end) {
        if (order == null) {
            return matched;
        }
        int[] position = order.position();
        if ((long) matched.length * 16 < position.length) {
            long[] keyed = new long[matched.length];
            for (int i = 0; i < matched.length; i++) {
                keyed[i] = (long) position[matched[i]] << 32 | matched[i];
            }
            Arrays.sort(keyed);
            int[] out = new int[matched.length];
            for (int i = 0; i < keyed.length; i++) {
                out[i] = (int) keyed[i];
            }
            return out;
        }
        long[] bits = bitsOf(matched, position.length);
        int[] out = new int[end];
        int n = 0;
        for (int i = 0; i < order.order().length && n < end; i++) {
            int o = order.order()[i];
            if ((bits[o >>> 6] & (1L << o)) != 0) {
                out[n++] = o;
            }
        }
        return out;
    }

    /** Every certificate with a lexeme starting with the word, or null when there is none. */
    private long[] wordBits(String word) {
        int lo = Arrays.binarySearch(lexemes, word);
        lo = lo >= 0 ? lo : -lo - 1;
        if (lo >= lexemes.length || !lexemes[lo].startsWith(word)) {
            return null;
        }
        long[] bits = new long[(ids.length + 63) >>> 6];
        for (int i = lo; i < lexemes.length && lexemes[i].startsWith(word); i++) {
            for (int o : postings[i]) {
                bits[o >>> 6] |= 1L << o;
            }
        }
        return bits;
    }

    private static long[] bitsOf(int[] ordinals, int size) {
        long[] bits = new long[(size + 63) >>> 6];
        for (int o : ordinals) {
            bits[o >>> 6] |= 1L << o;
        }
        return bits;
    }

    private static long[] and(long[] a, long[] b) {
        if (a == null) {
            return b;
        }
        for (int i = 0; i < a.length; i++) {
            a[i] &= b[i];
        }
        return a;
    }

    private static int cardinality(long[] bits) {
        int n = 0;
        for (long w : bits) {
            n += Long.bitCount(w);
        }
        return n;
    }

    /** The first set bit at or after {@code from}, or -1. */
    private static int next(long[] bits, int from) {
        int w = from >>> 6;
        if (w >= bits.length) {
            return -1;
        }
        long word = bits[w] & (-1L << from);
        while (true) {
            if (word != 0) {
                return (w << 6) + Long.numberOfTrailingZeros(word);
            }
            if (++w == bits.length) {
                return -1;
            }
            word = bits[w];
        }
    }

    /** A date as the index stores it. */
    static int day(LocalDate date) {
        return date == null ? NO_DATE : (int) date.toEpochDay();
    }
}
