package org.trustbricks.web.attestation.bench;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.BufferedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import org.trustbricks.attestation.appraisal.AttestationKey;
import org.trustbricks.attestation.appraisal.Endorsements;
import org.trustbricks.attestation.appraisal.EndorsementsJson;
import org.trustbricks.attestation.appraisal.PlatformEndorsement;
import org.trustbricks.attestation.appraisal.ReferenceValue;
import org.trustbricks.attestation.cose.CoseAlgorithm;
import org.trustbricks.attestation.cose.SoftwareCoseSigner;
import org.trustbricks.attestation.psa.PsaClaims;
import org.trustbricks.attestation.psa.PsaProfile;
import org.trustbricks.attestation.psa.PsaTokenEncoder;
import org.trustbricks.attestation.psa.SoftwareComponent;
import org.trustbricks.attestation.services.PsaAttestationService;
import org.trustbricks.registry.attestation.AttestationNonces;
import org.trustbricks.registry.attestation.VerifierKeys;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.keys.KeyEncryptionKey;
import org.trustbricks.registry.keys.KeyEncryptionKeys;
import org.trustbricks.registry.db.DatabaseSettings;
import org.trustbricks.registry.tokens.ApiTokens;
import org.trustbricks.web.Services;
import org.trustbricks.web.WebServer;
import org.trustbricks.web.WebSettings;

/**
 * Load-test fixture for bench/attestation: starts the real server (embedded PostgreSQL, as {@code serve} does),
 * provisions 100 devices through the HTTP API, issues nonces through the verifier's nonce store (the store behind the
 * challenge endpoint, in batches of 1000 so that preparation is quick), has the devices sign one token per nonce, writes
 * the tokens (hex, one per line), prints {@code DATA <dir>} (where the embedded PostgreSQL keeps its files, so that the
 * script can account for its CPU time) and {@code READY <port>}, and serves until its standard input closes.
 */
public final class EvidenceLoadFixture {

    private EvidenceLoadFixture() {
    }

    public static void main(String[] args) throws Exception {
        Path tokensFile = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Path data = Files.createTempDirectory("tb-bench-data");
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (Database db = Database.open(new DatabaseSettings(null, null, null, data, 20), metrics)) {
            KeyEncryptionKeys.bind(db.jdbi(), KeyEncryptionKey.random());
            Services services = new Services(db, metrics, Clock.systemUTC());
            try (WebServer server = WebServer.start(WebSettings.local(0), services)) {
                prepare(server.port(), services, tokensFile, count);
                System.out.println("DATA " + data);
                System.out.println("READY " + server.port());
                System.out.flush();
                while (System.in.read() >= 0) {
                    Thread.onSpinWait();
                }
            }
        }
    }

    private static void prepare(int port, Services services, Path tokensFile, int count) throws Exception {
        var accounts = services.accounts();
        long org = accounts.ensureOrganisation("Bench Vendor", OrganisationKind.VENDOR);
        var user = accounts.createUser("bench@vendor.example", "Bench", "a long enough pass phrase", org);
        String apiToken = ApiTokens.using(services.database().jdbi()).create(user, "bench").token();
        byte[] impl = new byte[32];
        impl[0] = 0x42;
        SoftwareComponent bl = new SoftwareComponent("BL", new byte[32], "1.0", new byte[32], "sha-256");
        List<SoftwareCoseSigner> keys = IntStream.range(0, 100).mapToObj(i -> SoftwareCoseSigner.generate(CoseAlgorithm.ES256)).toList();
        List<AttestationKey> endorsed = keys.stream().map(k -> new AttestationKey(PsaAttestationService.instanceIdOf(k.publicKey().sec1()), k.publicKey())).toList();
        PlatformEndorsement p = new PlatformEndorsement(impl, "Bench", "bench platform", null, endorsed,
                List.of(new ReferenceValue("BL", "1.0", new byte[32], new byte[32])));
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/attestation/endorsements"))
                    .header("Authorization", "Bearer " + apiToken).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(EndorsementsJson.write(Endorsements.of("bench", List.of(p))))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("provisioning failed: " + r.body());
            }
        }
        var key = VerifierKeys.using(services.database().jdbi(), KeyEncryptionKeys.of(services.database().jdbi())).loadOrCreate();
        AttestationNonces nonces = AttestationNonces.using(services.database().jdbi(), key.nonceKey(), Clock.systemUTC(), Duration.ofMinutes(5));
        List<byte[]> issued = new ArrayList<>(count);
        for (int done = 0; done < count; done += AttestationNonces.MAX_BATCH) {
            nonces.issue(Math.min(AttestationNonces.MAX_BATCH, count - done), 32).forEach(n -> issued.add(n.value()));
        }
        String[] lines = IntStream.range(0, count).parallel().mapToObj(i -> {
            SoftwareCoseSigner k = keys.get(i % keys.size());
            PsaClaims c = new PsaClaims(PsaProfile.RFC_9783, PsaProfile.RFC_9783.id(), 1L, 0x3000L, impl,
                    PsaAttestationService.instanceIdOf(k.publicKey().sec1()), List.of(issued.get(i)), new byte[8], null,
                    List.of(bl), null, null);
            return HexFormat.of().formatHex(PsaTokenEncoder.sign(c, k));
        }).toArray(String[]::new);
        try (BufferedWriter w = Files.newBufferedWriter(tokensFile, StandardCharsets.US_ASCII)) {
            for (String l : lines) {
                w.write(l);
                w.newLine();
            }
        }
    }
}
