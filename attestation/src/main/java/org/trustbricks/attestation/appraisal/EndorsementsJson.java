package org.trustbricks.attestation.appraisal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.trustbricks.attestation.cose.EcPublicKey;
import org.trustbricks.attestation.cose.HmacKey;
import org.trustbricks.attestation.cose.VerificationKey;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.common.UntrustedJson;

/** Reads and writes endorsements in the JSON form documented in docs/attestation/endorsements.md. */
public final class EndorsementsJson {

    /** The format identifier carried in the "profile" member. */
    public static final String PROFILE = "tag:trustbricks.org,2026:psa-endorsements#1";

    private static final UntrustedJson READER = UntrustedJson.withLimits(8 * 1024 * 1024, 16);
    private static final ObjectMapper JSON = new ObjectMapper();

    private EndorsementsJson() {
    }

    /** Reads an endorsement document; every problem names its JSON pointer. */
    public static Endorsements read(byte[] json) throws MalformedInputException {
        JsonNode root = READER.read(json);
        if (!PROFILE.equals(root.path("profile").asText(null))) {
            throw fail("/profile", "must be \"" + PROFILE + "\"");
        }
        String id = text(root, "id", "/id", true);
        JsonNode platforms = root.get("platforms");
        if (platforms == null || !platforms.isArray()) {
            throw fail("/platforms", "must be an array");
        }
        List<PlatformEndorsement> out = new ArrayList<>();
        for (int i = 0; i < platforms.size(); i++) {
            out.add(platform(platforms.get(i), "/platforms/" + i));
        }
        return Endorsements.of(id, out);
    }

    private static PlatformEndorsement platform(JsonNode p, String at) throws MalformedInputException {
        JsonNode cls = p.get("class");
        if (cls == null || !cls.isObject()) {
            throw fail(at + "/class", "must be an object");
        }
        byte[] impl = bytes(cls, "implementation-id", at + "/class/implementation-id", 32);
        List<AttestationKey> keys = new ArrayList<>();
        JsonNode ak = p.path("attest-key-triples");
        for (int i = 0; i < ak.size(); i++) {
            String kat = at + "/attest-key-triples/" + i;
            JsonNode k = ak.get(i);
            byte[] inst = bytes(k, "instance-id", kat + "/instance-id", 33);
            VerificationKey key;
            if (k.has("public-key")) {
                try {
                    key = EcPublicKey.fromPem(text(k, "public-key", kat + "/public-key", true));
                } catch (MalformedInputException e) {
                    throw fail(kat + "/public-key", e.getMessage());
                }
            } else if (k.has("hmac-key")) {
                byte[] secret = bytes(k, "hmac-key", kat + "/hmac-key", -1);
                if (secret.length < 16) {
                    throw fail(kat + "/hmac-key", "must be at least 16 bytes");
                }
                key = HmacKey.of(secret);
            } else {
                throw fail(kat, "needs \"public-key\" (PEM) or \"hmac-key\" (base64)");
            }
            keys.add(new AttestationKey(inst, key));
        }
        List<ReferenceValue> refs = new ArrayList<>();
        JsonNode rv = p.path("reference-triples");
        for (int i = 0; i < rv.size(); i++) {
            String rat = at + "/reference-triples/" + i;
            JsonNode r = rv.get(i);
            JsonNode digest = r.get("digest");
            if (digest == null || !digest.isObject()) {
                throw fail(rat + "/digest", "must be an object {\"alg\", \"value\"}");
            }
            text(digest, "alg", rat + "/digest/alg", true);
            refs.add(new ReferenceValue(text(r, "measurement-type", rat + "/measurement-type", false),
                    text(r, "version", rat + "/version", false), bytes(digest, "value", rat + "/digest/value", -1),
                    r.has("signer-id") ? bytes(r, "signer-id", rat + "/signer-id", -1) : null));
        }
        return new PlatformEndorsement(impl, text(cls, "vendor", at + "/class/vendor", false), text(cls, "model", at + "/class/model", false),
                text(p, "certificate-id", at + "/certificate-id", false), keys, refs);
    }

    /** Writes endorsements in the documented form. */
    public static byte[] write(Endorsements e) {
        ObjectNode root = JSON.createObjectNode().put("profile", PROFILE).put("id", e.id());
        ArrayNode ps = root.putArray("platforms");
        Base64.Encoder b64 = Base64.getEncoder();
        for (PlatformEndorsement p : e.platforms()) {
            ObjectNode o = ps.addObject();
            ObjectNode cls = o.putObject("class").put("implementation-id", b64.encodeToString(p.implementationId()));
            if (p.vendor() != null) {
                cls.put("vendor", p.vendor());
            }
            if (p.model() != null) {
                cls.put("model", p.model());
            }
            if (p.certificateId() != null) {
                o.put("certificate-id", p.certificateId());
            }
            ArrayNode keys = o.putArray("attest-key-triples");
            for (AttestationKey k : p.attestationKeys()) {
                ObjectNode ko = keys.addObject().put("instance-id", b64.encodeToString(k.instanceId()));
                if (k.key() instanceof EcPublicKey ec) {
                    ko.put("public-key", ec.toPem());
                }
            }
            ArrayNode refs = o.putArray("reference-triples");
            for (ReferenceValue r : p.referenceValues()) {
                ObjectNode ro = refs.addObject();
                if (r.measurementType() != null) {
                    ro.put("measurement-type", r.measurementType());
                }
                if (r.version() != null) {
                    ro.put("version", r.version());
                }
                ro.putObject("digest").put("alg", "sha-256").put("value", b64.encodeToString(r.digest()));
                if (r.signerId() != null) {
                    ro.put("signer-id", b64.encodeToString(r.signerId()));
                }
            }
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException("serialising endorsements failed", ex);
        }
    }

    private static String text(JsonNode o, String name, String at, boolean required) throws MalformedInputException {
        JsonNode v = o.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                throw fail(at, "is required");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw fail(at, "must be a string");
        }
        return v.textValue();
    }

    private static byte[] bytes(JsonNode o, String name, String at, int size) throws MalformedInputException {
        String t = text(o, name, at, true);
        byte[] b;
        try {
            b = t.contains("-") || t.contains("_") ? Base64.getUrlDecoder().decode(t) : Base64.getDecoder().decode(t);
        } catch (IllegalArgumentException e) {
            throw fail(at, "must be base64");
        }
        if (size > 0 && b.length != size) {
            throw fail(at, "must be " + size + " bytes, found " + b.length);
        }
        if (b.length == 0) {
            throw fail(at, "must not be empty");
        }
        return b;
    }

    private static MalformedInputException fail(String at, String msg) {
        return new MalformedInputException(at + " " + msg, at, null);
    }
}
