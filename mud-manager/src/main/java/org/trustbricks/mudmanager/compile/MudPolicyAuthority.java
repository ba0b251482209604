package org.trustbricks.mudmanager.compile;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The authority of a MUD URL, which the manufacturer abstractions compare. */
final class MudPolicyAuthority {

    private MudPolicyAuthority() {
    }

    static String of(String url) {
        try {
            String a = new URI(url).getRawAuthority();
            return a == null ? null : a.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
