package org.trustbricks.cli.attest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustbricks.attestation.Tps;
import org.trustbricks.attestation.appraisal.Endorsements;
import org.trustbricks.attestation.appraisal.EndorsementsJson;
import org.trustbricks.attestation.cose.CoseAlgorithm;
import org.trustbricks.attestation.cose.SoftwareCoseSigner;
import org.trustbricks.attestation.device.SimulatedDevice;
import org.trustbricks.cli.CliRun;

/** {@code trustbricks attest inspect} and {@code attest verify}, run through picocli on tokens from a simulated device. */
class AttestCommandsTest {

    @TempDir
    static Path dir;

    private static final byte[] NONCE = HexFormat.of().parseHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    private static SimulatedDevice device;
    private static String token;
    private static String hexToken;
    private static String key;
    private static String otherKey;
    private static String endorsements;

    @BeforeAll
    static void files() throws Exception {
        device = Tps.softwareDevice("3.1.4");
        byte[] t = device.attest(NONCE);
        token = Files.write(dir.resolve("token.cbor"), t).toString();
        hexToken = Files.writeString(dir.resolve("token.hex"), HexFormat.of().formatHex(t) + "\n").toString();
        key = Files.writeString(dir.resolve("iak.pem"), device.identity().attestationKey().toPem()).toString();
        otherKey = Files.writeString(dir.resolve("other.pem"), SoftwareCoseSigner.generate(CoseAlgorithm.ES256).publicKey().toPem()).toString();
        endorsements = Files.write(dir.resolve("endorsements.json"),
                EndorsementsJson.write(Endorsements.of("cli-test", List.of(device.endorsement(null))))).toString();
    }

    @AfterAll
    static void close() {
        device.close();
    }

    @Test
    void inspect_explains_the_claims_of_a_binary_or_hex_token() {
        for (String file : List.of(token, hexToken)) {
            CliRun r = CliRun.of("attest", "inspect", file);
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("COSE_Sign1, algorithm ES256, profile tag:psacertified.org,2023:psa#tfm, lifecycle secured")
                    .contains("2396 implementation-id = ").contains("does not verify the signature");
        }
    }

    @Test
    void inspect_prints_json_on_request() throws Exception {
        CliRun r = CliRun.of("attest", "inspect", "--json", token);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(r.exitCode()).isZero();
        assertThat(json.path("claims").size()).isEqualTo(10);
        assertThat(json.path("signatureVerified").asBoolean()).isFalse();
    }

    @Test
    void inspect_rejects_a_file_that_is_not_a_token_with_exit_1() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.txt"), "this is not a token!");
        CliRun r = CliRun.of("attest", "inspect", junk.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("neither a CBOR token nor its hex or base64 text");
        Path truncated = Files.write(dir.resolve("truncated.cbor"), java.util.Arrays.copyOf(Files.readAllBytes(Path.of(token)), 40));
        CliRun t = CliRun.of("attest", "inspect", truncated.toString());
        assertThat(t.exitCode()).isEqualTo(1);
        assertThat(t.err()).contains("not a readable token").contains("malformed CBOR");
        assertThat(CliRun.of("attest", "inspect", dir.resolve("missing.cbor").toString()).err()).contains("no such file");
    }

    @Test
    void verify_with_the_devices_key_and_nonce_exits_0() {
        CliRun r = CliRun.of("attest", "verify", token, "--key", key, "--nonce", HexFormat.of().formatHex(NONCE));
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("verdict: ADMITTED").contains("(fresh)").contains("the signature verifies");
    }

    @Test
    void verify_with_another_key_or_another_nonce_exits_1() {
        CliRun wrongKey = CliRun.of("attest", "verify", token, "--key", otherKey);
        assertThat(wrongKey.exitCode()).isEqualTo(1);
        assertThat(wrongKey.out()).contains("verdict: REJECTED").contains("instance-identity 99");
        CliRun wrongNonce = CliRun.of("attest", "verify", token, "--key", key, "--nonce", "ff".repeat(32));
        assertThat(wrongNonce.exitCode()).isEqualTo(1);
        assertThat(wrongNonce.out()).contains("the nonce was not issued by this verifier");
    }

    @Test
    void verify_with_endorsements_appraises_the_firmware_and_prints_json() throws Exception {
        CliRun r = CliRun.of("attest", "verify", token, "--endorsements", endorsements, "--json");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.path("verdict").asText()).isEqualTo("ADMITTED");
        assertThat(json.path("trustVector").path("executables").asInt()).isEqualTo(2);
        assertThat(json.path("endorsementsId").asText()).isEqualTo("cli-test");
    }

    @Test
    void verify_needs_exactly_one_key_source_and_a_well_formed_nonce_or_exits_2() {
        assertThat(CliRun.of("attest", "verify", token).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("attest", "verify", token, "--key", key, "--endorsements", endorsements).exitCode()).isEqualTo(2);
        CliRun badNonce = CliRun.of("attest", "verify", token, "--key", key, "--nonce", "abcd");
        assertThat(badNonce.exitCode()).isEqualTo(2);
        assertThat(badNonce.err()).contains("--nonce must be 32, 48 or 64 bytes");
    }

    @Test
    void verify_reports_an_unreadable_key_or_endorsement_file_with_exit_1() throws Exception {
        Path badPem = Files.writeString(dir.resolve("bad.pem"), "not a key");
        CliRun r = CliRun.of("attest", "verify", token, "--key", badPem.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("PEM");
        Path badJson = Files.writeString(dir.resolve("bad.json"), "{\"profile\": \"x\"}");
        CliRun e = CliRun.of("attest", "verify", token, "--endorsements", badJson.toString());
        assertThat(e.exitCode()).isEqualTo(1);
        assertThat(e.err()).contains("/profile must be");
    }
}
