package org.trustbricks.onboarding;

/**
 * The three rulesets compiled for a device when it onboards, so that a later decision only switches between them.
 *
 * @param mud        rules compiled from the device's MUD file (enforced when admitted)
 * @param quarantine the site's quarantine rules for the device (enforced when restricted)
 * @param deny       rules that allow nothing (enforced when refused)
 */
public record Rulesets(String mud, String quarantine, String deny) {

    public Rulesets {
        mud = mud == null ? "" : mud;
        quarantine = quarantine == null ? "" : quarantine;
        deny = deny == null ? "" : deny;
    }

    /** The ruleset enforced under a network policy. */
    public String enforced(NetworkPolicy policy) {
        return switch (policy) {
            case FULL_MUD -> mud;
            case QUARANTINE -> quarantine;
            case DENY_ALL -> deny;
        };
    }
}
