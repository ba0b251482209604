package org.trustbricks.mudmanager.learn;

import java.util.ArrayList;
import java.util.List;
import org.trustbricks.common.Finding;
import org.trustbricks.mudmanager.capture.IpBytes;

/** A binding typed in by an administrator (for devices that announce nothing, or from a QR code). */
public final class AdministratorEntry {

    private AdministratorEntry() {
    }

    /** Binds a device, named by MAC and/or IP address, to a MUD URL. */
    public static Learned of(String mac, String address, String mudUrl) {
        List<Finding> findings = new ArrayList<>();
        String macText = null;
        if (mac != null && !mac.isBlank()) {
            long m = IpBytes.parseMac(mac);
            if (m < 0) {
                findings.add(Finding.error("ADMIN-MAC-MALFORMED", "/mac", "Not a MAC address: " + mac,
                        "Write it as aa:bb:cc:dd:ee:ff."));
            } else {
                macText = IpBytes.macText(m);
            }
        }
        if (address != null && !address.isBlank() && !isIpLiteral(address)) {
            findings.add(Finding.error("ADMIN-ADDRESS-MALFORMED", "/address", "Not an IP address: " + address, ""));
        }
        if (macText == null && (address == null || address.isBlank())) {
            findings.add(Finding.error("ADMIN-NO-DEVICE", "/", "Name the device by MAC or IP address.", ""));
        }
        return MudUrls.bind(MudUrlSource.ADMINISTRATOR, macText, address == null || address.isBlank() ? null : address,
                mudUrl, null, "/mud-url", findings);
    }

    static boolean isIpLiteral(String s) {
        return s.matches("\\d{1,3}(\\.\\d{1,3}){3}") && java.util.Arrays.stream(s.split("\\."))
                .allMatch(p -> Integer.parseInt(p) < 256) || s.contains(":") && s.matches("[0-9A-Fa-f:.]+");
    }
}
