package org.trustbricks.mud.sign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustbricks.common.testing.SharedCorpus;
import org.trustbricks.mud.sign.VerificationResult.Status;

/** The Cisco Luminaire test vector: a valid signature whose CA certificate expired in 2019. */
class LuminaireSignatureTest {

    private static Path dir() {
        return SharedCorpus.require("corpus/mud/valid/cisco-Luminaire_150.p7s").getParent();
    }

    @Test
    void is_reported_as_signature_valid_signer_certificate_expired_today() throws Exception {
        Path d = dir();
        VerificationResult r = MudVerifier.verify(Files.readAllBytes(d.resolve("cisco-Luminaire_150.json")),
                Files.readAllBytes(d.resolve("cisco-Luminaire_150.p7s")),
                Pem.certificates(Files.readAllBytes(d.resolve("cisco-luminaire-cacert.pem"))), null);
        assertThat(r.status()).isEqualTo(Status.SIGNATURE_VALID_CERTIFICATE_EXPIRED);
        assertThat(r.signatureValid()).isTrue();
        assertThat(r.message()).startsWith("signature valid, signer certificate expired");
        assertThat(r.details()).anySatisfy(p -> assertThat(p).contains("expired on 2019-07-12"));
        assertThat(r.signerSubject()).contains("luminaire.example.com");
        assertThat(r.signingTime()).isEqualTo(Instant.parse("2018-09-17T22:20:06Z"));
        assertThat(r.validAt()).isEqualTo(r.signingTime());
    }

    @Test
    void verifies_at_its_signing_time() throws Exception {
        Path d = dir();
        VerificationResult r = MudVerifier.verify(Files.readAllBytes(d.resolve("cisco-Luminaire_150.json")),
                Files.readAllBytes(d.resolve("cisco-Luminaire_150.p7s")),
                Pem.certificates(Files.readAllBytes(d.resolve("cisco-luminaire-cacert.pem"))), Instant.parse("2018-09-17T22:20:06Z"));
        assertThat(r.status()).isEqualTo(Status.VALID);
        assertThat(r.valid()).isTrue();
    }

    @Test
    void at_its_last_update_time_the_certificates_were_not_yet_issued() throws Exception {
        Path d = dir();
        byte[] json = Files.readAllBytes(d.resolve("cisco-Luminaire_150.json"));
        String lastUpdate = new ObjectMapper().readTree(json).path("ietf-mud:mud").path("last-update").asText();
        Instant at = OffsetDateTime.parse(lastUpdate).toInstant();
        VerificationResult r = MudVerifier.verify(json, Files.readAllBytes(d.resolve("cisco-Luminaire_150.p7s")),
                Pem.certificates(Files.readAllBytes(d.resolve("cisco-luminaire-cacert.pem"))), at);
        assertThat(lastUpdate).isEqualTo("2018-06-29T19:50:19+02:00");
        assertThat(r.status()).isEqualTo(Status.SIGNATURE_VALID_CERTIFICATE_NOT_YET_VALID);
        assertThat(r.validAt()).isEqualTo(Instant.parse("2018-09-17T22:20:06Z"));
    }

    @Test
    void one_appended_space_breaks_the_signature() throws Exception {
        Path d = dir();
        byte[] json = Files.readAllBytes(d.resolve("cisco-Luminaire_150.json"));
        byte[] tampered = java.util.Arrays.copyOf(json, json.length + 1);
        tampered[json.length] = ' ';
        VerificationResult r = MudVerifier.verify(tampered, Files.readAllBytes(d.resolve("cisco-Luminaire_150.p7s")),
                Pem.certificates(Files.readAllBytes(d.resolve("cisco-luminaire-cacert.pem"))), Instant.parse("2019-01-01T00:00:00Z"));
        assertThat(r.status()).isEqualTo(Status.SIGNATURE_INVALID);
    }

    @Test
    void another_anchor_leaves_the_signer_untrusted() throws Exception {
        Path d = dir();
        ManufacturerCredentials other = SignerCertificates.generate("Other", Instant.parse("2018-01-01T00:00:00Z"),
                java.time.Duration.ofDays(3650));
        VerificationResult r = MudVerifier.verify(Files.readAllBytes(d.resolve("cisco-Luminaire_150.json")),
                Files.readAllBytes(d.resolve("cisco-Luminaire_150.p7s")), List.of(other.caCertificate()), Instant.parse("2019-01-01T00:00:00Z"));
        assertThat(r.status()).isEqualTo(Status.UNTRUSTED_SIGNER);
        assertThat(r.signatureValid()).isTrue();
    }
}
