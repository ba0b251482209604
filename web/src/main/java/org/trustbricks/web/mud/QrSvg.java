package org.trustbricks.web.mud;

import io.nayuki.qrcodegen.QrCode;
import java.nio.charset.StandardCharsets;

/**
 * QR codes for MUD URLs in the RFC 9238 style: an ISO/IEC 15434 format-06 message with the SQRL ("12N") data records
 * B000 (company), B002 (model) and M180 (MUD URL), drawn as an SVG with the qrcodegen library already used by the
 * platform.
 */
final class QrSvg {

    private static final char RS = 0x1e;
    private static final char GS = 0x1d;
    private static final char US = 0x1f;
    private static final char EOT = 0x04;

    private QrSvg() {
    }

    /** The RFC 9238 payload: {@code [)>␞06␝12N B000…␟ B002…␟ M180…␟ ␞␄} (records are 7-bit ASCII; the query is dropped). */
    static String payload(String manufacturer, String model, String mudUrl) {
        String url = mudUrl.contains("?") ? mudUrl.substring(0, mudUrl.indexOf('?')) : mudUrl;
        return "[)>" + RS + "06" + GS + "12N" + "B000" + ascii(manufacturer) + US + "B002" + ascii(model) + US
                + "M180" + ascii(url) + US + RS + EOT;
    }

    /** An SVG (one path, 4-module quiet zone) of the QR code for {@code text}, with a text alternative. */
    static String svg(String text, String label) {
        QrCode qr = QrCode.encodeBinary(text.getBytes(StandardCharsets.US_ASCII), QrCode.Ecc.MEDIUM);
        int border = 4;
        int size = qr.size + border * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\" width=\"" + size * 5
                + "\" height=\"" + size * 5 + "\" role=\"img\" aria-label=\"" + escape(label) + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    private static String ascii(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : (s == null ? "" : s).toCharArray()) {
            sb.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
