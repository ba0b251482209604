package org.trustbricks.registry.onboarding;

import org.jdbi.v3.core.Jdbi;

/**
 * The one query a decision makes before deciding: the registry's change counter (certificate status), the onboarding
 * settings' counter (policy, site file, trust anchors, hosted MUD files) and, when the evidence verified, under which
 * name and MAC its instance id is already enrolled. What the counters guard is re-read only when they move.
 */
final class DecisionReads {

    /**
     * What was read.
     *
     * @param registryVersion {@code registry_version}
     * @param settingsVersion {@code onboarding_settings_version}
     * @param enrolled        the device enrolled under the instance id, or null
     */
    record Seen(long registryVersion, long settingsVersion, Devices.Enrolled enrolled) {
    }

    private final Jdbi jdbi;

    DecisionReads(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The statement (package-private for the test of its plan). */
    static final String SQL = """
            select r.version as registry, s.version as settings, d.name, d.mac
            from registry_version r cross join onboarding_settings_version s
            left join device d on d.instance_id = :instance
            where r.id = 1 and s.id = 1""";

    /** The counters, and the enrolment of {@code instanceId} (none asked when null). */
    Seen read(String instanceId) {
        return jdbi.withHandle(h -> h.createQuery(SQL)
                .bind("instance", instanceId)
                .map((rs, ctx) -> new Seen(rs.getLong("registry"), rs.getLong("settings"),
                        rs.getString("name") == null ? null : new Devices.Enrolled(rs.getString("name"), rs.getString("mac"))))
                .one());
    }
}
