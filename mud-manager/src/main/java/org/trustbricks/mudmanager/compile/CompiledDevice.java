package org.trustbricks.mudmanager.compile;

import java.util.List;
import org.trustbricks.mudmanager.net.AddressSet;

/**
 * One device's bound rules, in evaluation order (default deny after the last).
 *
 * @param name      device name (site name, or one derived from the MUD URL when no site device uses it)
 * @param mac       MAC or null
 * @param mudUrl    MUD URL or null
 * @param chain     short identifier used for chains and sets ({@code d0}, {@code d1}…)
 * @param addresses the device's addresses
 * @param rules     bound rules
 */
public record CompiledDevice(String name, String mac, String mudUrl, String chain, AddressSet addresses,
        List<BoundRule> rules) {

    public CompiledDevice {
        rules = List.copyOf(rules);
    }
}
