package org.trustbricks.mudmanager.learn;

import java.util.ArrayList;
import java.util.List;
import org.trustbricks.common.Finding;
import org.trustbricks.mudmanager.capture.IpBytes;

/** Finds the MUD URL in an LLDPDU: TLV 127 with OUI 00-00-5E (IANA) and subtype 1. */
public final class LldpMudUrl {

    private LldpMudUrl() {
    }

    /**
     * Reads an LLDPDU (the bytes after the 0x88CC EtherType).
     *
     * @param sourceMac the frame's source MAC, or null; the chassis id (MAC subtype) is used when absent
     */
    public static Learned fromLldpdu(byte[] b, int off, int len, String sourceMac) {
        List<Finding> findings = new ArrayList<>();
        if (off < 0 || len < 0 || off + len > b.length) {
            findings.add(Finding.error("LLDP-MALFORMED", "/", "The LLDPDU bounds are outside the buffer.", ""));
            return Learned.nothing(findings);
        }
        int p = off;
        int end = off + len;
        String chassisMac = null;
        String url = null;
        int index = 0;
        while (end - p >= 2) {
            int header = (b[p] & 0xff) << 8 | (b[p + 1] & 0xff);
            int type = header >>> 9;
            int l = header & 0x1FF;
            int v = p + 2;
            if (type == 0) {
                break;
            }
            if (v + l > end) {
                findings.add(Finding.warning("LLDP-TLV-TRUNCATED", "/tlv/" + index,
                        "LLDP TLV " + type + " runs past the end of the frame; the rest was ignored.", ""));
                break;
            }
            if (type == 1 && l == 7 && (b[v] & 0xff) == 4) {
                long mac = 0;
                for (int k = 1; k <= 6; k++) {
                    mac = mac << 8 | (b[v + k] & 0xff);
                }
                chassisMac = IpBytes.macText(mac);
            } else if (type == 127 && l >= 4 && b[v] == 0x00 && b[v + 1] == 0x00 && b[v + 2] == 0x5E
                    && b[v + 3] == 0x01) {
                if (l == 4) {
                    findings.add(Finding.error("MUD-URL-EMPTY", "/tlv/" + index, "The LLDP MUD URL TLV is empty.", ""));
                } else {
                    url = MudUrls.ascii(b, v + 4, l - 4);
                }
            }
            p = v + l;
            index++;
        }
        if (url == null) {
            return Learned.nothing(findings);
        }
        return MudUrls.bind(MudUrlSource.LLDP, sourceMac != null ? sourceMac : chassisMac, null, url, null,
                "/tlv/127", findings);
    }
}
