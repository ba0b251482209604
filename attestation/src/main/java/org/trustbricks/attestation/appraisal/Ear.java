package org.trustbricks.attestation.appraisal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.trustbricks.attestation.cose.CoseAlgorithm;
import org.trustbricks.attestation.cose.CoseSigner;
import org.trustbricks.attestation.cose.Ecdsa;
import org.trustbricks.attestation.cose.EcPublicKey;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.common.UntrustedJson;

/**
 * EAT Attestation Results (draft-ietf-rats-ear) as ES256 JWTs: the appraisal goes under {@code submods.PSA_IOT}
 * with its status, trustworthiness vector, and TrustBricks extensions for the reasons and the certification view.
 */
public final class Ear {

    /** The EAR profile. */
    public static final String PROFILE = "tag:github.com,2023:veraison/ear";
    /** The appraisal policy identifier of the PSA procedure implemented here. */
    public static final String POLICY_ID = "policy:trustbricks/psa-appraisal/1";

    /** Buffers pooled across threads: a server signs EARs on short-lived virtual threads, which a per-thread pool cannot serve. */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .recyclerPool(JsonRecyclerPools.sharedConcurrentDequePool()).build());
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final UntrustedJson READER = UntrustedJson.withLimits(256 * 1024, 16);

    private Ear() {
    }

    /** The EAR claims-set of a result. */
    public static ObjectNode claims(AttestationResult r, String verifierBuild) {
        ObjectNode root = JSON.createObjectNode();
        root.put("eat_profile", PROFILE);
        root.put("iat", r.issuedAt());
        root.putObject("ear.verifier-id").put("developer", "TrustBricks").put("build", verifierBuild);
        if (r.nonce() != null) {
            root.put("eat_nonce", B64URL.encodeToString(HexFormat.of().parseHex(r.nonce())));
        }
        ObjectNode appraisal = root.putObject("submods").putObject("PSA_IOT");
        appraisal.put("ear.status", r.status().label());
        appraisal.set("ear.trustworthiness-vector", JSON.valueToTree(r.trustVector()));
        appraisal.put("ear.appraisal-policy-id", POLICY_ID);
        appraisal.set("trustbricks.reasons", JSON.valueToTree(r.reasons()));
        if (r.certification() != null) {
            appraisal.set("trustbricks.certification", JSON.valueToTree(r.certification()));
        }
        return root;
    }

    /** The result as a signed JWT (compact JWS, ES256). */
    public static String sign(AttestationResult r, CoseSigner signer, String verifierBuild) {
        if (signer.algorithm() != CoseAlgorithm.ES256) {
            throw new IllegalArgumentException("EAR results are signed with ES256");
        }
        String header = B64URL.encodeToString("{\"alg\":\"ES256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload;
        try {
            payload = B64URL.encodeToString(JSON.writeValueAsBytes(claims(r, verifierBuild)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("serialising an EAR failed", e);
        }
        String input = header + "." + payload;
        return input + "." + B64URL.encodeToString(signer.sign(input.getBytes(StandardCharsets.US_ASCII)));
    }

    /** Verifies an EAR JWT with the verifier's public key and returns its claims; refuses any alg but ES256. */
    public static JsonNode verify(String jwt, EcPublicKey verifierKey) throws MalformedInputException {
        String[] parts = jwt.split("\\.", -1);
        if (parts.length != 3) {
            throw new MalformedInputException("a JWT has three dot-separated parts");
        }
        try {
            JsonNode header = READER.read(Base64.getUrlDecoder().decode(parts[0]));
            if (!"ES256".equals(header.path("alg").asText())) {
                throw new MalformedInputException("the EAR must be signed with ES256, found alg " + header.path("alg"));
            }
            byte[] sig = Base64.getUrlDecoder().decode(parts[2]);
            if (!Ecdsa.verify(verifierKey, (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII), sig)) {
                throw new MalformedInputException("the EAR signature does not verify with the verifier's key");
            }
            return READER.read(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IllegalArgumentException e) {
            throw new MalformedInputException("the JWT is not base64url");
        }
    }
}
