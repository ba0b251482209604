package org.trustbricks.mudmanager.fetch;

import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.trustbricks.mudmanager.net.Prefix;

/**
 * Limits and permissions of the MUD fetcher.
 *
 * @param maxMudBytes          largest MUD file accepted
 * @param maxSignatureBytes    largest signature accepted
 * @param connectTimeout       TCP/TLS connection timeout
 * @param totalTimeout         whole exchange, body included (stops slow-drip servers)
 * @param maxRedirects         redirects followed, each re-checked
 * @param allowedPrivateTargets private, loopback or link-local prefixes that may nevertheless be fetched from
 * @param allowHttpOnLoopback  development flag: plain http to loopback addresses (and loopback targets) allowed
 * @param acceptApplicationJson also accept {@code application/json} (with a warning) for MUD files
 * @param sslContext           TLS trust (null: the JDK default trust store); the server certificate is always checked
 */
public record FetchOptions(int maxMudBytes, int maxSignatureBytes, Duration connectTimeout, Duration totalTimeout,
        int maxRedirects, List<Prefix> allowedPrivateTargets, boolean allowHttpOnLoopback,
        boolean acceptApplicationJson, SSLContext sslContext) {

    public FetchOptions {
        allowedPrivateTargets = List.copyOf(allowedPrivateTargets);
        if (maxMudBytes < 1 || maxSignatureBytes < 1 || maxRedirects < 0) {
            throw new IllegalArgumentException("fetch limits must be positive");
        }
    }

    /** Defaults: 1 MiB MUD files, 64 KiB signatures, 5 s connect, 15 s total, 3 redirects, public targets only. */
    public static FetchOptions defaults() {
        return new FetchOptions(1 << 20, 64 << 10, Duration.ofSeconds(5), Duration.ofSeconds(15), 3, List.of(), false,
                false, null);
    }

    /** A copy that may fetch from the given private prefixes. */
    public FetchOptions allowingPrivate(List<Prefix> prefixes) {
        return new FetchOptions(maxMudBytes, maxSignatureBytes, connectTimeout, totalTimeout, maxRedirects, prefixes,
                allowHttpOnLoopback, acceptApplicationJson, sslContext);
    }

    /** A copy with the development flag for plain http on loopback. */
    public FetchOptions withHttpOnLoopback(boolean allow) {
        return new FetchOptions(maxMudBytes, maxSignatureBytes, connectTimeout, totalTimeout, maxRedirects,
                allowedPrivateTargets, allow, acceptApplicationJson, sslContext);
    }

    /** A copy with a TLS context (for a private trust store). */
    public FetchOptions withSslContext(SSLContext context) {
        return new FetchOptions(maxMudBytes, maxSignatureBytes, connectTimeout, totalTimeout, maxRedirects,
                allowedPrivateTargets, allowHttpOnLoopback, acceptApplicationJson, context);
    }

    /** A copy with other size and time limits. */
    public FetchOptions withLimits(int mudBytes, Duration total) {
        return new FetchOptions(mudBytes, maxSignatureBytes, connectTimeout, total, maxRedirects, allowedPrivateTargets,
                allowHttpOnLoopback, acceptApplicationJson, sslContext);
    }
}
