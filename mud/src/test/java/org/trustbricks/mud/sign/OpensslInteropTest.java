package org.trustbricks.mud.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustbricks.mud.sign.VerificationResult.Status;

/** Signatures interoperate with openssl cms in both directions. */
class OpensslInteropTest {

    private static final byte[] MUD = ("{\"ietf-mud:mud\":{\"mud-version\":1,\"mud-url\":\"https://example.com/t.json\","
            + "\"last-update\":\"2026-01-01T00:00:00Z\",\"is-supported\":true}}\n").getBytes(StandardCharsets.UTF_8);

    private static ManufacturerCredentials creds;

    @TempDir
    Path tmp;

    @BeforeAll
    static void credentials() {
        creds = SignerCertificates.generate("Example Devices", Instant.now().minus(Duration.ofDays(1)), Duration.ofDays(365));
    }

    @Test
    void openssl_verifies_what_we_sign() throws Exception {
        Commands.require("openssl", "version");
        Path content = Files.write(tmp.resolve("t.json"), MUD);
        Path sig = Files.write(tmp.resolve("t.p7s"), MudSigner.sign(MUD, creds.signingKey()));
        Path ca = Files.writeString(tmp.resolve("ca.pem"), creds.caCertificatePem());
        Commands.Result r = Commands.run(List.of("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", sig.toString(),
                "-content", content.toString(), "-CAfile", ca.toString(), "-purpose", "any", "-out", "/dev/null"));
        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(r.output()).contains("Verification successful");
    }

    @Test
    void openssl_rejects_our_signature_over_changed_bytes() throws Exception {
        Commands.require("openssl", "version");
        Path content = Files.write(tmp.resolve("t.json"), (new String(MUD, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8));
        Path sig = Files.write(tmp.resolve("t.p7s"), MudSigner.sign(MUD, creds.signingKey()));
        Path ca = Files.writeString(tmp.resolve("ca.pem"), creds.caCertificatePem());
        Commands.Result r = Commands.run(List.of("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", sig.toString(),
                "-content", content.toString(), "-CAfile", ca.toString(), "-purpose", "any", "-out", "/dev/null"));
        assertThat(r.exit()).isNotZero();
    }

    @Test
    void we_verify_what_openssl_signs_with_our_generated_pem_key() throws Exception {
        Commands.require("openssl", "version");
        Path content = Files.write(tmp.resolve("t.json"), MUD);
        Path key = Files.writeString(tmp.resolve("signer.key"), creds.signerKeyPem());
        Path cert = Files.writeString(tmp.resolve("signer.pem"), creds.signerCertificatePem());
        Path ca = Files.writeString(tmp.resolve("ca.pem"), creds.caCertificatePem());
        Path sig = tmp.resolve("t.p7s");
        Commands.Result r = Commands.run(List.of("openssl", "cms", "-sign", "-signer", cert.toString(), "-inkey", key.toString(),
                "-in", content.toString(), "-binary", "-outform", "DER", "-certfile", ca.toString(), "-out", sig.toString()));
        assertThat(r.exit()).as(r.output()).isZero();
        VerificationResult v = MudVerifier.verify(MUD, Files.readAllBytes(sig), List.of(creds.caCertificate()), null);
        assertThat(v.status()).as(v.message()).isEqualTo(Status.VALID);
        assertThat(v.signerSubject()).contains("Example Devices MUD signer");
    }

    @Test
    void a_key_read_back_from_pem_signs_verifiably() throws Exception {
        SigningKey key = SigningKey.fromPem(creds.signerKeyPem().getBytes(StandardCharsets.US_ASCII), null,
                creds.signerCertificatePem().getBytes(StandardCharsets.US_ASCII), creds.caCertificatePem().getBytes(StandardCharsets.US_ASCII));
        byte[] sig = MudSigner.sign(MUD, key);
        assertThat(MudVerifier.verify(MUD, sig, List.of(creds.caCertificate()), null).status()).isEqualTo(Status.VALID);
    }

    @Test
    void signing_with_a_key_that_does_not_match_the_certificate_is_refused() {
        ManufacturerCredentials other = SignerCertificates.generate("Other", Instant.now(), Duration.ofDays(1));
        SigningKey mismatched = new SigningKey(other.signerKeyPair().getPrivate(), creds.signerCertificate(), List.of(), null);
        assertThatThrownBy(() -> MudSigner.sign(MUD, mismatched)).isInstanceOf(UnableToSignException.class)
                .hasMessageContaining("does not match");
    }

    @Test
    void a_device_certificate_carries_the_mud_url_and_the_mud_signer_name() throws Exception {
        var deviceKey = SignerCertificates.newKeyPair();
        var cert = SignerCertificates.deviceCertificate(creds, deviceKey.getPublic(), "SN-0001", "https://example.com/t.json",
                Instant.now(), Duration.ofDays(3650));
        Commands.require("openssl", "version");
        Path pem = Files.writeString(tmp.resolve("device.pem"), Pem.certificates(List.of(cert)));
        Commands.Result text = Commands.run(List.of("openssl", "x509", "-in", pem.toString(), "-noout", "-text"));
        assertThat(text.output()).contains("1.3.6.1.5.5.7.1.25").contains("https://example.com/t.json")
                .contains("1.3.6.1.5.5.7.1.30").contains("Example Devices MUD signer");
        cert.verify(creds.caCertificate().getPublicKey());
    }

    @Test
    void garbage_is_reported_as_malformed() {
        VerificationResult r = MudVerifier.verify(MUD, "not a signature".getBytes(StandardCharsets.US_ASCII),
                List.of(creds.caCertificate()), null);
        assertThat(r.status()).isEqualTo(Status.MALFORMED);
        assertThat(r.signatureValid()).isFalse();
    }
}
