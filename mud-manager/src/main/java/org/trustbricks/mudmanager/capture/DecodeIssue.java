package org.trustbricks.mudmanager.capture;

/** Why a packet could be decoded only partly. */
public enum DecodeIssue {
    /** The link type of the interface is not one this reader decodes. */
    UNKNOWN_LINK_TYPE,
    /** The link-layer header is cut short. */
    LINK_HEADER_TRUNCATED,
    /** The network layer is neither IPv4 nor IPv6 (ARP, EAPOL, LLDP…): not an error. */
    NOT_IP,
    /** A protected (encrypted) 802.11 data frame: its payload cannot be read. */
    ENCRYPTED,
    /** The IP header is cut short or inconsistent. */
    IP_HEADER_MALFORMED,
    /** The transport header is cut short. */
    TRANSPORT_HEADER_TRUNCATED
}
