package org.trustbricks.attestation.appraisal;

import java.util.Arrays;
import java.util.List;
import org.trustbricks.attestation.cose.CoseAlgorithm;
import org.trustbricks.attestation.cose.SoftwareCoseSigner;
import org.trustbricks.attestation.psa.PsaClaims;
import org.trustbricks.attestation.psa.PsaProfile;
import org.trustbricks.attestation.psa.PsaTokenEncoder;
import org.trustbricks.attestation.psa.SoftwareComponent;

/** One endorsed device (key, ids, firmware) and helpers to make its tokens. */
final class AppraisalFixture {

    final SoftwareCoseSigner deviceKey = SoftwareCoseSigner.generate(CoseAlgorithm.ES256);
    final byte[] implementationId = filled(32, 0xA1);
    final byte[] instanceId = instanceId(0x5C);
    final byte[] firmware = filled(32, 0x33);
    final byte[] signer = filled(32, 0x44);

    static byte[] filled(int n, int v) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) v);
        return b;
    }

    static byte[] instanceId(int v) {
        byte[] b = filled(33, v);
        b[0] = 1;
        return b;
    }

    PlatformEndorsement platform(String certificateId) {
        return new PlatformEndorsement(implementationId, "ACME", "RoadRunner", certificateId,
                List.of(new AttestationKey(instanceId, deviceKey.publicKey())),
                List.of(new ReferenceValue("BL", "1.0.0", firmware, signer)));
    }

    Endorsements endorsements() {
        return Endorsements.of("test-endorsements", List.of(platform("1234567890123-12345")));
    }

    PsaClaims claims(byte[] nonce, long lifecycle, byte[] measurement, String certRef) {
        return new PsaClaims(PsaProfile.RFC_9783, PsaProfile.RFC_9783.id(), 1L, lifecycle, implementationId, instanceId,
                List.of(nonce), filled(32, 0x22), certRef, List.of(new SoftwareComponent("BL", measurement, "1.0.0", signer, "sha-256")),
                null, "https://verifier.example");
    }

    byte[] token(byte[] nonce) {
        return PsaTokenEncoder.sign(claims(nonce, 0x3000, firmware, "1234567890123-12345"), deviceKey);
    }
}
