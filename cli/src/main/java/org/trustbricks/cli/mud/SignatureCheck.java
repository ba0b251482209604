package org.trustbricks.cli.mud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.trustbricks.common.Finding;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.mud.Mud;
import org.trustbricks.mud.sign.Pem;
import org.trustbricks.mud.sign.VerificationResult;
import org.trustbricks.mudmanager.fetch.FetchOptions;
import org.trustbricks.mudmanager.fetch.FetchResult;
import org.trustbricks.mudmanager.fetch.MudFetcher;

/** Fetches the signature of a fetched MUD file and verifies it against trust anchors, for {@code mud fetch}. */
final class SignatureCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SignatureCheck() {
    }

    /** The signature could not be fetched; {@link #findings()} say why. */
    static final class SignatureNotFetchedException extends Exception {
        private final transient FetchResult result;

        SignatureNotFetchedException(FetchResult result) {
            super("the signature could not be fetched");
            this.result = result;
        }

        String url() {
            return result.requestedUrl();
        }

        List<Finding> findings() {
            return result.findings();
        }
    }

    /** Fetches the signature named by the file (or the .p7s convention) and verifies the fetched bytes with it. */
    static VerificationResult fetchAndVerify(FetchResult mudFile, FetchOptions options, List<Path> anchorFiles, Path deviceCert)
            throws IOException, MalformedInputException, SignatureNotFetchedException {
        List<X509Certificate> anchors = new ArrayList<>();
        for (Path a : anchorFiles) {
            anchors.addAll(Pem.certificates(MudFiles.read(a)));
        }
        X509Certificate device = deviceCert == null ? null : Pem.certificates(MudFiles.read(deviceCert)).get(0);
        FetchResult signature = MudFetcher.create(options).fetchSignature(mudFile.finalUrl(), signatureUri(mudFile.body()));
        if (!signature.ok()) {
            throw new SignatureNotFetchedException(signature);
        }
        return Mud.create().verify(mudFile.body(), signature.body(), anchors, null, device);
    }

    /** The file's mud-signature URI, or null when it names none (or is not JSON). */
    private static String signatureUri(byte[] body) {
        try {
            JsonNode uri = JSON.readTree(body).path("ietf-mud:mud").path("mud-signature");
            return uri.isTextual() ? uri.asText() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
