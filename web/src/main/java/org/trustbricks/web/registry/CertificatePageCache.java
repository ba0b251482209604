package org.trustbricks.web.registry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.trustbricks.registry.cert.CertificatePage;

/**
 * What certificate pages reuse between requests: the page facts per certificate, the anonymous HTML, QR drawings
 * and the search page's filter values. Every entry carries the registry version it was read under; the caller reads
 * the current version (one cheap query, so every instance sees every change at once) and an entry under another
 * version is read again. QR drawings depend only on the URL and never go stale.
 */
final class CertificatePageCache {

    static final int MAX_PAGES = 10_000;
    static final int MAX_HTML = 2_000;
    static final int MAX_QR = 10_000;

    /** The facts of one certificate page as read under a registry version. */
    record Facts(long version, CertificatePage page, boolean signed) {
    }

    private record Html(long version, String body) {
    }

    private record Values(long version, Map<String, List<String>> byColumn) {
    }

    private final Map<String, Facts> facts = new ConcurrentHashMap<>();
    private final Map<String, Html> html = new ConcurrentHashMap<>();
    private final Map<String, String> qr = new ConcurrentHashMap<>();
    private volatile Values values = new Values(-1, Map.of());

    /** The facts of a certificate under {@code version}, loaded when missing or read under another version. */
    Optional<Facts> facts(String id, long version, Supplier<Optional<Facts>> load) {
        Facts f = facts.get(id);
        if (f != null && f.version() == version) {
            return Optional.of(f);
        }
        Optional<Facts> loaded = load.get();
        loaded.ifPresent(l -> put(facts, id, l, MAX_PAGES));
        return loaded;
    }

    /** The HTML an anonymous visitor gets for this page under {@code version}, rendered when missing. */
    String anonymousHtml(String key, long version, Supplier<String> render) {
        Html h = html.get(key);
        if (h != null && h.version() == version) {
            return h.body();
        }
        String body = render.get();
        put(html, key, new Html(version, body), MAX_HTML);
        return body;
    }

    /** The QR drawing for a URL. */
    String qr(String url) {
        String svg = qr.get(url);
        if (svg == null) {
            svg = QrCodes.svg(url);
            put(qr, url, svg, MAX_QR);
        }
        return svg;
    }

    /** The search page's filter values (levels, bodies, labs) under {@code version}. */
    Map<String, List<String>> filterValues(long version, Supplier<Map<String, List<String>>> load) {
        Values v = values;
        if (v.version() != version) {
            v = new Values(version, Map.copyOf(load.get()));
            values = v;
        }
        return v.byColumn();
    }

    private static <V> void put(Map<String, V> map, String key, V value, int max) {
        if (map.size() >= max) {
            map.clear();
        }
        map.put(key, value);
    }
}
