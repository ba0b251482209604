package org.trustbricks.registry.cert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.trustbricks.registry.access.Fields;

/** Full-text and filtered search over the registry (PostgreSQL tsvector over product, vendor and SFR names). */
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

    /** Pages counted ahead of the current one; beyond that the total is a lower bound ("200+"). */
    static final int PAGES_COUNTED_AHEAD = 10;

    /**
     * One page of results; invalid filters fail with field problems. One statement: the matches up to a few pages past
     * this one, in the requested order (an index walk for the date and product sorts), counted and cut to the page,
     * so no request counts or sorts every match.
     */
    public SearchResult search(SearchQuery q) {
        Where w = where(q);
        String order = order(q, w.tsquery());
        long offset = (long) (q.page() - 1) * q.pageSize();
        long counted = offset + (long) PAGES_COUNTED_AHEAD * q.pageSize();
        return jdbi.withHandle(h -> {
            Query page = h.createQuery("with m as (select c.id from certificate c where " + w.sql() + " order by " + order
                    + " limit :cap) select " + CertificateRows.COLUMNS + ", (select count(*) from m) matched"
                    + CertificateRows.FROM + " join m on m.id = c.id order by " + order + " limit :limit offset :offset");
            w.binder().accept(page);
            long[] matched = {-1};
            List<Certificate> items = page.bind("cap", counted + 1).bind("limit", q.pageSize()).bind("offset", offset)
                    .map((rs, ctx) -> {
                        matched[0] = rs.getLong("matched");
                        return CertificateRows.MAPPER.map(rs, ctx);
                    }).list();
            long total = matched[0];
            if (total < 0) {
                Query count = h.createQuery("select count(*) from (select 1 from certificate c where " + w.sql() + " limit :cap) m");
                w.binder().accept(count);
                total = count.bind("cap", counted + 1).mapTo(Long.class).one();
            }
            boolean exact = total <= counted;
            return new SearchResult(items, Math.min(total, counted), exact, q.page(), q.pageSize());
        });
    }

    /** Every match (up to {@code limit}) in the query's order, streamed to the consumer. */
    public void export(SearchQuery q, int limit, Consumer<Certificate> sink) {
        Where w = where(q);
        jdbi.useHandle(h -> {
            Query all = h.createQuery("select " + CertificateRows.COLUMNS + CertificateRows.FROM + " where " + w.sql()
                    + " order by " + order(q, w.tsquery()) + " limit :limit");
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
            clauses.add("c.search @@ to_tsquery('simple', :tsq)");
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
        return new Where(sql, x -> binds.forEach(b -> b.accept(x)), tsquery);
    }

    private static void add(List<String> clauses, List<Consumer<Query>> binds, String value, String clause, String name) {
        if (!value.isEmpty()) {
            clauses.add(clause);
            binds.add(x -> x.bind(name, value));
        }
    }

    private static String order(SearchQuery q, String tsquery) {
        return switch (q.sort()) {
            case "oldest" -> "c.issued_on asc nulls last, c.id";
            case "product" -> "lower(c.product), c.id";
            case "id" -> "c.id";
            case "relevance" -> tsquery.isEmpty() ? "c.issued_on desc nulls last, c.id"
                    : "ts_rank(c.search, to_tsquery('simple', :tsq)) desc, c.id";
            default -> "c.issued_on desc nulls last, c.id";
        };
    }

    /** Words of the text as a prefix-matching AND query; empty when there are none. */
    static String tsquery(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find() && words.size() < 10) {
            words.add(m.group() + ":*");
        }
        return String.join(" & ", words);
    }

    private record Where(String sql, Consumer<Query> binder, String tsquery) {
    }
}
