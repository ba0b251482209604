package org.trustbricks.registry.cert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.trustbricks.registry.access.Fields;

/** Full-text and filtered search over the registry (word prefixes of PostgreSQL's tsvector of product, vendor and SFR names). */
public final class CertificateSearch {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> SORTS = Set.of("newest", "oldest", "product", "id", "relevance");
    private static final Set<String> STATUSES = Set.of("", "ACTIVE", "EXPIRED", "TERMINATED", "SUPERSEDED");

    private final Jdbi jdbi;

    private CertificateSearch(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Search over the given Jdbi. */
    public static CertificateSearch using(Jdbi jdbi) {
        return new CertificateSearch(jdbi);
    }

    /** Pages counted ahead of the current one; beyond that the total is a lower bound ("50+"). */
    static final int PAGES_COUNTED_AHEAD = 2;
    /** Rows read in the requested order before the matches count as sparse (at least this many). */
    static final int WALK = 1_500;

    /**
     * One page of results; invalid filters fail with field problems. Answered from this instance's in-memory index
     * (exact total) in one statement that reads the page's certificates and checks the certificate counter. SQL answers
     * instead when the order is relevance to a text, before the first index is built, and while a newer one is being
     * built after certificates changed (a background rebuild starts then), so a change shows in the next search.
     */
    public SearchResult search(SearchQuery q) {
        Where w = where(q);
        if (!usesRank(q, w)) {
            SearchIndexes indexes = SearchIndexes.of(jdbi);
            SearchIndex index = indexes.current();
            Optional<SearchResult> found = index == null ? Optional.empty() : fromIndex(index, q);
            if (found.isPresent()) {
                return found.get();
            }
            indexes.refreshInBackground(jdbi);
        }
        return fromSql(q, w);
    }

    /**
     * Builds this instance's in-memory search index now, from the certificates as they are (searches otherwise build it
     * in the background on first use, answering through SQL meanwhile); returns how many certificates it holds.
     */
    public int prepareIndex() {
        return SearchIndexes.of(jdbi).rebuild(jdbi).size();
    }

    /** The search through SQL only (the index is not consulted). */
    SearchResult searchSql(SearchQuery q) {
        return fromSql(q, where(q));
    }

    /** The search through the index, rebuilt first if the certificates changed; SQL for relevance order. */
    SearchResult searchIndexed(SearchQuery q) {
        Where w = where(q);
        if (usesRank(q, w)) {
            return fromSql(q, w);
        }
        SearchIndexes indexes = SearchIndexes.of(jdbi);
        SearchIndex index = indexes.current();
        Optional<SearchResult> found = index == null ? Optional.empty() : fromIndex(index, q);
        return found.orElseGet(() -> fromIndex(indexes.rebuild(jdbi), q).orElseThrow());
    }

    private static boolean usesRank(SearchQuery q, Where w) {
        return q.sort().equals("relevance") && !w.tsquery().isEmpty();
    }

    /**
     * The page from the index with its certificates read in one statement, which also reads the certificate counter:
     * empty when the certificates changed since the index was built.
     */
    private Optional<SearchResult> fromIndex(SearchIndex index, SearchQuery q) {
        SearchIndex.Hits hits = index.find(q, words(q.text()));
        return jdbi.withHandle(h -> {
            long[] version = {-1};
            Map<String, Certificate> rows = new HashMap<>();
            h.createQuery("select v.certificates search_version, x.* from registry_version v left join lateral (select "
                            + CertificateRows.COLUMNS + CertificateRows.FROM + " where c.id = any(:ids) and :fetch) x on true where v.id = 1")
                    .bindArray("ids", String.class, hits.ids()).bind("fetch", !hits.ids().isEmpty())
                    .map((rs, ctx) -> {
                        version[0] = rs.getLong("search_version");
                        if (rs.getString("id") != null) {
                            Certificate c = CertificateRows.MAPPER.map(rs, ctx);
                            rows.put(c.id(), c);
                        }
                        return version[0];
                    }).list();
            if (version[0] != index.version()) {
                return Optional.empty();
            }
            List<Certificate> items = hits.ids().stream().map(rows::get).filter(java.util.Objects::nonNull).toList();
            return Optional.of(new SearchResult(items, hits.total(), true, q.page(), q.pageSize()));
        });
    }

    /**
     * The SQL path, one statement which never counts or sorts every match: it walks the certificates in the requested
     * order (an index) until it has the matches up to a few pages past this one; only when they are sparse (fewer in
     * the first {@link #WALK} rows) does it read every match through the text and filter indexes, which are then few.
     * The total is exact below the counted pages, else a lower bound.
     */
    private SearchResult fromSql(SearchQuery q, Where w) {
        long offset = (long) (q.page() - 1) * q.pageSize();
        long counted = counted(q.page(), q.pageSize());
        long walk = Math.max(WALK, (counted + 1) * 30);
        boolean byRank = q.sort().equals("relevance") && !w.tsquery().isEmpty();
        String keys = "c.id, c.issued_on, lower(c.product) lp, "
                + (byRank ? "ts_rank(c.search, (select to_tsquery('simple', :tsq)))" : "0::real") + " rank";
        String order = keyOrder(q, byRank, "");
        String matches = byRank
                ? "m as (select " + keys + " from certificate c where " + w.indexed() + ")"
                : """
                walk as (select KEYS, (WHERE) ok from certificate c order by ORDER limit :walk),
                a as (select id, issued_on, lp, rank from walk where ok limit :cap),
                b as materialized (select KEYS from certificate c where INDEXED
                    and (select count(*) from a) < :cap and (select count(*) from walk) = :walk),
                m as (select * from a union select * from b)"""
                        .replace("KEYS", keys).replace("INDEXED", w.indexed()).replace("WHERE", w.sql()).replace("ORDER", order(q, "c.", false));
        String sql = "with " + matches + ", top as (select * from m order by " + order + " limit :limit offset :offset) select "
                + CertificateRows.COLUMNS + ", (select count(*) from m) matched from top"
                + " cross join lateral (select * from certificate c0 where c0.id = top.id offset 0) c"
                + " left join scheme s on s.id = c.scheme_id order by " + keyOrder(q, byRank, "top.");
        return jdbi.withHandle(h -> {
            Query page = h.createQuery(sql);
            w.binder().accept(page);
            long[] matched = {-1};
            if (!byRank) {
                page.bind("cap", counted + 1).bind("walk", walk);
            }
            List<Certificate> items = page.bind("limit", q.pageSize()).bind("offset", offset).map((rs, ctx) -> {
                matched[0] = rs.getLong("matched");
                return CertificateRows.MAPPER.map(rs, ctx);
            }).list();
            long total = matched[0];
            if (total < 0) {
                Query count = h.createQuery("select count(*) from (select 1 from certificate c where " + w.indexed() + " limit :cap) m");
                w.binder().accept(count);
                total = count.bind("cap", counted + 1).mapTo(Long.class).one();
            }
            return new SearchResult(items, Math.min(total, counted), total <= counted, q.page(), q.pageSize());
        });
    }

    /** How many matches a search counts at most: this page and the next ones, at least 50 past the previous pages. */
    static long counted(int page, int pageSize) {
        return (long) (page - 1) * pageSize + Math.max((long) PAGES_COUNTED_AHEAD * pageSize, 50);
    }

    /** The order over the sort keys (id, issued_on, lp = lower(product), rank). */
    private static String keyOrder(SearchQuery q, boolean byRank, String alias) {
        return byRank ? alias + "rank desc, " + alias + "id" : order(q, alias, true);
    }

    /** Every match (up to {@code limit}) in the query's order, streamed to the consumer. */
    public void export(SearchQuery q, int limit, Consumer<Certificate> sink) {
        Where w = where(q);
        jdbi.useHandle(h -> {
            Query all = h.createQuery("select " + CertificateRows.COLUMNS + CertificateRows.FROM + " where " + w.indexed()
                    + " order by " + exportOrder(q, w.tsquery()) + " limit :limit");
            w.binder().accept(all);
            all.bind("limit", limit).setFetchSize(500).map(CertificateRows.MAPPER).forEach(sink);
        });
    }

    /** The distinct values of a filter column, for drop-downs. */
    public List<String> values(String column) {
        String col = switch (column) {
            case "level" -> "level";
            case "cb" -> "cb_name";
            case "lab" -> "lab_name";
            default -> throw new IllegalArgumentException("no filter column " + column);
        };
        return jdbi.withHandle(h -> h.createQuery("select distinct " + col + " from certificate where " + col
                + " <> '' order by 1 limit 200").mapTo(String.class).list());
    }

    private static Where where(SearchQuery q) {
        Fields f = Fields.check();
        f.require(q.text().length() <= 200, "q", "the search text is longer than 200 characters");
        f.require(SORTS.contains(q.sort()), "sort", "sort must be one of newest, oldest, product, id, relevance");
        f.require(STATUSES.contains(q.status()), "status", "status must be ACTIVE, EXPIRED, TERMINATED or SUPERSEDED");
        f.require(q.issuedFrom() == null || q.issuedTo() == null || !q.issuedTo().isBefore(q.issuedFrom()),
                "issuedTo", "issuedTo must not be before issuedFrom");
        for (String s : List.of(q.level(), q.cb(), q.lab(), q.profile())) {
            f.require(s.length() <= 200, "filter", "a filter value is longer than 200 characters");
        }
        f.done();
        List<String> clauses = new ArrayList<>();
        List<Consumer<Query>> binds = new ArrayList<>();
        String tsquery = tsquery(q.text());
        if (!tsquery.isEmpty()) {
            clauses.add("c.search @@ (select to_tsquery('simple', :tsq))");
            binds.add(x -> x.bind("tsq", tsquery));
        }
        add(clauses, binds, q.level(), "c.level = :level", "level");
        add(clauses, binds, q.status(), "c.status = :status", "status");
        add(clauses, binds, q.cb(), "c.cb_name = :cb", "cb");
        add(clauses, binds, q.lab(), "c.lab_name = :lab", "lab");
        if (!q.profile().isEmpty()) {
            clauses.add("c.profiles @> array[:profile]::text[]");
            binds.add(x -> x.bind("profile", q.profile()));
        }
        if (q.issuedFrom() != null) {
            clauses.add("c.issued_on >= :from");
            binds.add(x -> x.bind("from", q.issuedFrom()));
        }
        if (q.issuedTo() != null) {
            clauses.add("c.issued_on <= :to");
            binds.add(x -> x.bind("to", q.issuedTo()));
        }
        String sql = clauses.isEmpty() ? "true" : String.join(" and ", clauses);
        List<String> facets = new ArrayList<>();
        facet(facets, "level=", q.level());
        facet(facets, "status=", q.status());
        facet(facets, "cb=", q.cb());
        facet(facets, "lab=", q.lab());
        String indexed = sql;
        if (facets.size() > 1) {
            // a combination of equality filters: one lookup in the facets index (each alone has its own btree index)
            indexed = sql + " and c.facets @> :facets::text[]";
            binds.add(x -> x.bind("facets", facets.toArray(String[]::new)));
        }
        return new Where(sql, indexed, x -> binds.forEach(b -> b.accept(x)), tsquery);
    }

    private static void facet(List<String> facets, String name, String value) {
        if (!value.isEmpty()) {
            facets.add(name + value);
        }
    }

    private static void add(List<String> clauses, List<Consumer<Query>> binds, String value, String clause, String name) {
        if (!value.isEmpty()) {
            clauses.add(clause);
            binds.add(x -> x.bind(name, value));
        }
    }

    /** The order over certificate columns, or over the sort keys when {@code keyed} (lp = lower(product)). */
    private static String order(SearchQuery q, String alias, boolean keyed) {
        return switch (q.sort()) {
            case "oldest" -> alias + "issued_on asc nulls last, " + alias + "id";
            case "product" -> (keyed ? alias + "lp" : "lower(" + alias + "product)") + ", " + alias + "id";
            case "id" -> alias + "id";
            default -> alias + "issued_on desc nulls last, " + alias + "id";
        };
    }

    private static String exportOrder(SearchQuery q, String tsquery) {
        return q.sort().equals("relevance") && !tsquery.isEmpty()
                ? "ts_rank(c.search, to_tsquery('simple', :tsq)) desc, c.id" : order(q, "c.", false);
    }

    /** Words of the text as a prefix-matching AND query; empty when there are none. */
    static String tsquery(String text) {
        return String.join(" & ", words(text).stream().map(w -> w + ":*").toList());
    }

    /** The first ten words (letters and digits) of the text, in lower case. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find() && words.size() < 10) {
            words.add(m.group());
        }
        return words;
    }

    /**
     * The conditions of a search: {@code sql} tests columns (cheap on a row at hand, e.g. in an index-ordered walk),
     * {@code indexed} adds the same filters as one lookup in the facets index, to find rare matches.
     */
    private record Where(String sql, String indexed, Consumer<Query> binder, String tsquery) {
    }
}
