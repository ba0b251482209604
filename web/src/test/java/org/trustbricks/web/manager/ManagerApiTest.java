package org.trustbricks.web.manager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustbricks.web.manager.ManagerClient.BULB;
import static org.trustbricks.web.manager.ManagerClient.SITE;
import static org.trustbricks.web.manager.ManagerClient.compileBody;
import static org.trustbricks.web.manager.ManagerClient.json;
import static org.trustbricks.web.manager.ManagerClient.quote;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.web.testing.TestServer;

/** Compile, check-flow and fetch over a real server, with bad input and limits. */
class ManagerApiTest {

    private static TestServer server;
    private static ManagerClient anonymous;
    private static ManagerClient admin;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        anonymous = ManagerClient.anonymous(server);
        admin = ManagerClient.signedIn(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String flowBody(String flow, String hosts) {
        return "{\"mudFiles\": [" + BULB + "], \"site\": " + quote(SITE) + ", \"flow\": " + flow
                + (hosts == null ? "" : ", \"hosts\": " + hosts) + "}";
    }

    @Test
    void compiles_the_example_into_an_nftables_ruleset_with_one_chain_per_device() {
        HttpResponse<String> r = anonymous.postJson("/api/mud-manager/compile", compileBody("nft"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode out = json(r);
        assertThat(out.get("ok").asBoolean()).isTrue();
        assertThat(out.get("format").asText()).isEqualTo("nft");
        assertThat(out.get("ruleset").asText()).contains("table inet trustbricks_mud", "chain forward",
                "from-ipv4-bulb/cloud-https", "ct state");
        assertThat(out.get("rules").size()).isPositive();
        assertThat(out.get("devices").asInt()).isEqualTo(4);
    }

    @Test
    void renders_iptables_and_the_json_rule_list_on_request() {
        JsonNode ipt = json(anonymous.postJson("/api/mud-manager/compile", compileBody("iptables")));
        assertThat(ipt.get("ruleset").asText()).contains("*filter", "COMMIT", "# ip6tables-restore");
        JsonNode js = json(anonymous.postJson("/api/mud-manager/compile", compileBody("json")));
        assertThat(js.get("ruleset").asText()).isEmpty();
        assertThat(js.get("rules").findValuesAsText("ace")).contains("cloud-https", "default-deny");
    }

    @Test
    void binds_dns_names_only_from_the_hosts_table_of_the_request() {
        HttpResponse<String> without = anonymous.postJson("/api/mud-manager/compile", compileBody("nft"));
        HttpResponse<String> with = anonymous.postJson("/api/mud-manager/compile", compileBody("nft")
                .replaceFirst("}$", ", \"hosts\": {\"api.things.example.com\": [\"203.0.113.10\"]}}"));
        assertThat(json(with).get("ruleset").asText()).contains("203.0.113.10");
        assertThat(json(without).get("ruleset").asText()).doesNotContain("203.0.113.10");
    }

    @Test
    void answers_what_if_with_the_deciding_ace() {
        JsonNode allowed = json(anonymous.postJson("/api/mud-manager/check-flow", flowBody(
                "{\"device\": \"kitchen-bulb\", \"peer\": \"api.things.example.com\", \"protocol\": \"tcp\", \"dstPort\": 443, \"initiatedBy\": \"device\"}", null)));
        assertThat(allowed.at("/decision/allowed").asBoolean()).as(allowed.toString()).isTrue();
        assertThat(allowed.at("/decision/ace").asText()).isEqualTo("cloud-https");
        JsonNode denied = json(anonymous.postJson("/api/mud-manager/check-flow", flowBody(
                "{\"device\": \"kitchen-bulb\", \"peer\": \"198.51.100.7\", \"protocol\": \"tcp\", \"dstPort\": 22, \"initiatedBy\": \"device\"}", null)));
        assertThat(denied.at("/decision/allowed").asBoolean()).isFalse();
        assertThat(denied.at("/decision/ace").asText()).isEqualTo("default-deny");
    }

    @Test
    void a_peer_address_from_the_hosts_table_matches_the_named_ace() {
        JsonNode r = json(anonymous.postJson("/api/mud-manager/check-flow", flowBody(
                "{\"device\": \"192.168.1.21\", \"peer\": \"203.0.113.10\", \"protocol\": \"tcp\", \"dstPort\": 443, \"initiatedBy\": \"device\"}",
                "{\"api.things.example.com\": [\"203.0.113.10\"]}")));
        assertThat(r.at("/decision/allowed").asBoolean()).as(r.toString()).isTrue();
        assertThat(r.at("/decision/ace").asText()).isEqualTo("cloud-https");
    }

    @Test
    void malformed_bodies_get_400_problems_naming_the_path() {
        assertProblem(anonymous.postJson("/api/mud-manager/compile", "{not json"), 400, "");
        assertProblem(anonymous.postJson("/api/mud-manager/compile", "{\"site\": \"name: x\"}"), 400, "/mudFiles");
        assertProblem(anonymous.postJson("/api/mud-manager/compile", compileBody("pf")), 400, "/format");
        assertProblem(anonymous.postJson("/api/mud-manager/compile", "{\"mudFiles\": [1], \"site\": \"name: x\"}"), 400, "/mudFiles/0");
        assertProblem(anonymous.postJson("/api/mud-manager/compile", "{\"mudFiles\": [{}], \"site\": \"x\", \"extra\": 1}"), 400, "/extra");
        assertProblem(anonymous.postJson("/api/mud-manager/compile", compileBody("nft")
                .replaceFirst("}$", ", \"hosts\": {\"a.example\": [\"not-an-ip\"]}}")), 400, "/hosts/a.example/0");
        assertProblem(anonymous.postJson("/api/mud-manager/check-flow", flowBody("{\"device\": \"kitchen-bulb\", \"peer\": \"x.example\", \"direction\": \"sideways\"}", null)), 400, "/flow/direction");
        assertProblem(anonymous.postJson("/api/mud-manager/check-flow", flowBody("{\"device\": \"kitchen-bulb\", \"peer\": \"x.example\", \"dstPort\": 70000}", null)), 400, "/flow/dstPort");
        assertProblem(anonymous.postJson("/api/mud-manager/check-flow", flowBody("{\"device\": \"kitchen-bulb\", \"peer\": \"<script>\"}", null)), 400, "/flow/peer");
        assertProblem(anonymous.postJson("/api/mud-manager/check-flow", flowBody("{\"peer\": \"x.example\"}", null)), 400, "/flow/device");
    }

    @Test
    void unreadable_site_or_mud_files_get_422_with_findings() {
        HttpResponse<String> badSite = anonymous.postJson("/api/mud-manager/compile",
                "{\"mudFiles\": [" + BULB + "], \"site\": \"name: [unclosed\"}");
        assertProblem(badSite, 422, null);
        assertThat(json(badSite).get("findings").findValuesAsText("code")).contains("SITE-MALFORMED");
        HttpResponse<String> badMud = anonymous.postJson("/api/mud-manager/check-flow",
                "{\"mudFiles\": [{\"ietf-mud:mud\": 5}], \"site\": " + quote(SITE)
                        + ", \"flow\": {\"device\": \"kitchen-bulb\", \"peer\": \"x.example\"}}");
        assertProblem(badMud, 422, null);
        assertThat(json(badMud).get("findings")).isNotEmpty();
    }

    @Test
    void bodies_over_four_mebibytes_get_413() {
        String huge = "{\"mudFiles\": [{}], \"site\": \"" + "#".repeat(ManagerInputs.MAX_BODY) + "\"}";
        assertProblem(anonymous.postJson("/api/mud-manager/compile", huge), 413, null);
        assertProblem(anonymous.postJson("/api/mud-manager/check-flow", huge), 413, null);
    }

    @Test
    void fetch_is_for_signed_in_people_only() {
        assertProblem(anonymous.postJson("/api/mud-manager/fetch", "{\"url\": \"https://mud.example.com/x.json\"}"), 401, null);
    }

    @Test
    void fetch_refuses_loopback_private_and_plain_http_targets_without_connecting() {
        for (String url : new String[] {"https://127.0.0.1:" + server.server().port() + "/mud/x.json",
                "https://10.0.0.1/mud.json", "http://" + "mud.example.com/mud.json"}) {
            HttpResponse<String> r = admin.postJson("/api/mud-manager/fetch", "{\"url\": " + quote(url) + "}");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode out = json(r);
            assertThat(out.get("ok").asBoolean()).as(url).isFalse();
            assertThat(out.get("verdict").asText()).isEqualTo("not-fetched");
            assertThat(out.get("signature").asText()).isEqualTo("not-checked");
            assertThat(out.get("findings")).as(url).isNotEmpty();
        }
    }

    @Test
    void fetch_without_a_url_is_a_400() {
        assertProblem(admin.postJson("/api/mud-manager/fetch", "{}"), 400, "/url");
        assertProblem(admin.postJson("/api/mud-manager/fetch", "[]"), 400, null);
    }

    static void assertProblem(HttpResponse<String> r, int status, String path) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode p = json(r);
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(r.body()).doesNotContain("Exception", "at org.");
        if (path != null && !path.isEmpty()) {
            assertThat(p.get("errors").findValuesAsText("path")).as(r.body()).contains(path);
        }
    }
}
