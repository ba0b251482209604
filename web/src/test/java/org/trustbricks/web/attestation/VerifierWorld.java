package org.trustbricks.web.attestation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.trustbricks.registry.auth.Accounts;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.registry.auth.User;
import org.trustbricks.registry.cert.Certificate;
import org.trustbricks.registry.cert.CertificateDraft;
import org.trustbricks.registry.cert.Certificates;
import org.trustbricks.registry.keys.CbKeys;
import org.trustbricks.registry.keys.KeyEncryptionKeys;
import org.trustbricks.registry.scheme.Schemes;
import org.trustbricks.registry.tokens.ApiTokens;
import org.trustbricks.web.Services;
import org.trustbricks.web.testing.TestServer;

/** Organisations, API tokens and registry certificates for verifier tests, plus HTTP helpers for its API. */
final class VerifierWorld {

    static final ObjectMapper JSON = new ObjectMapper();

    private VerifierWorld() {
    }

    /** A user of a new organisation of the given kind, with an API token. */
    record Member(User user, String token) {
        String bearer() {
            return "Bearer " + token;
        }
    }

    static Member member(Services s, String organisation, OrganisationKind kind) {
        Accounts accounts = s.accounts();
        long org = accounts.ensureOrganisation(organisation, kind);
        String email = organisation.toLowerCase().replaceAll("[^a-z0-9]", "") + "@example.org";
        User u = accounts.createUser(email, organisation + " person", "a long enough pass phrase", org);
        return new Member(u, ApiTokens.using(s.database().jdbi()).create(u, "tests").token());
    }

    /** A certificate issued in the registry for the vendor; returns it and the CB member (who can terminate it). */
    static Issued certificateFor(Services s, Member vendor) {
        Member owner = member(s, "Scheme Owner " + System.nanoTime(), OrganisationKind.SCHEME_OWNER);
        Member cb = member(s, "Cert Body " + System.nanoTime(), OrganisationKind.CERTIFICATION_BODY);
        Member lab = member(s, "Lab " + System.nanoTime(), OrganisationKind.LABORATORY);
        var scheme = Schemes.using(s.database().jdbi()).create(owner.user(), "S" + System.nanoTime(), "Test scheme");
        CbKeys keys = CbKeys.using(s.database().jdbi(), KeyEncryptionKeys.of(s.database().jdbi()));
        CertificateDraft d = new CertificateDraft(null, scheme.id(), scheme.code(), vendor.user().organisationId(),
                lab.user().organisationId(), cb.user().organisationId(), "Platform", "1.0", "SESIP3", List.of(), List.of(),
                "EN 17927:2023", LocalDate.now(), LocalDate.now().plusYears(2), "ST-1", "ETR-1", "", "", List.of(), null);
        Certificate c = s.database().jdbi().inTransaction(h -> Certificates.issue(h, d, keys, "tests"));
        return new Issued(c.id(), cb);
    }

    record Issued(String id, Member cb) {
    }

    static byte[] challenge(TestServer server) {
        HttpResponse<String> r = TestServer.send(server.request("/api/attestation/challenges").POST(HttpRequest.BodyPublishers.noBody()).build());
        if (r.statusCode() != 201) {
            throw new AssertionError("challenge failed: " + r.statusCode() + " " + r.body());
        }
        return Base64.getDecoder().decode(json(r).path("nonce").asText());
    }

    static HttpResponse<String> evidence(TestServer server, byte[] token) {
        return TestServer.send(server.request("/api/attestation/evidence").header("Content-Type", "application/psa-attestation-token")
                .POST(HttpRequest.BodyPublishers.ofByteArray(token)).build());
    }

    static HttpResponse<String> provision(TestServer server, Member who, String document) {
        return TestServer.send(server.request("/api/attestation/endorsements").header("Authorization", who.bearer())
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(document)).build());
    }

    /** Waits (bounded) until the server's in-memory endorsements reflect the database's current attestation version. */
    static void awaitCurrent(TestServer s) {
        long wanted = org.trustbricks.registry.attestation.EndorsementStore.using(s.services().database().jdbi(), KeyEncryptionKeys.of(s.services().database().jdbi())).version();
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (json(s.get("/api/attestation/status")).path("version").asLong() >= wanted) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("the verifier did not reach version " + wanted + " within 15 s");
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + r.body(), e);
        }
    }
}
