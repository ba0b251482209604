package org.trustbricks.mudmanager.learn;

/** The channel through which a device announced its MUD URL. */
public enum MudUrlSource {
    /** DHCPv4 option 161. */
    DHCPV4,
    /** DHCPv6 option 112. */
    DHCPV6,
    /** LLDP TLV 127, OUI 00-00-5E, subtype 1. */
    LLDP,
    /** IEEE 802.1AR certificate extension 1.3.6.1.5.5.7.1.25. */
    CERTIFICATE,
    /** A dnsmasq-style DHCP lease script (DNSMASQ_MUD_URL). */
    LEASE_HOOK,
    /** Entered by an administrator. */
    ADMINISTRATOR
}
