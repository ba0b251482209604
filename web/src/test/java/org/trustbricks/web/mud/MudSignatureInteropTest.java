package org.trustbricks.web.mud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.trustbricks.web.mud.MudClient.api;
import static org.trustbricks.web.mud.MudClient.expect;
import static org.trustbricks.web.mud.MudClient.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.web.testing.TestServer;

/** A file fetched from its MUD URL verifies with {@code openssl cms -verify} against the manufacturer's trust anchor. */
class MudSignatureInteropTest {

    private static TestServer server;
    private static MudClient vendor;

    @BeforeAll
    static void start() {
        server = MudServers.start();
        vendor = MudClient.member(server, "Cyberdyne", OrganisationKind.VENDOR);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void openssl_verifies_the_hosted_file_with_the_generated_signer(@TempDir Path dir) throws Exception {
        vendor.publishThermostat("cyberdyne", "t800");
        assertVerifies(dir, "cyberdyne", "t800");
    }

    @Test
    void openssl_verifies_the_hosted_file_with_an_uploaded_openssl_signer_and_refuses_a_changed_file(@TempDir Path dir) throws Exception {
        assumeTrue(openssl(dir, "version") == 0, "openssl is not installed");
        assertThat(openssl(dir, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "ca.key",
                "-out", "ca.pem", "-days", "30", "-subj", "/O=Tyrell/CN=Tyrell MUD CA", "-addext", "basicConstraints=critical,CA:TRUE",
                "-addext", "keyUsage=critical,keyCertSign")).isZero();
        assertThat(openssl(dir, "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "signer.key",
                "-out", "signer.csr", "-subj", "/O=Tyrell/CN=Tyrell MUD signer")).isZero();
        Files.writeString(dir.resolve("ext.cnf"), "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n");
        assertThat(openssl(dir, "x509", "-req", "-in", "signer.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                "-out", "signer.pem", "-days", "30", "-extfile", "ext.cnf")).isZero();
        expect(vendor.postJson("/api/mud/manufacturers", "{\"name\": \"Tyrell\"}"), 201);
        String body = json(vendor.get("/api/session")).toString().isEmpty() ? "" : """
                {"mode": "upload", "certificatePem": %s, "keyPem": %s, "chainPem": %s}""".formatted(
                quote(Files.readString(dir.resolve("signer.pem"))), quote(Files.readString(dir.resolve("signer.key"))),
                quote(Files.readString(dir.resolve("ca.pem"))));
        expect(vendor.postJson(api("tyrell") + "/signer", body), 201);
        expect(vendor.postJson(api("tyrell") + "/models/nexus/build", MudClient.THERMOSTAT), 201);
        expect(vendor.post(api("tyrell") + "/models/nexus/versions/1/publish", "application/json", new byte[0]), 200);
        assertVerifies(dir, "tyrell", "nexus");
        byte[] changed = (vendor.get("/mud/tyrell/nexus.json").body() + " ").getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("mud.json"), changed);
        assertThat(openssl(dir, "cms", "-verify", "-in", "mud.p7s", "-inform", "DER", "-content", "mud.json", "-binary",
                "-CAfile", "anchor.pem", "-purpose", "any", "-out", "/dev/null")).as("a changed file must not verify").isNotZero();
    }

    @Test
    void an_uploaded_key_that_does_not_match_its_certificate_is_refused() {
        expect(vendor.postJson("/api/mud/manufacturers", "{\"name\": \"Soylent\"}"), 201);
        String gen = vendor.get(api("cyberdyne") + "/signer").body();
        String cert = json(vendor.get(api("cyberdyne") + "/signer")).get("certificatePem").asText();
        var keyPair = org.trustbricks.mud.Mud.create().newManufacturerCredentials("Other", java.time.Duration.ofDays(1));
        String body = "{\"mode\": \"upload\", \"certificatePem\": " + quote(cert) + ", \"keyPem\": " + quote(keyPair.signerKeyPem()) + "}";
        assertThat(gen).doesNotContain("PRIVATE");
        assertThat(vendor.postJson(api("soylent") + "/signer", body).statusCode()).isEqualTo(422);
        assertThat(vendor.get(api("soylent") + "/signer").statusCode()).isEqualTo(404);
    }

    @Test
    void a_device_certificate_from_the_generated_ca_carries_the_mud_url_and_signer_and_openssl_verifies_it(@TempDir Path dir) throws Exception {
        assumeTrue(openssl(dir, "version") == 0, "openssl is not installed");
        String mudUrl = vendor.publishThermostat("skynet", "hk").get("mudUrl").asText();
        assertThat(openssl(dir, "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "device.key")).isZero();
        assertThat(openssl(dir, "pkey", "-in", "device.key", "-pubout", "-out", "device.pub")).isZero();
        String body = "{\"publicKeyPem\": " + quote(Files.readString(dir.resolve("device.pub"))) + ", \"serialNumber\": \"HK-0001\"}";
        String pem = expect(vendor.postJson(api("skynet") + "/models/hk/device-certificate", body), 201).body();
        Files.writeString(dir.resolve("device.pem"), pem);
        Files.writeString(dir.resolve("anchor.pem"), json(vendor.get(api("skynet") + "/signer")).get("trustAnchorPem").asText());
        assertThat(openssl(dir, "verify", "-CAfile", "anchor.pem", "device.pem")).isZero();
        var cert = (java.security.cert.X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                .generateCertificate(new java.io.ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        byte[] mudUrlExtension = cert.getExtensionValue("1.3.6.1.5.5.7.1.25");
        assertThat(new String(mudUrlExtension, StandardCharsets.US_ASCII)).contains(mudUrl);
        assertThat(cert.getExtensionValue("1.3.6.1.5.5.7.1.30")).as("id-pe-mudsigner").isNotNull();
        assertThat(vendor.postJson(api("skynet") + "/models/hk/device-certificate", "{\"publicKeyPem\": \"nonsense\", \"serialNumber\": \"1\"}")
                .statusCode()).isEqualTo(422);
    }

    private static void assertVerifies(Path dir, String manufacturer, String model) throws Exception {
        assumeTrue(openssl(dir, "version") == 0, "openssl is not installed");
        Files.write(dir.resolve("mud.json"), vendor.getBytes("/mud/" + manufacturer + "/" + model + ".json").body());
        Files.write(dir.resolve("mud.p7s"), vendor.getBytes("/mud/" + manufacturer + "/" + model + ".p7s").body());
        Files.writeString(dir.resolve("anchor.pem"), json(vendor.get(api(manufacturer) + "/signer")).get("trustAnchorPem").asText());
        assertThat(openssl(dir, "cms", "-verify", "-in", "mud.p7s", "-inform", "DER", "-content", "mud.json", "-binary",
                "-CAfile", "anchor.pem", "-purpose", "any", "-out", "/dev/null")).isZero();
    }

    private static int openssl(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of("openssl"));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("openssl.log").toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            return -1;
        }
    }

    private static String quote(String s) {
        return org.trustbricks.web.Json.mapper().valueToTree(s).toString();
    }
}
