package org.trustbricks.web.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.attestation.Tps;
import org.trustbricks.attestation.appraisal.Endorsements;
import org.trustbricks.attestation.appraisal.EndorsementsJson;
import org.trustbricks.attestation.device.SimulatedDevice;
import org.trustbricks.mud.Mud;
import org.trustbricks.mud.build.MudRule;
import org.trustbricks.mud.build.MudSpec;
import org.trustbricks.mud.sign.Pem;
import org.trustbricks.registry.attestation.EndorsementStore;
import org.trustbricks.registry.auth.Accounts;
import org.trustbricks.registry.auth.User;
import org.trustbricks.registry.demo.DemoData;
import org.trustbricks.registry.keys.CbKeys;
import org.trustbricks.registry.mud.MudFiles;
import org.trustbricks.registry.mud.MudSigners;
import org.trustbricks.registry.mud.MudVersion;
import org.trustbricks.registry.mud.NewVersion;
import org.trustbricks.registry.mud.SignerRecord;
import org.trustbricks.registry.onboarding.LifecycleWatcher;
import org.trustbricks.registry.vuln.Vulnerabilities;
import org.trustbricks.web.Json;
import org.trustbricks.web.testing.Logins;
import org.trustbricks.web.testing.TestServer;

/**
 * The whole chain over real HTTP: a TPS device attests for a fresh nonce, its platform certificate is resolved in
 * the registry, its signed MUD file hosted by the platform is verified and compiled, and it is admitted; a
 * vulnerability on a part of its platform then moves it to quarantine.
 */
class OnboardingFlowTest {

    static TestServer server;
    static SimulatedDevice device;  // the device of the test running now
    static String lockCertificate;
    static String mcuCertificate;
    static String mudUrl;

    @BeforeAll
    static void setUp() throws Exception {
        server = TestServer.start();
        var jdbi = server.services().database().jdbi();
        DemoData.seedIfFresh(jdbi, CbKeys.using(jdbi, org.trustbricks.registry.keys.KeyEncryptionKeys.of(server.services().database().jdbi())), "demo pass phrase");
        // The demo's open vulnerability is accepted with guidance, so platforms start clean.
        var vulnerabilities = Vulnerabilities.using(jdbi, CbKeys.using(jdbi, org.trustbricks.registry.keys.KeyEncryptionKeys.of(server.services().database().jdbi())));
        for (var v : vulnerabilities.list(100)) {
            if (v.status().equals("UNDER_REVIEW")) {
                vulnerabilities.resolve(user("cb"), v.id(), org.trustbricks.registry.vuln.Resolution.ACCEPTED,
                        "Disable session tickets until the fix", null);
            }
        }
        // A composite platform certificate with no open vulnerability, and one of its parts.
        String[] platform = jdbi.withHandle(h -> h.createQuery("""
                select p.composite_id || ' ' || p.part_id from certificate_part p join certificate c on c.id = p.composite_id
                where c.status = 'ACTIVE' and c.valid_until > current_date
                  and not exists (select 1 from vulnerability v where v.status = 'UNDER_REVIEW'
                                  and (v.certificate_id = c.id or exists (select 1 from vulnerability_impact i
                                       where i.vulnerability_id = v.id and i.certificate_id = c.id)))
                order by p.composite_id limit 1""").mapTo(String.class).one()).split(" ");
        lockCertificate = platform[0];
        mcuCertificate = platform[1];
        mudUrl = server.url().replace("http://", "https://") + "/mud/lockwise/l2-lock.json";
        publishMud(jdbi, user("lockwise"));
    }

    @AfterAll
    static void tearDown() {
        if (device != null) {
            device.close();
        }
        server.close();
    }

    static User user(String login) {
        return Accounts.using(server.services().database().jdbi()).list().stream()
                .filter(u -> u.email().equals(login + "@" + DemoData.DOMAIN)).findFirst().orElseThrow();
    }

    static void publishMud(org.jdbi.v3.core.Jdbi jdbi, User vendor) throws Exception {
        Mud mud = Mud.create();
        var credentials = mud.newManufacturerCredentials("Lockwise", Duration.ofDays(365));
        MudFiles files = MudFiles.using(jdbi);
        var manufacturer = files.createManufacturer(vendor, "lockwise", "Lockwise");
        MudSigners.using(jdbi, org.trustbricks.registry.keys.KeyEncryptionKeys.of(server.services().database().jdbi())).store(manufacturer, SignerRecord.Source.GENERATED,
                Pem.certificates(List.of(credentials.signerCertificate())), Pem.certificates(List.of(credentials.caCertificate())),
                Pem.certificates(List.of(credentials.caCertificate())), credentials.signerKeyPair().getPrivate().getEncoded(),
                credentials.caKeyPair().getPrivate().getEncoded(), null, "test");
        byte[] json = mud.build(MudSpec.builder(mudUrl, "Lockwise", "L2 Smart Door Lock")
                .systemInfo("Lockwise L2 smart door lock").firmwareRev("2.3.1").lastUpdate(Instant.now())
                .rule(MudRule.cloudTcp("cloud.lockwise.example", 443)).build());
        MudVersion v = files.addVersion(manufacturer, "l2-lock", new NewVersion(MudVersion.Origin.UPLOAD, json, null, true, "[]", "[]"), "test");
        files.publish("lockwise", "l2-lock", v.version(), json, mud.sign(json, credentials.signingKey()), 48, "test");
    }

    static JsonNode onboard(String name, String mac, byte[] token, String url) throws Exception {
        String body = Json.mapper().writeValueAsString(java.util.Map.of("name", name, "mac", mac, "address", "192.168.1.77",
                "token", Base64.getEncoder().encodeToString(token), "mudUrl", url));
        var r = TestServer.send(server.request("/api/onboarding/devices").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.mapper().readTree(r.body());
    }

    static byte[] freshToken() throws Exception {
        var r = TestServer.send(server.request("/api/attestation/challenges").POST(HttpRequest.BodyPublishers.noBody()).build());
        byte[] nonce = Base64.getDecoder().decode(Json.mapper().readTree(r.body()).path("nonce").asText());
        return device.attest(nonce);
    }

    /** A new simulated device (its own attestation key and instance id) endorsed on the platform certificate. */
    static void newDevice() throws Exception {
        if (device != null) {
            device.close();
        }
        device = Tps.softwareDevice("2.3.1");
        var jdbi = server.services().database().jdbi();
        byte[] endorsements = EndorsementsJson.write(Endorsements.of("flow-test-" + System.nanoTime(),
                List.of(device.endorsement(lockCertificate))));
        EndorsementStore.using(jdbi, org.trustbricks.registry.keys.KeyEncryptionKeys.of(server.services().database().jdbi())).provision(user("owner"), endorsements);
    }

    static JsonNode onboardWhenEndorsed(String name, String mac) throws Exception {
        newDevice();
        JsonNode result = null;
        for (int i = 0; i < 50; i++) {
            result = onboard(name, mac, freshToken(), mudUrl);
            if (!result.path("decision").asText().equals("REFUSED")) {
                return result;
            }
            Thread.sleep(200);
        }
        return result;
    }

    @Test
    void an_attested_device_on_a_certified_platform_with_a_signed_hosted_mud_file_is_admitted_then_quarantined_by_a_vulnerability()
            throws Exception {
        JsonNode admitted = onboardWhenEndorsed("front door lock", "02:00:00:00:aa:01");
        assertThat(admitted.path("decision").asText()).as(admitted.toString()).isEqualTo("ADMITTED");
        assertThat(admitted.path("device").path("certificateId").asText()).isEqualTo(lockCertificate);
        assertThat(admitted.path("rules").asText()).contains("192.168.1.77").contains("table");
        assertThat(admitted.path("device").has("rules")).as("the rules are given once").isFalse();
        assertThat(admitted.path("device").path("networkPolicy").asText()).isEqualTo("FULL_MUD");
        assertThat(admitted.toString()).contains("MUD_SIGNATURE_VALID").contains("CERTIFICATE_ACTIVE");

        var jdbi = server.services().database().jdbi();
        var recorded = Vulnerabilities.using(jdbi, CbKeys.using(jdbi, org.trustbricks.registry.keys.KeyEncryptionKeys.of(server.services().database().jdbi())))
                .record(user("cb"), mcuCertificate, "CVE-2026-4242", "HIGH", List.of(), "Fault injection on the secure boot ROM");
        assertThat(recorded.composites()).isGreaterThanOrEqualTo(1);
        LifecycleWatcher.using(jdbi, server.services().clock()).tick();

        var device = server.services().database().jdbi().withHandle(h -> h.createQuery(
                "select d.decision || '|' || r.quarantine from device d join device_ruleset r on r.hash = d.rulesets_hash"
                        + " where d.name = 'front door lock' and d.network_policy = 'QUARANTINE'").mapTo(String.class).one());
        assertThat(device).startsWith("RESTRICTED|");
        var history = server.services().database().jdbi().withHandle(h -> h.createQuery(
                "select trigger from device_event e join device d on d.id = e.device_id where d.name = 'front door lock' order by e.id desc limit 1")
                .mapTo(String.class).one());
        assertThat(history).contains("CVE-2026-4242").contains(lockCertificate);

        JsonNode after = onboardWhenEndorsed("back door lock", "02:00:00:00:aa:08");
        assertThat(after.path("decision").asText()).as("the certificate's cached status follows the registry")
                .isEqualTo("RESTRICTED");
        assertThat(after.path("reasons").toString()).contains("CERTIFICATE_UNDER_VULNERABILITY_REVIEW");
    }

    @Test
    void a_replayed_token_is_refused_with_the_nonce_as_the_reason_and_leaves_the_device_admitted() throws Exception {
        onboardWhenEndorsed("replay lock", "02:00:00:00:aa:02");
        byte[] token = freshToken();
        long id = onboard("replay lock", "02:00:00:00:aa:02", token, mudUrl).path("device").path("id").asLong();
        String before = stored(id);
        JsonNode replay = onboard("replay lock", "02:00:00:00:aa:02", token, mudUrl);
        assertThat(replay.path("decision").asText()).isEqualTo("REFUSED");
        assertThat(replay.path("reasons").toString()).containsIgnoringCase("nonce");
        assertThat(replay.path("device").isNull()).isTrue();
        assertThat(stored(id)).isEqualTo(before).startsWith("ADMITTED|FULL_MUD|");
    }

    @Test
    void a_token_with_a_bad_signature_claiming_an_admitted_device_is_refused_and_changes_nothing_of_that_device()
            throws Exception {
        JsonNode admitted = onboardWhenEndorsed("victim lock", "02:00:00:00:aa:06");
        assertThat(admitted.path("decision").asText()).as(admitted.toString()).isEqualTo("ADMITTED");
        long id = admitted.path("device").path("id").asLong();
        String before = stored(id);
        long deliveries = count("select count(*) from webhook_delivery");

        JsonNode forged = onboard("victim lock", "02:00:00:00:aa:06", withBadSignature(freshToken()), mudUrl);
        assertThat(forged.path("decision").asText()).isEqualTo("REFUSED");
        assertThat(forged.path("reasons").toString()).contains("ATTESTATION_REJECTED");
        assertThat(forged.path("attestation").toString()).containsIgnoringCase("signature");
        assertThat(forged.path("device").isNull()).isTrue();

        assertThat(stored(id)).isEqualTo(before).startsWith("ADMITTED|FULL_MUD|");
        assertThat(count("select count(*) from webhook_delivery")).isEqualTo(deliveries);
        var owner = Logins.cookie(server, "owner@" + DemoData.DOMAIN, "demo pass phrase");
        JsonNode page = Json.mapper().readTree(server.get("/api/onboarding/devices/" + id, "Cookie", owner).body());
        assertThat(page.path("device").path("decision").asText()).isEqualTo("ADMITTED");
        assertThat(page.path("history")).hasSize(1);
    }

    @Test
    void a_token_with_a_bad_signature_creates_no_inventory_entry_so_it_cannot_claim_an_instance_id_for_another_mac()
            throws Exception {
        newDevice();
        byte[] forgedToken = withBadSignature(freshToken());
        JsonNode forged = null;
        for (int i = 0; i < 50; i++) {  // until the new endorsement is loaded, the key is unknown rather than the signature bad
            forged = onboard("squatter", "02:00:00:00:ee:07", forgedToken, mudUrl);
            if (forged.path("attestation").toString().contains("signature")) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(forged.path("decision").asText()).isEqualTo("REFUSED");
        assertThat(forged.path("attestation").toString()).containsIgnoringCase("signature");
        assertThat(count("select count(*) from device where name = 'squatter' or mac = '02:00:00:00:ee:07'")).isZero();

        JsonNode real = onboard("real lock", "02:00:00:00:aa:07", freshToken(), mudUrl);
        assertThat(real.path("decision").asText()).as(real.toString()).isEqualTo("ADMITTED");
        assertThat(real.path("device").path("mac").asText()).isEqualTo("02:00:00:00:aa:07");
    }

    /** The token with the last byte of its COSE_Sign1 signature changed. */
    static byte[] withBadSignature(byte[] token) {
        byte[] forged = token.clone();
        forged[forged.length - 1] ^= 0x01;
        return forged;
    }

    /** What the inventory holds for a device: decision, policy, reasons, enforced rules, times and history size. */
    static String stored(long id) {
        return server.services().database().jdbi().withHandle(h -> h.createQuery("""
                select d.decision || '|' || d.network_policy || '|' || d.reasons_hash::text || '|' || d.rulesets_hash::text
                       || '|' || d.updated_at::text || '|' || coalesce(d.last_attested_at::text, '') || '|'
                       || (select count(*) from device_event e where e.device_id = d.id)
                from device d where d.id = :id""").bind("id", id).mapTo(String.class).one());
    }

    static long count(String sql) {
        return server.services().database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    void a_second_device_claiming_an_enrolled_identity_is_refused() throws Exception {
        onboardWhenEndorsed("original lock", "02:00:00:00:aa:03");
        JsonNode clone = onboard("clone lock", "02:00:00:00:bb:03", freshToken(), mudUrl);
        assertThat(clone.path("decision").asText()).isEqualTo("REFUSED");
        assertThat(clone.path("reasons").toString()).contains("IDENTITY_CONFLICT");
    }

    @Test
    void a_mud_url_on_a_private_plain_http_server_is_refused_not_fetched() throws Exception {
        onboardWhenEndorsed("ssrf lock", "02:00:00:00:aa:04");
        JsonNode r = onboard("ssrf lock", "02:00:00:00:aa:04", freshToken(), "http://10.1.2.3/mud/x.json");
        assertThat(r.path("decision").asText()).isEqualTo("REFUSED");
        assertThat(r.path("reasons").toString()).contains("MUD_URL_REFUSED");
    }

    @Test
    void garbage_instead_of_a_token_is_a_refusal_not_a_crash_and_a_missing_token_is_a_400() throws Exception {
        JsonNode r = onboard("junk", "02:00:00:00:aa:05", new byte[] {1, 2, 3, 4}, mudUrl);
        assertThat(r.path("decision").asText()).isEqualTo("REFUSED");
        assertThat(r.path("device").isNull()).isTrue();
        var missing = TestServer.send(server.request("/api/onboarding/devices").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"mudUrl\":\"https://x.example/a.json\"}")).build());
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("/token");
    }

}
