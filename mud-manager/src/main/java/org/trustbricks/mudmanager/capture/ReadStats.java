package org.trustbricks.mudmanager.capture;

import java.util.ArrayList;
import java.util.List;
import org.trustbricks.common.Finding;

/** Counters filled while reading one capture. */
final class ReadStats {

    private final String source;
    String format = "unrecognised";
    long records;
    long ip;
    long nonIp;
    long snaplenCut;
    long unknownLinkType;
    long malformed;
    long fragments;
    long corruptBlocks;
    long encrypted;
    boolean complete = true;
    private final List<Finding> findings = new ArrayList<>();

    ReadStats(String source) {
        this.source = source;
    }

    void count(Packet p) {
        records++;
        if (p.captureLength < p.originalLength) {
            snaplenCut++;
        }
        if (p.ipVersion != 0) {
            ip++;
            if (p.fragment) {
                fragments++;
            }
        }
        DecodeIssue issue = p.issue;
        if (issue != null) {
            switch (issue) {
                case NOT_IP -> nonIp++;
                case ENCRYPTED -> {
                    nonIp++;
                    encrypted++;
                }
                case UNKNOWN_LINK_TYPE -> unknownLinkType++;
                default -> malformed++;
            }
        }
    }

    void notRecognised(int available) {
        complete = false;
        findings.add(Finding.error("CAPTURE-NOT-RECOGNISED", "/",
                available < 4 ? "The input is too short to be a capture (" + available + " bytes)."
                        : "The input is neither pcap nor pcapng (unknown magic number).",
                "Give a .pcap or .pcapng file, for example as written by tcpdump -w or Wireshark."));
    }

    void truncated(long offset, String what) {
        complete = false;
        findings.add(Finding.warning("CAPTURE-TRUNCATED", "byte " + offset,
                "The capture ends in the middle of " + what + "; everything before it was read.",
                "The capture was probably copied while still being written; packets after this point are lost."));
    }

    void corrupt(long offset, String why, boolean stopped) {
        corruptBlocks++;
        if (stopped) {
            complete = false;
        }
        if (findings.stream().filter(f -> f.code().equals("CAPTURE-CORRUPT")).count() < 20) {
            findings.add(Finding.error("CAPTURE-CORRUPT", "byte " + offset, why
                    + (stopped ? "; the rest of the file cannot be framed and was skipped." : "; this block was skipped."),
                    "Check the file with tshark or capinfos; it may be damaged."));
        }
    }

    CaptureReport report(long bytesRead) {
        List<Finding> all = new ArrayList<>(findings);
        if (unknownLinkType > 0) {
            all.add(Finding.warning("CAPTURE-UNKNOWN-LINKTYPE", "/", unknownLinkType
                    + " packets were captured on an interface whose link type is not decoded and were skipped.",
                    "Supported link types: Ethernet, Linux cooked (SLL, SLL2), raw IPv4/IPv6, BSD loopback, "
                            + "IEEE 802.11 (with or without radiotap)."));
        }
        if (encrypted > 0) {
            all.add(Finding.warning("CAPTURE-ENCRYPTED-WIFI", "/", encrypted + " 802.11 data frames are encrypted "
                    + "and were skipped.", "Capture on the wired side of the access point, or decrypt the capture "
                    + "first (for example with Wireshark's WPA keys and 'Export Packet Dissections')."));
        }
        if (snaplenCut > 0) {
            all.add(Finding.info("CAPTURE-SNAPLEN-CUT", "/", snaplenCut
                    + " packets were cut short by the capture's snapshot length; their headers were used as far as present.",
                    "Capture with a larger snaplen (tcpdump -s 0) to keep DNS answers whole."));
        }
        if (malformed > 0) {
            all.add(Finding.warning("CAPTURE-MALFORMED-PACKETS", "/", malformed
                    + " packets had inconsistent or cut headers and were decoded only partly.", ""));
        }
        return new CaptureReport(source, format, records, ip, nonIp, snaplenCut, unknownLinkType, malformed,
                fragments, corruptBlocks, bytesRead, complete, all);
    }
}
