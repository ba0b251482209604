package org.trustbricks.attestation.cbor;

import java.util.HexFormat;
import java.util.stream.Collectors;

/** Renders an item in CBOR diagnostic notation (RFC 8949 section 8), for people reading a token. */
public final class CborDiagnostic {

    private CborDiagnostic() {
    }

    /** The diagnostic notation of an item. */
    public static String of(CborItem item) {
        return switch (item) {
            case CborItem.Int i -> Long.toString(i.value());
            case CborItem.Bytes b -> "h'" + HexFormat.of().formatHex(b.unsafeValue()) + "'";
            case CborItem.Text t -> quote(t.value());
            case CborItem.Array a -> a.items().stream().map(CborDiagnostic::of).collect(Collectors.joining(", ", "[", "]"));
            case CborItem.MapItem m -> m.entries().entrySet().stream()
                    .map(e -> of(e.getKey()) + ": " + of(e.getValue())).collect(Collectors.joining(", ", "{", "}"));
            case CborItem.Tag t -> t.tag() + "(" + of(t.content()) + ")";
            case CborItem.Simple s -> switch (s.value()) {
                case 20 -> "false";
                case 21 -> "true";
                case 22 -> "null";
                default -> "undefined";
            };
            case CborItem.Float f -> Double.toString(f.value());
        };
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
