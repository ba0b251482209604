package org.trustbricks.mudmanager.capture;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trustbricks.common.MalformedInputException;

/**
 * A DNS message reduced to what a profiler needs: question names and A/AAAA/CNAME records.
 *
 * @param id        transaction id
 * @param response  true for a response (QR bit)
 * @param rcode     response code
 * @param questions question names
 * @param records   A, AAAA and CNAME records of every section
 */
public record DnsMessage(int id, boolean response, int rcode, List<String> questions, List<DnsRecord> records) {

    private static final int MAX_RECORDS = 512;

    /** Parses a DNS message from untrusted bytes. */
    public static DnsMessage parse(byte[] b, int off, int len) throws MalformedInputException {
        if (len < 12 || off < 0 || off + len > b.length) {
            throw new MalformedInputException("DNS message shorter than its 12-byte header", "/", null);
        }
        int end = off + len;
        int flags = PacketDecoder.u16(b, off + 2);
        int qd = PacketDecoder.u16(b, off + 4);
        int[] counts = {PacketDecoder.u16(b, off + 6), PacketDecoder.u16(b, off + 8), PacketDecoder.u16(b, off + 10)};
        if (qd + counts[0] + counts[1] + counts[2] > MAX_RECORDS) {
            throw new MalformedInputException("DNS message claims too many records", "/", null);
        }
        int[] cursor = {off + 12};
        List<String> questions = new ArrayList<>(qd);
        for (int i = 0; i < qd; i++) {
            questions.add(name(b, off, end, cursor));
            need(cursor[0] + 4, end);
            cursor[0] += 4;
        }
        List<DnsRecord> records = new ArrayList<>();
        String[] sections = {"answer", "authority", "additional"};
        for (int s = 0; s < 3; s++) {
            for (int i = 0; i < counts[s]; i++) {
                String owner = name(b, off, end, cursor);
                int p = cursor[0];
                need(p + 10, end);
                int type = PacketDecoder.u16(b, p);
                long ttl = PacketDecoder.i32(b, p + 4) & 0xFFFFFFFFL;
                int rdlen = PacketDecoder.u16(b, p + 8);
                int rdata = p + 10;
                need(rdata + rdlen, end);
                String value = switch (type) {
                    case 1 -> rdlen == 4 ? address(b, rdata, 4) : null;
                    case 28 -> rdlen == 16 ? address(b, rdata, 16) : null;
                    case 5 -> name(b, off, rdata + rdlen, new int[] {rdata});
                    default -> null;
                };
                if ((type == 1 || type == 28) && value == null) {
                    throw new MalformedInputException("DNS address record with length " + rdlen, "/", null);
                }
                if (value != null) {
                    records.add(new DnsRecord(sections[s], owner, type, ttl, value));
                }
                cursor[0] = rdata + rdlen;
            }
        }
        return new DnsMessage(PacketDecoder.u16(b, off), (flags & 0x8000) != 0, flags & 0xF, questions, records);
    }

    private static void need(int upTo, int end) throws MalformedInputException {
        if (upTo > end) {
            throw new MalformedInputException("DNS message cut short", "/", null);
        }
    }

    private static String address(byte[] b, int p, int n) {
        byte[] a = new byte[n];
        System.arraycopy(b, p, a, 0, n);
        try {
            return InetAddress.getByAddress(a).getHostAddress();
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Reads a possibly compressed name at cursor[0] and advances the cursor past it. */
    private static String name(byte[] b, int msg, int end, int[] cursor) throws MalformedInputException {
        StringBuilder sb = new StringBuilder(32);
        int p = cursor[0];
        int jumps = 0;
        boolean jumped = false;
        int wireLength = 0;
        while (true) {
            need(p + 1, end);
            int l = b[p] & 0xff;
            if ((l & 0xC0) == 0xC0) {
                need(p + 2, end);
                int target = msg + (((l & 0x3F) << 8) | (b[p + 1] & 0xff));
                if (!jumped) {
                    cursor[0] = p + 2;
                    jumped = true;
                }
                if (++jumps > 64) {
                    throw new MalformedInputException("DNS name compression loop", "/", null);
                }
                p = target;
                continue;
            }
            if ((l & 0xC0) != 0) {
                throw new MalformedInputException("DNS label with reserved type bits", "/", null);
            }
            if (l == 0) {
                if (!jumped) {
                    cursor[0] = p + 1;
                }
                return sb.toString();
            }
            need(p + 1 + l, end);
            wireLength += l + 1;
            if (wireLength > 255) {
                throw new MalformedInputException("DNS name longer than 255 octets", "/", null);
            }
            if (!sb.isEmpty()) {
                sb.append('.');
            }
            for (int i = 1; i <= l; i++) {
                int c = b[p + i] & 0xff;
                if (c > 0x20 && c < 0x7F && c != '.' && c != '\\') {
                    sb.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
                } else {
                    sb.append('\\').append(String.format(Locale.ROOT, "%03d", c));
                }
            }
            p += 1 + l;
        }
    }

    /** Lower-cased question names and owner names, for matching. */
    public static String normalise(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }
}
