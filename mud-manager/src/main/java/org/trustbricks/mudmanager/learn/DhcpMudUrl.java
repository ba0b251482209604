package org.trustbricks.mudmanager.learn;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.trustbricks.common.Finding;
import org.trustbricks.mudmanager.capture.IpBytes;

/** Finds the MUD URL in raw DHCPv4 (option 161) and DHCPv6 (option 112) messages. */
public final class DhcpMudUrl {

    /** DHCPv4 option code of the MUD URL. */
    public static final int OPTION_V4 = 161;
    /** DHCPv6 option code of the MUD URL. */
    public static final int OPTION_V6 = 112;
    private static final int COOKIE = 0x63825363;
    private static final int MAX_RELAY_DEPTH = 8;

    private DhcpMudUrl() {
    }

    /** Reads a DHCPv4 message (the UDP payload, BOOTP header included). */
    public static Learned fromDhcpv4(byte[] b, int off, int len) {
        List<Finding> findings = new ArrayList<>();
        if (off < 0 || len < 240 || off + len > b.length || u32(b, off + 236) != COOKIE) {
            findings.add(Finding.error("DHCP4-MALFORMED", "/", "Not a DHCPv4 message (too short or no magic cookie).", ""));
            return Learned.nothing(findings);
        }
        String mac = (b[off + 1] & 0xff) == 1 && (b[off + 2] & 0xff) == 6 ? IpBytes.macText(mac(b, off + 28)) : null;
        int ciaddr = u32(b, off + 12);
        ByteArrayOutputStream url = new ByteArrayOutputStream();
        int[] requested = {0};
        int overload = options4(b, off + 240, off + len, url, requested, findings);
        if ((overload & 1) != 0) {
            options4(b, off + 108, off + 236, url, requested, findings);
        }
        if ((overload & 2) != 0) {
            options4(b, off + 44, off + 108, url, requested, findings);
        }
        int address = ciaddr != 0 ? ciaddr : requested[0];
        if (url.size() == 0) {
            return Learned.nothing(findings);
        }
        byte[] u = url.toByteArray();
        return MudUrls.bind(MudUrlSource.DHCPV4, mac, address == 0 ? null : IpBytes.v4Text(address),
                MudUrls.ascii(u, 0, u.length), null, "/options/161", findings);
    }

    private static int options4(byte[] b, int p, int end, ByteArrayOutputStream url, int[] requested,
            List<Finding> findings) {
        int overload = 0;
        while (p < end) {
            int code = b[p] & 0xff;
            if (code == 255) {
                return overload;
            }
            if (code == 0) {
                p++;
                continue;
            }
            if (p + 2 > end || p + 2 + (b[p + 1] & 0xff) > end) {
                findings.add(Finding.warning("DHCP4-OPTION-TRUNCATED", "/options/" + code,
                        "DHCPv4 option " + code + " runs past the end of the message; later options were ignored.", ""));
                return overload;
            }
            int l = b[p + 1] & 0xff;
            if (code == OPTION_V4) {
                url.write(b, p + 2, l);
            } else if (code == 52 && l == 1) {
                overload = b[p + 2] & 3;
            } else if (code == 50 && l == 4) {
                requested[0] = u32(b, p + 2);
            }
            p += 2 + l;
        }
        return overload;
    }

    /** Reads a DHCPv6 message (the UDP payload), looking inside relay messages. */
    public static Learned fromDhcpv6(byte[] b, int off, int len) {
        List<Finding> findings = new ArrayList<>();
        if (off < 0 || len < 4 || off + len > b.length) {
            findings.add(Finding.error("DHCP6-MALFORMED", "/", "Not a DHCPv6 message (shorter than its header).", ""));
            return Learned.nothing(findings);
        }
        String[] found = new String[3];
        options6(b, off, off + len, 0, found, findings);
        if (found[0] == null) {
            return Learned.nothing(findings);
        }
        return MudUrls.bind(MudUrlSource.DHCPV6, found[1], found[2], found[0], null, "/options/112", findings);
    }

    private static void options6(byte[] b, int p, int end, int depth, String[] found, List<Finding> findings) {
        int type = b[p] & 0xff;
        if (type == 12 || type == 13) {
            if (depth >= MAX_RELAY_DEPTH || end - p < 34) {
                findings.add(Finding.error("DHCP6-MALFORMED", "/relay", "A DHCPv6 relay message is cut short or nested too deeply.", ""));
                return;
            }
            p += 34;
        } else {
            p += 4;
        }
        while (p < end) {
            if (end - p < 4) {
                findings.add(Finding.warning("DHCP6-OPTION-TRUNCATED", "/options", "A DHCPv6 option header is cut short.", ""));
                return;
            }
            int code = (b[p] & 0xff) << 8 | (b[p + 1] & 0xff);
            int l = (b[p + 2] & 0xff) << 8 | (b[p + 3] & 0xff);
            int v = p + 4;
            if (v + l > end) {
                findings.add(Finding.warning("DHCP6-OPTION-TRUNCATED", "/options/" + code,
                        "DHCPv6 option " + code + " runs past the end of the message; it was ignored.", ""));
                return;
            }
            if (code == OPTION_V6 && found[0] == null) {
                found[0] = MudUrls.ascii(b, v, l);
            } else if (code == 1 && found[2] == null && l >= 2) {
                found[2] = "duid:" + HexFormat.of().formatHex(b, v, v + l);
                found[1] = duidMac(b, v, l);
            } else if (code == 9 && l >= 4) {
                options6(b, v, v + l, depth + 1, found, findings);
            }
            p = v + l;
        }
    }

    private static String duidMac(byte[] b, int v, int l) {
        int type = (b[v] & 0xff) << 8 | (b[v + 1] & 0xff);
        int hw = l >= 4 ? (b[v + 2] & 0xff) << 8 | (b[v + 3] & 0xff) : -1;
        if (hw == 1 && type == 1 && l == 14) {
            return IpBytes.macText(mac(b, v + 8));
        }
        if (hw == 1 && type == 3 && l == 10) {
            return IpBytes.macText(mac(b, v + 4));
        }
        return null;
    }

    private static int u32(byte[] b, int i) {
        return (b[i] & 0xff) << 24 | (b[i + 1] & 0xff) << 16 | (b[i + 2] & 0xff) << 8 | (b[i + 3] & 0xff);
    }

    private static long mac(byte[] b, int i) {
        long v = 0;
        for (int k = 0; k < 6; k++) {
            v = v << 8 | (b[i + k] & 0xff);
        }
        return v;
    }
}
