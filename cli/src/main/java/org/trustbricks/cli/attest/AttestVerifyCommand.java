package org.trustbricks.cli.attest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import org.trustbricks.attestation.Verifier;
import org.trustbricks.attestation.appraisal.AttestationResult;
import org.trustbricks.attestation.appraisal.EndorsementsJson;
import org.trustbricks.attestation.appraisal.NonceValidator;
import org.trustbricks.attestation.appraisal.TrustVector;
import org.trustbricks.attestation.cose.EcPublicKey;
import org.trustbricks.cli.ExitCodes;
import org.trustbricks.cli.Output;
import org.trustbricks.common.MalformedInputException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trustbricks attest verify TOKEN --key PUBLIC.pem | --endorsements FILE}: appraises a PSA token. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify and appraise a PSA attestation token: signature, claims, nonce (with --nonce), lifecycle,"
                + " and with --endorsements also the firmware against reference values.",
            "Exit 0 when the token is admitted (warnings are printed), 1 when it is rejected or an input is invalid, 2 on usage errors."})
public final class AttestVerifyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TOKEN", description = "Token file: binary CBOR, or its hex or base64 text.")
    Path token;

    @ArgGroup(exclusive = true, multiplicity = "1")
    KeySource keys;

    /** Where the verification key comes from: exactly one of the two. */
    static final class KeySource {
        @Option(names = "--key", paramLabel = "PUBLIC.pem", required = true,
                description = "The device's attestation public key (PEM); the token's own ids are taken as endorsed.")
        Path key;

        @Option(names = "--endorsements", paramLabel = "FILE", required = true,
                description = "Endorsements in the TrustBricks JSON form (keys per instance, reference values, certificate ids).")
        Path endorsements;
    }

    @Option(names = "--nonce", paramLabel = "HEX", description = "The challenge the token must carry (32, 48 or 64 bytes in hex).")
    String nonce;

    @Option(names = "--json", description = "Print the appraisal result as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        NonceValidator nonces = nonceValidator();
        Output out = Output.of(spec);
        AttestationResult r;
        try {
            byte[] t = TokenInput.read(token);
            if (keys.key != null) {
                EcPublicKey key = EcPublicKey.fromPem(new String(TokenInput.readSmall(keys.key, 64 * 1024), StandardCharsets.US_ASCII));
                r = Verifier.appraiseWithKey(t, key, nonces);
            } else {
                r = Verifier.create(EndorsementsJson.read(TokenInput.readSmall(keys.endorsements, 8 * 1024 * 1024))).appraise(t, nonces);
            }
        } catch (IOException | MalformedInputException e) {
            out.error("trustbricks: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        if (json) {
            out.json(r);
        } else {
            print(out, r);
        }
        return r.admitted() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private NonceValidator nonceValidator() {
        if (nonce == null) {
            return NonceValidator.notChecked();
        }
        byte[] n;
        try {
            n = HexFormat.of().parseHex(nonce.strip());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--nonce must be hexadecimal");
        }
        if (n.length != 32 && n.length != 48 && n.length != 64) {
            throw new ParameterException(spec.commandLine(), "--nonce must be 32, 48 or 64 bytes, got " + n.length);
        }
        return NonceValidator.expecting(n);
    }

    private static void print(Output out, AttestationResult r) {
        TrustVector v = r.trustVector();
        out.line("verdict: " + r.verdict() + " (EAR status " + r.status().label() + ")");
        out.line("trust vector: instance-identity " + v.instanceIdentity() + ", configuration " + v.configuration()
                + ", executables " + v.executables() + ", file-system " + v.fileSystem() + ", hardware " + v.hardware()
                + ", runtime-opaque " + v.runtimeOpaque() + ", storage-opaque " + v.storageOpaque() + ", sourced-data " + v.sourcedData());
        if (r.profile() != null) {
            out.line("profile: " + r.profile());
            out.line("implementation id: " + r.implementationId());
            out.line("instance id: " + r.instanceId());
            out.line("nonce: " + r.nonce() + " (" + r.nonceStatus().name().toLowerCase().replace('_', ' ') + ")");
        }
        if (r.certification() != null) {
            out.line("platform certificate: " + (r.certification().certificateId() == null ? "none linked" : r.certification().certificateId())
                    + ", status " + r.certification().status().name().toLowerCase().replace('_', ' ')
                    + (r.certification().claimedReference() == null ? "" : "; the token claims " + r.certification().claimedReference()));
        }
        out.line("reasons:");
        r.reasons().forEach(s -> out.line("  - " + s));
    }
}
