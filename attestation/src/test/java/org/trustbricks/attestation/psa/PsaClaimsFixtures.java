package org.trustbricks.attestation.psa;

import java.util.Arrays;
import java.util.List;

/** Valid claims of each profile built in code, for tests that change one thing at a time. */
final class PsaClaimsFixtures {

    private PsaClaimsFixtures() {
    }

    static byte[] filled(int len, int value) {
        byte[] b = new byte[len];
        Arrays.fill(b, (byte) value);
        return b;
    }

    static byte[] instanceId() {
        byte[] b = filled(33, 7);
        b[0] = 1;
        return b;
    }

    static PsaClaims valid(PsaProfile profile) {
        boolean p1 = profile == PsaProfile.PSA_IOT_PROFILE_1;
        return new PsaClaims(profile, profile.id(), 1L, 0x3000L, filled(32, 0xAA), instanceId(), List.of(filled(32, 0x11)),
                filled(32, 0x22), p1 ? "1234567890123" : "1234567890123-12345",
                List.of(new SoftwareComponent("BL", filled(32, 0x33), "1.0.0", filled(32, 0x44), "sha-256")),
                null, "https://verifier.example");
    }
}
