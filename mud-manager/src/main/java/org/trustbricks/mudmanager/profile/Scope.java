package org.trustbricks.mudmanager.profile;

import java.util.List;
import org.trustbricks.mudmanager.net.Prefix;

/** Where a peer address sits, for rule R3/R5. */
enum Scope {
    PUBLIC, LOCAL, MULTICAST, BROADCAST;

    static Scope of(FlowKey k, List<Prefix> local) {
        if (k.version() == 4) {
            int a = (int) k.lo();
            if (a == -1) {
                return BROADCAST;
            }
            if ((a >>> 28) == 0xE) {
                return MULTICAST;
            }
            for (Prefix p : local) {
                if (p.contains4(a)) {
                    return LOCAL;
                }
            }
            return PUBLIC;
        }
        if ((k.hi() >>> 56) == 0xFF) {
            return MULTICAST;
        }
        for (Prefix p : local) {
            if (p.contains6(k.hi(), k.lo())) {
                return LOCAL;
            }
        }
        return PUBLIC;
    }

    String text() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
