package org.trustbricks.mudmanager.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a large synthetic pcap for one device (MAC 02:00:00:00:00:01, 192.168.1.20): repeated sessions of a DNS
 * lookup (every fourth through a CNAME), a TCP connection to one of 256 cloud services (SYN, SYN+ACK, ACK, 40 data
 * segments alternating direction, FIN/ACK), an NTP exchange every 8th session and an mDNS announcement every 16th.
 * Frames are 54–110 bytes, little-endian microsecond pcap. Usage: {@code SyntheticCapture FILE PACKETS}.
 */
public final class SyntheticCapture {

    static final byte[] DEV = {2, 0, 0, 0, 0, 1};
    static final byte[] GW = {2, 0, 0, 0, 0, (byte) 0xfe};
    static final int DEV_IP = 0xC0A80114;
    static final int GW_IP = 0xC0A80101;

    private final OutputStream out;
    private final ByteBuffer rec = ByteBuffer.allocate(16 + 256).order(ByteOrder.LITTLE_ENDIAN);
    private long written;
    private long usec = 1_700_000_000_000_000L;

    private SyntheticCapture(OutputStream out) {
        this.out = out;
    }

    /** Writes the capture and returns the number of packets. */
    public static long write(Path file, long packets) throws IOException {
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            ByteBuffer h = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN).putInt(0xA1B2C3D4)
                    .putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
            o.write(h.array());
            SyntheticCapture c = new SyntheticCapture(o);
            for (int s = 0; c.written < packets; s++) {
                c.session(s, packets);
            }
            return c.written;
        }
    }

    public static void main(String[] args) throws IOException {
        long n = write(Path.of(args[0]), Long.parseLong(args[1]));
        System.out.println("wrote " + n + " packets to " + args[0] + " (" + Files.size(Path.of(args[0])) + " bytes)");
    }

    private void session(int s, long limit) throws IOException {
        int svc = s & 255;
        int server = 0x2D000000 | svc << 8 | 10;
        String name = "svc" + svc + ".cloud.example.com";
        int dnsPort = 30000 + (s % 20000);
        packet(true, GW_IP, 17, dnsPort, 53, 0, dnsQuery(s, name));
        packet(false, GW_IP, 17, 53, dnsPort, 0, dnsAnswer(s, name, server, s % 4 == 0));
        int cport = 40000 + (s % 20000);
        packet(true, server, 6, cport, 443, 0x02, null);
        packet(false, server, 6, 443, cport, 0x12, null);
        packet(true, server, 6, cport, 443, 0x10, null);
        for (int i = 0; i < 40 && written < limit; i++) {
            boolean from = (i & 1) == 0;
            packet(from, server, 6, from ? cport : 443, from ? 443 : cport, 0x18, null);
        }
        packet(true, server, 6, cport, 443, 0x11, null);
        packet(false, server, 6, 443, cport, 0x11, null);
        if (s % 8 == 0) {
            packet(true, 0x2E000000 | svc, 17, 123, 123, 0, new byte[48]);
            packet(false, 0x2E000000 | svc, 17, 123, 123, 0, new byte[48]);
        }
        if (s % 16 == 0) {
            packet(true, 0xE00000FB, 17, 5353, 5353, 0, new byte[32]);
        }
    }

    private void packet(boolean fromDevice, int peer, int proto, int sport, int dport, int flags, byte[] payload)
            throws IOException {
        int l4 = proto == 6 ? 20 : 8;
        int plen = payload == null ? 0 : payload.length;
        int frame = 14 + 20 + l4 + plen;
        usec += 137;
        rec.clear();
        rec.putInt((int) (usec / 1_000_000)).putInt((int) (usec % 1_000_000)).putInt(frame).putInt(frame);
        rec.order(ByteOrder.BIG_ENDIAN);
        rec.put(fromDevice ? GW : DEV).put(fromDevice ? DEV : GW).putShort((short) 0x0800);
        rec.put((byte) 0x45).put((byte) 0).putShort((short) (20 + l4 + plen)).putShort((short) 0)
                .putShort((short) 0x4000).put((byte) 64).put((byte) proto).putShort((short) 0)
                .putInt(fromDevice ? DEV_IP : peer).putInt(fromDevice ? peer : DEV_IP);
        rec.putShort((short) sport).putShort((short) dport);
        if (proto == 6) {
            rec.putInt(1).putInt(1).put((byte) 0x50).put((byte) flags).putShort((short) 65535).putInt(0);
        } else {
            rec.putShort((short) (8 + plen)).putShort((short) 0);
        }
        if (payload != null) {
            rec.put(payload);
        }
        rec.order(ByteOrder.LITTLE_ENDIAN);
        out.write(rec.array(), 0, rec.position());
        written++;
    }

    private static byte[] dnsQuery(int id, String name) {
        ByteBuffer b = ByteBuffer.allocate(64 + name.length());
        b.putShort((short) id).putShort((short) 0x0100).putShort((short) 1).putShort((short) 0).putInt(0);
        name(b, name);
        b.putShort((short) 1).putShort((short) 1);
        return java.util.Arrays.copyOf(b.array(), b.position());
    }

    private static byte[] dnsAnswer(int id, String name, int address, boolean viaCname) {
        ByteBuffer b = ByteBuffer.allocate(160 + 2 * name.length());
        b.putShort((short) id).putShort((short) 0x8180).putShort((short) 1).putShort((short) (viaCname ? 2 : 1)).putInt(0);
        name(b, name);
        b.putShort((short) 1).putShort((short) 1);
        if (viaCname) {
            b.putShort((short) 0xC00C).putShort((short) 5).putShort((short) 1).putInt(300);
            String target = "edge.cdn.example.net";
            b.putShort((short) (target.length() + 2));
            int at = b.position();
            name(b, target);
            b.putShort((short) (0xC000 | at)).putShort((short) 1).putShort((short) 1).putInt(300).putShort((short) 4)
                    .putInt(address);
        } else {
            b.putShort((short) 0xC00C).putShort((short) 1).putShort((short) 1).putInt(300).putShort((short) 4)
                    .putInt(address);
        }
        return java.util.Arrays.copyOf(b.array(), b.position());
    }

    private static void name(ByteBuffer b, String name) {
        for (String l : name.split("\\.")) {
            b.put((byte) l.length()).put(l.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        b.put((byte) 0);
    }
}
