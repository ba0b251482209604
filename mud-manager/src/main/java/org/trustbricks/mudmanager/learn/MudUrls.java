package org.trustbricks.mudmanager.learn;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trustbricks.common.Finding;

/** Checks a MUD URL against RFC 8520: https, at most 255 octets, an absolute URI with a host. */
public final class MudUrls {

    /** Longest MUD URL a DHCP option or LLDP TLV can carry. */
    public static final int MAX_OCTETS = 255;

    private MudUrls() {
    }

    /** Findings about a MUD URL (empty when acceptable); {@code path} locates it in the input. */
    public static List<Finding> check(String url, String path) {
        List<Finding> findings = new ArrayList<>();
        if (url == null || url.isEmpty()) {
            findings.add(Finding.error("MUD-URL-EMPTY", path, "The MUD URL is empty.", ""));
            return findings;
        }
        if (url.getBytes(StandardCharsets.UTF_8).length > MAX_OCTETS) {
            findings.add(Finding.error("MUD-URL-TOO-LONG", path, "The MUD URL is longer than 255 octets.",
                    "RFC 8520 limits the MUD URL to 255 octets."));
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || c >= 0x7F) {
                findings.add(Finding.error("MUD-URL-BAD-CHARACTER", path,
                        "The MUD URL contains a space, control or non-ASCII character at position " + i + ".",
                        "Percent-encode it."));
                return findings;
            }
        }
        try {
            URI uri = new URI(url);
            if (!"https".equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT))) {
                findings.add(Finding.error("MUD-URL-NOT-HTTPS", path, "The MUD URL does not use https: " + url,
                        "RFC 8520 requires the https scheme."));
            }
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                findings.add(Finding.error("MUD-URL-NO-HOST", path, "The MUD URL has no host name.", ""));
            }
            if (uri.getRawUserInfo() != null) {
                findings.add(Finding.error("MUD-URL-USERINFO", path, "The MUD URL carries user information.",
                        "Remove the user:password@ part."));
            }
            if (uri.getRawFragment() != null) {
                findings.add(Finding.warning("MUD-URL-FRAGMENT", path, "The MUD URL has a fragment (#…), "
                        + "which is not sent to the server.", ""));
            }
        } catch (URISyntaxException e) {
            findings.add(Finding.error("MUD-URL-SYNTAX", path, "The MUD URL is not a valid URI: " + e.getReason(), ""));
        }
        return findings;
    }

    static Learned bind(MudUrlSource source, String mac, String address, String url, String signer, String path,
            List<Finding> earlier) {
        List<Finding> all = new ArrayList<>(earlier);
        all.addAll(check(url, path));
        return new Learned(new MudUrlBinding(source, mac, address, url, signer), all);
    }

    static String ascii(byte[] b, int off, int len) {
        return new String(b, off, len, StandardCharsets.ISO_8859_1);
    }
}
