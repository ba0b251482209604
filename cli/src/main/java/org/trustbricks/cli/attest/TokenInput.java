package org.trustbricks.cli.attest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;

/** Reads a token file given as binary CBOR, hex text or base64 (standard or URL-safe) text, with a size limit. */
final class TokenInput {

    static final int MAX_FILE_BYTES = 64 * 1024;

    private TokenInput() {
    }

    /** The token bytes; the message of the exception is safe to show. */
    static byte[] read(Path file) throws IOException {
        byte[] raw;
        try (InputStream in = Files.newInputStream(file)) {
            raw = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new IOException("no such file: " + file);
        }
        if (raw.length > MAX_FILE_BYTES) {
            throw new IOException(file + " is larger than " + MAX_FILE_BYTES + " bytes; no attestation token is that large");
        }
        if (raw.length == 0) {
            throw new IOException(file + " is empty");
        }
        int first = raw[0] & 0xff;
        if (first >= 0xc0 && first <= 0xdb) {
            return raw;
        }
        String text = new String(raw, StandardCharsets.US_ASCII).replaceAll("\\s+", "");
        if (text.matches("([0-9a-fA-F]{2})+")) {
            return HexFormat.of().parseHex(text);
        }
        try {
            return text.contains("-") || text.contains("_") ? Base64.getUrlDecoder().decode(text) : Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " holds neither a CBOR token nor its hex or base64 text");
        }
    }

    /** The text of a small file (keys, endorsements). */
    static byte[] readSmall(Path file, int limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(limit + 1);
            if (b.length > limit) {
                throw new IOException(file + " is larger than " + limit + " bytes");
            }
            return b;
        } catch (NoSuchFileException e) {
            throw new IOException("no such file: " + file);
        }
    }
}
