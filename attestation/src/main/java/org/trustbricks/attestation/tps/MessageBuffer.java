package org.trustbricks.attestation.tps;

import java.util.Arrays;

/** A caller-owned message buffer with a maximum size (TPSC_MessageBuffer). */
public final class MessageBuffer {

    private final byte[] buffer;
    private int size;

    private MessageBuffer(int maxSize) {
        this.buffer = new byte[maxSize];
    }

    /** TPSC_InitializeTransaction: a buffer that holds at most {@code maxSize} bytes. */
    public static MessageBuffer initialize(int maxSize) {
        if (maxSize <= 0 || maxSize > TpsMessage.MAX_BYTES) {
            throw new IllegalArgumentException("maxSize must be 1.." + TpsMessage.MAX_BYTES);
        }
        return new MessageBuffer(maxSize);
    }

    /** Puts a message in the buffer. */
    public MessageBuffer write(byte[] message) throws TpsException {
        if (message.length > buffer.length) {
            throw TpsException.of(TpsError.ERROR_SHORT_BUFFER, "the message has " + message.length + " bytes; the buffer holds " + buffer.length);
        }
        Arrays.fill(buffer, (byte) 0);
        System.arraycopy(message, 0, buffer, 0, message.length);
        size = message.length;
        return this;
    }

    /** The message bytes (only the first {@link #size()} bytes, never what lies beyond). */
    public byte[] message() {
        return Arrays.copyOf(buffer, size);
    }

    /** Bytes in use. */
    public int size() {
        return size;
    }

    /** Capacity. */
    public int maxSize() {
        return buffer.length;
    }

    /** TPSC_FinalizeTransaction: zeroises the buffer and sets its size to 0. */
    public void finalizeTransaction() {
        Arrays.fill(buffer, (byte) 0);
        size = 0;
    }
}
