package org.trustbricks.registry.mudmanager;

import java.time.Instant;

/**
 * One device of a site's index and the MUD URL it is bound to.
 *
 * @param id      stable id (for removal)
 * @param site    the site's name (as in its site file)
 * @param name    the administrator's name for the device, unique in the site
 * @param mac     MAC address, or null
 * @param address IP address, or null
 * @param mudUrl  the MUD URL
 * @param source  how the binding was learned: ADMINISTRATOR, DHCPV4, DHCPV6, LLDP, CERTIFICATE or LEASE_HOOK
 * @param signer  the MUD signer a device certificate named, or null
 * @param addedBy who added it
 * @param addedAt when
 */
public record DeviceBinding(long id, String site, String name, String mac, String address, String mudUrl, String source,
        String signer, String addedBy, Instant addedAt) {
}
