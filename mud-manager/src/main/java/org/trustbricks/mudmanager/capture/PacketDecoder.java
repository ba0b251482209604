package org.trustbricks.mudmanager.capture;

/** Decodes link, network and transport headers in place, without allocating. */
final class PacketDecoder {

    private static final int MAX_VLAN_TAGS = 8;
    private static final int MAX_V6_EXTENSIONS = 16;

    private PacketDecoder() {
    }

    static void decode(Packet p) {
        byte[] b = p.data;
        int off = p.start;
        int end = p.start + p.captureLength;
        switch (p.linkType) {
            case LinkTypes.ETHERNET -> ethernet(p, b, off, end);
            case LinkTypes.LINUX_SLL -> sll(p, b, off, end);
            case LinkTypes.LINUX_SLL2 -> sll2(p, b, off, end);
            case LinkTypes.RAW, 12, 14 -> rawIp(p, b, off, end);
            case LinkTypes.IPV4 -> network(p, b, off, end, 0x0800);
            case LinkTypes.IPV6 -> network(p, b, off, end, 0x86DD);
            case LinkTypes.NULL -> nullLoopback(p, b, off, end);
            case LinkTypes.IEEE802_11 -> wifi(p, b, off, end);
            case LinkTypes.RADIOTAP -> radiotap(p, b, off, end);
            default -> p.issue = DecodeIssue.UNKNOWN_LINK_TYPE;
        }
    }

    private static void ethernet(Packet p, byte[] b, int off, int end) {
        if (end - off < 14) {
            p.issue = DecodeIssue.LINK_HEADER_TRUNCATED;
            return;
        }
        p.dstMac = mac(b, off);
        p.srcMac = mac(b, off + 6);
        int type = u16(b, off + 12);
        off += 14;
        while (type == 0x8100 || type == 0x88A8 || type == 0x9100) {
            if (end - off < 4 || p.vlanCount >= MAX_VLAN_TAGS) {
                p.issue = DecodeIssue.LINK_HEADER_TRUNCATED;
                return;
            }
            int vid = u16(b, off) & 0x0FFF;
            if (p.vlanCount == 0) {
                p.outerVlan = vid;
            } else if (p.vlanCount == 1) {
                p.innerVlan = vid;
            }
            p.vlanCount++;
            type = u16(b, off + 2);
            off += 4;
        }
        network(p, b, off, end, type);
    }

    private static void radiotap(Packet p, byte[] b, int off, int end) {
        if (end - off < 8) {
            p.issue = DecodeIssue.LINK_HEADER_TRUNCATED;
            return;
        }
        int len = (b[off + 2] & 0xff) | (b[off + 3] & 0xff) << 8;
        if (len < 8 || len > end - off) {
            p.issue = DecodeIssue.LINK_HEADER_TRUNCATED;
            return;
        }
        wifi(p, b, off + len, end);
    }

    /** IEEE 802.11 data frames with LLC/SNAP; management, control and protected frames are not IP. */
    private static void wifi(Packet p, byte[] b, int off, int end) {
        if (end - off < 24) {
            p.issue = DecodeIssue.LINK_HEADER_TRUNCATED;
            return;
        }
        int fc0 = b[off] & 0xff;
        int fc1 = b[off + 1] & 0xff;
        if (((fc0 >> 2) & 3) != 2) {
            p.issue = DecodeIssue.NOT_IP;
            return;
        }
        int subtype = (fc0 >> 4) & 0xF;
        boolean toDs = (fc1 & 1) != 0;
        boolean fromDs = (fc1 & 2) != 0;
        long a1 = mac(b, off + 4);
        long a2 = mac(b, off + 10);
        long a3 = mac(b, off + 16);
        int hdr = 24;
        long a4 = -1;
        if (toDs && fromDs) {
            if (end - off < 30) {
                p.issue = DecodeIssue.LINK_HEADER_TRUNCATED;
                return;
            }
            a4 = mac(b, off + 24);
            hdr = 30;
        }
        p.dstMac = toDs ? a3 : a1;
        p.srcMac = fromDs ? (toDs ? a4 : a3) : a2;
        if ((subtype & 0x8) != 0) {
            hdr += (fc1 & 0x80) != 0 ? 6 : 2;
        }
        if ((subtype & 0x4) != 0) {
            p.issue = DecodeIssue.NOT_IP;
            return;
        }
        if ((fc1 & 0x40) != 0) {
            p.issue = DecodeIssue.ENCRYPTED;
            return;
        }
        int llc = off + hdr;
        if (end - llc < 8) {
            p.issue = DecodeIssue.LINK_HEADER_TRUNCATED;
            return;
        }
        if ((b[llc] & 0xff) == 0xAA && (b[llc + 1] & 0xff) == 0xAA && b[llc + 2] == 3) {
            network(p, b, llc + 8, end, u16(b, llc + 6));
        } else {
            p.issue = DecodeIssue.NOT_IP;
        }
    }

    private static void sll(Packet p, byte[] b, int off, int end) {
        if (end - off < 16) {
            p.issue = DecodeIssue.LINK_HEADER_TRUNCATED;
            return;
        }
        p.outgoing = u16(b, off) == 4;
        if (u16(b, off + 2) == 1 && u16(b, off + 4) == 6) {
            p.srcMac = mac(b, off + 6);
        }
        network(p, b, off + 16, end, u16(b, off + 14));
    }

    private static void sll2(Packet p, byte[] b, int off, int end) {
        if (end - off < 20) {
            p.issue = DecodeIssue.LINK_HEADER_TRUNCATED;
            return;
        }
        p.outgoing = (b[off + 10] & 0xff) == 4;
        if (u16(b, off + 8) == 1 && (b[off + 11] & 0xff) == 6) {
            p.srcMac = mac(b, off + 12);
        }
        network(p, b, off + 20, end, u16(b, off));
    }

    private static void rawIp(Packet p, byte[] b, int off, int end) {
        if (end - off < 1) {
            p.issue = DecodeIssue.LINK_HEADER_TRUNCATED;
            return;
        }
        int version = (b[off] & 0xff) >>> 4;
        network(p, b, off, end, version == 6 ? 0x86DD : version == 4 ? 0x0800 : -1);
    }

    private static void nullLoopback(Packet p, byte[] b, int off, int end) {
        if (end - off < 4) {
            p.issue = DecodeIssue.LINK_HEADER_TRUNCATED;
            return;
        }
        int le = (b[off] & 0xff) | (b[off + 1] & 0xff) << 8;
        int family = le != 0 ? le : u16(b, off + 2);
        int type = family == 2 ? 0x0800 : (family == 24 || family == 28 || family == 30) ? 0x86DD : -1;
        network(p, b, off + 4, end, type);
    }

    private static void network(Packet p, byte[] b, int off, int end, int etherType) {
        p.etherType = etherType;
        p.networkOffset = off;
        if (etherType == 0x0800) {
            ipv4(p, b, off, end);
        } else if (etherType == 0x86DD) {
            ipv6(p, b, off, end);
        } else {
            p.issue = DecodeIssue.NOT_IP;
        }
    }

    private static void ipv4(Packet p, byte[] b, int off, int end) {
        if (end - off < 20 || (b[off] & 0xf0) != 0x40) {
            p.issue = DecodeIssue.IP_HEADER_MALFORMED;
            return;
        }
        int ihl = (b[off] & 0x0f) * 4;
        int total = u16(b, off + 2);
        if (ihl < 20 || end - off < ihl || total < ihl) {
            p.issue = DecodeIssue.IP_HEADER_MALFORMED;
            return;
        }
        p.ipVersion = 4;
        p.v4Src = i32(b, off + 12);
        p.v4Dst = i32(b, off + 16);
        p.protocol = b[off + 9] & 0xff;
        int flagsFrag = u16(b, off + 6);
        int fragOffset = flagsFrag & 0x1FFF;
        p.fragment = (flagsFrag & 0x2000) != 0 || fragOffset != 0;
        p.laterFragment = fragOffset != 0;
        int l4End = Math.min(end, off + total);
        if (!p.laterFragment) {
            transport(p, b, off + ihl, l4End);
        }
    }

    private static void ipv6(Packet p, byte[] b, int off, int end) {
        if (end - off < 40 || (b[off] & 0xf0) != 0x60) {
            p.issue = DecodeIssue.IP_HEADER_MALFORMED;
            return;
        }
        p.ipVersion = 6;
        p.v6SrcHi = i64(b, off + 8);
        p.v6SrcLo = i64(b, off + 16);
        p.v6DstHi = i64(b, off + 24);
        p.v6DstLo = i64(b, off + 32);
        int payloadLen = u16(b, off + 4);
        int l4End = payloadLen == 0 ? end : Math.min(end, off + 40 + payloadLen);
        int next = b[off + 6] & 0xff;
        int pos = off + 40;
        for (int i = 0; i < MAX_V6_EXTENSIONS; i++) {
            switch (next) {
                case 0, 43, 60, 135, 139, 140 -> {
                    if (l4End - pos < 8) {
                        p.protocol = next;
                        p.issue = DecodeIssue.IP_HEADER_MALFORMED;
                        return;
                    }
                    next = b[pos] & 0xff;
                    pos += ((b[pos + 1] & 0xff) + 1) * 8;
                }
                case 44 -> {
                    if (l4End - pos < 8) {
                        p.protocol = next;
                        p.issue = DecodeIssue.IP_HEADER_MALFORMED;
                        return;
                    }
                    p.fragment = true;
                    p.laterFragment = (u16(b, pos + 2) & 0xFFF8) != 0;
                    next = b[pos] & 0xff;
                    pos += 8;
                }
                case 51 -> {
                    if (l4End - pos < 8) {
                        p.protocol = next;
                        p.issue = DecodeIssue.IP_HEADER_MALFORMED;
                        return;
                    }
                    next = b[pos] & 0xff;
                    pos += ((b[pos + 1] & 0xff) + 2) * 4;
                }
                default -> {
                    p.protocol = next;
                    if (pos > l4End) {
                        p.issue = DecodeIssue.IP_HEADER_MALFORMED;
                    } else if (!p.laterFragment) {
                        transport(p, b, pos, l4End);
                    }
                    return;
                }
            }
        }
        p.protocol = next;
        p.issue = DecodeIssue.IP_HEADER_MALFORMED;
    }

    private static void transport(Packet p, byte[] b, int off, int end) {
        int avail = end - off;
        switch (p.protocol) {
            case 6 -> {
                if (avail < 4) {
                    p.issue = DecodeIssue.TRANSPORT_HEADER_TRUNCATED;
                    return;
                }
                p.srcPort = u16(b, off);
                p.dstPort = u16(b, off + 2);
                if (avail < 20) {
                    p.issue = DecodeIssue.TRANSPORT_HEADER_TRUNCATED;
                    return;
                }
                p.tcpFlags = b[off + 13] & 0xff;
                int hdr = ((b[off + 12] & 0xff) >>> 4) * 4;
                if (hdr >= 20 && hdr <= avail) {
                    p.payloadOffset = off + hdr;
                    p.payloadLength = avail - hdr;
                }
            }
            case 17, 136 -> {
                if (avail < 4) {
                    p.issue = DecodeIssue.TRANSPORT_HEADER_TRUNCATED;
                    return;
                }
                p.srcPort = u16(b, off);
                p.dstPort = u16(b, off + 2);
                if (avail < 8) {
                    p.issue = DecodeIssue.TRANSPORT_HEADER_TRUNCATED;
                    return;
                }
                int udpLen = u16(b, off + 4);
                p.payloadOffset = off + 8;
                p.payloadLength = udpLen >= 8 ? Math.min(udpLen - 8, avail - 8) : avail - 8;
            }
            case 1, 58 -> {
                if (avail < 2) {
                    p.issue = DecodeIssue.TRANSPORT_HEADER_TRUNCATED;
                    return;
                }
                p.icmpType = b[off] & 0xff;
                p.icmpCode = b[off + 1] & 0xff;
                p.payloadOffset = off + Math.min(avail, 4);
                p.payloadLength = Math.max(0, avail - 4);
            }
            default -> {
                p.payloadOffset = off;
                p.payloadLength = avail;
            }
        }
    }

    static int u16(byte[] b, int i) {
        return (b[i] & 0xff) << 8 | (b[i + 1] & 0xff);
    }

    static int i32(byte[] b, int i) {
        return (b[i] & 0xff) << 24 | (b[i + 1] & 0xff) << 16 | (b[i + 2] & 0xff) << 8 | (b[i + 3] & 0xff);
    }

    static long i64(byte[] b, int i) {
        return (long) i32(b, i) << 32 | (i32(b, i + 4) & 0xFFFFFFFFL);
    }

    private static long mac(byte[] b, int i) {
        return (long) u16(b, i) << 32 | (i32(b, i + 2) & 0xFFFFFFFFL);
    }
}
