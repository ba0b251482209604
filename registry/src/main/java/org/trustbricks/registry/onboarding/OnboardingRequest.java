package org.trustbricks.registry.onboarding;

/**
 * What a device, or a gateway on its behalf, presents to join the network.
 *
 * @param name              a name for the inventory (the gateway's or the administrator's)
 * @param mac               the device's MAC address, or null
 * @param address           the device's IP address on the site (needed to compile its rules), or null
 * @param token             the PSA attestation token (COSE_Sign1) for a nonce from the challenge endpoint
 * @param mudUrl            the MUD URL the device emitted, or null when it comes in the certificate
 * @param deviceCertificate DER of the device's IEEE 802.1AR certificate carrying the MUD URL (and signer), or null
 */
public record OnboardingRequest(String name, String mac, String address, byte[] token, String mudUrl,
                                byte[] deviceCertificate) {
}
