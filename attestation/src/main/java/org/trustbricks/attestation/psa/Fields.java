package org.trustbricks.attestation.psa;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.trustbricks.attestation.cbor.CborDiagnostic;
import org.trustbricks.attestation.cbor.CborItem;
import org.trustbricks.common.Finding;

/** Typed access to the claims of one profile in a CBOR map, recording type errors as findings. */
final class Fields {

    final List<Finding> findings = new ArrayList<>();
    private final CborItem.MapItem map;
    private final PsaProfile profile;
    private final Set<CborItem> known = new HashSet<>();

    Fields(CborItem.MapItem map, PsaProfile profile) {
        this.map = map;
        this.profile = profile;
    }

    private CborItem get(PsaClaim claim) {
        CborItem key = CborItem.of(profile.key(claim));
        known.add(key);
        return map.entries().get(key);
    }

    private String path(PsaClaim claim) {
        return "/" + profile.key(claim);
    }

    private void typeError(String path, String claim, String expected, CborItem found) {
        findings.add(Finding.error("PSA-TYPE", path, claim + " must be " + expected + ", found " + found.typeName(), ""));
    }

    String text(PsaClaim claim) {
        CborItem v = get(claim);
        if (v == null || v instanceof CborItem.Text) {
            return v == null ? null : ((CborItem.Text) v).value();
        }
        typeError(path(claim), claim.label(), "a text string", v);
        return null;
    }

    Long integer(PsaClaim claim) {
        CborItem v = get(claim);
        if (v == null || v instanceof CborItem.Int) {
            return v == null ? null : ((CborItem.Int) v).value();
        }
        typeError(path(claim), claim.label(), "an integer", v);
        return null;
    }

    byte[] bytes(PsaClaim claim) {
        CborItem v = get(claim);
        if (v == null || v instanceof CborItem.Bytes) {
            return v == null ? null : ((CborItem.Bytes) v).value();
        }
        typeError(path(claim), claim.label(), "a byte string", v);
        return null;
    }

    List<byte[]> nonces() {
        CborItem v = get(PsaClaim.NONCE);
        if (v == null) {
            return null;
        }
        if (v instanceof CborItem.Bytes b) {
            return List.of(b.value());
        }
        if (v instanceof CborItem.Array a && profile == PsaProfile.PSA_2_0_0) {
            List<byte[]> out = new ArrayList<>();
            for (CborItem i : a.items()) {
                if (!(i instanceof CborItem.Bytes b)) {
                    typeError(path(PsaClaim.NONCE), "each nonce", "a byte string", i);
                    return null;
                }
                out.add(b.value());
            }
            return out;
        }
        typeError(path(PsaClaim.NONCE), "nonce", profile == PsaProfile.PSA_2_0_0 ? "a byte string or an array of them" : "a single byte string", v);
        return null;
    }

    List<SoftwareComponent> components() {
        CborItem v = get(PsaClaim.SOFTWARE_COMPONENTS);
        if (v == null) {
            return null;
        }
        String base = path(PsaClaim.SOFTWARE_COMPONENTS);
        if (!(v instanceof CborItem.Array a)) {
            typeError(base, "software-components", "an array", v);
            return null;
        }
        List<SoftwareComponent> out = new ArrayList<>();
        for (int i = 0; i < a.items().size(); i++) {
            String p = base + "/" + i;
            if (!(a.items().get(i) instanceof CborItem.MapItem m)) {
                typeError(p, "a software component", "a map", a.items().get(i));
                continue;
            }
            for (CborItem k : m.entries().keySet()) {
                if (!(k instanceof CborItem.Int ki) || !Set.of(1L, 2L, 4L, 5L, 6L).contains(ki.value())) {
                    String msg = "unknown software component field " + CborDiagnostic.of(k);
                    findings.add(profile == PsaProfile.RFC_9783 ? Finding.error("PSA-UNKNOWN-FIELD", p, msg, "RFC 9783 allows keys 1, 2, 4, 5 and 6")
                            : Finding.warning("PSA-UNKNOWN-FIELD", p, msg + "; ignored", ""));
                }
            }
            out.add(new SoftwareComponent(componentText(m, 1, p, "measurement-type"), componentBytes(m, 2, p, "measurement-value"),
                    componentText(m, 4, p, "version"), componentBytes(m, 5, p, "signer-id"), componentText(m, 6, p, "measurement-description")));
        }
        return out;
    }

    private String componentText(CborItem.MapItem m, long key, String p, String name) {
        CborItem v = m.get(key);
        if (v == null || v instanceof CborItem.Text) {
            return v == null ? null : ((CborItem.Text) v).value();
        }
        typeError(p + "/" + key, name, "a text string", v);
        return null;
    }

    private byte[] componentBytes(CborItem.MapItem m, long key, String p, String name) {
        CborItem v = m.get(key);
        if (v == null || v instanceof CborItem.Bytes) {
            return v == null ? null : ((CborItem.Bytes) v).value();
        }
        typeError(p + "/" + key, name, "a byte string", v);
        return null;
    }

    void reportUnknownClaims() {
        if (profile == PsaProfile.PSA_IOT_PROFILE_1) {
            get(PsaClaim.NO_SOFTWARE_MEASUREMENTS);
        }
        for (CborItem k : map.entries().keySet()) {
            if (!known.contains(k)) {
                findings.add(Finding.info("PSA-EXTRA-CLAIM", "/" + CborDiagnostic.of(k),
                        "claim " + CborDiagnostic.of(k) + " is not part of the " + profile.id() + " profile; it is ignored", ""));
            }
        }
    }
}
