package org.trustbricks.registry.cert;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search index of one database, per JVM: built from one consistent snapshot of the certificates, replaced in the
 * background by a complete rebuild when the certificate counter has moved. Readers never wait for a rebuild.
 */
final class SearchIndexes {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexes.class);
    private static final Map<Jdbi, SearchIndexes> BY_DATABASE = Collections.synchronizedMap(new WeakHashMap<>());

    private static final String ROWS = """
            select id, level, status, cb_name, lab_name, profiles, issued_on - date '1970-01-01' as day,
              tsvector_to_array(search) words,
              (row_number() over (order by issued_on desc nulls last, id))::int - 1 newest,
              (row_number() over (order by issued_on asc nulls last, id))::int - 1 oldest,
              (row_number() over (order by lower(product), id))::int - 1 by_product
            from certificate order by id""";

    private volatile SearchIndex current;
    private final AtomicBoolean building = new AtomicBoolean();
    /** No background rebuild starts before this {@link System#nanoTime()}: a pause as long as the last rebuild. */
    private volatile long quietUntil = System.nanoTime();

    private SearchIndexes() {
    }

    /** The index holder of this database. */
    static SearchIndexes of(Jdbi jdbi) {
        return BY_DATABASE.computeIfAbsent(jdbi, j -> new SearchIndexes());
    }

    /** The latest index built, or null before the first one is ready. */
    SearchIndex current() {
        return current;
    }

    /**
     * Starts a rebuild in a background thread unless one is running or the last one ended less than its own duration
     * ago (while certificates keep changing, rebuilding takes at most half of one core; SQL answers meanwhile).
     */
    void refreshInBackground(Jdbi jdbi) {
        if (System.nanoTime() - quietUntil >= 0 && building.compareAndSet(false, true)) {
            Thread.ofPlatform().daemon().name("registry-search-index").start(() -> {
                long start = System.nanoTime();
                try {
                    rebuild(jdbi);
                } catch (RuntimeException e) {
                    LOG.warn("registry search index not rebuilt; searches use SQL meanwhile", e);
                } finally {
                    long end = System.nanoTime();
                    quietUntil = end + (end - start);
                    building.set(false);
                }
            });
        }
    }

    /** Builds the index from the certificates now and publishes it (unless a newer one was published meanwhile). */
    SearchIndex rebuild(Jdbi jdbi) {
        SearchIndex built = jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> {
            long version = h.createQuery("select certificates from registry_version where id = 1").mapTo(Long.class).one();
            int count = h.createQuery("select count(*) from certificate").mapTo(Integer.class).one();
            Builder b = new Builder(version, count);
            h.createQuery(ROWS).setFetchSize(2_000).scanResultSet((rows, ctx) -> {
                ResultSet rs = rows.get();
                while (rs.next() && b.n < count) {
                    b.add(rs);
                }
                return null;
            });
            return b.build();
        });
        synchronized (this) {
            if (current == null || current.version() < built.version()) {
                current = built;
            }
            return current;
        }
    }

    /** Accumulates rows (in id order) into the arrays of an index. */
    private static final class Builder {
        private final long version;
        private final String[] ids;
        private final int[] days;
        private final int[][] positions;
        private final Map<String, Ints>[] facets;
        private final Map<String, Ints> words = new HashMap<>();
        private int n;

        @SuppressWarnings("unchecked")
        Builder(long version, int count) {
            this.version = version;
            this.ids = new String[count];
            this.days = new int[count];
            this.positions = new int[3][count];
            this.facets = new Map[5];
            for (int i = 0; i < facets.length; i++) {
                facets[i] = new HashMap<>();
            }
        }

        void add(ResultSet rs) throws SQLException {
            ids[n] = rs.getString("id");
            int day = rs.getInt("day");
            days[n] = rs.wasNull() ? SearchIndex.NO_DATE : day;
            positions[0][n] = rs.getInt("newest");
            positions[1][n] = rs.getInt("oldest");
            positions[2][n] = rs.getInt("by_product");
            String[] columns = {"level", "status", "cb_name", "lab_name"};
            for (int i = 0; i < columns.length; i++) {
                facets[i].computeIfAbsent(rs.getString(columns[i]), k -> new Ints()).add(n);
            }
            for (String p : distinct(rs.getArray("profiles"))) {
                facets[4].computeIfAbsent(p, k -> new Ints()).add(n);
            }
            for (String w : distinct(rs.getArray("words"))) {
                words.computeIfAbsent(w, k -> new Ints()).add(n);
            }
            n++;
        }

        SearchIndex build() {
            String[] lexemes = words.keySet().toArray(String[]::new);
            Arrays.sort(lexemes);
            SearchPosting[] postings = new SearchPosting[lexemes.length];
            for (int i = 0; i < lexemes.length; i++) {
                postings[i] = SearchPosting.of(words.get(lexemes[i]).toArray(), n);
            }
            return new SearchIndex(version, Arrays.copyOf(ids, n), Arrays.copyOf(days, n), order(positions[0]),
                    order(positions[1]), order(positions[2]), facet(facets[0]), facet(facets[1]), facet(facets[2]),
                    facet(facets[3]), facet(facets[4]), lexemes, postings);
        }

        private SearchIndex.Order order(int[] position) {
            int[] p = Arrays.copyOf(position, n);
            int[] order = new int[n];
            for (int o = 0; o < n; o++) {
                order[p[o]] = o;
            }
            return new SearchIndex.Order(order, p);
        }

        private SearchIndex.Facet facet(Map<String, Ints> values) {
            Map<String, SearchPosting> out = new HashMap<>();
            values.forEach((k, v) -> out.put(k, SearchPosting.of(v.toArray(), n)));
            return new SearchIndex.Facet(Map.copyOf(out));
        }

        private static String[] distinct(Array array) throws SQLException {
            if (array == null) {
                return new String[0];
            }
            return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).distinct().toArray(String[]::new);
        }
    }

    /** A growable list of ints. */
    private static final class Ints {
        private int[] values = new int[4];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
