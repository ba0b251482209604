package org.trustbricks.web.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustbricks.web.registry.DemoServer.Role.ANONYMOUS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.cert.CertificateSearch;

/** The search API over HTTP counts every match exactly and shows certificate changes in the next search. */
class RegistrySearchApiTest {

    static DemoServer demo;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        demo = new DemoServer();
        demo.db.jdbi().useHandle(h -> h.execute("""
                insert into certificate (id, source, source_key, product, vendor_name, level, issued_on, status)
                select 'BEACON-' || lpad(k::text, 3, '0'), 'sesip-index', 'beacon-' || k, 'Beacon Relay ' || k, 'Vendor Beacon',
                  'SESIP2', date '2024-01-01' + k, 'ACTIVE'
                from generate_series(1, 130) k"""));
        CertificateSearch.using(demo.db.jdbi()).prepareIndex();
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    static JsonNode search(String query) throws Exception {
        return JSON.readTree(demo.api(ANONYMOUS, "GET", "/api/registry/certificates?" + query, null).body());
    }

    @Test
    void totals_are_exact_on_every_page_however_many_match() throws Exception {
        CertificateSearch.using(demo.db.jdbi()).prepareIndex();   // the other test's changes may have started a rebuild
        JsonNode first = search("q=beacon+relay&pageSize=20");
        assertThat(first.get("total").asInt()).isEqualTo(130);
        assertThat(first.get("exact").asBoolean()).isTrue();
        assertThat(first.get("pages").asInt()).isEqualTo(7);
        assertThat(first.get("items").get(0).get("id").asText()).isEqualTo("BEACON-130");
        JsonNode last = search("q=beacon+relay&pageSize=20&page=7&sort=id");
        assertThat(last.get("items").size()).isEqualTo(10);
        assertThat(last.get("items").get(9).get("id").asText()).isEqualTo("BEACON-130");
        assertThat(demo.page(ANONYMOUS, "GET", "/registry?q=beacon+relay", null).body()).contains("130 certificate(s)");
    }

    @Test
    void a_new_and_a_terminated_certificate_show_in_the_next_search() throws Exception {
        demo.db.jdbi().useHandle(h -> h.execute("""
                insert into certificate (id, source, source_key, product, vendor_name, level, issued_on, status)
                values ('BEACON-LATE', 'sesip-index', 'beacon-late', 'Beacon Lantern', 'Vendor Beacon', 'SESIP2', date '2026-01-01', 'ACTIVE')"""));
        JsonNode found = search("q=beacon+lantern");
        assertThat(found.get("total").asInt()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("id").asText()).isEqualTo("BEACON-LATE");
        demo.db.jdbi().useHandle(h -> h.execute("update certificate set status = 'TERMINATED' where id = 'BEACON-LATE'"));
        assertThat(search("q=beacon+lantern&status=ACTIVE").get("total").asInt()).isZero();
        assertThat(search("q=beacon&status=TERMINATED").get("items").get(0).get("id").asText()).isEqualTo("BEACON-LATE");
    }
}
