package org.trustbricks.registry.onboarding;

import java.util.List;
import org.trustbricks.common.Finding;

/**
 * What fetching, verifying and validating one MUD file gave, for an administrator.
 *
 * @param verdict        the overall verdict
 * @param reasons        why, one sentence each, most important first
 * @param url            the MUD URL checked (from the device certificate when it carried one)
 * @param finalUrl       where the bytes came from after redirects, or null
 * @param retrieval      fetched, stale-cache, unreachable, refused-unsafe or no-url
 * @param mudFile        the file's text, or null when not fetched
 * @param sha256         SHA-256 of the exact bytes, or null
 * @param signature      the signature check's outcome
 * @param signer         the signer certificate's subject, or null
 * @param expectedSigner the MUD signer named by the device certificate, or null
 * @param mode           strict or lenient validation
 * @param valid          the file passed validation in that mode
 * @param supported      the {@code is-supported} flag
 * @param extensions     extensions the file declares (none is interpreted; nothing extra is allowed for them)
 * @param findings       validation, fetch and manager findings, each with its JSON pointer
 */
public record MudCheckResult(Verdict verdict, List<String> reasons, String url, String finalUrl, String retrieval,
        String mudFile, String sha256, Signature signature, String signer, String expectedSigner, String mode,
        boolean valid, boolean supported, List<String> extensions, List<Finding> findings) {

    public MudCheckResult {
        reasons = List.copyOf(reasons);
        extensions = List.copyOf(extensions);
        findings = List.copyOf(findings);
    }

    /** The overall verdict. */
    public enum Verdict {
        /** Valid in the chosen mode and signed by a signer that chains to a configured trust anchor. */
        ACCEPTED,
        /** Valid, but unsigned or signed by a signer no configured anchor vouches for. */
        UNVERIFIED,
        /** Invalid, or the signature is wrong, expired, malformed or by a signer the device certificate excludes. */
        REJECTED,
        /** The file could not be had (unreachable, refused as unsafe, no URL). */
        NOT_FETCHED
    }

    /** The signature check's outcome. */
    public enum Signature {
        VALID, ABSENT, UNTRUSTED_SIGNER, WRONG_SIGNER, INVALID, CERTIFICATE_EXPIRED, CERTIFICATE_NOT_YET_VALID, MALFORMED,
        NOT_CHECKED
    }
}
