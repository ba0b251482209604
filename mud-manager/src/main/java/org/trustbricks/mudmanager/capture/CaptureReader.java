package org.trustbricks.mudmanager.capture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Streaming reader of pcap and pcapng captures: decodes each record in place and hands it to a listener.
 * Never holds more than one window of the file in memory; damaged input is counted and reported, never thrown.
 */
public final class CaptureReader {

    /** Largest record or block accepted; larger ones are treated as corrupt framing. */
    public static final int MAX_BLOCK = 1 << 20;
    private static final int LARGE_WINDOW = 4 << 20;
    private static final int STREAM_WINDOW = 2 << 20;

    private CaptureReader() {
    }

    /** Reads a capture file. Only failures to open or read the file itself are thrown. */
    public static CaptureReport read(Path file, PacketListener listener) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            int window = (int) Math.min(LARGE_WINDOW, Math.max(64 << 10, ch.size() + 64));
            return read(ch, String.valueOf(file.getFileName()), listener, window);
        }
    }

    /** Reads a capture from a stream (not closed). */
    public static CaptureReport read(InputStream in, String name, PacketListener listener) throws IOException {
        return read(Channels.newChannel(in), name, listener);
    }

    /** Reads a capture from a channel (not closed). */
    public static CaptureReport read(ReadableByteChannel channel, String name, PacketListener listener)
            throws IOException {
        return read(channel, name, listener, STREAM_WINDOW);
    }

    private static CaptureReport read(ReadableByteChannel channel, String name, PacketListener listener, int window)
            throws IOException {
        ByteSource src = new ByteSource(channel, window);
        ReadStats stats = new ReadStats(name);
        if (!src.ensure(4)) {
            stats.notRecognised(src.available());
            return stats.report(src.offset() + src.available());
        }
        int magicBe = PacketDecoder.i32(src.buf, src.pos);
        if (magicBe == 0x0A0D0D0A) {
            new PcapngParser(src, stats, listener).run();
        } else if (PcapParser.recognises(magicBe)) {
            new PcapParser(src, stats, listener).run();
        } else {
            stats.notRecognised(src.available());
        }
        return stats.report(src.offset());
    }

    static void deliver(Packet p, ReadStats stats, PacketListener listener) {
        PacketDecoder.decode(p);
        stats.count(p);
        listener.onPacket(p);
    }
}
