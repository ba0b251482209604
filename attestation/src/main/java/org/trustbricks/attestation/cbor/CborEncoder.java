package org.trustbricks.attestation.cbor;

import java.io.ByteArrayOutputStream;
import java.util.Map;

/** Encodes the CBOR model with preferred (shortest) argument encodings and definite lengths, keeping map order. */
public final class CborEncoder {

    private CborEncoder() {
    }

    /** The encoding of one item. */
    public static byte[] encode(CborItem item) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        write(out, item);
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, CborItem item) {
        switch (item) {
            case CborItem.Int i -> {
                if (i.value() >= 0) {
                    head(out, 0, i.value());
                } else {
                    head(out, 1, -1 - i.value());
                }
            }
            case CborItem.Bytes b -> {
                head(out, 2, b.length());
                out.writeBytes(b.unsafeValue());
            }
            case CborItem.Text t -> {
                byte[] u = t.utf8();
                head(out, 3, u.length);
                out.writeBytes(u);
            }
            case CborItem.Array a -> {
                head(out, 4, a.items().size());
                a.items().forEach(x -> write(out, x));
            }
            case CborItem.MapItem m -> {
                head(out, 5, m.entries().size());
                for (Map.Entry<CborItem, CborItem> e : m.entries().entrySet()) {
                    write(out, e.getKey());
                    write(out, e.getValue());
                }
            }
            case CborItem.Tag t -> {
                head(out, 6, t.tag());
                write(out, t.content());
            }
            case CborItem.Simple s -> out.write(0xe0 | s.value());
            case CborItem.Float f -> {
                out.write(0xfb);
                long bits = Double.doubleToLongBits(f.value());
                for (int i = 7; i >= 0; i--) {
                    out.write((int) (bits >>> (8 * i)));
                }
            }
        }
    }

    private static void head(ByteArrayOutputStream out, int major, long arg) {
        int m = major << 5;
        if (arg >= 0 && arg < 24) {
            out.write(m | (int) arg);
        } else if (arg >= 0 && arg < 0x100) {
            out.write(m | 24);
            out.write((int) arg);
        } else if (arg >= 0 && arg < 0x10000) {
            out.write(m | 25);
            out.write((int) (arg >> 8));
            out.write((int) arg);
        } else if (arg >= 0 && arg < 0x100000000L) {
            out.write(m | 26);
            for (int i = 3; i >= 0; i--) {
                out.write((int) (arg >>> (8 * i)));
            }
        } else {
            out.write(m | 27);
            for (int i = 7; i >= 0; i--) {
                out.write((int) (arg >>> (8 * i)));
            }
        }
    }
}
