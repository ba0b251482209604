package org.trustbricks.mudmanager.fetch;

import java.util.List;
import org.trustbricks.common.Finding;

/**
 * The outcome of fetching a MUD file or signature.
 *
 * @param requestedUrl the URL asked for
 * @param finalUrl     the URL the bytes came from after redirects (null when nothing was fetched)
 * @param source       network, cache, stale cache, or none
 * @param body         the bytes (empty when none)
 * @param fetchedAt    when the bytes were fetched, ISO-8601 (null when none)
 * @param freshUntil   end of cache validity, ISO-8601 (null when none)
 * @param findings     errors explain a failure; warnings accompany stale data
 */
public record FetchResult(String requestedUrl, String finalUrl, FetchSource source, byte[] body, String fetchedAt,
        String freshUntil, List<Finding> findings) {

    public FetchResult {
        findings = List.copyOf(findings);
        body = body == null ? new byte[0] : body;
    }

    /** True when bytes are available. */
    public boolean ok() {
        return source != FetchSource.NONE;
    }

    static FetchResult failed(String url, List<Finding> findings) {
        return new FetchResult(url, null, FetchSource.NONE, null, null, null, findings);
    }
}
