package org.trustbricks.web.manager;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Writes a small classic pcap (Ethernet) of one device: a DNS answer naming a cloud host, then a TCP handshake to it. */
final class TinyPcap {

    static final String DEVICE_MAC = "02:00:00:00:10:01";
    static final String CLOUD_NAME = "api.things.example.com";
    private static final byte[] DEVICE_ETH = {2, 0, 0, 0, 0x10, 1};
    private static final byte[] ROUTER_ETH = {2, 0, 0, 0, 0, 1};
    private static final byte[] DEVICE_IP = {(byte) 192, (byte) 168, 1, 21};
    private static final byte[] RESOLVER_IP = {(byte) 192, (byte) 168, 1, 1};
    private static final byte[] CLOUD_IP = {(byte) 203, 0, 113, 10};

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int second = 1_700_000_000;

    private TinyPcap() {
        ByteBuffer h = le(24);
        h.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
        out.writeBytes(h.array());
    }

    /** The capture's bytes. */
    static byte[] dnsThenHttps() {
        TinyPcap p = new TinyPcap();
        p.frame(ROUTER_ETH, DEVICE_ETH, ip(17, RESOLVER_IP, DEVICE_IP, udp(53, 40000, dnsAnswer())));
        p.frame(DEVICE_ETH, ROUTER_ETH, ip(6, DEVICE_IP, CLOUD_IP, tcp(50000, 443, 0x02)));
        p.frame(ROUTER_ETH, DEVICE_ETH, ip(6, CLOUD_IP, DEVICE_IP, tcp(443, 50000, 0x12)));
        p.frame(DEVICE_ETH, ROUTER_ETH, ip(6, DEVICE_IP, CLOUD_IP, tcp(50000, 443, 0x10)));
        return p.out.toByteArray();
    }

    /** The same four packets repeated {@code times} times in one capture (a capture large enough to watch). */
    static byte[] repeated(int times) {
        byte[] one = dnsThenHttps();
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream(24 + (one.length - 24) * times);
        all.write(one, 0, 24);
        for (int i = 0; i < times; i++) {
            all.write(one, 24, one.length - 24);
        }
        return all.toByteArray();
    }

    private void frame(byte[] src, byte[] dst, byte[] ipPacket) {
        ByteBuffer f = ByteBuffer.allocate(14 + ipPacket.length);
        f.put(dst).put(src).putShort((short) 0x0800).put(ipPacket);
        ByteBuffer rec = le(16);
        rec.putInt(second++).putInt(0).putInt(f.capacity()).putInt(f.capacity());
        out.writeBytes(rec.array());
        out.writeBytes(f.array());
    }

    private static byte[] ip(int protocol, byte[] src, byte[] dst, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(20 + payload.length);
        b.put((byte) 0x45).put((byte) 0).putShort((short) b.capacity()).putShort((short) 1).putShort((short) 0x4000)
                .put((byte) 64).put((byte) protocol).putShort((short) 0).put(src).put(dst);
        int sum = 0;
        for (int i = 0; i < 20; i += 2) {
            sum += b.getShort(i) & 0xffff;
        }
        sum = (sum & 0xffff) + (sum >>> 16);
        sum = (sum & 0xffff) + (sum >>> 16);
        b.putShort(10, (short) ~sum);
        b.put(20, payload);
        return b.array();
    }

    private static byte[] udp(int src, int dst, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(8 + payload.length);
        b.putShort((short) src).putShort((short) dst).putShort((short) b.capacity()).putShort((short) 0).put(payload);
        return b.array();
    }

    private static byte[] tcp(int src, int dst, int flags) {
        ByteBuffer b = ByteBuffer.allocate(20);
        b.putShort((short) src).putShort((short) dst).putInt(flags == 0x12 ? 9000 : 1000).putInt(flags == 0x02 ? 0 : 1001)
                .put((byte) 0x50).put((byte) flags).putShort((short) 65535).putShort((short) 0).putShort((short) 0);
        return b.array();
    }

    private static byte[] dnsAnswer() {
        ByteArrayOutputStream q = new ByteArrayOutputStream();
        for (String label : CLOUD_NAME.split("\\.")) {
            q.write(label.length());
            q.writeBytes(label.getBytes(StandardCharsets.US_ASCII));
        }
        q.write(0);
        byte[] name = q.toByteArray();
        ByteBuffer b = ByteBuffer.allocate(12 + name.length + 4 + 16);
        b.putShort((short) 0x1234).putShort((short) 0x8180).putShort((short) 1).putShort((short) 1).putShort((short) 0)
                .putShort((short) 0).put(name).putShort((short) 1).putShort((short) 1)
                .putShort((short) 0xc00c).putShort((short) 1).putShort((short) 1).putInt(300).putShort((short) 4).put(CLOUD_IP);
        return b.array();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
