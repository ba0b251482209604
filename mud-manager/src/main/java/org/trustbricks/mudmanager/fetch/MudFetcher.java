package org.trustbricks.mudmanager.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.trustbricks.common.Finding;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.common.UntrustedJson;

/**
 * Fetches MUD files and their signatures safely (see {@link FetchOptions}) and caches MUD files for their
 * cache-validity, serving a stale copy with a warning while the server is down.
 */
public final class MudFetcher {

    /** Media type of MUD files. */
    public static final String MUD_TYPE = "application/mud+json";
    /** Media type of CMS signatures. */
    public static final String SIGNATURE_TYPE = "application/pkcs7-signature";

    private final SafeHttp http;
    private final Clock clock;
    private final FetchOptions options;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    private record Entry(String finalUrl, byte[] body, Instant fetchedAt, Instant freshUntil) {
    }

    private MudFetcher(FetchOptions options, HostResolver resolver, Clock clock) {
        this.options = options;
        this.http = new SafeHttp(options, resolver);
        this.clock = clock;
    }

    /** A fetcher with the system resolver and clock. */
    public static MudFetcher create(FetchOptions options) {
        return new MudFetcher(options, HostResolver.SYSTEM, Clock.systemUTC());
    }

    /** A fetcher with a given resolver and clock. */
    public static MudFetcher create(FetchOptions options, HostResolver resolver, Clock clock) {
        return new MudFetcher(options, resolver, clock);
    }

    /** Fetches a MUD file, from the cache while it is fresh. */
    public FetchResult fetchMud(String url) {
        Instant now = clock.instant();
        Entry cached = cache.get(url);
        if (cached != null && now.isBefore(cached.freshUntil())) {
            return new FetchResult(url, cached.finalUrl(), FetchSource.CACHE, cached.body(), cached.fetchedAt().toString(),
                    cached.freshUntil().toString(), List.of());
        }
        List<String> types = options.acceptApplicationJson() ? List.of(MUD_TYPE, "application/json") : List.of(MUD_TYPE);
        SafeHttp.Response r = http.get(url, MUD_TYPE, types, options.maxMudBytes());
        if (r.body() == null) {
            if (cached != null) {
                List<Finding> f = new ArrayList<>(r.findings());
                f.replaceAll(x -> x.isError() ? Finding.warning(x.code(), x.path(), x.message(), x.hint()) : x);
                f.add(Finding.warning("FETCH-STALE", "/", "The MUD server could not be reached; serving the copy fetched "
                        + "at " + cached.fetchedAt() + ", whose cache validity ended at " + cached.freshUntil() + ".",
                        "The policy stays as it was; check the server."));
                return new FetchResult(url, cached.finalUrl(), FetchSource.STALE_CACHE, cached.body(),
                        cached.fetchedAt().toString(), cached.freshUntil().toString(), f);
            }
            return FetchResult.failed(url, r.findings());
        }
        Entry fresh = new Entry(r.finalUrl(), r.body(), now, now.plus(Duration.ofHours(cacheValidityHours(r.body()))));
        cache.put(url, fresh);
        return new FetchResult(url, r.finalUrl(), FetchSource.NETWORK, r.body(), now.toString(),
                fresh.freshUntil().toString(), r.findings());
    }

    /** Fetches the signature of a MUD file: its {@code mud-signature} URI, else the {@code .p7s} convention. */
    public FetchResult fetchSignature(String mudUrl, String mudSignature) {
        String sigUrl;
        try {
            sigUrl = SignatureLocation.of(mudUrl, mudSignature);
        } catch (URISyntaxException e) {
            return FetchResult.failed(mudSignature, List.of(Finding.error("FETCH-BAD-URL", "/ietf-mud:mud/mud-signature",
                    "The mud-signature is not a valid URI.", "")));
        }
        SafeHttp.Response r = http.get(sigUrl, SIGNATURE_TYPE, List.of(SIGNATURE_TYPE, "application/pkcs7-mime"),
                options.maxSignatureBytes());
        if (r.body() == null) {
            return FetchResult.failed(sigUrl, r.findings());
        }
        Instant now = clock.instant();
        return new FetchResult(sigUrl, r.finalUrl(), FetchSource.NETWORK, r.body(), now.toString(), now.toString(),
                r.findings());
    }

    static long cacheValidityHours(byte[] body) {
        try {
            JsonNode v = UntrustedJson.withLimits(Math.max(body.length, 1), 64).read(body)
                    .path("ietf-mud:mud").path("cache-validity");
            int h = v.asInt(48);
            return h >= 1 && h <= 168 ? h : 48;
        } catch (MalformedInputException e) {
            return 48;
        }
    }

    /** Where a MUD file's signature lives. */
    static final class SignatureLocation {
        private SignatureLocation() {
        }

        static String of(String mudUrl, String mudSignature) throws URISyntaxException {
            URI base = new URI(mudUrl);
            if (mudSignature != null && !mudSignature.isBlank()) {
                return base.resolve(new URI(mudSignature)).toString();
            }
            String path = base.getRawPath() == null ? "" : base.getRawPath();
            String sigPath = path.endsWith(".json") ? path.substring(0, path.length() - 5) + ".p7s" : path + ".p7s";
            return new URI(base.getScheme(), base.getRawAuthority(), sigPath, base.getRawQuery(), null).toString();
        }
    }
}
