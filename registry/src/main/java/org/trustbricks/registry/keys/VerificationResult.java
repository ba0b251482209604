package org.trustbricks.registry.keys;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The outcome of checking a signed certificate.
 *
 * @param valid             true when the signature holds (against the pinned CB certificate when one was given)
 * @param pinned            true when a CB certificate was given to check against
 * @param certificateId     the certificate id in the document
 * @param product           the product in the document
 * @param certificationBody the issuing CB in the document
 * @param signer            subject of the signer certificate
 * @param keyId             the key id in the header
 * @param problems          what is wrong, in words (empty when valid)
 * @param document          the signed content, or null when unreadable
 */
public record VerificationResult(boolean valid, boolean pinned, String certificateId, String product,
                                 String certificationBody, String signer, String keyId, List<String> problems,
                                 JsonNode document) {

    static VerificationResult failed(String problem) {
        return new VerificationResult(false, false, "", "", "", "", "", List.of(problem), null);
    }
}
