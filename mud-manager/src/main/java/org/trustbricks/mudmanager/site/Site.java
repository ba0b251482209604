package org.trustbricks.mudmanager.site;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.trustbricks.mudmanager.net.Prefix;

/**
 * The local facts a MUD file is bound to.
 *
 * @param name            site name
 * @param localNetworks   prefixes that {@code local-networks} means
 * @param dnsServers      local DNS resolvers the devices may always reach (UDP/TCP 53)
 * @param ntpServers      local NTP servers the devices may always reach (UDP 123)
 * @param controllers     controller class URI to addresses ({@code controller})
 * @param myControllers   MUD URL to addresses ({@code my-controller})
 * @param devices         the index of known devices and their MUD URLs
 * @param minimumRefresh  shortest interval between DNS re-resolutions, whatever the TTL
 */
public record Site(String name, List<Prefix> localNetworks, List<Prefix> dnsServers, List<Prefix> ntpServers,
        Map<String, List<Prefix>> controllers, Map<String, List<Prefix>> myControllers, List<SiteDevice> devices,
        Duration minimumRefresh) {

    public Site {
        localNetworks = List.copyOf(localNetworks);
        dnsServers = List.copyOf(dnsServers);
        ntpServers = List.copyOf(ntpServers);
        controllers = Map.copyOf(controllers);
        myControllers = Map.copyOf(myControllers);
        devices = List.copyOf(devices);
    }

    /** A copy with one more device (a device joining). */
    public Site withDevice(SiteDevice device) {
        List<SiteDevice> all = new java.util.ArrayList<>(devices.stream()
                .filter(d -> !d.name().equals(device.name())).toList());
        all.add(device);
        return new Site(name, localNetworks, dnsServers, ntpServers, controllers, myControllers, all, minimumRefresh);
    }

    /** A copy without the named device (a device leaving). */
    public Site withoutDevice(String deviceName) {
        return new Site(name, localNetworks, dnsServers, ntpServers, controllers, myControllers,
                devices.stream().filter(d -> !d.name().equals(deviceName)).toList(), minimumRefresh);
    }
}
