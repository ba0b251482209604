package org.trustbricks.web.mud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.trustbricks.web.mud.MudClient.api;
import static org.trustbricks.web.mud.MudClient.expect;
import static org.trustbricks.web.mud.MudClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Provider;
import java.security.cert.Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.mud.sign.ManufacturerCredentials;
import org.trustbricks.mud.sign.SignerCertificates;
import org.trustbricks.mud.sign.SigningKey;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.web.testing.TestServer;

/** A manufacturer whose MUD signing key stays in the platform's PKCS#11 token (SoftHSM2, made and removed here). */
class MudPkcs11Test {

    private static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    private static final String PIN = "468024";
    private static String label;
    private static String config;
    private static ManufacturerCredentials ca;
    private static TestServer server;

    @BeforeAll
    static void createTokenAndServer() throws Exception {
        assumeTrue(Files.exists(LIBRARY), "libsofthsm2.so is not installed");
        label = "tb-mud-web-" + UUID.randomUUID().toString().substring(0, 8);
        String out = run("softhsm2-util", "--init-token", "--free", "--label", label, "--pin", PIN, "--so-pin", "975310");
        Matcher slot = Pattern.compile("reassigned to slot (\\d+)").matcher(out);
        assumeTrue(slot.find(), "SoftHSM2 could not create a token: " + out);
        config = "name = " + label.replace('-', '_') + "\nlibrary = " + LIBRARY + "\nslot = " + slot.group(1) + "\n";
        ca = SignerCertificates.generate("Token Lights", Instant.now().minus(Duration.ofDays(1)), Duration.ofDays(30));
        Provider p11 = SigningKey.pkcs11Provider(config);
        KeyStore store = KeyStore.getInstance("PKCS11", p11);
        store.load(null, PIN.toCharArray());
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC", p11);
        g.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair kp = g.generateKeyPair();
        var cert = SignerCertificates.signerCertificate(ca, kp.getPublic(), Instant.now().minus(Duration.ofDays(1)), Duration.ofDays(30));
        store.setKeyEntry("mud-signer", kp.getPrivate(), null, new Certificate[] {cert, ca.caCertificate()});
        System.setProperty("trustbricks.mud.pkcs11.config", config);
        System.setProperty("trustbricks.mud.pkcs11.pin", PIN);
        server = MudServers.start();
    }

    @AfterAll
    static void removeTokenAndServer() throws Exception {
        System.clearProperty("trustbricks.mud.pkcs11.config");
        System.clearProperty("trustbricks.mud.pkcs11.pin");
        if (server != null) {
            server.close();
        }
        if (label != null) {
            run("softhsm2-util", "--delete-token", "--token", label);
        }
    }

    @Test
    void a_file_signed_with_the_token_key_is_published_and_its_signature_verifies() {
        MudClient vendor = MudClient.member(server, "Token Lights", OrganisationKind.VENDOR);
        expect(vendor.postJson("/api/mud/manufacturers", "{\"name\": \"Token Lights\"}"), 201);
        String body = "{\"mode\": \"pkcs11\", \"alias\": \"mud-signer\", \"trustAnchorPem\": "
                + org.trustbricks.web.Json.mapper().valueToTree(ca.caCertificatePem()) + "}";
        JsonNode signer = json(expect(vendor.postJson(api("token-lights") + "/signer", body), 201));
        assertThat(signer.get("source").asText()).isEqualTo("PKCS11");
        assertThat(signer.get("pkcs11Alias").asText()).isEqualTo("mud-signer");
        expect(vendor.postJson(api("token-lights") + "/models/lamp/build", MudClient.THERMOSTAT), 201);
        JsonNode published = json(expect(vendor.post(api("token-lights") + "/models/lamp/versions/1/publish", "application/json", new byte[0]), 200));
        assertThat(published.get("signature").get("status").asText()).isEqualTo("VALID");
        assertThat(vendor.getBytes("/mud/token-lights/lamp.p7s").statusCode()).isEqualTo(200);
    }

    @Test
    void an_alias_that_is_not_in_the_token_is_refused() {
        MudClient vendor = MudClient.member(server, "Token Other", OrganisationKind.VENDOR);
        expect(vendor.postJson("/api/mud/manufacturers", "{\"name\": \"Token Other\"}"), 201);
        var r = vendor.postJson(api("token-other") + "/signer", "{\"mode\": \"pkcs11\", \"alias\": \"absent\"}");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("absent");
    }

    private static String run(String... cmd) throws Exception {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor(60, TimeUnit.SECONDS);
            return out;
        } catch (java.io.IOException e) {
            assumeTrue(false, cmd[0] + " is not installed");
            return "";
        }
    }
}
