package org.trustbricks.mudmanager.capture;

/** LINKTYPE_ values this reader decodes. */
public final class LinkTypes {

    /** BSD loopback: 4-byte address family. */
    public static final int NULL = 0;
    /** Ethernet II / 802.3. */
    public static final int ETHERNET = 1;
    /** Raw IP (OpenBSD/Linux variants 12 and 14 too). */
    public static final int RAW = 101;
    /** Linux cooked capture v1. */
    public static final int LINUX_SLL = 113;
    /** Linux cooked capture v2. */
    public static final int LINUX_SLL2 = 276;
    /** IEEE 802.11 frames without a radio header. */
    public static final int IEEE802_11 = 105;
    /** IEEE 802.11 frames behind a radiotap header. */
    public static final int RADIOTAP = 127;
    /** Raw IPv4. */
    public static final int IPV4 = 228;
    /** Raw IPv6. */
    public static final int IPV6 = 229;

    private LinkTypes() {
    }

    /** True when packets of this link type can be decoded. */
    public static boolean supported(int linkType) {
        return switch (linkType) {
            case NULL, ETHERNET, RAW, 12, 14, LINUX_SLL, LINUX_SLL2, IPV4, IPV6, IEEE802_11, RADIOTAP -> true;
            default -> false;
        };
    }
}
