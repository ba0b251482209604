package org.trustbricks.mud.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Rewrites JSON numbers in exponent form ({@code 4.8e1}) as plain decimals ({@code 48}), as libyang reads them,
 * so that an integer leaf written with an exponent is judged by its value. Other bytes are left untouched.
 */
public final class ExponentNumbers {

    private ExponentNumbers() {
    }

    /**
     * True when a string holds a UTF-16 surrogate escape ({@code \\uD83D}). RFC 8259 allows them, but libyang
     * rejects them ("Invalid character reference"), so the schema verdict must too.
     */
    public static boolean hasSurrogateEscape(byte[] json) {
        if (!Ascii.hasBackslash(json)) {
            return false;
        }
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (!inString) {
                inString = b == '"';
            } else if (b == '"') {
                inString = false;
            } else if (b == '\\') {
                if (i + 2 < json.length && json[i + 1] == 'u' && (json[i + 2] == 'd' || json[i + 2] == 'D')
                        && i + 3 < json.length && "89abAB".indexOf(json[i + 3]) >= 0) {
                    return true;
                }
                i++;
            }
        }
        return false;
    }

    /** The same array when it holds no exponent number, else a rewritten copy. Input must be syntactically valid JSON. */
    public static byte[] normalize(byte[] json) {
        ByteArrayOutputStream out = null;
        int copied = 0;
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
                continue;
            }
            if (b == '"') {
                inString = true;
            } else if (b == '-' || (b >= '0' && b <= '9')) {
                int end = i;
                boolean exponent = false;
                while (end < json.length && "0123456789+-.eE".indexOf(json[end]) >= 0) {
                    exponent |= json[end] == 'e' || json[end] == 'E';
                    end++;
                }
                if (exponent) {
                    if (out == null) {
                        out = new ByteArrayOutputStream(json.length);
                    }
                    out.write(json, copied, i - copied);
                    out.writeBytes(plain(new String(json, i, end - i, StandardCharsets.US_ASCII)).getBytes(StandardCharsets.US_ASCII));
                    copied = end;
                }
                i = end - 1;
            }
        }
        if (out == null) {
            return json;
        }
        out.write(json, copied, json.length - copied);
        return out.toByteArray();
    }

    private static String plain(String literal) {
        try {
            BigDecimal v = new BigDecimal(literal);
            BigDecimal stripped = v.stripTrailingZeros();
            return stripped.scale() <= 0 ? stripped.toBigIntegerExact().toString() : stripped.toPlainString();
        } catch (NumberFormatException | ArithmeticException e) {
            return literal;
        }
    }
}
