package org.trustbricks.mudmanager.capture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes pcap or pcapng captures for tests, in either byte order. */
public final class CaptureFile {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteOrder order;
    private final boolean pcapng;
    private final boolean nanos;

    private CaptureFile(ByteOrder order, boolean pcapng, boolean nanos) {
        this.order = order;
        this.pcapng = pcapng;
        this.nanos = nanos;
    }

    /** A classic pcap with microsecond or nanosecond timestamps. */
    public static CaptureFile pcap(ByteOrder order, boolean nanos, int linkType, int snaplen) {
        CaptureFile f = new CaptureFile(order, false, nanos);
        f.put(ByteBuffer.allocate(24).order(order).putInt(nanos ? 0xA1B23C4D : 0xA1B2C3D4).putShort((short) 2)
                .putShort((short) 4).putInt(0).putInt(0).putInt(snaplen).putInt(linkType));
        return f;
    }

    /** A pcapng starting with a section header block. */
    public static CaptureFile pcapng(ByteOrder order) {
        CaptureFile f = new CaptureFile(order, true, false);
        f.section();
        return f;
    }

    /** Starts a new pcapng section (interfaces reset). */
    public CaptureFile section() {
        block(0x0A0D0D0A, ByteBuffer.allocate(16).order(order).putInt(0x1A2B3C4D).putShort((short) 1)
                .putShort((short) 0).putLong(-1L).array());
        return this;
    }

    /** Adds a pcapng interface with an optional if_tsresol (negative: none). */
    public CaptureFile iface(int linkType, int snaplen, int tsresol) {
        ByteBuffer b = ByteBuffer.allocate(tsresol >= 0 ? 20 : 8).order(order).putShort((short) linkType)
                .putShort((short) 0).putInt(snaplen);
        if (tsresol >= 0) {
            b.putShort((short) 9).putShort((short) 1).put((byte) tsresol).put(new byte[3]).putInt(0);
        }
        block(1, b.array());
        return this;
    }

    /** Adds a packet record (pcap) or enhanced packet block (pcapng, timestamp in interface units). */
    public CaptureFile packet(int ifId, long timestamp, byte[] data, int origLen) {
        if (pcapng) {
            int padded = (data.length + 3) & ~3;
            ByteBuffer b = ByteBuffer.allocate(20 + padded).order(order).putInt(ifId).putInt((int) (timestamp >>> 32))
                    .putInt((int) timestamp).putInt(data.length).putInt(origLen).put(data);
            block(6, b.array());
        } else {
            long sec = timestamp / 1_000_000_000L;
            long frac = timestamp % 1_000_000_000L;
            put(ByteBuffer.allocate(16).order(order).putInt((int) sec).putInt((int) (nanos ? frac : frac / 1000))
                    .putInt(data.length).putInt(origLen));
            out.writeBytes(data);
        }
        return this;
    }

    /** Adds a packet captured whole. */
    public CaptureFile packet(long timestamp, byte[] data) {
        return packet(0, timestamp, data, data.length);
    }

    /** Adds a pcapng simple packet block. */
    public CaptureFile simple(byte[] data) {
        int padded = (data.length + 3) & ~3;
        block(3, ByteBuffer.allocate(4 + padded).order(order).putInt(data.length).put(data).array());
        return this;
    }

    /** Adds an arbitrary pcapng block. */
    public CaptureFile block(int type, byte[] body) {
        int len = 12 + body.length;
        put(ByteBuffer.allocate(8).order(order).putInt(type).putInt(len));
        out.writeBytes(body);
        put(ByteBuffer.allocate(4).order(order).putInt(len));
        return this;
    }

    private void put(ByteBuffer b) {
        out.writeBytes(b.array());
    }

    /** The capture bytes. */
    public byte[] bytes() {
        return out.toByteArray();
    }

    /** Writes the capture to a file. */
    public Path write(Path file) throws IOException {
        return Files.write(file, bytes());
    }
}
