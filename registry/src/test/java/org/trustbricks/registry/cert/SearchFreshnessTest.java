package org.trustbricks.registry.cert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.auth.Accounts;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.registry.testing.Scenario;
import org.trustbricks.registry.workflow.SubmitRequest;

/** Searches see every certificate change at once, though the index was built before it; unissued work never shows. */
class SearchFreshnessTest {

    Scenario s;
    CertificateSearch search;

    @BeforeEach
    void start() {
        s = Scenario.fresh();
        s.issue("Harbour Gateway", List.of());
        search = CertificateSearch.using(s.db.jdbi());
        search.searchIndexed(query("", ""));
    }

    @AfterEach
    void close() {
        s.close();
    }

    @Test
    void a_certificate_issued_after_the_index_was_built_is_found_by_the_next_search() {
        String id = s.issue("Lantern Sensor", List.of());
        SearchResult next = search.search(query("lantern", ""));
        assertThat(next.items()).extracting(Certificate::id).containsExactly(id);
        assertThat(next.total()).isEqualTo(1);
        assertThat(search.searchIndexed(query("lantern", "")).items()).extracting(Certificate::id).containsExactly(id);
        assertThat(search.search(query("", "")).total()).isEqualTo(2);
    }

    @Test
    void a_terminated_certificate_leaves_the_active_results_at_the_next_search() {
        String id = s.issue("Lantern Sensor", List.of());
        search.searchIndexed(query("", "ACTIVE"));
        Certificates.using(s.db.jdbi()).terminate(s.cb, id, "key compromised");
        assertThat(search.search(query("lantern", "ACTIVE")).items()).isEmpty();
        assertThat(search.search(query("lantern", "TERMINATED")).items()).extracting(Certificate::id).containsExactly(id);
        assertThat(search.searchIndexed(query("lantern", "TERMINATED")).items()).extracting(Certificate::id).containsExactly(id);
    }

    @Test
    void a_submitted_evaluation_is_never_found_before_its_certificate_is_issued() {
        s.evaluations().submit(s.vendor, new SubmitRequest(s.scheme.id(), s.cb.organisationId(), s.lab.organisationId(),
                "Unissued Widget", "1.0", "st.yaml", Scenario.st(), List.of(), "default settings", "keep it patched"));
        assertThat(search.search(query("unissued", "")).total()).isZero();
        assertThat(search.searchIndexed(query("unissued", "")).total()).isZero();
        assertThat(search.searchIndexed(query("", "")).items()).extracting(Certificate::product).containsExactly("Harbour Gateway");
    }

    @Test
    void changes_outside_the_certificates_keep_the_index() {
        SearchIndex before = SearchIndexes.of(s.db.jdbi()).current();
        Accounts.using(s.db.jdbi()).ensureOrganisation("Quiet Harbour Lab", OrganisationKind.LABORATORY);
        search.searchIndexed(query("harbour", ""));
        assertThat(SearchIndexes.of(s.db.jdbi()).current()).isSameAs(before);
        s.issue("Another Gateway", List.of());
        search.searchIndexed(query("harbour", ""));
        assertThat(SearchIndexes.of(s.db.jdbi()).current()).isNotSameAs(before);
    }

    private static SearchQuery query(String text, String status) {
        return new SearchQuery(text, "", status, "", "", "", null, null, "newest", 1, 20);
    }
}
