package org.trustbricks.registry.mud;

import java.time.Instant;

/**
 * A device manufacturer whose MUD files the service keeps, owned by one vendor organisation.
 *
 * @param id               database id
 * @param organisationId   the owning vendor organisation
 * @param organisationName its name
 * @param slug             the URL segment ({@code /mud/{slug}/…}), lower-case letters, digits and hyphens
 * @param name             the manufacturer name written into MUD files ({@code mfg-name})
 * @param createdAt        when it was registered
 */
public record Manufacturer(long id, long organisationId, String organisationName, String slug, String name,
                           Instant createdAt) {
}
