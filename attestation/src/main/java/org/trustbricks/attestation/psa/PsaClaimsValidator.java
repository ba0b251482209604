package org.trustbricks.attestation.psa;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.trustbricks.common.Finding;

/** Checks PSA claims against the rules of their profile (presence, sizes, ranges, formats). */
public final class PsaClaimsValidator {

    private static final Pattern EAN13 = Pattern.compile("[0-9]{13}");
    private static final Pattern EAN13_5 = Pattern.compile("[0-9]{13}-[0-9]{5}");

    private PsaClaimsValidator() {
    }

    /** Every rule the claims break; empty when they are valid. */
    public static List<Finding> validate(PsaClaims c) {
        List<Finding> out = new ArrayList<>();
        PsaProfile p = c.profile();
        boolean p1 = p == PsaProfile.PSA_IOT_PROFILE_1;
        String at = "/";
        if (c.profileClaim() == null && !p1) {
            out.add(missing(p, PsaClaim.PROFILE));
        } else if (c.profileClaim() != null && !c.profileClaim().equals(p.id())) {
            out.add(Finding.error("PSA-PROFILE", at + p.key(PsaClaim.PROFILE), "expected profile \"" + p.id() + "\", found \"" + c.profileClaim() + "\"", ""));
        }
        if (c.clientId() == null) {
            out.add(missing(p, PsaClaim.CLIENT_ID));
        } else if (c.clientId() < Integer.MIN_VALUE || c.clientId() > Integer.MAX_VALUE) {
            out.add(value(p, PsaClaim.CLIENT_ID, "client-id must fit in a signed 32-bit integer"));
        }
        if (c.securityLifecycle() == null) {
            out.add(missing(p, PsaClaim.SECURITY_LIFECYCLE));
        } else if (c.lifecycleState() == null) {
            out.add(value(p, PsaClaim.SECURITY_LIFECYCLE, String.format("security-lifecycle 0x%x is not in any lifecycle state's range", c.securityLifecycle())));
        }
        if (c.implementationId() == null) {
            out.add(missing(p, PsaClaim.IMPLEMENTATION_ID));
        } else if (c.implementationId().length != 32) {
            out.add(value(p, PsaClaim.IMPLEMENTATION_ID, "implementation-id must be 32 bytes, found " + c.implementationId().length));
        }
        checkInstanceId(c, p, out);
        checkNonce(c, p, out);
        checkBootSeed(c, p, p1, out);
        if (c.certificationReference() != null) {
            String r = c.certificationReference();
            boolean ok = EAN13_5.matcher(r).matches() || (p1 && EAN13.matcher(r).matches());
            if (!ok) {
                out.add(value(p, PsaClaim.CERTIFICATION_REFERENCE, "certification-reference must be EAN-13 followed by '-' and 5 digits"
                        + (p1 ? " (or a bare EAN-13 in profile 1)" : "") + ", found \"" + r + "\""));
            }
        }
        checkComponents(c, p, p1, out);
        if (c.verificationServiceIndicator() != null && c.verificationServiceIndicator().isEmpty()) {
            out.add(value(p, PsaClaim.VERIFICATION_SERVICE_INDICATOR, "verification-service-indicator must not be empty"));
        }
        return out;
    }

    private static void checkInstanceId(PsaClaims c, PsaProfile p, List<Finding> out) {
        byte[] id = c.instanceId();
        if (id == null) {
            out.add(missing(p, PsaClaim.INSTANCE_ID));
        } else if (id.length != 33) {
            out.add(value(p, PsaClaim.INSTANCE_ID, "instance-id must be 33 bytes (0x01 and 32 bytes), found " + id.length));
        } else if (id[0] != 0x01) {
            out.add(value(p, PsaClaim.INSTANCE_ID, String.format("instance-id must start with the UEID type RAND (0x01), found 0x%02x", id[0])));
        }
    }

    private static void checkNonce(PsaClaims c, PsaProfile p, List<Finding> out) {
        if (c.nonces() == null) {
            out.add(missing(p, PsaClaim.NONCE));
        } else if (c.nonces().size() != 1) {
            out.add(value(p, PsaClaim.NONCE, "got " + c.nonces().size() + " nonces, want 1"));
        } else if (!isHash(c.nonces().get(0))) {
            out.add(value(p, PsaClaim.NONCE, "nonce must be 32, 48 or 64 bytes, found " + c.nonces().get(0).length));
        }
    }

    private static void checkBootSeed(PsaClaims c, PsaProfile p, boolean p1, List<Finding> out) {
        byte[] seed = c.bootSeed();
        if (seed == null) {
            if (p1) {
                out.add(missing(p, PsaClaim.BOOT_SEED));
            }
        } else if (p1 && seed.length != 32) {
            out.add(value(p, PsaClaim.BOOT_SEED, "boot-seed must be 32 bytes in profile 1, found " + seed.length));
        } else if (!p1 && (seed.length < 8 || seed.length > 32)) {
            out.add(value(p, PsaClaim.BOOT_SEED, "boot-seed must be 8 to 32 bytes, found " + seed.length));
        }
    }

    private static void checkComponents(PsaClaims c, PsaProfile p, boolean p1, List<Finding> out) {
        List<SoftwareComponent> scs = c.softwareComponents();
        String at = "/" + p.key(PsaClaim.SOFTWARE_COMPONENTS);
        boolean none = scs == null || scs.isEmpty();
        if (p1 && c.noSoftwareMeasurements() != null) {
            if (!none) {
                out.add(Finding.error("PSA-VALUE", at, "software-components and no-software-measurements cannot both be present", ""));
            }
            return;
        }
        if (none) {
            out.add(scs == null ? missing(p, PsaClaim.SOFTWARE_COMPONENTS)
                    : Finding.error("PSA-VALUE", at, "software-components must have at least one entry", ""));
            return;
        }
        for (int i = 0; i < scs.size(); i++) {
            SoftwareComponent sc = scs.get(i);
            if (sc.measurementValue() == null) {
                out.add(Finding.error("PSA-MISSING", at + "/" + i + "/2", "software component " + i + " has no measurement-value", ""));
            } else if (!isHash(sc.measurementValue())) {
                out.add(Finding.error("PSA-VALUE", at + "/" + i + "/2", "measurement-value must be 32, 48 or 64 bytes, found " + sc.measurementValue().length, ""));
            }
            if (sc.signerId() == null) {
                out.add(Finding.error("PSA-MISSING", at + "/" + i + "/5", "software component " + i + " has no signer-id", ""));
            } else if (!isHash(sc.signerId())) {
                out.add(Finding.error("PSA-VALUE", at + "/" + i + "/5", "signer-id must be 32, 48 or 64 bytes, found " + sc.signerId().length, ""));
            }
        }
    }

    private static boolean isHash(byte[] b) {
        return b.length == 32 || b.length == 48 || b.length == 64;
    }

    private static Finding missing(PsaProfile p, PsaClaim claim) {
        return Finding.error("PSA-MISSING", "/" + p.key(claim), "the mandatory claim " + claim.label() + " is missing", "");
    }

    private static Finding value(PsaProfile p, PsaClaim claim, String msg) {
        return Finding.error("PSA-VALUE", "/" + p.key(claim), msg, "");
    }
}
