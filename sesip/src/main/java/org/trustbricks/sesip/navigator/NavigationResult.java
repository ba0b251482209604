package org.trustbricks.sesip.navigator;

import java.util.List;

/**
 * The navigator's answer to a list of market keys.
 *
 * @param guidance       the guidance; null when no known market was given
 * @param unknownMarkets keys that name no known market
 * @param knownMarkets   keys of every market the navigator knows
 */
public record NavigationResult(Guidance guidance, List<String> unknownMarkets, List<String> knownMarkets) {

    public NavigationResult {
        unknownMarkets = List.copyOf(unknownMarkets);
        knownMarkets = List.copyOf(knownMarkets);
    }
}
