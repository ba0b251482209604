package org.trustbricks.mudmanager.capture;

import java.util.List;
import org.trustbricks.common.Finding;

/**
 * What reading one capture found.
 *
 * @param source          file name (or the name given for a stream)
 * @param format          {@code pcap}, {@code pcap-nanosecond}, {@code pcapng} or {@code unrecognised}
 * @param records         packet records read
 * @param ipPackets       records decoded down to IP (and transport where present)
 * @param nonIpPackets    records whose network layer is not IP (ARP, EAPOL, LLDP…)
 * @param snaplenCut      records the capture cut short
 * @param unknownLinkType records on interfaces of an unsupported link type
 * @param malformed       records whose headers were inconsistent or cut inside a header
 * @param fragments       IP fragments seen (later fragments carry no ports)
 * @param corruptBlocks   records or blocks skipped because their framing was inconsistent
 * @param bytesRead       bytes consumed
 * @param complete        true when the whole input was read to a clean end
 * @param findings        what a person should know, one finding per kind of problem
 */
public record CaptureReport(String source, String format, long records, long ipPackets, long nonIpPackets,
        long snaplenCut, long unknownLinkType, long malformed, long fragments, long corruptBlocks,
        long bytesRead, boolean complete, List<Finding> findings) {

    public CaptureReport {
        findings = List.copyOf(findings);
    }
}
