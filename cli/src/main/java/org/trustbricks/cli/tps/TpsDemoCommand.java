package org.trustbricks.cli.tps;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.trustbricks.attestation.appraisal.Ear;
import org.trustbricks.attestation.appraisal.Endorsements;
import org.trustbricks.attestation.appraisal.EndorsementsJson;
import org.trustbricks.attestation.cose.EcCurve;
import org.trustbricks.attestation.cose.EcPublicKey;
import org.trustbricks.attestation.device.SimulatedDevice;
import org.trustbricks.attestation.sc.SecureComponentException;
import org.trustbricks.attestation.tps.ServiceIdentifier;
import org.trustbricks.attestation.tps.TpsException;
import org.trustbricks.cli.ExitCodes;
import org.trustbricks.cli.Output;
import org.trustbricks.common.MalformedInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code trustbricks tps demo}: a simulated device discovers its TPS services, gets a nonce from a running verifier,
 * has its secure component sign a PSA token over it, submits it and prints the attestation result.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run a simulated device against a running TrustBricks verifier: service discovery, challenge,",
            "PSA token signed in the device's secure component (SoftHSM2 when installed), evidence, attestation result.",
            "Exit code 0 when the device is admitted, 1 when it is rejected or the verifier cannot be used."})
public final class TpsDemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL", defaultValue = "${env:TRUSTBRICKS_URL:-http://127.0.0.1:8080}",
            description = "Base URL of the TrustBricks server (env TRUSTBRICKS_URL, default ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--token", paramLabel = "API_TOKEN", defaultValue = "${env:TRUSTBRICKS_API_TOKEN}",
            description = "A vendor's API token: the demo then provisions its own endorsement first (env TRUSTBRICKS_API_TOKEN).")
    String apiToken;

    @Option(names = "--certificate", paramLabel = "CERTIFICATE_ID",
            description = "Link the demo platform to this certificate of the registry (it must belong to the token's vendor).")
    String certificateId;

    @Option(names = "--software", description = "Use the in-process software component even when SoftHSM2 is installed.")
    boolean software;

    @Option(names = "--json", description = "Print the attestation result as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Output out = Output.of(spec);
        try (DemoDevice demo = DemoDevice.open(software); VerifierClient verifier = VerifierClient.at(url)) {
            return run(out, demo, verifier);
        } catch (SecureComponentException | TpsException e) {
            out.error("the simulated device failed: " + e.getMessage());
        } catch (VerifierClient.UnreachableVerifierException e) {
            out.error(e.getMessage());
        }
        return ExitCodes.FAILURE;
    }

    private int run(Output out, DemoDevice demo, VerifierClient verifier) throws TpsException, VerifierClient.UnreachableVerifierException {
        SimulatedDevice device = demo.device();
        out.line("Secure component: " + device.component().protection());
        if (demo.fallbackReason() != null) {
            out.line("  NO HARDWARE PROTECTION: the keys live in this process's memory, because " + demo.fallbackReason() + ".");
        }
        out.line("Services discovered through the TPS Client API:");
        for (ServiceIdentifier s : device.discover()) {
            out.line("  service " + s.serviceId() + " instance " + s.serviceInstance() + " version " + s.serviceVersion());
        }
        VerifierClient.Reply status = verifier.get("/api/attestation/status");
        if (!status.ok()) {
            out.error(url + " does not offer the attestation verifier (" + status.status() + "): " + status.detail());
            return ExitCodes.FAILURE;
        }
        byte[] endorsement = EndorsementsJson.write(Endorsements.of("tps-demo", List.of(device.endorsement(certificateId))));
        if (!provision(out, verifier, endorsement)) {
            out.line("Not provisioned, so the verifier will not recognise this device. To be recognised, a vendor provisions:");
            out.line("  PUT " + url + "/api/attestation/endorsements   (Authorization: Bearer <vendor API token>)");
            out.line(new String(endorsement, StandardCharsets.UTF_8).indent(2).stripTrailing());
            out.line("  (or rerun with --token <vendor API token>)");
        }
        VerifierClient.Reply challenge = verifier.post("/api/attestation/challenges", "application/json", new byte[0]);
        if (challenge.status() != 201) {
            out.error("the verifier refused a challenge (" + challenge.status() + "): " + challenge.detail());
            return ExitCodes.FAILURE;
        }
        byte[] nonce = Base64.getDecoder().decode(challenge.body().path("nonce").asText());
        out.line("Nonce from the verifier: " + challenge.body().path("nonceHex").asText() + " (valid until "
                + challenge.body().path("expiresAt").asText() + ")");
        byte[] token = device.attest(nonce);
        out.line("PSA token signed by the attestation service: " + token.length + " bytes");
        VerifierClient.Reply result = verifier.post("/api/attestation/evidence", "application/psa-attestation-token", token);
        if (!result.ok()) {
            out.error("the verifier did not appraise the token (" + result.status() + "): " + result.detail());
            return ExitCodes.FAILURE;
        }
        String earCheck = checkEar(verifier, result.body().path("ear").asText());
        print(out, result.body(), earCheck);
        return result.body().path("verdict").asText().startsWith("ADMITTED") ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private boolean provision(Output out, VerifierClient verifier, byte[] endorsement) throws VerifierClient.UnreachableVerifierException {
        if (apiToken == null || apiToken.isBlank()) {
            out.line("No API token given (--token or TRUSTBRICKS_API_TOKEN).");
            return false;
        }
        VerifierClient.Reply r = verifier.put("/api/attestation/endorsements", apiToken.strip(), endorsement);
        if (r.ok()) {
            out.line("Provisioned the demo platform's endorsement (this device's key and firmware reference values;"
                    + " it replaces earlier demo devices of the same platform).");
            return true;
        }
        out.line("Provisioning was refused (" + r.status() + "): " + r.detail());
        return false;
    }

    private static String checkEar(VerifierClient verifier, String ear) throws VerifierClient.UnreachableVerifierException {
        JsonNode jwk = verifier.get("/api/attestation/verifier-key").body();
        try {
            EcPublicKey key = EcPublicKey.of(EcCurve.P256, new BigInteger(1, Base64.getUrlDecoder().decode(jwk.path("x").asText())),
                    new BigInteger(1, Base64.getUrlDecoder().decode(jwk.path("y").asText())));
            Ear.verify(ear, key);
            return "the EAR's signature verifies with the verifier's published key " + jwk.path("kid").asText();
        } catch (MalformedInputException | IllegalArgumentException e) {
            return "the EAR could NOT be verified with the published key: " + e.getMessage();
        }
    }

    private void print(Output out, JsonNode body, String earCheck) {
        JsonNode r = body.path("result");
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("verdict", body.path("verdict").asText());
            doc.put("earCheck", earCheck);
            doc.put("result", r);
            doc.put("ear", body.path("ear").asText());
            out.json(doc);
            return;
        }
        out.line("Verdict: " + body.path("verdict").asText() + " (EAR status " + body.path("status").asText() + ")");
        out.line("Trust vector: " + r.path("trustVector"));
        JsonNode cert = r.path("certification");
        if (!cert.isMissingNode() && !cert.isNull()) {
            out.line("Platform certificate: " + (cert.path("certificateId").isNull() ? "none linked" : cert.path("certificateId").asText())
                    + ", status " + cert.path("status").asText() + "; the token claims " + cert.path("claimedReference").asText("nothing")
                    + " (self-asserted)");
        }
        out.line("Reasons:");
        r.path("reasons").forEach(x -> out.line("  - " + x.asText()));
        out.line("EAR: " + earCheck);
    }
}
