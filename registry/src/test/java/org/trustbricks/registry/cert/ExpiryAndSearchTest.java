package org.trustbricks.registry.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.access.InvalidRequestException;
import org.trustbricks.registry.audit.AuditLog;
import org.trustbricks.registry.testing.Scenario;

class ExpiryAndSearchTest {

    static Scenario s;

    @BeforeAll
    static void data() {
        s = Scenario.fresh();
        for (int i = 0; i < 30; i++) {
            s.issue("Expired widget " + i, List.of(), LocalDate.now().minusYears(4), LocalDate.now().minusDays(1 + i));
        }
        s.issue("Secure Lock Pro", List.of());
        s.issue("Thermostat", List.of());
    }

    @AfterAll
    static void close() {
        s.close();
    }

    @Test
    void two_instances_expiring_at_once_expire_each_certificate_exactly_once() throws Exception {
        ExpiryJob a = ExpiryJob.manual(s.db.jdbi());
        ExpiryJob b = ExpiryJob.manual(s.db.jdbi());
        try (var pool = Executors.newFixedThreadPool(2)) {
            var fa = pool.submit((Callable<Integer>) a::runOnce);
            var fb = pool.submit((Callable<Integer>) b::runOnce);
            assertThat(fa.get() + fb.get()).isEqualTo(30);
        }
        long audited = AuditLog.using(s.db.jdbi()).recent(500).stream().filter(e -> e.action().equals("certificate.expire")).count();
        assertThat(audited).isEqualTo(30);
        assertThat(ExpiryJob.manual(s.db.jdbi()).runOnce()).isZero();
        var search = CertificateSearch.using(s.db.jdbi());
        assertThat(search.search(new SearchQuery("", "", "EXPIRED", "", "", "", null, null, "newest", 1, 10)).total()).isEqualTo(30);
    }

    @Test
    void text_search_matches_word_prefixes_in_product_vendor_and_sfr_names() {
        var search = CertificateSearch.using(s.db.jdbi());
        assertThat(search.search(new SearchQuery("secure lo", "", "", "", "", "", null, null, "newest", 1, 10)).items())
                .extracting(Certificate::product).containsExactly("Secure Lock Pro");
        assertThat(search.search(new SearchQuery("vendor one thermo", "", "", "", "", "", null, null, "newest", 1, 10)).total()).isEqualTo(1);
        assertThat(search.search(new SearchQuery("platform identity", "", "", "", "", "", null, null, "newest", 1, 10)).total()).isEqualTo(32);
    }

    @Test
    void results_are_paged_and_sorted() {
        var search = CertificateSearch.using(s.db.jdbi());
        SearchResult p1 = search.search(new SearchQuery("", "", "", "CB One", "", "", null, null, "product", 1, 10));
        SearchResult p4 = search.search(new SearchQuery("", "", "", "CB One", "", "", null, null, "product", 4, 10));
        assertThat(p1.total()).isEqualTo(32);
        assertThat(p1.pages()).isEqualTo(4);
        assertThat(p1.items()).hasSize(10);
        assertThat(p4.items()).hasSize(2);
        assertThat(p1.items().get(0).product()).isEqualTo("Expired widget 0");
        assertThat(search.search(new SearchQuery("", "SESIP3", "", "", "", "", null, null, "newest", 1, 10)).total()).isZero();
        assertThat(search.search(new SearchQuery("", "", "", "", "", "", LocalDate.now().minusYears(1), null, "oldest", 1, 10)).total()).isEqualTo(2);
    }

    @Test
    void bad_filters_are_refused_by_field() {
        var search = CertificateSearch.using(s.db.jdbi());
        assertThatThrownBy(() -> search.search(new SearchQuery("", "", "ALIVE", "", "", "", null, null, "sideways", 1, 10)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
                        .extracting(InvalidRequestException.FieldProblem::field).containsExactlyInAnyOrder("status", "sort"));
    }

    @Test
    void odd_search_text_never_breaks_the_query() {
        var search = CertificateSearch.using(s.db.jdbi());
        for (String q : List.of("'", "&|!", "a:*", "())", "\\", "🔒 lock")) {
            assertThat(search.search(new SearchQuery(q, "", "", "", "", "", null, null, "relevance", 1, 10))).isNotNull();
        }
    }
}
