package org.trustbricks.registry.onboarding;

import java.time.Instant;

/**
 * A request that a device attest again, over a fresh nonce bound to it.
 *
 * @param id          request id (the answer goes to {@code /api/onboarding/reattestations/{id}/evidence})
 * @param deviceId    the device asked
 * @param deviceName  its name
 * @param instanceId  its attested instance id (hex): only evidence from this instance answers
 * @param nonce       the challenge, base64: the answer's PSA token must carry it
 * @param requestedBy the administrator who asked, or {@code schedule}
 * @param issuedAt    when it was issued
 * @param dueBy       end of the grace period (the nonce expires then)
 * @param answeredAt  when the device answered, or null
 * @param overdueAt   when the grace period ended unanswered, or null
 * @param outcome     the decision the answer led to, or null
 * @param state       OPEN, ANSWERED or OVERDUE
 */
public record ReattestationRequest(long id, long deviceId, String deviceName, String instanceId, String nonce,
                                   String requestedBy, Instant issuedAt, Instant dueBy, Instant answeredAt,
                                   Instant overdueAt, String outcome, String state) {

    /** True while the device may still answer. */
    public boolean open() {
        return "OPEN".equals(state);
    }
}
