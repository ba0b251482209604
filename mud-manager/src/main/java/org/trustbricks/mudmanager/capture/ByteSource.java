package org.trustbricks.mudmanager.capture;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;

/** A sliding window over a channel: records are read in place from one reusable array. */
final class ByteSource {

    final byte[] buf;
    int pos;
    int lim;
    private long base;
    private boolean eof;
    private final ReadableByteChannel channel;
    private final ByteBuffer view;

    ByteSource(ReadableByteChannel channel, int capacity) {
        this.channel = channel;
        this.buf = new byte[capacity];
        this.view = ByteBuffer.wrap(buf);
    }

    /** Makes at least {@code n} bytes available from {@link #pos}; false when the input ends first. */
    boolean ensure(int n) throws IOException {
        if (lim - pos >= n) {
            return true;
        }
        if (n > buf.length) {
            return false;
        }
        if (buf.length - pos < n) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            base += pos;
            lim -= pos;
            pos = 0;
        }
        while (lim - pos < n && !eof) {
            view.limit(buf.length).position(lim);
            int r = channel.read(view);
            if (r < 0) {
                eof = true;
            } else {
                lim += r;
            }
        }
        return lim - pos >= n;
    }

    /** Bytes left in the window. */
    int available() {
        return lim - pos;
    }

    /** Offset in the input of {@link #pos}. */
    long offset() {
        return base + pos;
    }

    /** True once the input has ended and every byte has been consumed. */
    boolean exhausted() throws IOException {
        return !ensure(1);
    }
}
