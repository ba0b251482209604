package org.trustbricks.mudmanager.site;

import java.util.List;
import org.trustbricks.mudmanager.net.Prefix;

/**
 * A device known to the site, with the MUD URL it announced.
 *
 * @param name      administrator's name for it (unique in the site)
 * @param mac       MAC address, or null
 * @param addresses its current IP addresses
 * @param mudUrl    its MUD URL, or null when it announced none
 */
public record SiteDevice(String name, String mac, List<Prefix> addresses, String mudUrl) {

    public SiteDevice {
        addresses = List.copyOf(addresses);
    }
}
