package org.trustbricks.registry.onboarding;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trustbricks.common.Finding;
import org.trustbricks.mudmanager.fetch.FetchResult;
import org.trustbricks.mudmanager.fetch.FetchSource;
import org.trustbricks.mudmanager.fetch.MudFetcher;
import org.trustbricks.onboarding.MudFacts;
import org.trustbricks.registry.mud.MudFiles;
import org.trustbricks.registry.mud.Publication;

/**
 * Gets a device's MUD file and its signature: files this platform hosts itself (a MUD URL on one of its own
 * addresses) are read from the database; anything else is fetched with the SSRF-safe fetcher.
 */
final class MudSource {

    private static final Pattern HOSTED = Pattern.compile("^/mud/([a-z0-9][a-z0-9-]*)/([a-z0-9][a-z0-9._-]*)\\.json$");
    private static final Set<String> UNSAFE = Set.of("FETCH-NOT-HTTPS", "FETCH-TARGET-NOT-ALLOWED", "FETCH-BAD-URL");

    /** The bytes and how they were obtained; {@code findings} are the fetcher's (stale cache, missing signature). */
    record Fetched(byte[] json, byte[] signature, MudFacts.Retrieval retrieval, String detail, String finalUrl,
            List<Finding> findings) {
    }

    private final MudFetcher fetcher;
    private final MudFiles hosted;
    private final VersionedCache<String, Optional<Publication>> publications = new VersionedCache<>(4096);

    MudSource(MudFetcher fetcher, MudFiles hosted) {
        this.fetcher = fetcher;
        this.hosted = hosted;
    }

    /** As {@link #get(String, Set, long)}, reading hosted files afresh. */
    Fetched get(String url, Set<String> ownAuthorities) {
        return get(url, ownAuthorities, Long.MIN_VALUE);
    }

    /**
     * The file at {@code url}; URLs on one of {@code ownAuthorities} (host:port) are this platform's own, read again
     * from the database only when {@code settingsVersion} (the onboarding settings' change counter) moved.
     */
    Fetched get(String url, Set<String> ownAuthorities, long settingsVersion) {
        Fetched local = local(url, ownAuthorities, settingsVersion);
        if (local != null) {
            return local;
        }
        FetchResult mud = fetcher.fetchMud(url);
        if (!mud.ok()) {
            boolean unsafe = mud.findings().stream().map(Finding::code).anyMatch(UNSAFE::contains);
            return new Fetched(null, null, unsafe ? MudFacts.Retrieval.REFUSED_UNSAFE : MudFacts.Retrieval.UNREACHABLE,
                    message(mud.findings()), null, mud.findings());
        }
        FetchResult sig = fetcher.fetchSignature(url, MudDocuments.signatureUri(mud.body()));
        MudFacts.Retrieval retrieval = mud.source() == FetchSource.STALE_CACHE ? MudFacts.Retrieval.STALE_CACHE
                : MudFacts.Retrieval.FETCHED;
        List<Finding> findings = new java.util.ArrayList<>(mud.findings());
        findings.addAll(sig.findings());
        return new Fetched(mud.body(), sig.ok() ? sig.body() : null, retrieval,
                sig.ok() ? "" : "no signature: " + message(sig.findings()), mud.finalUrl(), findings);
    }

    private Fetched local(String url, Set<String> ownAuthorities, long settingsVersion) {
        try {
            URI u = URI.create(url);
            if (u.getRawAuthority() == null || !ownAuthorities.contains(u.getRawAuthority().toLowerCase(java.util.Locale.ROOT))) {
                return null;
            }
            Matcher m = HOSTED.matcher(u.getPath());
            if (!m.matches()) {
                return null;
            }
            String manufacturer = m.group(1);
            String model = m.group(2);
            Optional<Publication> publication = settingsVersion == Long.MIN_VALUE
                    ? hosted.publication(manufacturer, model)
                    : publications.get(settingsVersion, 0, manufacturer + '/' + model, k -> hosted.publication(manufacturer, model));
            return publication
                    .map(p -> new Fetched(p.content(), p.signature(), MudFacts.Retrieval.FETCHED, "hosted on this platform",
                            url, List.<Finding>of()))
                    .orElse(new Fetched(null, null, MudFacts.Retrieval.UNREACHABLE, "this platform publishes no MUD file at " + url,
                            null, List.of()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String message(List<Finding> findings) {
        return findings.stream().filter(Finding::isError).map(Finding::message).findFirst().orElse("unknown failure");
    }
}
