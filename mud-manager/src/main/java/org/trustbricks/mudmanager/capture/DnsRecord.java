package org.trustbricks.mudmanager.capture;

/**
 * One A, AAAA or CNAME record of a DNS message.
 *
 * @param section {@code answer}, {@code authority} or {@code additional}
 * @param name    owner name, lower case, without the trailing dot
 * @param type    1 (A), 28 (AAAA) or 5 (CNAME)
 * @param ttl     time to live in seconds
 * @param value   the address in text form, or the CNAME target
 */
public record DnsRecord(String section, String name, int type, long ttl, String value) {

    /** True for A and AAAA records. */
    public boolean isAddress() {
        return type == 1 || type == 28;
    }
}
