package org.trustbricks.web.mud;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.trustbricks.registry.mud.MudFiles;
import org.trustbricks.registry.mud.Publication;
import org.trustbricks.registry.mud.PublicationFeed;

/**
 * The bytes and response headers of every published MUD file and signature, by request path, kept in memory so the
 * hosting path never touches the database. Refreshed from the database when a publication changes on any instance.
 */
final class HostedFiles {

    /** The registered media type of MUD files (RFC 8520 section 16.1). */
    static final String MUD_TYPE = "application/mud+json";
    /** The media type of detached CMS signatures (RFC 8551). */
    static final String SIGNATURE_TYPE = "application/pkcs7-signature";

    /**
     * One servable file with its pre-encoded headers.
     *
     * @param body          the exact bytes (read-only, off-heap so the socket write needs no copy)
     * @param etag          the strong entity tag, quotes included
     * @param lastModified  seconds since the epoch
     * @param headers       Content-Type, ETag, Last-Modified and Cache-Control, pre-encoded
     * @param contentLength the Content-Length header, pre-encoded
     */
    record Entry(ByteBuffer body, String etag, long lastModified, List<HttpField> headers, HttpField contentLength) {
    }

    private final Map<String, Entry> byPath = new ConcurrentHashMap<>();
    private final MudFiles files;

    HostedFiles(MudFiles files) {
        this.files = files;
    }

    /** The entry served at a request path, or null. */
    Entry get(String path) {
        return byPath.get(path);
    }

    /** Reloads one publication ({@code manufacturer/model}) or, for {@link PublicationFeed#EVERYTHING}, all of them. */
    void refresh(String key) {
        if (PublicationFeed.EVERYTHING.equals(key)) {
            reloadAll();
            return;
        }
        int slash = key.indexOf('/');
        if (slash <= 0) {
            return;
        }
        Optional<Publication> p = files.publication(key.substring(0, slash), key.substring(slash + 1));
        if (p.isPresent()) {
            put(p.get());
        } else {
            byPath.remove("/mud/" + key + ".json");
            byPath.remove("/mud/" + key + ".p7s");
        }
    }

    private void reloadAll() {
        Set<String> seen = new HashSet<>();
        for (Publication p : files.publications()) {
            put(p);
            seen.add(MudLocations.path(p.manufacturerSlug(), p.modelSlug(), ".json"));
            seen.add(MudLocations.path(p.manufacturerSlug(), p.modelSlug(), ".p7s"));
        }
        byPath.keySet().retainAll(seen);
    }

    private void put(Publication p) {
        long modified = p.publishedAt().getEpochSecond();
        String cacheControl = "public, max-age=" + p.cacheValidityHours() * 3600L;
        byPath.put(MudLocations.path(p.manufacturerSlug(), p.modelSlug(), ".json"), entry(p.content(), MUD_TYPE, modified, cacheControl));
        byPath.put(MudLocations.path(p.manufacturerSlug(), p.modelSlug(), ".p7s"), entry(p.signature(), SIGNATURE_TYPE, modified, cacheControl));
    }

    private static Entry entry(byte[] body, String type, long modified, String cacheControl) {
        String etag = "\"" + digest(body) + "\"";
        String lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(java.time.Instant.ofEpochSecond(modified).atZone(ZoneOffset.UTC));
        List<HttpField> headers = List.of(
                new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, type),
                new PreEncodedHttpField(HttpHeader.ETAG, etag),
                new PreEncodedHttpField(HttpHeader.LAST_MODIFIED, lastModified),
                new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, cacheControl),
                new PreEncodedHttpField("X-Content-Type-Options", "nosniff"));
        ByteBuffer direct = ByteBuffer.allocateDirect(body.length).put(body).flip();
        return new Entry(direct.asReadOnlyBuffer(), etag, modified, headers,
                new PreEncodedHttpField(HttpHeader.CONTENT_LENGTH, body.length));
    }

    /** Base64url of the SHA-256 of the bytes: the strong validator that changes whenever one byte changes. */
    static String digest(byte[] body) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
