package org.trustbricks.registry.onboarding;

/**
 * Filters for the inventory; null or blank fields do not filter.
 *
 * @param text          matches name, MAC, instance id, MUD URL or certificate id
 * @param decision      ADMITTED, RESTRICTED or REFUSED
 * @param certificateId exact certificate id
 * @param limit         page size (1–500)
 * @param offset        rows to skip
 */
public record DeviceQuery(String text, String decision, String certificateId, int limit, int offset) {

    public DeviceQuery {
        limit = Math.max(1, Math.min(500, limit));
        offset = Math.max(0, offset);
    }

    /** The first page of everything. */
    public static DeviceQuery all() {
        return new DeviceQuery(null, null, null, 100, 0);
    }
}
