package org.trustbricks.web.manager;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.trustbricks.mud.Mode;
import org.trustbricks.registry.onboarding.MudFileChecks;
import org.trustbricks.registry.onboarding.Onboarding;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.system.ErrorHandling;

/** Fetch, verify and validate a MUD file for the fetch page and API, with the request's inputs checked first. */
final class FetchChecks {

    /** Largest device certificate accepted (PEM text or base64 DER). */
    static final int MAX_CERTIFICATE = 16 * 1024;

    private final MudFileChecks checks;
    private final String publicUrl;

    FetchChecks(MudFileChecks checks, String publicUrl) {
        this.checks = checks;
        this.publicUrl = publicUrl;
    }

    /** A fetch question: the URL, strict or lenient, and optionally the device certificate (PEM or base64 DER). */
    record Question(String url, String mode, String deviceCertificate) {
    }

    /** Checks the question; 400 naming the field when an input is malformed. */
    FetchAnswer check(Question q, Context ctx) {
        String url = q.url() == null ? null : q.url().strip();
        byte[] certificate = certificate(q.deviceCertificate());
        if ((url == null || url.isEmpty()) && certificate == null) {
            throw ApiException.badRequest("give the MUD URL (https, at most 2048 characters) or a device certificate",
                    ErrorHandling.field("/url", "required"));
        }
        if (url != null && (url.length() > 2048 || url.chars().anyMatch(c -> c <= ' '))) {
            throw ApiException.badRequest("the MUD URL must be at most 2048 characters without spaces",
                    ErrorHandling.field("/url", "malformed"));
        }
        return FetchAnswer.of(checks.check(url, mode(q.mode()), certificate, ownAuthorities(ctx)));
    }

    private static Mode mode(String mode) {
        return switch (mode == null || mode.isBlank() ? "strict" : mode.strip().toLowerCase(Locale.ROOT)) {
            case "strict" -> Mode.STRICT;
            case "lenient" -> Mode.LENIENT;
            default -> throw ApiException.badRequest("mode must be strict or lenient", ErrorHandling.field("/mode", "unknown mode"));
        };
    }

    private static byte[] certificate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_CERTIFICATE) {
            throw ApiException.badRequest("the device certificate is too large", ErrorHandling.field("/deviceCertificate",
                    "at most " + MAX_CERTIFICATE + " characters"));
        }
        String t = text.strip();
        if (t.startsWith("-----BEGIN")) {
            return t.getBytes(StandardCharsets.US_ASCII);
        }
        try {
            byte[] der = Base64.getDecoder().decode(t.replaceAll("\\s", ""));
            if (der.length == 0) {
                throw new IllegalArgumentException("empty");
            }
            return der;
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("the device certificate must be PEM or base64 DER",
                    ErrorHandling.field("/deviceCertificate", "neither PEM nor base64"));
        }
    }

    /** The host:port forms under which this platform hosts MUD files (read from the database, not fetched). */
    private Set<String> ownAuthorities(Context ctx) {
        Set<String> own = new HashSet<>();
        String host = ctx.header("Host");
        if (host != null) {
            own.add(host.toLowerCase(Locale.ROOT));
        }
        if (publicUrl != null) {
            own.add(Onboarding.authority(publicUrl));
        }
        int port = ctx.port();
        own.add("localhost:" + port);
        own.add("127.0.0.1:" + port);
        own.add("[::1]:" + port);
        return own;
    }

}
