package org.trustbricks.mud;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.trustbricks.mud.repair.MudRepairer;
import org.trustbricks.mud.sign.ManufacturerCredentials;
import org.trustbricks.mud.sign.MudVerifier;
import org.trustbricks.mud.sign.SignerCertificates;
import org.trustbricks.mud.sign.VerificationResult;
import org.trustbricks.mud.sign.VerificationResult.Status;

/**
 * Fuzzing of the parsers of untrusted bytes. Regression inputs live in src/test/resources/org/trustbricks/mud/
 * MudFuzzTestInputs/; run {@code JAZZER_FUZZ=1 JAZZER_INSTRUMENTATION_INCLUDES='org.bouncycastle.**:org.trustbricks.**'
 * ./mvnw -pl mud test -Dtest=MudFuzzTest} to search for new ones.
 */
class MudFuzzTest {

    private static final MudValidator VALIDATOR = MudValidator.create();
    private static final MudRepairer REPAIRER = MudRepairer.using(VALIDATOR);
    private static final byte[] CONTENT = "{\"ietf-mud:mud\":{}}\n".getBytes(StandardCharsets.UTF_8);
    private static final ManufacturerCredentials CREDS = SignerCertificates.generate("Fuzz", Instant.parse("2026-01-01T00:00:00Z"),
            Duration.ofDays(3650));

    @FuzzTest(maxDuration = "20s")
    void validating_and_repairing_arbitrary_bytes_never_throws(byte[] data) {
        MudReport strict = VALIDATOR.validate(data, Mode.STRICT);
        assertThat(strict.valid() || !strict.errors().isEmpty()).isTrue();
        MudReport lenient = VALIDATOR.validate(data, Mode.LENIENT);
        assertThat(lenient.valid() || !lenient.errors().isEmpty()).isTrue();
        assertThat(REPAIRER.repair(data)).isNotNull();
    }

    @FuzzTest(maxDuration = "20s")
    void verifying_an_arbitrary_signature_never_throws_and_never_accepts(byte[] p7s) {
        VerificationResult r = MudVerifier.verify(CONTENT, p7s, List.of(CREDS.caCertificate()), null);
        assertThat(r.status()).isNotEqualTo(Status.VALID);
        if (!r.signatureValid()) {
            assertThat(r.status()).isIn(Status.MALFORMED, Status.SIGNATURE_INVALID);
        }
    }
}
