package org.trustbricks.registry.onboarding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.mudmanager.site.Site;
import org.trustbricks.mudmanager.site.SiteReader;
import org.trustbricks.onboarding.SitePolicy;

/**
 * What every onboarding decision reads from the site's configuration: the onboarding policy, the site file and the
 * MUD signature trust anchors (the configured ones, those administrators add, and the CA of every manufacturer
 * whose MUD files this platform hosts and signs). Every decision reads the onboarding settings' change counter
 * ({@code onboarding_settings_version}, moved by triggers), so a change made by any instance applies to the next
 * decision; the stored text is read again only when the counter moved, and parsed again only when it differs.
 */
final class SiteSettings {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The settings for one decision.
     *
     * @param policy     the onboarding policy
     * @param site       the site file, or null when it is not readable
     * @param siteError  why the site file is not readable, or null
     * @param anchors    trust anchors for MUD signatures (configured ones and every hosted manufacturer's CA)
     * @param anchorsKey content key of the anchors, for caching what was verified against them
     */
    record Snapshot(SitePolicy policy, Site site, String siteError, List<X509Certificate> anchors, String anchorsKey) {
    }

    private record Stored(String policy, String yaml, List<String> anchors) {
    }

    private final Jdbi jdbi;
    private final List<X509Certificate> configured;
    private record Parsed(Stored stored, Snapshot snapshot, long version) {
    }

    private volatile Parsed last;

    SiteSettings(Jdbi jdbi, List<X509Certificate> configured) {
        this.jdbi = jdbi;
        this.configured = List.copyOf(configured);
    }

    /** The current settings, read again only when {@code version} (the onboarding settings' counter) moved. */
    Snapshot current(long version) {
        Parsed seen = last;
        if (seen != null && seen.version() >= version) {
            return seen.snapshot();
        }
        return read(version);
    }

    /** The current settings, their stored text read afresh. */
    Snapshot current() {
        return read(Long.MIN_VALUE);
    }

    /** Reads the stored text; {@code version} is a counter read before it, kept with the result when it is newer. */
    private Snapshot read(long version) {
        Stored stored = jdbi.withHandle(h -> h.createQuery("""
                select (select policy::text from site_policy where id = 1) as policy,
                       (select yaml from onboarding_site where id = 1) as yaml,
                       array(select trust_anchor_pem from mud_signer order by manufacturer_id)
                       || array(select pem from mud_trust_anchor order by id) as anchors""")
                .map((rs, ctx) -> new Stored(rs.getString("policy"), rs.getString("yaml"),
                        List.of((String[]) rs.getArray("anchors").getArray()))).one());
        Parsed before = last;
        Snapshot snapshot = before == null ? parse(stored, null, null)
                : stored.equals(before.stored()) ? before.snapshot() : parse(stored, before.snapshot(), before.stored());
        remember(new Parsed(stored, snapshot, version));
        return snapshot;
    }

    private synchronized void remember(Parsed parsed) {
        Parsed before = last;
        if (before == null || parsed.version() >= before.version()) {
            last = parsed;
        }
    }

    private Snapshot parse(Stored stored, Snapshot previous, Stored before) {
        boolean samePolicy = previous != null && Objects.equals(stored.policy(), before.policy());
        boolean sameSite = previous != null && Objects.equals(stored.yaml(), before.yaml());
        boolean sameAnchors = previous != null && Objects.equals(stored.anchors(), before.anchors());
        SitePolicy policy = samePolicy ? previous.policy() : policy(stored.policy());
        Site site = sameSite ? previous.site() : null;
        String siteError = sameSite ? previous.siteError() : null;
        if (!sameSite) {
            byte[] yaml = stored.yaml() == null ? SiteFiles.builtIn() : stored.yaml().getBytes(StandardCharsets.UTF_8);
            try {
                site = SiteReader.read(yaml);
            } catch (MalformedInputException | RuntimeException e) {
                siteError = e.getMessage();
            }
        }
        List<X509Certificate> anchors = sameAnchors ? previous.anchors() : anchors(stored.anchors());
        String anchorsKey = sameAnchors ? previous.anchorsKey() : ContentKeys.of(String.join("\n", stored.anchors()));
        return new Snapshot(policy, site, siteError, anchors, anchorsKey);
    }

    private static SitePolicy policy(String json) {
        if (json == null) {
            return SitePolicy.defaults();
        }
        try {
            return JSON.readValue(json, SitePolicy.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored site policy is not readable", e);
        }
    }

    private List<X509Certificate> anchors(List<String> pems) {
        List<X509Certificate> out = new ArrayList<>(configured);
        pems.forEach(pem -> out.addAll(MudTrust.parse(pem)));
        return List.copyOf(out);
    }
}
