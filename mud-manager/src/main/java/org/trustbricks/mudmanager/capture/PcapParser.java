package org.trustbricks.mudmanager.capture;

import java.io.IOException;

/** Classic libpcap format, both byte orders, microsecond and nanosecond variants. */
final class PcapParser {

    private final ByteSource src;
    private final ReadStats stats;
    private final PacketListener listener;
    private final Packet packet = new Packet();

    PcapParser(ByteSource src, ReadStats stats, PacketListener listener) {
        this.src = src;
        this.stats = stats;
        this.listener = listener;
    }

    static boolean recognises(int magicBe) {
        return magicBe == 0xA1B2C3D4 || magicBe == 0xD4C3B2A1 || magicBe == 0xA1B23C4D || magicBe == 0x4D3CB2A1;
    }

    void run() throws IOException {
        byte[] b = src.buf;
        if (!src.ensure(24)) {
            stats.format = "pcap";
            stats.truncated(src.offset(), "the file header");
            return;
        }
        int magic = PacketDecoder.i32(b, src.pos);
        boolean le = magic == 0xD4C3B2A1 || magic == 0x4D3CB2A1;
        boolean nanos = magic == 0xA1B23C4D || magic == 0x4D3CB2A1;
        stats.format = nanos ? "pcap-nanosecond" : "pcap";
        int linkType = u32(b, src.pos + 20, le) & 0xFFFF;
        src.pos += 24;
        long number = 0;
        while (src.ensure(16)) {
            int p = src.pos;
            long sec = u32(b, p, le) & 0xFFFFFFFFL;
            long frac = u32(b, p + 4, le) & 0xFFFFFFFFL;
            long incl = u32(b, p + 8, le) & 0xFFFFFFFFL;
            long orig = u32(b, p + 12, le) & 0xFFFFFFFFL;
            if (incl > CaptureReader.MAX_BLOCK) {
                stats.corrupt(src.offset(), "A record claims " + incl + " captured bytes (limit "
                        + CaptureReader.MAX_BLOCK + ")", true);
                return;
            }
            if (!src.ensure(16 + (int) incl)) {
                stats.truncated(src.offset(), "a packet record");
                src.pos = src.lim;
                return;
            }
            p = src.pos;
            packet.reset(b, p + 16, (int) incl, (int) Math.min(Integer.MAX_VALUE, Math.max(orig, incl)));
            packet.timestampNanos = sec * 1_000_000_000L + (nanos ? frac : frac * 1000L);
            packet.linkType = linkType;
            packet.interfaceId = 0;
            packet.recordNumber = ++number;
            packet.fileOffset = src.offset();
            src.pos = p + 16 + (int) incl;
            CaptureReader.deliver(packet, stats, listener);
        }
        if (src.available() > 0) {
            stats.truncated(src.offset(), "a record header");
            src.pos = src.lim;
        }
    }

    static int u32(byte[] b, int i, boolean le) {
        return le ? (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16 | (b[i + 3] & 0xff) << 24
                : PacketDecoder.i32(b, i);
    }

    static int u16(byte[] b, int i, boolean le) {
        return le ? (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 : PacketDecoder.u16(b, i);
    }
}
