package org.trustbricks.web.attestation;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.trustbricks.attestation.psa.PsaTokenDecoder;
import org.trustbricks.web.system.ApiException;

/** Reads an attestation token from a request: raw CBOR for the evidence media types, or hex/base64 text. */
final class TokenInput {

    /** Largest token accepted (the decoder's own limit). */
    static final int MAX_BYTES = PsaTokenDecoder.MAX_TOKEN_BYTES;

    /** Media types whose body is the token itself. */
    static final Set<String> BINARY_TYPES = Set.of("application/psa-attestation-token", "application/eat+cwt", "application/eat-cwt",
            "application/cose", "application/cbor", "application/octet-stream");

    private TokenInput() {
    }

    /** The token in the body; 413, 415 or 400 with a clear reason when it cannot be taken. */
    static byte[] fromBody(Context ctx) {
        long declared = ctx.contentLength();
        if (declared > 2L * MAX_BYTES + 64) {
            throw ApiException.tooLarge(MAX_BYTES);
        }
        String type = mediaType(ctx.contentType());
        if (BINARY_TYPES.contains(type)) {
            return checkSize(declared >= 0 && declared <= MAX_BYTES ? exactly(ctx, (int) declared) : ctx.bodyAsBytes());
        }
        byte[] body = ctx.bodyAsBytes();
        if (type.equals("text/plain") || type.isEmpty()) {
            return fromText(new String(body, StandardCharsets.UTF_8));
        }
        throw ApiException.unsupportedMediaType("send the token as " + String.join(", ", BINARY_TYPES.stream().sorted().toList())
                + ", or as hex or base64 text/plain; " + type + " is not accepted");
    }

    /** A body of known length read straight into one array of that size (no intermediate copy buffers). */
    private static byte[] exactly(Context ctx, int length) {
        byte[] body = new byte[length];
        try {
            int read = ctx.req().getInputStream().readNBytes(body, 0, length);
            if (read != length) {
                throw ApiException.badRequest("the request body ended after " + read + " of the " + length + " bytes it declared");
            }
        } catch (IOException e) {
            throw ApiException.badRequest("the request body could not be read: " + e.getMessage());
        }
        return body;
    }

    /** A token pasted as hex or base64 (standard or URL-safe), whitespace ignored. */
    static byte[] fromText(String text) {
        String t = text == null ? "" : text.replaceAll("\\s+", "");
        if (t.isEmpty()) {
            throw ApiException.badRequest("no token was given");
        }
        if (t.length() > 2 * MAX_BYTES + 4) {
            throw ApiException.tooLarge(MAX_BYTES);
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.matches("[0-9a-f]+")) {
            if (lower.length() % 2 != 0) {
                throw ApiException.badRequest("the hex text has an odd number of digits; is it truncated?");
            }
            return checkSize(HexFormat.of().parseHex(lower));
        }
        try {
            String b64 = t.replace('-', '+').replace('_', '/');
            b64 = b64 + "=".repeat((4 - b64.length() % 4) % 4 == 3 ? 0 : (4 - b64.length() % 4) % 4);
            if (!b64.matches("[A-Za-z0-9+/]+={0,2}")) {
                throw new IllegalArgumentException("not base64");
            }
            return checkSize(Base64.getDecoder().decode(b64));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("the token text is neither hex nor base64");
        }
    }

    private static byte[] checkSize(byte[] token) {
        if (token.length > MAX_BYTES) {
            throw ApiException.tooLarge(MAX_BYTES);
        }
        if (token.length == 0) {
            throw ApiException.badRequest("the request carries no token");
        }
        return token;
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }
}
