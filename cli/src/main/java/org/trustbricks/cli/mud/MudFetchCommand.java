package org.trustbricks.cli.mud;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.trustbricks.cli.ExitCodes;
import org.trustbricks.cli.Output;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.mud.sign.VerificationResult;
import org.trustbricks.mudmanager.MudManager;
import org.trustbricks.mudmanager.fetch.FetchOptions;
import org.trustbricks.mudmanager.fetch.FetchResult;
import org.trustbricks.mudmanager.net.Prefix;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trustbricks mud fetch URL}: fetches a MUD file with the manager's safety checks. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = "Fetch a MUD file safely: https only, certificate checked, size and time limits, redirects "
                + "re-checked, no private/loopback/link-local targets unless allowed, Accept: application/mud+json.")
public final class MudFetchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "URL", description = "The MUD URL (https).")
    String url;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the MUD file here instead of standard output.")
    Path out;

    @Option(names = "--allow-private", paramLabel = "PREFIX", split = ",",
            description = "Private, loopback or link-local prefixes that may nevertheless be fetched from.")
    List<String> allowPrivate = new ArrayList<>();

    @Option(names = "--dev-http-loopback",
            description = "Development only: allow plain http to loopback addresses.")
    boolean devHttpLoopback;

    @Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "1048576",
            description = "Largest MUD file accepted (default: ${DEFAULT-VALUE}).")
    int maxBytes;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "15",
            description = "Time limit for the whole fetch, body included (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--trust-anchor", paramLabel = "CA.pem",
            description = "Also fetch the file's signature (its mud-signature URI, else the .p7s beside the file) and "
                    + "verify it against these manufacturer trust anchors (PEM); repeat the option or put several in one "
                    + "file. Exit 1 unless the signature is valid.")
    List<Path> anchors = List.of();

    @Option(names = "--device-cert", paramLabel = "CERT.pem",
            description = "With --trust-anchor: the device certificate whose MUD-signer extension names the only "
                    + "acceptable signer.")
    Path deviceCert;

    @Option(names = "--json", description = "Print the fetch result (body in base64, findings) as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Output output = Output.of(spec);
        List<Prefix> allowed = new ArrayList<>();
        for (String p : allowPrivate) {
            try {
                allowed.add(Prefix.parse(p));
            } catch (IllegalArgumentException e) {
                output.error("--allow-private: not an IP prefix: " + p);
                return ExitCodes.USAGE;
            }
        }
        if (maxBytes < 1 || timeoutSeconds < 1) {
            output.error("--max-bytes and --timeout must be positive");
            return ExitCodes.USAGE;
        }
        FetchOptions options = FetchOptions.defaults().allowingPrivate(allowed).withHttpOnLoopback(devHttpLoopback)
                .withLimits(maxBytes, Duration.ofSeconds(timeoutSeconds));
        FetchResult r = MudManager.fetch(url, options);
        VerificationResult signature = null;
        if (r.ok() && !anchors.isEmpty()) {
            try {
                signature = SignatureCheck.fetchAndVerify(r, options, anchors, deviceCert);
            } catch (IOException | MalformedInputException e) {
                output.error("cannot verify: " + e.getMessage());
                return ExitCodes.FAILURE;
            } catch (SignatureCheck.SignatureNotFetchedException e) {
                MudCliText.findingsToErr(output, e.url(), e.findings());
                return ExitCodes.FAILURE;
            }
        }
        if (json) {
            output.json(signature == null ? r : java.util.Map.of("fetch", r, "signature", signature));
        } else if (r.ok() && out != null) {
            Files.write(out, r.body());
            output.line("wrote " + r.body().length + " bytes from " + r.finalUrl() + " to " + out);
        } else if (r.ok()) {
            output.line(new String(r.body(), StandardCharsets.UTF_8));
        }
        if (!json) {
            MudCliText.findingsToErr(output, url, r.findings());
            if (signature != null) {
                output.error("signature: " + signature.status() + ": " + signature.message()
                        + (signature.signerSubject() == null ? "" : " (signer " + signature.signerSubject() + ")"));
            }
        }
        return r.ok() && (signature == null || signature.valid()) ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
