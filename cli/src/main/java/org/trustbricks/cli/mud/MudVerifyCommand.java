package org.trustbricks.cli.mud;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.trustbricks.cli.ExitCodes;
import org.trustbricks.cli.Output;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.mud.Mud;
import org.trustbricks.mud.sign.Pem;
import org.trustbricks.mud.sign.VerificationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trustbricks mud verify FILE --signature FILE.p7s --trust-anchor CA.pem}: exit 0 only when valid. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verify a MUD file's detached CMS signature against trust anchors. Exit 0 valid, 1 invalid.")
public final class MudVerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The MUD file (the exact bytes that were signed).")
    Path file;

    @Option(names = "--signature", paramLabel = "FILE.p7s", required = true, description = "The detached signature (DER).")
    Path signature;

    @Option(names = "--trust-anchor", paramLabel = "CA.pem", required = true,
            description = "Trust anchor certificates (PEM); repeat the option or put several in one file.")
    List<Path> anchors;

    @Option(names = "--at", paramLabel = "TIME",
            description = "Check certificates at this time: an RFC 3339 time, 'signing-time' or 'last-update' (default: now).")
    String at;

    @Option(names = "--device-cert", paramLabel = "CERT.pem",
            description = "Device certificate whose id-pe-mudsigner extension names the only acceptable signer.")
    Path deviceCert;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Output out = Output.of(spec);
        Mud mud = Mud.create();
        try {
            byte[] content = MudFiles.read(file);
            byte[] p7s = MudFiles.read(signature);
            List<java.security.cert.X509Certificate> trust = new java.util.ArrayList<>();
            for (Path a : anchors) {
                trust.addAll(Pem.certificates(MudFiles.read(a)));
            }
            Instant when = null;
            if ("signing-time".equals(at)) {
                when = mud.verify(content, p7s, trust, null).signingTime();
                if (when == null) {
                    out.error("the signature has no signing-time attribute");
                    return ExitCodes.FAILURE;
                }
            } else if ("last-update".equals(at)) {
                when = mud.lastUpdate(content).orElse(null);
                if (when == null) {
                    out.error(file + " has no readable last-update");
                    return ExitCodes.FAILURE;
                }
            } else if (at != null) {
                when = OffsetDateTime.parse(at).toInstant();
            }
            var device = deviceCert == null ? null : Pem.certificates(MudFiles.read(deviceCert)).get(0);
            VerificationResult r = mud.verify(content, p7s, trust, when, device);
            if (json) {
                out.json(r);
            } else {
                out.line(file + ": " + r.status() + ": " + r.message());
                if (r.signerSubject() != null) {
                    out.line("  signer: " + r.signerSubject());
                }
                out.line("  checked at: " + r.checkedAt() + (r.signingTime() == null ? "" : ", signed at: " + r.signingTime()));
                r.details().forEach(d -> out.line("  " + d));
            }
            return r.valid() ? ExitCodes.OK : ExitCodes.FAILURE;
        } catch (DateTimeParseException e) {
            out.error("--at: not an RFC 3339 time, 'signing-time' or 'last-update': " + at);
            return ExitCodes.USAGE;
        } catch (IOException | MalformedInputException e) {
            out.error("cannot verify: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }
}
