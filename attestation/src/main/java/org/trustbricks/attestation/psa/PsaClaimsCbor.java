package org.trustbricks.attestation.psa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trustbricks.attestation.cbor.CborItem;
import org.trustbricks.common.Finding;

/** Reads PSA claims from a CBOR claims-set (detecting the profile) and writes them back. */
public final class PsaClaimsCbor {

    /**
     * The outcome of reading a claims-set.
     *
     * @param claims   the claims read (null when the profile could not be determined)
     * @param findings type errors and unknown claims met while reading
     */
    public record Read(PsaClaims claims, List<Finding> findings) {

        /** The reading findings plus the profile rules' findings, not calling a mistyped claim "missing" again. */
        public List<Finding> withValidation() {
            List<Finding> out = new ArrayList<>(findings);
            if (claims != null) {
                java.util.Set<String> mistyped = new java.util.HashSet<>();
                findings.stream().filter(Finding::isError).forEach(f -> mistyped.add(f.path()));
                PsaClaimsValidator.validate(claims).stream()
                        .filter(f -> !(f.code().equals("PSA-MISSING") && mistyped.contains(f.path()))).forEach(out::add);
            }
            return List.copyOf(out);
        }
    }

    private PsaClaimsCbor() {
    }

    /** The profile named by the claims-set: 265 (eat_profile) when present, otherwise PSA_IOT_PROFILE_1. */
    public static Read read(CborItem.MapItem map) {
        CborItem p = map.get(265);
        if (p == null) {
            return read(map, PsaProfile.PSA_IOT_PROFILE_1);
        }
        if (!(p instanceof CborItem.Text t)) {
            return new Read(null, List.of(Finding.error("PSA-TYPE", "/265", "the profile claim must be a text string, found " + p.typeName(), "")));
        }
        return PsaProfile.byId(t.value()).map(profile -> read(map, profile)).orElseGet(() -> new Read(null, List.of(
                Finding.error("PSA-PROFILE", "/265", "unknown profile \"" + t.value() + "\"",
                        "accepted: " + PsaProfile.RFC_9783.id() + ", " + PsaProfile.PSA_2_0_0.id() + ", " + PsaProfile.PSA_IOT_PROFILE_1.id()))));
    }

    /** Reads the claims-set as the given profile. */
    public static Read read(CborItem.MapItem map, PsaProfile profile) {
        Fields f = new Fields(map, profile);
        PsaClaims claims = new PsaClaims(profile, f.text(PsaClaim.PROFILE), f.integer(PsaClaim.CLIENT_ID),
                f.integer(PsaClaim.SECURITY_LIFECYCLE), f.bytes(PsaClaim.IMPLEMENTATION_ID), f.bytes(PsaClaim.INSTANCE_ID),
                f.nonces(), f.bytes(PsaClaim.BOOT_SEED), f.text(PsaClaim.CERTIFICATION_REFERENCE), f.components(),
                profile == PsaProfile.PSA_IOT_PROFILE_1 ? f.integer(PsaClaim.NO_SOFTWARE_MEASUREMENTS) : null,
                f.text(PsaClaim.VERIFICATION_SERVICE_INDICATOR));
        f.reportUnknownClaims();
        return new Read(claims, List.copyOf(f.findings));
    }

    /** The CBOR claims-set of the claims, in their profile's keys. */
    public static CborItem.MapItem write(PsaClaims c) {
        PsaProfile p = c.profile();
        Map<CborItem, CborItem> m = new LinkedHashMap<>();
        if (c.profileClaim() != null) {
            m.put(CborItem.of(p.key(PsaClaim.PROFILE)), CborItem.of(c.profileClaim()));
        }
        putInt(m, p.key(PsaClaim.CLIENT_ID), c.clientId());
        putInt(m, p.key(PsaClaim.SECURITY_LIFECYCLE), c.securityLifecycle());
        putBytes(m, p.key(PsaClaim.IMPLEMENTATION_ID), c.implementationId());
        putBytes(m, p.key(PsaClaim.BOOT_SEED), c.bootSeed());
        if (c.certificationReference() != null) {
            m.put(CborItem.of(p.key(PsaClaim.CERTIFICATION_REFERENCE)), CborItem.of(c.certificationReference()));
        }
        if (c.softwareComponents() != null) {
            List<CborItem> list = new ArrayList<>();
            for (SoftwareComponent sc : c.softwareComponents()) {
                Map<CborItem, CborItem> e = new LinkedHashMap<>();
                if (sc.measurementType() != null) {
                    e.put(CborItem.of(1), CborItem.of(sc.measurementType()));
                }
                putBytes(e, 2, sc.measurementValue());
                if (sc.version() != null) {
                    e.put(CborItem.of(4), CborItem.of(sc.version()));
                }
                putBytes(e, 5, sc.signerId());
                if (sc.measurementDescription() != null) {
                    e.put(CborItem.of(6), CborItem.of(sc.measurementDescription()));
                }
                list.add(new CborItem.MapItem(e));
            }
            m.put(CborItem.of(p.key(PsaClaim.SOFTWARE_COMPONENTS)), new CborItem.Array(list));
        }
        putInt(m, PsaProfile.P1_NO_SW_MEASUREMENTS, p == PsaProfile.PSA_IOT_PROFILE_1 ? c.noSoftwareMeasurements() : null);
        if (c.nonces() != null) {
            m.put(CborItem.of(p.key(PsaClaim.NONCE)), c.nonces().size() == 1 ? CborItem.of(c.nonces().get(0))
                    : new CborItem.Array(c.nonces().stream().<CborItem>map(CborItem::of).toList()));
        }
        putBytes(m, p.key(PsaClaim.INSTANCE_ID), c.instanceId());
        if (c.verificationServiceIndicator() != null) {
            m.put(CborItem.of(p.key(PsaClaim.VERIFICATION_SERVICE_INDICATOR)), CborItem.of(c.verificationServiceIndicator()));
        }
        return new CborItem.MapItem(m);
    }

    private static void putInt(Map<CborItem, CborItem> m, long key, Long v) {
        if (v != null) {
            m.put(CborItem.of(key), CborItem.of(v));
        }
    }

    private static void putBytes(Map<CborItem, CborItem> m, long key, byte[] v) {
        if (v != null) {
            m.put(CborItem.of(key), CborItem.of(v));
        }
    }
}
