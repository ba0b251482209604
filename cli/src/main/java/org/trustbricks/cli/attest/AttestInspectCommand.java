package org.trustbricks.cli.attest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.trustbricks.attestation.Attestation;
import org.trustbricks.attestation.ExplainedClaim;
import org.trustbricks.attestation.TokenReport;
import org.trustbricks.cli.ExitCodes;
import org.trustbricks.cli.Output;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trustbricks attest inspect TOKEN}: decodes a PSA token and explains its claims, without verifying it. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Decode a PSA attestation token (COSE_Sign1 or COSE_Mac0, RFC 9783 or older profiles) and explain its claims.",
            "It does not verify the signature or the nonce: use 'attest verify' for that.",
            "Exit 0 when the claims follow their profile, 1 when they do not or the file is not a token, 2 on usage errors."})
public final class AttestInspectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TOKEN", description = "Token file: binary CBOR, or its hex or base64 text.")
    Path token;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Output out = Output.of(spec);
        TokenReport r;
        try {
            r = Attestation.inspect(TokenInput.read(token));
        } catch (IOException e) {
            out.error("trustbricks: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        if (json) {
            out.json(r);
        } else if (!r.readable()) {
            out.error(token + ": not a readable token: " + r.error());
        } else {
            print(out, r);
        }
        return r.readable() && r.claimsValid() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private void print(Output out, TokenReport r) {
        out.line(r.envelope() + (r.cwtTagged() ? " in a CWT tag" : "") + ", algorithm " + r.algorithm()
                + ", profile " + (r.profile() == null ? "unknown" : r.profile())
                + (r.lifecycle() == null ? "" : ", lifecycle " + r.lifecycle()));
        out.line("claims:");
        for (ExplainedClaim c : r.claims()) {
            out.line("  " + c.key() + " " + c.name() + " = " + c.value());
            out.line("      " + c.meaning());
        }
        if (!r.findings().isEmpty()) {
            out.findings(token.toString(), r.findings());
        }
        out.line(r.claimsValid() ? "the claims follow their profile" : "the claims break their profile's rules");
        r.notes().forEach(n -> out.line("note: " + n));
    }
}
