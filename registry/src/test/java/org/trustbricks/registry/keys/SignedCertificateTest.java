package org.trustbricks.registry.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustbricks.registry.cert.Certificates;
import org.trustbricks.registry.testing.Scenario;

class SignedCertificateTest {

    static Scenario s;
    static String id;
    static String jws;

    @BeforeAll
    static void issue() {
        s = Scenario.fresh();
        id = s.issue("Widget", List.of());
        jws = Certificates.using(s.db.jdbi()).signedDocument(id).orElseThrow();
    }

    @AfterAll
    static void close() {
        s.close();
    }

    static java.security.cert.X509Certificate cbCertificate() {
        return Pem.certificate(s.keys.published().get(0).certificatePem());
    }

    @Test
    void an_issued_certificate_verifies_against_its_cb_certificate() {
        VerificationResult r = SignedCertificateVerifier.verify(jws.getBytes(StandardCharsets.US_ASCII), cbCertificate());
        assertThat(r.valid()).as(r.problems().toString()).isTrue();
        assertThat(r.pinned()).isTrue();
        assertThat(r.certificateId()).isEqualTo(id);
        assertThat(r.certificationBody()).isEqualTo("CB One");
    }

    @Test
    void a_changed_payload_fails() {
        String[] p = jws.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(p[1]), StandardCharsets.UTF_8).replace("Widget", "Gadget");
        String forged = p[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + p[2];
        VerificationResult r = SignedCertificateVerifier.verify(forged.getBytes(StandardCharsets.US_ASCII), cbCertificate());
        assertThat(r.valid()).isFalse();
        assertThat(r.problems()).isNotEmpty();
    }

    @Test
    void a_document_signed_by_another_cb_fails_against_this_cb_certificate() {
        s.keys.ensure(s.otherCb.organisationId(), "CB Two");
        var other = Pem.certificate(s.keys.published().stream().filter(c -> c.cb().equals("CB Two")).findFirst().orElseThrow().certificatePem());
        VerificationResult r = SignedCertificateVerifier.verify(jws.getBytes(StandardCharsets.US_ASCII), other);
        assertThat(r.valid()).isFalse();
    }

    @Test
    void without_a_pinned_certificate_the_result_says_so() {
        VerificationResult r = SignedCertificateVerifier.verify(jws.getBytes(StandardCharsets.US_ASCII), null);
        assertThat(r.valid()).isTrue();
        assertThat(r.pinned()).isFalse();
    }

    @Test
    void garbage_is_reported_not_thrown() {
        for (String bad : List.of("", "a.b", "a.b.c", "!!!.###.$$$", "eyJ9.eyJ9.AA")) {
            VerificationResult r = SignedCertificateVerifier.verify(bad.getBytes(StandardCharsets.US_ASCII), null);
            assertThat(r.valid()).isFalse();
            assertThat(r.problems()).isNotEmpty();
        }
    }

    @Test
    void the_private_key_is_stored_sealed_and_another_kek_cannot_open_it() {
        byte[] sealed = s.db.jdbi().withHandle(h -> h.createQuery("select sealed_key from cb_key limit 1").mapTo(byte[].class).one());
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("PRIVATE");
        CbKeys wrong = CbKeys.using(s.db.jdbi(), KeyEncryptionKey.random());
        assertThatThrownBy(() -> s.db.jdbi().useTransaction(h -> wrong.signer(h, s.cb.organisationId(), "CB One")))
                .isInstanceOf(UnableToLoadKeyEncryptionKeyException.class).hasMessageContaining("same");
    }

    @Test
    void the_kek_file_is_created_owner_only_and_reused(@TempDir Path dir) throws Exception {
        KeyEncryptionKey a = KeyEncryptionKey.configured(Map.of(), dir, true);
        assertThat(Files.getPosixFilePermissions(dir.resolve("kek"))).containsExactlyInAnyOrder(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        KeyEncryptionKey b = KeyEncryptionKey.configured(Map.of(), dir, true);
        assertThat(b.open(a.seal(new byte[] {1, 2, 3}, "x"), "x")).containsExactly(1, 2, 3);
    }

    @Test
    void an_external_database_needs_the_kek_variable() {
        assertThatThrownBy(() -> KeyEncryptionKey.configured(Map.of(), Path.of("/nonexistent"), false))
                .isInstanceOf(UnableToLoadKeyEncryptionKeyException.class).hasMessageContaining("TRUSTBRICKS_KEK");
        assertThatThrownBy(() -> KeyEncryptionKey.configured(Map.of("TRUSTBRICKS_KEK", "c2hvcnQ="), Path.of("/x"), false))
                .hasMessageContaining("32 bytes");
    }
}
