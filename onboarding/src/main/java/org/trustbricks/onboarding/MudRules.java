package org.trustbricks.onboarding;

import java.util.List;

/** The site policy's rules on the MUD file. */
final class MudRules {

    private MudRules() {
    }

    static void apply(MudFacts m, SitePolicy p, List<Reason> reasons) {
        switch (m.retrieval()) {
            case NO_URL -> {
                reasons.add(new Reason("NO_MUD_URL", p.onMudUnavailable(),
                        "the device presented no MUD URL, so the network does not know what it needs to reach"));
                return;
            }
            case UNREACHABLE -> {
                reasons.add(new Reason("MUD_UNREACHABLE", p.onMudUnavailable(), "the MUD file at " + m.mudUrl()
                        + " could not be fetched: " + m.detail()));
                return;
            }
            case REFUSED_UNSAFE -> {
                reasons.add(new Reason("MUD_URL_REFUSED", Decision.REFUSED, "the MUD URL " + m.mudUrl()
                        + " was refused: " + m.detail()));
                return;
            }
            case STALE_CACHE -> reasons.add(new Reason("MUD_FROM_STALE_CACHE", Decision.ADMITTED,
                    "the MUD server did not answer; the cached copy past its cache-validity is used"));
            case FETCHED -> {
            }
        }
        switch (m.signature()) {
            case VALID -> reasons.add(new Reason("MUD_SIGNATURE_VALID", Decision.ADMITTED, "the MUD file's signature verifies"));
            case UNSIGNED -> reasons.add(new Reason("MUD_UNSIGNED", p.acceptUnsignedMud() ? Decision.ADMITTED : Decision.RESTRICTED,
                    "the MUD file has no signature" + (p.acceptUnsignedMud() ? " (the site accepts unsigned files)" : "")));
            case INVALID -> reasons.add(new Reason("MUD_SIGNATURE_INVALID", Decision.RESTRICTED,
                    "the MUD file's signature does not verify: " + m.detail()));
            case WRONG_SIGNER -> reasons.add(new Reason("MUD_WRONG_SIGNER", Decision.RESTRICTED,
                    "the MUD file is signed by a signer the device's manufacturer does not use: " + m.detail()));
        }
        if (!m.valid()) {
            reasons.add(new Reason("MUD_INVALID", p.onMudUnavailable(), "the MUD file is not valid: " + m.detail()));
        }
        if (!m.supported()) {
            reasons.add(new Reason("DEVICE_UNSUPPORTED", p.onUnsupportedDevice(),
                    "the manufacturer no longer supports this device (is-supported: false)"));
        }
    }
}
