package org.trustbricks.mudmanager.profile;

import org.trustbricks.mudmanager.capture.IpBytes;
import org.trustbricks.mudmanager.net.Prefix;

/**
 * Which device of the captures to profile: by MAC (preferred: it also covers DHCP before an address is assigned)
 * or by IP address.
 *
 * @param mac     48-bit MAC, or -1
 * @param address host prefix of the device address, or null
 */
public record DeviceSelector(long mac, Prefix address) {

    /** Selects by MAC ("aa:bb:cc:dd:ee:ff"). */
    public static DeviceSelector byMac(String mac) {
        long m = IpBytes.parseMac(mac);
        if (m < 0) {
            throw new IllegalArgumentException("not a MAC address: " + mac);
        }
        return new DeviceSelector(m, null);
    }

    /** Selects by IP address. */
    public static DeviceSelector byAddress(String address) {
        Prefix p = Prefix.parse(address);
        if (!p.isHost()) {
            throw new IllegalArgumentException("not a single address: " + address);
        }
        return new DeviceSelector(-1, p);
    }

    /** Parses a MAC or an IP address. */
    public static DeviceSelector parse(String text) {
        return IpBytes.parseMac(text) >= 0 && text.trim().length() >= 12 && !text.contains("::") ? byMac(text)
                : byAddress(text);
    }

    /** Text form for reports and names. */
    public String describe() {
        return mac >= 0 ? IpBytes.macText(mac) : address.addressText();
    }
}
