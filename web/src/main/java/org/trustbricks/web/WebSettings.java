package org.trustbricks.web;

import java.util.Objects;
import org.trustbricks.mudmanager.fetch.FetchOptions;

/**
 * How the HTTP server listens.
 *
 * @param host           interface to bind (127.0.0.1 for local only, 0.0.0.0 for all)
 * @param port           TCP port; 0 picks a free one
 * @param secureCookies  mark cookies Secure (set when the platform is reached over HTTPS, e.g. behind a proxy)
 * @param publicUrl      the URL people use to reach the platform, or null to derive it from host and port
 * @param mudFetch       how the MUD manager fetches MUD files from other servers (https and public targets only by
 *                       default; private targets and a private TLS trust store are configured here)
 */
public record WebSettings(String host, int port, boolean secureCookies, String publicUrl, FetchOptions mudFetch) {

    /** Settings with the MUD manager's default fetch limits. */
    public WebSettings(String host, int port, boolean secureCookies, String publicUrl) {
        this(host, port, secureCookies, publicUrl, FetchOptions.defaults());
    }

    public WebSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(mudFetch, "mudFetch");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
    }

    /** Local-only settings on the given port. */
    public static WebSettings local(int port) {
        return new WebSettings("127.0.0.1", port, false, null);
    }

    /** A copy whose MUD manager fetches with {@code options}. */
    public WebSettings withMudFetch(FetchOptions options) {
        return new WebSettings(host, port, secureCookies, publicUrl, options);
    }
}
