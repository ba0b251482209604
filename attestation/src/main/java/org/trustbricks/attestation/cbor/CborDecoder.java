package org.trustbricks.attestation.cbor;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trustbricks.common.MalformedInputException;

/**
 * Decodes untrusted CBOR strictly: one complete item, no trailing bytes, definite lengths only (indefinite-length
 * items are refused, so a short input cannot announce an endless stream), declared lengths checked against the bytes
 * actually present before anything is allocated, a nesting-depth limit, a total item limit, strict UTF-8, no duplicate
 * map keys, and only the simple values false, true, null and undefined.
 */
public final class CborDecoder {

    private final int maxBytes;
    private final int maxDepth;
    private final int maxItems;

    private CborDecoder(int maxBytes, int maxDepth, int maxItems) {
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
        this.maxItems = maxItems;
    }

    /** A decoder with the given limits. */
    public static CborDecoder withLimits(int maxBytes, int maxDepth, int maxItems) {
        if (maxBytes <= 0 || maxDepth <= 0 || maxItems <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        return new CborDecoder(maxBytes, maxDepth, maxItems);
    }

    /** Limits suitable for attestation tokens and TPS messages: 64 KiB, depth 16, 4096 items. */
    public static CborDecoder forTokens() {
        return new CborDecoder(64 * 1024, 16, 4096);
    }

    /** Decodes exactly one item that spans the whole input. */
    public CborItem decode(byte[] bytes) throws MalformedInputException {
        if (bytes == null || bytes.length == 0) {
            throw new MalformedInputException("the CBOR input is empty");
        }
        if (bytes.length > maxBytes) {
            throw new MalformedInputException("the CBOR input has " + bytes.length + " bytes, more than the limit of " + maxBytes);
        }
        Reader r = new Reader(bytes);
        CborItem item = r.item(0);
        if (r.pos != bytes.length) {
            throw new MalformedInputException("trailing bytes after the CBOR item", "byte " + r.pos, null);
        }
        return item;
    }

    private final class Reader {
        private final byte[] in;
        private int pos;
        private int items;

        Reader(byte[] in) {
            this.in = in;
        }

        CborItem item(int depth) throws MalformedInputException {
            if (depth > maxDepth) {
                throw fail("nesting deeper than the limit of " + maxDepth);
            }
            if (++items > maxItems) {
                throw fail("more than " + maxItems + " data items");
            }
            int start = pos;
            int initial = u8();
            int major = initial >>> 5;
            int info = initial & 0x1f;
            if (info == 31) {
                throw failAt(start, major == 7 ? "unexpected break byte" : "indefinite-length items are not accepted");
            }
            if (info >= 28) {
                throw failAt(start, "reserved additional information " + info);
            }
            if (major == 7) {
                return simpleOrFloat(start, info);
            }
            long arg = argument(info);
            return switch (major) {
                case 0 -> unsigned(start, arg);
                case 1 -> negative(start, arg);
                case 2 -> new CborItem.Bytes(take(start, arg));
                case 3 -> new CborItem.Text(utf8(start, take(start, arg)));
                case 4 -> array(start, arg, depth);
                case 5 -> map(start, arg, depth);
                default -> new CborItem.Tag(arg, item(depth + 1));
            };
        }

        private CborItem unsigned(int start, long arg) throws MalformedInputException {
            if (arg < 0) {
                throw failAt(start, "integer larger than 2^63-1 is not supported");
            }
            return new CborItem.Int(arg);
        }

        private CborItem negative(int start, long arg) throws MalformedInputException {
            if (arg < 0) {
                throw failAt(start, "integer smaller than -2^63 is not supported");
            }
            return new CborItem.Int(-1 - arg);
        }

        private CborItem array(int start, long count, int depth) throws MalformedInputException {
            checkCount(start, count, 1);
            List<CborItem> list = new ArrayList<>((int) count);
            for (long i = 0; i < count; i++) {
                list.add(item(depth + 1));
            }
            return new CborItem.Array(list);
        }

        private CborItem map(int start, long count, int depth) throws MalformedInputException {
            checkCount(start, count, 2);
            Map<CborItem, CborItem> m = new LinkedHashMap<>();
            for (long i = 0; i < count; i++) {
                int keyAt = pos;
                CborItem key = item(depth + 1);
                if (m.containsKey(key)) {
                    throw failAt(keyAt, "duplicate map key " + CborDiagnostic.of(key));
                }
                m.put(key, item(depth + 1));
            }
            return new CborItem.MapItem(m);
        }

        private void checkCount(int start, long count, int bytesPerEntry) throws MalformedInputException {
            if (count < 0 || count > (long) (in.length - pos) / bytesPerEntry) {
                throw failAt(start, "declared " + Long.toUnsignedString(count) + " entries but only " + (in.length - pos) + " bytes remain");
            }
        }

        private CborItem simpleOrFloat(int start, int info) throws MalformedInputException {
            return switch (info) {
                case 20, 21, 22, 23 -> new CborItem.Simple(info);
                case 25 -> new CborItem.Float(halfPrecisionValue((int) argument(25)));
                case 26 -> new CborItem.Float(java.lang.Float.intBitsToFloat((int) argument(26)));
                case 27 -> new CborItem.Float(java.nio.ByteBuffer.allocate(8).putLong(argument(27)).flip().getDouble());
                default -> throw failAt(start, "simple value " + (info == 24 ? u8() : info) + " is not accepted");
            };
        }

        private long argument(int info) throws MalformedInputException {
            if (info < 24) {
                return info;
            }
            int n = 1 << (info - 24);
            need(n);
            long v = 0;
            for (int i = 0; i < n; i++) {
                v = (v << 8) | (in[pos++] & 0xff);
            }
            return v;
        }

        private byte[] take(int start, long len) throws MalformedInputException {
            if (len < 0 || len > in.length - pos) {
                throw failAt(start, "declared length " + Long.toUnsignedString(len) + " but only " + (in.length - pos) + " bytes remain");
            }
            byte[] out = java.util.Arrays.copyOfRange(in, pos, pos + (int) len);
            pos += (int) len;
            return out;
        }

        private int u8() throws MalformedInputException {
            need(1);
            return in[pos++] & 0xff;
        }

        private void need(int n) throws MalformedInputException {
            if (in.length - pos < n) {
                throw fail("truncated input");
            }
        }

        private String utf8(int start, byte[] b) throws MalformedInputException {
            boolean ascii = true;
            for (byte x : b) {
                if (x < 0) {
                    ascii = false;
                    break;
                }
            }
            if (ascii) {
                return new String(b, StandardCharsets.US_ASCII);
            }
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            } catch (CharacterCodingException e) {
                throw failAt(start, "text string is not valid UTF-8");
            }
        }

        private MalformedInputException fail(String msg) {
            return failAt(pos, msg);
        }

        private MalformedInputException failAt(int at, String msg) {
            return new MalformedInputException("malformed CBOR at byte " + at + ": " + msg, "byte " + at, null);
        }
    }

    private static double halfPrecisionValue(int h) {
        int exp = (h >> 10) & 0x1f;
        int mant = h & 0x3ff;
        double val = exp == 0 ? mant * Math.pow(2, -24) : exp != 31 ? (mant + 1024) * Math.pow(2, exp - 25)
                : mant == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        return (h & 0x8000) != 0 ? -val : val;
    }
}
