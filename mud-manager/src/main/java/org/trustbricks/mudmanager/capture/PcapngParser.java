package org.trustbricks.mudmanager.capture;

import java.io.IOException;

/** pcapng: section header, interface description, enhanced/simple/obsolete packet blocks; others skipped. */
final class PcapngParser {

    private static final int SHB = 0x0A0D0D0A;
    private static final int MAX_INTERFACES = 1024;

    private final ByteSource src;
    private final ReadStats stats;
    private final PacketListener listener;
    private final Packet packet = new Packet();
    private boolean le;
    private int interfaces;
    private final int[] linkType = new int[MAX_INTERFACES];
    private final int[] snaplen = new int[MAX_INTERFACES];
    private final int[] resolution = new int[MAX_INTERFACES];
    private final long[] offsetSeconds = new long[MAX_INTERFACES];
    private long number;

    PcapngParser(ByteSource src, ReadStats stats, PacketListener listener) {
        this.src = src;
        this.stats = stats;
        this.listener = listener;
    }

    void run() throws IOException {
        stats.format = "pcapng";
        byte[] b = src.buf;
        while (src.ensure(12)) {
            int p = src.pos;
            int typeRaw = PacketDecoder.i32(b, p);
            if (typeRaw == SHB) {
                int bom = PacketDecoder.i32(b, p + 8);
                if (bom == 0x1A2B3C4D) {
                    le = false;
                } else if (bom == 0x4D3C2B1A) {
                    le = true;
                } else {
                    stats.corrupt(src.offset(), "A section header has an invalid byte-order magic", true);
                    return;
                }
                interfaces = 0;
            }
            int type = PcapParser.u32(b, p, le);
            long len = PcapParser.u32(b, p + 4, le) & 0xFFFFFFFFL;
            if (len < 12 || len % 4 != 0 || len > CaptureReader.MAX_BLOCK) {
                stats.corrupt(src.offset(), "A block has an impossible length (" + len + ")", true);
                return;
            }
            if (!src.ensure((int) len)) {
                stats.truncated(src.offset(), "a block");
                src.pos = src.lim;
                return;
            }
            p = src.pos;
            long blockOffset = src.offset();
            src.pos = p + (int) len;
            block(b, p, (int) len, type, blockOffset);
        }
        if (src.available() > 0) {
            stats.truncated(src.offset(), "a block header");
            src.pos = src.lim;
        }
    }

    private void block(byte[] b, int p, int len, int type, long offset) {
        switch (type) {
            case SHB -> {
                if (len < 28) {
                    stats.corrupt(offset, "A section header block is too short", false);
                }
            }
            case 1 -> interfaceBlock(b, p, len, offset);
            case 6 -> enhanced(b, p, len, offset, PcapParser.u32(b, p + 8, le), 28);
            case 2 -> enhanced(b, p, len, offset, PcapParser.u16(b, p + 8, le), 28);
            case 3 -> simple(b, p, len, offset);
            default -> {
                // Name resolution, statistics, decryption secrets and custom blocks carry no packets.
            }
        }
    }

    private void interfaceBlock(byte[] b, int p, int len, long offset) {
        if (len < 20) {
            stats.corrupt(offset, "An interface description block is too short", false);
            return;
        }
        if (interfaces >= MAX_INTERFACES) {
            stats.corrupt(offset, "More than " + MAX_INTERFACES + " interfaces in one section", false);
            return;
        }
        int i = interfaces++;
        linkType[i] = PcapParser.u16(b, p + 8, le);
        snaplen[i] = PcapParser.u32(b, p + 12, le);
        resolution[i] = 6;
        offsetSeconds[i] = 0;
        int o = p + 16;
        int end = p + len - 4;
        while (end - o >= 4) {
            int code = PcapParser.u16(b, o, le);
            int olen = PcapParser.u16(b, o + 2, le);
            if (code == 0 || o + 4 + olen > end) {
                break;
            }
            if (code == 9 && olen >= 1) {
                resolution[i] = b[o + 4] & 0xff;
            } else if (code == 14 && olen >= 8) {
                offsetSeconds[i] = le ? Long.reverseBytes(PacketDecoder.i64(b, o + 4)) : PacketDecoder.i64(b, o + 4);
            }
            o += 4 + ((olen + 3) & ~3);
        }
    }

    private void enhanced(byte[] b, int p, int len, long offset, int ifId, int dataStart) {
        if (len < dataStart + 4) {
            stats.corrupt(offset, "A packet block is too short", false);
            return;
        }
        long cap = PcapParser.u32(b, p + 20, le) & 0xFFFFFFFFL;
        long orig = PcapParser.u32(b, p + 24, le) & 0xFFFFFFFFL;
        if (ifId < 0 || ifId >= interfaces) {
            stats.corrupt(offset, "A packet block names interface " + (ifId & 0xFFFFFFFFL)
                    + " that the section does not describe", false);
            return;
        }
        if (cap > len - dataStart - 4) {
            stats.corrupt(offset, "A packet block claims more captured bytes than it holds", false);
            return;
        }
        long ts = (PcapParser.u32(b, p + 12, le) & 0xFFFFFFFFL) << 32 | (PcapParser.u32(b, p + 16, le) & 0xFFFFFFFFL);
        emit(b, p + dataStart, (int) cap, orig, ifId, toNanos(ts, resolution[ifId]) + offsetSeconds[ifId] * 1_000_000_000L, offset);
    }

    private void simple(byte[] b, int p, int len, long offset) {
        if (interfaces == 0) {
            stats.corrupt(offset, "A simple packet block appears before any interface description", false);
            return;
        }
        long orig = PcapParser.u32(b, p + 8, le) & 0xFFFFFFFFL;
        long cap = Math.min(orig, len - 16);
        if (snaplen[0] > 0) {
            cap = Math.min(cap, snaplen[0] & 0xFFFFFFFFL);
        }
        emit(b, p + 12, (int) Math.max(0, cap), orig, 0, 0, offset);
    }

    private void emit(byte[] b, int off, int cap, long orig, int ifId, long nanos, long offset) {
        packet.reset(b, off, cap, (int) Math.min(Integer.MAX_VALUE, Math.max(orig, cap)));
        packet.linkType = linkType[ifId];
        packet.interfaceId = ifId;
        packet.timestampNanos = nanos;
        packet.recordNumber = ++number;
        packet.fileOffset = offset;
        CaptureReader.deliver(packet, stats, listener);
    }

    /** Converts a timestamp in if_tsresol units (10^-n, or 2^-n when the high bit is set) to nanoseconds. */
    static long toNanos(long ts, int tsresol) {
        int n = tsresol & 0x7F;
        if ((tsresol & 0x80) == 0) {
            if (n <= 9) {
                long factor = 1;
                for (int i = n; i < 9; i++) {
                    factor *= 10;
                }
                return ts * factor;
            }
            long divisor = 1;
            for (int i = 9; i < n && i < 28; i++) {
                divisor *= 10;
            }
            return n >= 28 ? 0 : Long.divideUnsigned(ts, divisor);
        }
        if (n == 0) {
            return ts * 1_000_000_000L;
        }
        if (n >= 64) {
            return 0;
        }
        long seconds = ts >>> n;
        long frac = ts & ((1L << n) - 1);
        return seconds * 1_000_000_000L + Math.unsignedMultiplyHigh(frac << (64 - n), 1_000_000_000L);
    }
}
