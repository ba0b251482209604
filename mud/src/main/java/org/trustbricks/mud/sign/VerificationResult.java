package org.trustbricks.mud.sign;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.Instant;
import java.util.List;

/**
 * The outcome of verifying a MUD file signature.
 *
 * @param status          the verdict
 * @param signatureValid  the signature is cryptographically correct over the exact bytes
 * @param message         one sentence for people
 * @param signerSubject   the signer certificate's subject (RFC 4514), or null when unknown
 * @param signingTime     the CMS signing-time attribute, or null
 * @param checkedAt       the time the certificates were checked at
 * @param validAt         when the status is an expired or not-yet-valid certificate: a time at which the whole path
 *                        validates (the signing time when it does), else null
 * @param details         further facts (which certificate expired, why a path was not found)
 */
public record VerificationResult(Status status, boolean signatureValid, String message, String signerSubject,
        @JsonSerialize(using = ToStringSerializer.class) Instant signingTime,
        @JsonSerialize(using = ToStringSerializer.class) Instant checkedAt,
        @JsonSerialize(using = ToStringSerializer.class) Instant validAt, List<String> details) {

    /** Verification verdicts. */
    public enum Status {
        /** Signature correct and the signer chains to a trust anchor, all certificates valid at the time checked. */
        VALID,
        /** Signature valid, but a certificate of the signer's path (signer, intermediate or anchor) had expired. */
        SIGNATURE_VALID_CERTIFICATE_EXPIRED,
        /** Signature valid, but a certificate of the path was not yet valid. */
        SIGNATURE_VALID_CERTIFICATE_NOT_YET_VALID,
        /** Signature valid, but the signer does not chain to any configured trust anchor. */
        UNTRUSTED_SIGNER,
        /** The signature does not match the content (tampered file or wrong key). */
        SIGNATURE_INVALID,
        /** The signature file is not a readable CMS SignedData. */
        MALFORMED
    }

    public VerificationResult {
        details = details == null ? List.of() : List.copyOf(details);
    }

    /** True only for {@link Status#VALID}. */
    @JsonProperty("valid")
    public boolean valid() {
        return status == Status.VALID;
    }
}
