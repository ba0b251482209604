package org.trustbricks.registry.mud;

import java.time.Instant;

/**
 * A device model of a manufacturer with its latest and published versions.
 *
 * @param id               database id
 * @param manufacturerSlug the manufacturer's URL segment
 * @param slug             the model's URL segment ({@code /mud/{manufacturer}/{slug}.json})
 * @param latestVersion    the newest version number (0 when none)
 * @param publishedVersion the version served at the MUD URL, or 0 when nothing is published
 * @param publishedAt      when it was published, or null
 */
public record ModelSummary(long id, String manufacturerSlug, String slug, int latestVersion, int publishedVersion,
                           Instant publishedAt) {

    /** True when a version is served at the MUD URL. */
    public boolean published() {
        return publishedVersion > 0;
    }
}
