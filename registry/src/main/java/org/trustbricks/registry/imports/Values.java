package org.trustbricks.registry.imports;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cleaning of published registry values: HTML character references, dates, links. */
final class Values {

    private static final Pattern CHAR_REF = Pattern.compile("&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);");

    private Values() {
    }

    /** Replaces HTML character references (w&amp;#x2f; becomes w/). */
    static String unescapeHtml(String s) {
        Matcher m = CHAR_REF.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            String rep = switch (ref) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> {
                    int cp = ref.startsWith("#x") || ref.startsWith("#X") ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1));
                    yield Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : m.group();
                }
            };
            m.appendReplacement(out, Matcher.quoteReplacement(rep));
        }
        m.appendTail(out);
        return out.toString().strip();
    }

    /** A date in the given pattern, or null when blank; throws when present but malformed. */
    static LocalDate date(String s, String pattern, String field) {
        String v = s == null ? "" : s.strip().replace("'", "");
        if (v.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(v, DateTimeFormatter.ofPattern(pattern));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " '" + v + "' is not a date in the form " + pattern);
        }
    }

    /** Normalises a published link: http on port 443 becomes https, spaces and non-ASCII are percent-encoded. */
    static String link(String s) {
        String v = s == null ? "" : s.strip();
        if (v.isEmpty()) {
            return "";
        }
        Matcher m = Pattern.compile("^http://([^/:]+):443(/.*)?$").matcher(v);
        if (m.matches()) {
            v = "https://" + m.group(1) + (m.group(2) == null ? "" : m.group(2));
        }
        StringBuilder out = new StringBuilder();
        for (byte b : v.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || c == '"' || c == '<' || c == '>' || c == '`' || c == '{' || c == '}' || c == '|' || c == '\\' || c == '^') {
                out.append('%').append(String.format("%02X", c));
            } else {
                out.append((char) c);
            }
        }
        String normal = out.toString();
        try {
            URI u = URI.create(normal);
            return u.getScheme() != null && (u.getScheme().equals("https") || u.getScheme().equals("http")) ? normal : "";
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** First 16 hex digits of SHA-256 over the parts. */
    static String digest(Iterable<String> parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                md.update(p.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0x1f);
            }
            return HexFormat.of().formatHex(md.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    static String status(LocalDate until, LocalDate today) {
        return until != null && until.isBefore(today) ? "EXPIRED" : "ACTIVE";
    }
}
