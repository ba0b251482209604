package org.trustbricks.attestation.psa;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.trustbricks.common.Finding;

/**
 * Reads claims in the JSON form of the Veraison psatoken library (claim names such as "psa-nonce", byte strings in
 * base64). Profile 1 reads "psa-profile" and "psa-hwver"; profile 2.0.0 reads "eat-profile" and
 * "psa-certification-reference"; members the profile does not define are ignored, as psatoken does.
 */
public final class PsaClaimsJson {

    private PsaClaimsJson() {
    }

    /** Reads the JSON object as claims of the given profile. */
    public static PsaClaimsCbor.Read read(JsonNode json, PsaProfile profile) {
        List<Finding> f = new ArrayList<>();
        boolean p1 = profile == PsaProfile.PSA_IOT_PROFILE_1;
        if (!json.isObject()) {
            return new PsaClaimsCbor.Read(null, List.of(Finding.error("PSA-TYPE", "", "claims must be a JSON object", "")));
        }
        byte[] nonce = bytes(json, "psa-nonce", f);
        PsaClaims c = new PsaClaims(profile, text(json, p1 ? "psa-profile" : "eat-profile", f),
                integer(json, "psa-client-id", f), integer(json, "psa-security-lifecycle", f),
                bytes(json, "psa-implementation-id", f), bytes(json, "psa-instance-id", f), nonce == null ? null : List.of(nonce),
                bytes(json, "psa-boot-seed", f), text(json, p1 ? "psa-hwver" : "psa-certification-reference", f),
                components(json, f), p1 ? integer(json, "psa-no-software-measurements", f) : null,
                text(json, "psa-verification-service-indicator", f));
        return new PsaClaimsCbor.Read(c, List.copyOf(f));
    }

    private static List<SoftwareComponent> components(JsonNode json, List<Finding> f) {
        JsonNode a = json.get("psa-software-components");
        if (a == null || a.isNull()) {
            return null;
        }
        if (!a.isArray()) {
            f.add(Finding.error("PSA-TYPE", "/psa-software-components", "software components must be an array", ""));
            return null;
        }
        List<SoftwareComponent> out = new ArrayList<>();
        for (JsonNode e : a) {
            out.add(new SoftwareComponent(text(e, "measurement-type", f), bytes(e, "measurement-value", f), text(e, "version", f),
                    bytes(e, "signer-id", f), text(e, "measurement-description", f)));
        }
        return out;
    }

    private static String text(JsonNode o, String name, List<Finding> f) {
        JsonNode v = o.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            f.add(Finding.error("PSA-TYPE", "/" + name, name + " must be a string", ""));
            return null;
        }
        return v.textValue();
    }

    private static Long integer(JsonNode o, String name, List<Finding> f) {
        JsonNode v = o.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            f.add(Finding.error("PSA-TYPE", "/" + name, name + " must be an integer", ""));
            return null;
        }
        return v.longValue();
    }

    private static byte[] bytes(JsonNode o, String name, List<Finding> f) {
        String t = text(o, name, f);
        if (t == null) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(t);
        } catch (IllegalArgumentException e) {
            f.add(Finding.error("PSA-TYPE", "/" + name, name + " must be base64", ""));
            return null;
        }
    }
}
