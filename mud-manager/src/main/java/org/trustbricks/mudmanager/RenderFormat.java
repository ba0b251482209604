package org.trustbricks.mudmanager;

import java.util.Locale;

/** Enforcement output formats. */
public enum RenderFormat {
    /** nftables ruleset for {@code nft -f}. */
    NFT,
    /** iptables-restore and ip6tables-restore input. */
    IPTABLES,
    /** Neutral JSON rule list. */
    JSON;

    /** Parses {@code nft}, {@code iptables} or {@code json}. */
    public static RenderFormat parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
