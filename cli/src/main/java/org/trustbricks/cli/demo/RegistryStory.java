package org.trustbricks.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trustbricks.cli.Output;

/** The registry side of the story: finding the demo certificates, clearing open reviews, recording the vulnerability. */
final class RegistryStory {

    /** Marks what the demo records, so that a later run recognises it. */
    static final String MARK = "(recorded by trustbricks demo onboarding)";

    private final PlatformClient client;
    private final DemoAccounts accounts;
    private final Output out;

    RegistryStory(PlatformClient client, DemoAccounts accounts, Output out) {
        this.client = client;
        this.accounts = accounts;
        this.out = out;
    }

    /** The active certificate of each product, by product name. */
    Map<String, JsonNode> certificates(List<String> products) throws DemoFailedException {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        for (String product : products) {
            String words = product.replaceAll("\\(.*\\)", "").strip();
            PlatformClient.Reply r = client.get("/api/registry/certificates?status=ACTIVE&pageSize=100&q=" + PlatformClient.enc(words), null);
            if (!r.ok()) {
                throw DemoFailedException.because("the registry search failed (" + r.status() + "): " + r.detail());
            }
            for (JsonNode c : r.body().path("items")) {
                if (c.path("product").asText().equals(product)) {
                    found.put(product, c);
                }
            }
            if (!found.containsKey(product)) {
                throw DemoFailedException.because("the registry has no active certificate for \"" + product + "\"; the demo needs the"
                        + " demo scheme, which `trustbricks serve` seeds into a fresh database (unless --no-demo-data)");
            }
        }
        return found;
    }

    /**
     * Closes every vulnerability review that reaches one of the certificates (left by an earlier run of this demo, or the
     * review the demo scheme starts with), as the issuing CB with resolution ACCEPTED, so the story starts from
     * certified platforms without open reviews. Returns how many were closed.
     */
    int closeOpenReviews(Set<String> certificateIds) throws DemoFailedException {
        Set<Long> open = new LinkedHashSet<>();
        for (String id : certificateIds) {
            JsonNode page = client.get("/api/registry/certificates/" + id, null).body();
            page.path("vulnerabilities").forEach(v -> open.add(v.path("id").asLong()));
            page.path("affectedThrough").forEach(i -> open.add(i.path("vulnerabilityId").asLong()));
        }
        for (long vid : open) {
            JsonNode v = client.get("/api/registry/vulnerabilities/" + vid, null).body().path("vulnerability");
            JsonNode cert = client.get("/api/registry/certificates/" + v.path("certificateId").asText(), null).body().path("certificate");
            PlatformClient.Session cb = accounts.certificationBody(cert.path("certificationBody").asText());
            boolean ours = v.path("description").asText().contains(MARK);
            PlatformClient.Reply r = client.send("POST", "/api/registry/vulnerabilities/" + vid + "/resolution", cb, Map.of(
                    "resolution", "ACCEPTED", "text", ours
                            ? "Closed by the next run of the onboarding demo, which records it again."
                            : "Accepted with guidance so that the onboarding demo starts from platforms without open reviews."));
            if (!r.ok()) {
                throw DemoFailedException.because("could not close vulnerability " + vid + " (" + r.status() + "): " + r.detail());
            }
            out.line("  " + cert.path("certificationBody").asText() + " closed vulnerability " + vid + " on " + cert.path("product").asText()
                    + " " + cert.path("productVersion").asText() + " (" + (ours ? "left by an earlier demo run" : "open in the demo scheme")
                    + ") as ACCEPTED");
        }
        return open.size();
    }

    /**
     * After reviews were closed, waits (bounded) until no device already in the inventory on these certificates is
     * still held by a vulnerability review: the platform has then noticed the certificates are active again, so the
     * vulnerability recorded next is a change it re-evaluates.
     */
    void awaitClosedReviewsNoticed(Set<String> certificateIds, java.time.Duration limit) throws DemoFailedException {
        java.time.Instant deadline = java.time.Instant.now().plus(limit);
        PlatformClient.Session owner = accounts.owner();
        while (true) {
            int held = 0;
            for (String id : certificateIds) {
                PlatformClient.Reply r = client.get("/api/onboarding/devices?limit=500&decision=RESTRICTED&certificate=" + id, owner);
                for (JsonNode d : r.body().path("devices")) {
                    for (JsonNode reason : d.path("reasons")) {
                        held += reason.path("code").asText().equals("CERTIFICATE_UNDER_VULNERABILITY_REVIEW") ? 1 : 0;
                    }
                }
            }
            if (held == 0) {
                return;
            }
            if (java.time.Instant.now().isAfter(deadline)) {
                throw DemoFailedException.because(held + " device(s) from earlier runs are still restricted by the closed reviews after "
                        + limit.toSeconds() + " s; is the platform's lifecycle watcher running?");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw DemoFailedException.because("interrupted while waiting for the platform");
            }
        }
    }

    /** Records the vulnerability against the part as its CB; returns its id and every certificate it reaches. */
    Recorded recordVulnerability(JsonNode part) throws DemoFailedException {
        PlatformClient.Session cb = accounts.certificationBody(part.path("certificationBody").asText());
        PlatformClient.Reply r = client.send("POST", "/api/registry/certificates/" + part.path("id").asText() + "/vulnerabilities", cb,
                Map.of("cve", "", "severity", "HIGH", "affectedSfrs", List.of("Physical Attacker Resistance", "Cryptographic KeyStore"),
                        "description", "Fault injection on the secure boot ROM lets an attacker with physical access read the"
                                + " attestation key (fictional demo vulnerability) " + MARK + "."));
        if (!r.ok()) {
            throw DemoFailedException.because("recording the vulnerability was refused (" + r.status() + "): " + r.detail());
        }
        long id = r.body().path("vulnerability").path("id").asLong();
        Set<String> reached = new LinkedHashSet<>();
        reached.add(part.path("id").asText());
        client.get("/api/registry/vulnerabilities/" + id, null).body().path("affected")
                .forEach(i -> reached.add(i.path("certificateId").asText()));
        return new Recorded(id, cb.organisation(), reached);
    }

    /** A recorded vulnerability: its id, who recorded it, and the certificates it reaches (the part and its composites). */
    record Recorded(long id, String recordedBy, Set<String> reached) {
    }
}
