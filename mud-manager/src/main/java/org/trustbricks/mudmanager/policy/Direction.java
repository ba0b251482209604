package org.trustbricks.mudmanager.policy;

/** Which way a packet travels relative to the device, as in from-device-policy / to-device-policy. */
public enum Direction {
    /** Sent by the device. */
    FROM_DEVICE,
    /** Sent to the device. */
    TO_DEVICE;

    /** The MUD spelling ({@code from-device} / {@code to-device}). */
    public String mudName() {
        return this == FROM_DEVICE ? "from-device" : "to-device";
    }

    /** The other direction. */
    public Direction reverse() {
        return this == FROM_DEVICE ? TO_DEVICE : FROM_DEVICE;
    }
}
