package org.trustbricks.registry.onboarding;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.trustbricks.mudmanager.fetch.FetchOptions;
import org.trustbricks.mudmanager.fetch.MudFetcher;
import org.trustbricks.mudmanager.site.SystemResolver;
import org.trustbricks.registry.attestation.LiveVerifier;
import org.trustbricks.registry.mud.MudFiles;

/** Builds the onboarding service for a running platform. */
public final class Onboarding {

    private Onboarding() {
    }

    /**
     * The service.
     *
     * @param jdbi          the database
     * @param verifier      the running attestation verifier
     * @param fetch         how other MUD servers are fetched (https only and public targets by default)
     * @param clock         time source
     */
    public static OnboardingService service(Jdbi jdbi, LiveVerifier verifier, FetchOptions fetch, Clock clock) {
        MudSource source = new MudSource(MudFetcher.create(fetch), MudFiles.using(jdbi));
        DeviceRules rules = new DeviceRules(SystemResolver.withAssumedTtl(300), clock);
        return new OnboardingService(jdbi, verifier, source, new SiteSettings(jdbi, List.of()), rules, clock);
    }

    /** The host:port part of a URL, lower-case, or empty. */
    public static String authority(String url) {
        try {
            String a = URI.create(url).getRawAuthority();
            return a == null ? "" : a.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
