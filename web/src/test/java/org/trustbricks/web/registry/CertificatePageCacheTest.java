package org.trustbricks.web.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustbricks.web.registry.DemoServer.Role.ANONYMOUS;
import static org.trustbricks.web.registry.DemoServer.Role.CB;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.web.testing.TestServer;

/** Cached certificate pages change as soon as the registry does, and signed-in visitors never get the anonymous copy. */
class CertificatePageCacheTest {

    static DemoServer demo;

    @BeforeAll
    static void start() {
        demo = new DemoServer();
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    /** A composite issued by the CB role's body whose parts have no open vulnerability, and one of its parts. */
    private static String[] compositeAndPart() {
        return demo.one("""
                select p.composite_id || ' ' || p.part_id from certificate_part p join certificate c on c.id = p.composite_id
                join certificate part on part.id = p.part_id
                where part.cb_id = (select organisation_id from app_user where email = 'cb@%s') and part.status = 'ACTIVE'
                  and not exists (select 1 from vulnerability v where v.status = 'UNDER_REVIEW'
                                  and (v.certificate_id = c.id or exists (select 1 from vulnerability_impact i
                                       where i.vulnerability_id = v.id and i.certificate_id = c.id)))
                order by 1 limit 1""".formatted(org.trustbricks.registry.demo.DemoData.DOMAIN)).split(" ");
    }

    @Test
    void a_vulnerability_recorded_on_a_part_shows_on_a_composite_page_served_from_the_cache_before() throws Exception {
        String[] ids = compositeAndPart();
        String path = "/registry/certificates/" + ids[0];
        HttpResponse<String> first = demo.page(ANONYMOUS, "GET", path, null);
        assertThat(first.body()).doesNotContain("under vulnerability review");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = TestServer.send(demo.server.request(path).header("If-None-Match", etag).GET().build());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(demo.api(ANONYMOUS, "GET", "/api/registry/certificates/" + ids[0], null).body()).contains("\"underReview\":false");

        HttpResponse<String> recorded = demo.api(CB, "POST", "/api/registry/certificates/" + ids[1] + "/vulnerabilities",
                "{\"severity\": \"HIGH\", \"description\": \"cache check\", \"affectedSfrs\": []}");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);

        HttpResponse<String> stale = TestServer.send(demo.server.request(path).header("If-None-Match", etag).GET().build());
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        assertThat(stale.body()).contains("under vulnerability review").contains(ids[1]);
        assertThat(demo.api(ANONYMOUS, "GET", "/api/registry/certificates/" + ids[0], null).body()).contains("\"underReview\":true");
    }

    @Test
    void a_signed_in_issuer_gets_its_forms_after_an_anonymous_visitor_filled_the_cache() {
        String[] ids = compositeAndPart();
        String path = "/registry/certificates/" + ids[1];
        assertThat(demo.page(ANONYMOUS, "GET", path, null).body()).doesNotContain("Record a vulnerability");
        HttpResponse<String> issuer = demo.page(CB, "GET", path, null);
        assertThat(issuer.body()).contains("Record a vulnerability").contains("name=\"_csrf\"");
        assertThat(issuer.headers().firstValue("ETag")).isEmpty();
    }
}
