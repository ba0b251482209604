package org.trustbricks.attestation.psa;

import java.util.Optional;

/** The three generations of the PSA attestation token, each with its own claim keys and rules. */
public enum PsaProfile {
    /** PSA_IOT_PROFILE_1 (draft-tschofenig-rats-psa-token-07): private claim keys -75000…-75010. */
    PSA_IOT_PROFILE_1("PSA_IOT_PROFILE_1", -75000, -75001, -75002, -75003, -75004, -75005, -75006, -75008, -75009, -75010),
    /** "http://arm.com/psa/2.0.0" (draft -09 to -13): EAT keys, boot seed at 2397. */
    PSA_2_0_0("http://arm.com/psa/2.0.0", 265, 2394, 2395, 2396, 2397, 2398, 2399, 10, 256, 2400),
    /** "tag:psacertified.org,2023:psa#tfm" (RFC 9783): as 2.0.0 but the boot seed is EAT bootseed 268. */
    RFC_9783("tag:psacertified.org,2023:psa#tfm", 265, 2394, 2395, 2396, 268, 2398, 2399, 10, 256, 2400);

    /** The P1 key that asserts "no software measurements". */
    public static final long P1_NO_SW_MEASUREMENTS = -75007;

    private final String id;
    final long profileKey;
    final long clientIdKey;
    final long lifecycleKey;
    final long implementationIdKey;
    final long bootSeedKey;
    final long certificationReferenceKey;
    final long softwareComponentsKey;
    final long nonceKey;
    final long instanceIdKey;
    final long vsiKey;

    PsaProfile(String id, long profile, long client, long lifecycle, long impl, long bootSeed, long certRef, long sw,
               long nonce, long inst, long vsi) {
        this.id = id;
        this.profileKey = profile;
        this.clientIdKey = client;
        this.lifecycleKey = lifecycle;
        this.implementationIdKey = impl;
        this.bootSeedKey = bootSeed;
        this.certificationReferenceKey = certRef;
        this.softwareComponentsKey = sw;
        this.nonceKey = nonce;
        this.instanceIdKey = inst;
        this.vsiKey = vsi;
    }

    /** The profile identifier carried in the token. */
    public String id() {
        return id;
    }

    /** The profile with this identifier. */
    public static Optional<PsaProfile> byId(String id) {
        for (PsaProfile p : values()) {
            if (p.id.equals(id)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The claim key of a claim in this profile. */
    public long key(PsaClaim claim) {
        return switch (claim) {
            case PROFILE -> profileKey;
            case CLIENT_ID -> clientIdKey;
            case SECURITY_LIFECYCLE -> lifecycleKey;
            case IMPLEMENTATION_ID -> implementationIdKey;
            case BOOT_SEED -> bootSeedKey;
            case CERTIFICATION_REFERENCE -> certificationReferenceKey;
            case SOFTWARE_COMPONENTS -> softwareComponentsKey;
            case NO_SOFTWARE_MEASUREMENTS -> this == PSA_IOT_PROFILE_1 ? P1_NO_SW_MEASUREMENTS : Long.MIN_VALUE;
            case NONCE -> nonceKey;
            case INSTANCE_ID -> instanceIdKey;
            case VERIFICATION_SERVICE_INDICATOR -> vsiKey;
        };
    }
}
