package org.trustbricks.web.attestation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.trustbricks.attestation.appraisal.AttestationKey;
import org.trustbricks.attestation.appraisal.Endorsements;
import org.trustbricks.attestation.appraisal.EndorsementsJson;
import org.trustbricks.attestation.appraisal.PlatformEndorsement;
import org.trustbricks.attestation.appraisal.ReferenceValue;
import org.trustbricks.attestation.cose.CoseAlgorithm;
import org.trustbricks.attestation.cose.HmacKey;
import org.trustbricks.attestation.cose.SoftwareCoseSigner;
import org.trustbricks.attestation.psa.PsaClaims;
import org.trustbricks.attestation.psa.PsaProfile;
import org.trustbricks.attestation.psa.PsaTokenEncoder;
import org.trustbricks.attestation.psa.SoftwareComponent;
import org.trustbricks.attestation.services.PsaAttestationService;

/** A device for tests: an in-memory IAK, an implementation id, firmware measurements; makes tokens and endorsements. */
record TestDevice(SoftwareCoseSigner iak, byte[] implementationId, byte[] instanceId, List<SoftwareComponent> firmware) {

    /** A secured device of the named platform with one bootloader measurement. */
    static TestDevice of(String platform) {
        SoftwareCoseSigner key = SoftwareCoseSigner.generate(CoseAlgorithm.ES256);
        return new TestDevice(key, sha256("platform " + platform), PsaAttestationService.instanceIdOf(key.publicKey().sec1()),
                List.of(new SoftwareComponent("BL", sha256("bootloader 1.0 of " + platform), "1.0", sha256("signer"), "sha-256")));
    }

    /** Another device of the same platform (its own key and instance id). */
    TestDevice sibling() {
        SoftwareCoseSigner key = SoftwareCoseSigner.generate(CoseAlgorithm.ES256);
        return new TestDevice(key, implementationId, PsaAttestationService.instanceIdOf(key.publicKey().sec1()), firmware);
    }

    /** This device's identity with another device's key: its tokens claim this instance but are signed by the other. */
    TestDevice signingWith(TestDevice other) {
        return new TestDevice(other.iak, implementationId, instanceId, firmware);
    }

    PsaClaims claims(byte[] nonce, int lifecycle) {
        return new PsaClaims(PsaProfile.RFC_9783, PsaProfile.RFC_9783.id(), 1L, (long) lifecycle, implementationId, instanceId,
                List.of(nonce), sha256("boot seed").clone(), "1234567890123-12345", firmware, null, null);
    }

    /** A secured device's token over the nonce, COSE_Sign1 ES256. */
    byte[] token(byte[] nonce) {
        return PsaTokenEncoder.sign(claims(nonce, 0x3000), iak);
    }

    /** A token in the given lifecycle state. */
    byte[] token(byte[] nonce, int lifecycle) {
        return PsaTokenEncoder.sign(claims(nonce, lifecycle), iak);
    }

    /** A COSE_Mac0 token whose HMAC key is the bytes of this device's public key (the HMAC/public-key confusion). */
    byte[] macWithPublicKey(byte[] nonce) {
        return PsaTokenEncoder.mac(claims(nonce, 0x3000), CoseAlgorithm.HS256, HmacKey.of(iak.publicKey().sec1()));
    }

    /** This device's platform endorsement, optionally linked to a registry certificate. */
    PlatformEndorsement endorsement(String certificateId, List<TestDevice> instances) {
        List<ReferenceValue> refs = firmware.stream().map(sc -> new ReferenceValue(sc.measurementType(), sc.version(),
                sc.measurementValue(), sc.signerId())).toList();
        return new PlatformEndorsement(implementationId, "Test vendor", "test platform", certificateId,
                instances.stream().map(d -> new AttestationKey(d.instanceId(), d.iak().publicKey())).toList(), refs);
    }

    /** The endorsement document for this device alone. */
    String endorsementJson(String certificateId) {
        return documentOf(List.of(endorsement(certificateId, List.of(this))));
    }

    static String documentOf(List<PlatformEndorsement> platforms) {
        return new String(EndorsementsJson.write(Endorsements.of("test", platforms)), StandardCharsets.UTF_8);
    }

    static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
