package org.trustbricks.registry.cert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.testing.TestDatabase;

/**
 * The SQL search (used for relevance order and until the in-memory index is current) pages over more certificates
 * than the ordered walk reads: dense matches (found while walking in order) and sparse ones (read through the
 * indexes) give the same page as sorting every match, and the total is exact up to the counted pages and a lower
 * bound beyond.
 */
class SearchOrderTest {

    static final int COUNT = 6_000;
    static Database db;

    @BeforeAll
    static void data() {
        db = TestDatabase.fresh();
        db.jdbi().useHandle(h -> {
            h.execute("""
                    insert into certificate (id, source, source_key, product, vendor_name, lab_name, cb_name, level, profiles,
                      sfr_text, issued_on, status)
                    select 'T-' || lpad(k::text, 5, '0'), 'sesip-index', 'k' || k,
                      (array['Smart Lock','Thermostat','Gateway'])[1 + k % 3] || ' ' || (array['Alpha','Nova','Orion','Vega'])[1 + k % 4],
                      'Vendor ' || (k % 50), (array['Lab A','Lab B'])[1 + k % 2], (array['CB One','CB Two'])[1 + k % 2],
                      'SESIP' || (1 + k % 4), case when k % 97 = 0 then array['rare-profile'] else '{}'::text[] end,
                      'Secure Update of Platform', case when k % 11 = 0 then null else date '2020-01-01' + (k % 900) end,
                      case when k % 40 = 0 then 'TERMINATED' else 'ACTIVE' end
                    from generate_series(1, COUNT) k""".replace("COUNT", Integer.toString(COUNT)));
            h.execute("analyze certificate");
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @ParameterizedTest
    @CsvSource({
            "smart lock,,,,newest,1",
            "smart lock,,,,oldest,3",
            "secure update,SESIP3,,,product,2",
            "lock,SESIP1,CB Two,,newest,1",
            ",SESIP4,CB One,,oldest,1",
            "vendor 7,,,,newest,1",
            ",SESIP2,CB One,,newest,1",
            ",,,rare-profile,newest,2",
            "gateway orion,,,rare-profile,oldest,1",
            ",,,,id,40",
            "thermostat,,,,relevance,2",
    })
    void a_page_is_the_same_as_sorting_every_match(String text, String level, String cb, String profile, String sort, int page) {
        SearchQuery q = new SearchQuery(text, level, "", cb, "", profile, null, null, sort, page, 20);
        SearchResult r = CertificateSearch.using(db.jdbi()).searchSql(q);
        List<String> all = reference(q);
        int from = Math.min(all.size(), (page - 1) * 20);
        assertThat(r.items()).extracting(Certificate::id).containsExactlyElementsOf(all.subList(from, Math.min(all.size(), from + 20)));
        long counted = CertificateSearch.counted(page, 20);
        if (all.size() <= counted) {
            assertThat(r.exact()).isTrue();
            assertThat(r.total()).isEqualTo(all.size());
        } else {
            assertThat(r.exact()).isFalse();
            assertThat(r.total()).isEqualTo(counted);
            assertThat(r.pages()).isGreaterThan(page);
        }
    }

    /** Every match sorted in SQL, without limits. */
    private static List<String> reference(SearchQuery q) {
        String tsq = CertificateSearch.tsquery(q.text());
        String order = switch (q.sort()) {
            case "oldest" -> "issued_on asc nulls last, id";
            case "product" -> "lower(product), id";
            case "id" -> "id";
            case "relevance" -> "ts_rank(search, to_tsquery('simple', :tsq)) desc, id";
            default -> "issued_on desc nulls last, id";
        };
        return db.jdbi().withHandle(h -> h.createQuery("""
                        select id from certificate where (:tsq = '' or search @@ to_tsquery('simple', :tsq))
                          and (:level = '' or level = :level) and (:cb = '' or cb_name = :cb)
                          and (:profile = '' or profiles @> array[:profile]::text[]) order by\s""" + order)
                .bind("tsq", tsq).bind("level", q.level()).bind("cb", q.cb()).bind("profile", q.profile())
                .mapTo(String.class).list());
    }
}
