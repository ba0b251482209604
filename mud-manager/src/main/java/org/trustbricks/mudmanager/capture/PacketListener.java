package org.trustbricks.mudmanager.capture;

/** Receives every packet of a capture, in file order. */
@FunctionalInterface
public interface PacketListener {

    /** Called once per record; the packet object is reused after the call returns. */
    void onPacket(Packet packet);
}
