package org.trustbricks.cli.cert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.concurrent.Callable;
import org.trustbricks.cli.ExitCodes;
import org.trustbricks.cli.Output;
import org.trustbricks.registry.keys.MalformedSignedCertificateException;
import org.trustbricks.registry.keys.Pem;
import org.trustbricks.registry.keys.SignedCertificateVerifier;
import org.trustbricks.registry.keys.VerificationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trustbricks cert verify}: checks a signed certificate offline, against a CB certificate when given. */
@Command(name = "verify",
        mixinStandardHelpOptions = true,
        description = {"Checks a signed certificate (.jws) offline. With --cb-cert the signature must be the CB's;",
            "without it, only that the document is unchanged since signed by the certificate it carries."})
public final class CertVerifyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The signed certificate file (compact JWS).")
    Path file;

    @Option(names = "--cb-cert", paramLabel = "CERT.pem", description = "The issuing CB's published certificate (PEM or DER).")
    Path cbCert;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Output out = Output.of(spec);
        byte[] document;
        X509Certificate pinned = null;
        try {
            if (Files.size(file) > SignedCertificateVerifier.MAX_BYTES) {
                out.error("trustbricks: " + file + " is larger than " + SignedCertificateVerifier.MAX_BYTES + " bytes; not a signed certificate");
                return ExitCodes.FAILURE;
            }
            document = Files.readAllBytes(file);
            if (cbCert != null) {
                pinned = Pem.certificate(Files.readAllBytes(cbCert));
            }
        } catch (IOException e) {
            out.error("trustbricks: cannot read " + (cbCert != null && !Files.exists(cbCert) ? cbCert : file) + ": " + e.getClass().getSimpleName());
            return ExitCodes.FAILURE;
        } catch (MalformedSignedCertificateException e) {
            out.error("trustbricks: " + cbCert + ": " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        VerificationResult r = SignedCertificateVerifier.verify(document, pinned);
        if (json) {
            out.json(r);
        } else if (r.valid()) {
            out.line(file + ": valid: certificate " + r.certificateId() + " for " + r.product() + ", signed by " + r.certificationBody()
                    + " (key " + r.keyId() + ")");
            if (!r.pinned()) {
                out.line("  note: checked against the certificate inside the file only; pass --cb-cert with the CB's published certificate to check who signed it");
            }
        } else {
            out.line(file + ": NOT valid");
            r.problems().forEach(p -> out.line("  " + p));
        }
        return r.valid() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
