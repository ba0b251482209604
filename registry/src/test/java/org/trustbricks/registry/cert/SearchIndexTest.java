package org.trustbricks.registry.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.testing.TestDatabase;

/**
 * The in-memory index answers every search like SQL does: same certificates, same order, same pages, and an exact
 * total, over generated certificates with hyphenated, accented and numbered names, undated entries and every status.
 */
class SearchIndexTest {

    static final int COUNT = 3_000;
    static final List<String> TEXTS = List.of("", "smart", "smart lock", "lo", "gateway-x", "x", "café", "cafe", "2", "12",
            "vendor 7", "secure update", "platform", "orion nova", "zzz", "é", "keystore lyra", "s");
    static final List<String> LEVELS = List.of("", "SESIP1", "SESIP3", "SESIP5");
    static final List<String> STATUSES = List.of("", "ACTIVE", "TERMINATED", "EXPIRED", "SUPERSEDED");
    static final List<String> CBS = List.of("", "CB One", "CB Two", "cb one");
    static final List<String> LABS = List.of("", "Lab A", "Lab B", "Lab Ç");
    static final List<String> PROFILES = List.of("", "rare-profile", "psa-l2", "none");
    static final List<String> SORTS = List.of("newest", "oldest", "product", "id", "relevance");
    static Database db;

    @BeforeAll
    static void data() {
        db = TestDatabase.fresh();
        db.jdbi().useHandle(h -> {
            h.execute("""
                    insert into certificate (id, source, source_key, product, vendor_name, lab_name, cb_name, level, profiles,
                      sfr_text, issued_on, status)
                    select 'T-' || lpad((k * 7919 % 10007)::text, 5, '0'), 'sesip-index', 'k' || k,
                      (array['Smart Lock','Thermostat','Gateway-X','Café Hub','Smart-Lock'])[1 + k % 5] || ' '
                        || (array['Alpha','Nova','Orion','Vega','Lyra'])[1 + k % 4] || ' ' || (k % 300),
                      'Vendor ' || (k % 50), (array['Lab A','Lab B','Lab Ç'])[1 + k % 3], (array['CB One','CB Two'])[1 + k % 2],
                      'SESIP' || (1 + k % 4),
                      case when k % 97 = 0 then array['rare-profile','psa-l2'] when k % 3 = 0 then array['psa-l2'] else '{}'::text[] end,
                      (array['Secure Update of Platform','Cryptographic KeyStore',''])[1 + k % 3],
                      case when k % 11 = 0 then null else date '2020-01-01' + (k % 900) end,
                      (array['ACTIVE','ACTIVE','ACTIVE','TERMINATED','EXPIRED','SUPERSEDED'])[1 + k % 6]
                    from generate_series(1, COUNT) k""".replace("COUNT", Integer.toString(COUNT)));
            h.execute("analyze certificate");
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void every_generated_search_gives_the_page_and_exact_total_of_sorting_every_match_in_sql() {
        CertificateSearch search = CertificateSearch.using(db.jdbi());
        qt().withExamples(400).withFixedSeed(20261121L).forAll(queries()).checkAssert(q -> {
            SearchResult r = search.searchIndexed(q);
            List<String> all = reference(q);
            int from = Math.min(all.size(), (q.page() - 1) * q.pageSize());
            assertThat(r.items()).extracting(Certificate::id)
                    .containsExactlyElementsOf(all.subList(from, Math.min(all.size(), from + q.pageSize())));
            if (!q.sort().equals("relevance") || CertificateSearch.tsquery(q.text()).isEmpty()) {
                assertThat(r.exact()).isTrue();
                assertThat(r.total()).isEqualTo(all.size());
            }
        });
    }

    @Test
    void the_index_and_the_sql_path_give_the_same_result_for_filters_alone_and_dates() {
        CertificateSearch search = CertificateSearch.using(db.jdbi());
        SearchQuery q = new SearchQuery("", "SESIP2", "ACTIVE", "CB Two", "Lab B", "", LocalDate.of(2020, 3, 1),
                LocalDate.of(2021, 6, 30), "oldest", 2, 7);
        SearchResult indexed = search.searchIndexed(q);
        assertThat(indexed.items()).isNotEmpty();
        assertThat(indexed.items()).isEqualTo(search.searchSql(q).items());
        assertThat(indexed.total()).isEqualTo(reference(q).size());
    }

    @Test
    void dates_beyond_the_years_postgresql_stores_bound_nothing_or_everything_dated() {
        CertificateSearch search = CertificateSearch.using(db.jdbi());
        LocalDate far = LocalDate.of(9_000_000, 1, 1);
        assertThat(search.searchIndexed(new SearchQuery("", "", "", "", "", "", far, null, "id", 1, 5)).total()).isZero();
        long dated = reference(new SearchQuery("", "", "", "", "", "", LocalDate.of(1900, 1, 1), null, "id", 1, 5)).size();
        assertThat(dated).isLessThan(COUNT);
        assertThat(search.searchIndexed(new SearchQuery("", "", "", "", "", "", null, far, "id", 1, 5)).total()).isEqualTo(dated);
        assertThat(search.searchIndexed(new SearchQuery("", "", "", "", "", "", far.withYear(-9_000_000), far, "id", 1, 5)).total())
                .isEqualTo(dated);
    }

    private static Gen<SearchQuery> queries() {
        Gen<LocalDate> dates = Generate.pick(java.util.Arrays.asList(null, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 15),
                LocalDate.of(2021, 12, 31), LocalDate.of(2022, 6, 18)));
        return Generate.pick(TEXTS).zip(Generate.pick(LEVELS), Generate.pick(STATUSES), Generate.pick(CBS), (t, l, s, c) -> new String[] {t, l, s, c})
                .zip(Generate.pick(LABS), Generate.pick(PROFILES), dates, dates, (a, lab, p, from, to) -> new SearchQuery(a[0], a[1], a[2], a[3], lab, p,
                        from, to == null || from == null || !to.isBefore(from) ? to : from, "newest", 1, 20))
                .zip(Generate.pick(SORTS), integers().between(1, 6), integers().between(1, 60), (q, sort, page, size) ->
                        new SearchQuery(q.text(), q.level(), q.status(), q.cb(), q.lab(), q.profile(), q.issuedFrom(), q.issuedTo(),
                                sort, page, size));
    }

    /** Every match sorted in SQL, without limits or indexes' help. */
    static List<String> reference(SearchQuery q) {
        String tsq = CertificateSearch.tsquery(q.text());
        String order = switch (q.sort()) {
            case "oldest" -> "issued_on asc nulls last, id";
            case "product" -> "lower(product), id";
            case "id" -> "id";
            case "relevance" -> tsq.isEmpty() ? "issued_on desc nulls last, id" : "ts_rank(search, to_tsquery('simple', :tsq)) desc, id";
            default -> "issued_on desc nulls last, id";
        };
        return db.jdbi().withHandle(h -> h.createQuery("""
                        select id from certificate where (:tsq = '' or search @@ to_tsquery('simple', :tsq))
                          and (:level = '' or level = :level) and (:status = '' or status = :status)
                          and (:cb = '' or cb_name = :cb) and (:lab = '' or lab_name = :lab)
                          and (:profile = '' or profiles @> array[:profile]::text[])
                          and (cast(:from as date) is null or issued_on >= :from) and (cast(:to as date) is null or issued_on <= :to)
                        order by\s""" + order)
                .bind("tsq", tsq).bind("level", q.level()).bind("status", q.status()).bind("cb", q.cb()).bind("lab", q.lab())
                .bind("profile", q.profile()).bind("from", q.issuedFrom()).bind("to", q.issuedTo())
                .mapTo(String.class).list());
    }
}
