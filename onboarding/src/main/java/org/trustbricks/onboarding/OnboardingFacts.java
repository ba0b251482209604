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
}
