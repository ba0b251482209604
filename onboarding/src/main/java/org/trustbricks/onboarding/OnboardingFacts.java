package org.trustbricks.onboarding;

import java.util.Objects;

/**
 * Everything established about a device before deciding.
 *
 * @param attestation      the verifier's conclusion
 * @param certificate      the platform certificate's state in the registry
 * @param mud              the MUD file's state
 * @param identityConflict the attested instance id is already bound to another device; empty when not
 */
public record OnboardingFacts(AttestationFacts attestation, CertificateFacts certificate, MudFacts mud,
                              String identityConflict) {

    public OnboardingFacts {
        Objects.requireNonNull(attestation, "attestation");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(mud, "mud");
        identityConflict = identityConflict == null ? "" : identityConflict;
    }

    /**
     * The same facts without the device's own identifiers, which never change a decision; devices on the same
     * platform with the same evidence outcome and MUD file then share identical facts and are re-decided together.
     */
    public OnboardingFacts withoutDeviceIdentifiers() {
        AttestationFacts a = attestation;
        return new OnboardingFacts(new AttestationFacts(a.verified(), a.measurements(), "", "", a.detail(), a.overdue()),
                certificate, mud, identityConflict);
    }
}
