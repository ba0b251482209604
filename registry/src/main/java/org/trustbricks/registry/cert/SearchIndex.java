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
    record Facet(Map<String, SearchPosting> values) {
        SearchPosting of(String value) {
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
    private final SearchPosting[] postings;

    SearchIndex(long version, String[] ids, int[] days, Order newest, Order oldest, Order product, Facet level, Facet status,
                Facet cb, Facet lab, Facet profile, String[] lexemes, SearchPosting[] postings) {
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
                SearchPosting posting = facets[i].of(values[i]);
                if (posting == null) {
                    return new Hits(List.of(), 0);
                }
                bits = posting.andInto(bits, ids.length);
            }
        }
        for (String word : words) {
            long[] any = wordBits(word);
            if (any == null) {
                return new Hits(List.of(), 0);
            }
            bits = and(bits, any);
        }
        if (q.issuedFrom() != null || q.issuedTo() != null) {
            bits = dated(bits, q.issuedFrom() == null ? NO_DATE + 1 : day(q.issuedFrom()),
                    q.issuedTo() == null ? Integer.MAX_VALUE : day(q.issuedTo()));
        }
        Order order = switch (q.sort()) {
            case "oldest" -> oldest;
            case "product" -> product;
            case "id" -> null;
            default -> newest;
        };
        int total = bits == null ? ids.length : cardinality(bits);
        long offset = (long) (q.page() - 1) * q.pageSize();
        List<String> page = new ArrayList<>(q.pageSize());
        if (offset < total) {
            int end = (int) Math.min(total, offset + q.pageSize());
            int[] first = (long) total * 16 < ids.length ? sorted(bits, total, order) : walk(bits, order, end);
            for (int i = (int) offset; i < end; i++) {
                page.add(ids[first[i]]);
            }
        }
        return new Hits(page, total);
    }

    /** Keeps the certificates issued between the days (inclusive); undated ones never match. */
    private long[] dated(long[] bits, int from, int to) {
        long[] kept = SearchPosting.words(ids.length);
        for (int o = bits == null ? 0 : next(bits, 0); o >= 0 && o < ids.length; o = bits == null ? o + 1 : next(bits, o + 1)) {
            if (days[o] >= from && days[o] <= to) {
                kept[o >>> 6] |= 1L << o;
            }
        }
        return kept;
    }

    /** Every match (few), sorted in the order. */
    private static int[] sorted(long[] bits, int total, Order order) {
        long[] keyed = new long[total];
        int n = 0;
        for (int o = next(bits, 0); o >= 0; o = next(bits, o + 1)) {
            keyed[n++] = order == null ? o : (long) order.position()[o] << 32 | o;
        }
        Arrays.sort(keyed);
        int[] out = new int[total];
        for (int i = 0; i < total; i++) {
            out[i] = (int) keyed[i];
        }
        return out;
    }

    /** The first {@code end} matches (many), walking the order. */
    private int[] walk(long[] bits, Order order, int end) {
        int[] out = new int[end];
        int n = 0;
        for (int i = 0; i < ids.length && n < end; i++) {
            int o = order == null ? i : order.order()[i];
            if (bits == null || (bits[o >>> 6] & (1L << o)) != 0) {
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
        long[] bits = SearchPosting.words(ids.length);
        for (int i = lo; i < lexemes.length && lexemes[i].startsWith(word); i++) {
            postings[i].orInto(bits);
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

    /** A date as the index stores it (days since 1970, clamped to the range of an int, which PostgreSQL's dates fit). */
    static int day(LocalDate date) {
        return date == null ? NO_DATE : (int) Math.max(NO_DATE + 1, Math.min(Integer.MAX_VALUE, date.toEpochDay()));
    }
}
