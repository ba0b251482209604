package org.trustbricks.registry.onboarding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.trustbricks.onboarding.Rulesets;

/**
 * Content keys (SHA-256) of the values stored once and shared by reference: facts and reasons in
 * {@code onboarding_value}, the rulesets of a device in {@code device_ruleset}.
 */
final class ContentKeys {

    private ContentKeys() {
    }

    /** SHA-256 of the UTF-8 text, hex (bound into SQL as {@code decode(:x, 'hex')}). */
    static String of(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** SHA-256 over the three rulesets, each prefixed by its length in UTF-8 bytes, hex. */
    static String of(Rulesets r) {
        MessageDigest d = digest();
        for (String part : new String[] {r.mud(), r.quarantine(), r.deny()}) {
            byte[] b = part.getBytes(StandardCharsets.UTF_8);
            d.update((b.length + ":").getBytes(StandardCharsets.US_ASCII));
            d.update(b);
        }
        return HexFormat.of().formatHex(d.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
