package org.trustbricks.mudmanager.learn;

/**
 * A device bound to the MUD URL it announced.
 *
 * @param source  the channel
 * @param mac     device MAC ("aa:bb:cc:dd:ee:ff"), or null when the channel does not give one
 * @param address device IP address or DHCPv6 DUID as text, or null
 * @param mudUrl  the URL as announced
 * @param signer  expected signer of the MUD file (RFC 4514 name from the certificate's MUD signer extension), or null
 */
public record MudUrlBinding(MudUrlSource source, String mac, String address, String mudUrl, String signer) {
}
