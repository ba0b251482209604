package org.trustbricks.mudmanager.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.trustbricks.common.Finding;

/** One GET with every safety check: scheme, SSRF on every hop, redirects, size, time and media type. */
final class SafeHttp {

    record Response(String finalUrl, byte[] body, List<Finding> findings) {
    }

    private final FetchOptions options;
    private final HostResolver resolver;
    private final HttpClient client;

    SafeHttp(FetchOptions options, HostResolver resolver) {
        this.options = options;
        this.resolver = resolver;
        HttpClient.Builder b = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(options.connectTimeout()).proxy(java.net.ProxySelector.of(null));
        if (options.sslContext() != null) {
            b.sslContext(options.sslContext());
        }
        this.client = b.build();
    }

    Response get(String url, String accept, List<String> acceptedTypes, int maxBytes) {
        long deadline = System.nanoTime() + options.totalTimeout().toNanos();
        Set<String> visited = new HashSet<>();
        String current = url;
        for (int hop = 0; hop <= options.maxRedirects(); hop++) {
            if (!visited.add(current)) {
                return fail(url, "FETCH-REDIRECT-LOOP", "The server redirects in a loop (back to " + current + ").");
            }
            URI uri;
            try {
                uri = new URI(current);
            } catch (URISyntaxException e) {
                return fail(url, "FETCH-BAD-URL", "Not a valid URL: " + current);
            }
            String refusal = refuse(uri);
            if (refusal != null) {
                return fail(url, refusal.substring(0, refusal.indexOf('|')), refusal.substring(refusal.indexOf('|') + 1));
            }
            HttpRequest request = HttpRequest.newBuilder(uri).GET().header("Accept", accept)
                    .header("User-Agent", "TrustBricks-MUD-manager").timeout(options.totalTimeout()).build();
            CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, LimitedBody.handler(maxBytes));
            HttpResponse<byte[]> response;
            try {
                long left = Math.max(1, deadline - System.nanoTime());
                response = future.get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                return fail(url, "FETCH-TIMEOUT", "The server did not deliver within " + options.totalTimeout().toSeconds()
                        + " s.");
            } catch (InterruptedException e) {
                future.cancel(true);
                Thread.currentThread().interrupt();
                return fail(url, "FETCH-INTERRUPTED", "The fetch was interrupted.");
            } catch (ExecutionException e) {
                return failure(url, e.getCause());
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = response.headers().firstValue("location").orElse(null);
                if (location == null) {
                    return fail(url, "FETCH-BAD-REDIRECT", "Redirect " + status + " without a Location header.");
                }
                try {
                    current = uri.resolve(new URI(location)).toString();
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return fail(url, "FETCH-BAD-REDIRECT", "Redirect to an invalid URL.");
                }
                continue;
            }
            if (status != 200) {
                return fail(url, "FETCH-HTTP-STATUS", "The server answered HTTP " + status + ".");
            }
            String type = response.headers().firstValue("content-type").orElse("").split(";")[0].trim()
                    .toLowerCase(Locale.ROOT);
            if (!acceptedTypes.contains(type)) {
                return fail(url, "FETCH-WRONG-CONTENT-TYPE", "The server sent '" + type + "', not " + accept + ".");
            }
            List<Finding> notes = type.equals(accept) ? List.of() : List.of(Finding.warning("FETCH-LENIENT-CONTENT-TYPE",
                    "/", "The server sent " + type + " instead of " + accept + "; accepted in lenient mode.", ""));
            return new Response(current, response.body(), notes);
        }
        return fail(url, "FETCH-TOO-MANY-REDIRECTS", "More than " + options.maxRedirects() + " redirects.");
    }

    private String refuse(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (host == null || uri.getRawUserInfo() != null) {
            return "FETCH-BAD-URL|The URL has no host, or carries user information: " + uri;
        }
        boolean httpCandidate = scheme.equals("http") && options.allowHttpOnLoopback();
        if (!scheme.equals("https") && !httpCandidate) {
            return "FETCH-NOT-HTTPS|Only https URLs are fetched (got " + scheme + "://).";
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException | RuntimeException e) {
            return "FETCH-DNS|The host " + host + " does not resolve.";
        }
        if (addresses.length == 0) {
            return "FETCH-DNS|The host " + host + " does not resolve.";
        }
        boolean allLoopback = true;
        for (InetAddress a : addresses) {
            allLoopback &= a.isLoopbackAddress();
        }
        boolean devLoopback = options.allowHttpOnLoopback() && allLoopback;
        if (!scheme.equals("https") && !(scheme.equals("http") && devLoopback)) {
            return "FETCH-NOT-HTTPS|Only https URLs are fetched (got " + scheme + "://"
                    + (scheme.equals("http") ? "; plain http is allowed only to loopback with the development flag" : "")
                    + ").";
        }
        for (InetAddress a : addresses) {
            String why = devLoopback ? null : TargetPolicy.refusal(a, options.allowedPrivateTargets());
            if (why != null) {
                return "FETCH-TARGET-NOT-ALLOWED|" + host + " resolves to " + a.getHostAddress() + ", " + why
                        + "; such targets are refused unless configured (SSRF protection).";
            }
        }
        return null;
    }

    private static Response failure(String url, Throwable cause) {
        Throwable t = cause;
        while (t != null) {
            if (t instanceof LimitedBody.TooLarge) {
                return fail(url, "FETCH-TOO-LARGE", "The server sent more than the size limit.");
            }
            if (t instanceof SSLException) {
                return fail(url, "FETCH-TLS", "The TLS connection failed (server certificate not trusted or invalid).");
            }
            if (t instanceof java.net.http.HttpTimeoutException) {
                return fail(url, "FETCH-TIMEOUT", "The server did not answer in time.");
            }
            t = t.getCause();
        }
        if (cause instanceof IOException) {
            return fail(url, "FETCH-UNREACHABLE", "The server could not be reached: " + cause.getClass().getSimpleName());
        }
        return fail(url, "FETCH-FAILED", "The fetch failed: " + (cause == null ? "unknown" : cause.getClass().getSimpleName()));
    }

    private static Response fail(String url, String code, String message) {
        return new Response(url, null, List.of(Finding.error(code, "/", message, "")));
    }
}
