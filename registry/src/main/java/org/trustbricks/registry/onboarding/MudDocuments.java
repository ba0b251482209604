package org.trustbricks.registry.onboarding;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.common.UntrustedJson;

/** Small reads of a MUD file's container that onboarding needs. */
final class MudDocuments {

    private static final UntrustedJson READER = UntrustedJson.withLimits(1 << 20, 64);

    private MudDocuments() {
    }

    /** The {@code mud-signature} URI, or null when absent or unreadable. */
    static String signatureUri(byte[] json) {
        JsonNode mud = container(json);
        return mud == null || !mud.path("mud-signature").isTextual() ? null : mud.path("mud-signature").asText();
    }

    /** The {@code is-supported} flag (true when unreadable, which validation reports anyway). */
    static boolean supported(byte[] json) {
        JsonNode mud = container(json);
        return mud == null || !mud.path("is-supported").isBoolean() || mud.path("is-supported").asBoolean();
    }

    /** SHA-256 of the exact bytes, hex: the version of the file a device's rules came from. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private static JsonNode container(byte[] json) {
        if (json == null) {
            return null;
        }
        try {
            return READER.read(json).path("ietf-mud:mud");
        } catch (MalformedInputException e) {
            return null;
        }
    }
}
