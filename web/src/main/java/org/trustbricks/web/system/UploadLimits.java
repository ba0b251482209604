package org.trustbricks.web.system;

import jakarta.servlet.MultipartConfigElement;
import java.util.Map;
import org.trustbricks.web.WebServer;

/**
 * Size limits of request bodies: {@link WebServer#MAX_REQUEST_BYTES} everywhere, except the few form routes that take
 * large files (packet captures), which must be allowed through the CSRF check's form parsing at their own limits.
 */
public final class UploadLimits {

    /** Jetty's request attribute naming the multipart limits of one request. */
    public static final String JETTY_MULTIPART = "org.eclipse.jetty.multipartConfig";
    /** One uploaded packet capture. */
    public static final long CAPTURE_BYTES = 50L << 20;
    /** All captures of one profile upload. */
    public static final long CAPTURES_TOTAL_BYTES = 120L << 20;

    private static final Map<String, Limit> LARGE_FORMS = Map.of(
            "/mud-manager/profile", new Limit(CAPTURE_BYTES, CAPTURES_TOTAL_BYTES));

    private UploadLimits() {
    }

    /** Largest part and whole body a route accepts. */
    public record Limit(long partBytes, long totalBytes) {
        /** Jetty's multipart settings for this limit, spooling parts over 1 MiB to {@code directory}. */
        public MultipartConfigElement multipart(String directory) {
            return new MultipartConfigElement(directory, partBytes, totalBytes, 1 << 20);
        }
    }

    /** The limit for a request path. */
    public static Limit forPath(String path) {
        return LARGE_FORMS.getOrDefault(path, new Limit(WebServer.MAX_REQUEST_BYTES, WebServer.MAX_REQUEST_BYTES));
    }
}
