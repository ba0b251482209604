package org.trustbricks.attestation.psa;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.trustbricks.attestation.Attestation;
import org.trustbricks.attestation.TokenReport;
import org.trustbricks.attestation.Verifier;
import org.trustbricks.attestation.appraisal.AttestationResult;
import org.trustbricks.attestation.appraisal.NonceValidator;
import org.trustbricks.attestation.cose.CoseAlgorithm;
import org.trustbricks.attestation.cose.SoftwareCoseSigner;
import org.trustbricks.common.MalformedInputException;

/** Untrusted token bytes only ever give a malformed-input error, an unreadable report or a rejected result. */
class PsaTokenFuzzTest {

    private static final SoftwareCoseSigner KEY = SoftwareCoseSigner.generate(CoseAlgorithm.ES256);

    @FuzzTest(maxDuration = "60s")
    void token_decoding_inspection_and_appraisal_never_crash(byte[] data) {
        try {
            PsaToken t = PsaTokenDecoder.decode(data);
            assertThat(t.findings()).isNotNull();
        } catch (MalformedInputException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
        TokenReport report = Attestation.inspect(data);
        assertThat(report.readable() || report.error() != null).isTrue();
        AttestationResult r = Verifier.appraiseWithKey(data, KEY.publicKey(), NonceValidator.notChecked());
        assertThat(r.reasons()).isNotEmpty();
    }
}
