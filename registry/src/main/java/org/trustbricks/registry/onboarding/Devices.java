package org.trustbricks.registry.onboarding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.trustbricks.onboarding.Decision;
import org.trustbricks.onboarding.NetworkPolicy;
import org.trustbricks.onboarding.OnboardingDecision;
import org.trustbricks.onboarding.OnboardingFacts;
import org.trustbricks.onboarding.Rulesets;
import org.trustbricks.onboarding.Reason;

/**
 * The device inventory. Every change of decision is written with its history entry in one transaction and
 * announced on the PostgreSQL channel {@value #CHANNEL}, so every instance can push it to its listeners.
 */
public final class Devices {

    /** PostgreSQL NOTIFY channel carrying the id of each new device event. */
    public static final String CHANNEL = "trustbricks_device_events";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() { };

    static final String COLUMNS = """
            d.id, d.name, d.mac, d.instance_id, d.implementation_id, d.certificate_id, d.mud_url, d.mud_version,
            d.decision, d.network_policy, v.value::text as reasons, d.last_attested_at, d.updated_at,
            case d.network_policy when 'FULL_MUD' then r.mud when 'QUARANTINE' then r.quarantine else r.deny end as rules""";
    static final String JOINS = """
            join onboarding_value v on v.hash = d.reasons_hash join device_ruleset r on r.hash = d.rulesets_hash""";
    private static final String EVENT = """
            e.id, e.device_id, e.at, e.kind, e.trigger, e.decision, e.previous, v.value::text as reasons
            from device_event e join onboarding_value v on v.hash = e.reasons_hash""";

    private final Jdbi jdbi;

    private Devices(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The inventory stored through the given Jdbi. */
    public static Devices using(Jdbi jdbi) {
        return new Devices(jdbi);
    }

    /** What is known about a device when it is onboarded or re-evaluated. */
    public record Enrolment(String name, String mac, String instanceId, String implementationId, String certificateId,
                            String mudUrl, String mudVersion, OnboardingFacts facts, Rulesets rules, Instant attestedAt) {
    }

    /**
     * Creates or updates the device with this instance id and records the event; returns the device. One statement:
     * the facts, reasons and rulesets are stored once by content key, the device row refers to them, the history
     * entry and the webhook deliveries are appended and the event is announced.
     */
    public DeviceRecord record(Enrolment e, OnboardingDecision d, String kind, String trigger) {
        return DecisionBatch.write(jdbi, List.of(new DecisionBatch.Entry(e, d, kind, trigger))).get(e.instanceId());
    }

    /** A device by inventory id. */
    public Optional<DeviceRecord> find(long id) {
        return jdbi.withHandle(h -> find(h, id));
    }

    /** The facts a device was last decided on. */
    public Optional<OnboardingFacts> facts(long id) {
        return jdbi.withHandle(h -> h.createQuery("""
                select v.value::text from device d join onboarding_value v on v.hash = d.facts_hash where d.id = :id""").bind("id", id)
                .mapTo(String.class).findOne()).map(Devices::facts);
    }

    static OnboardingFacts facts(String json) {
        try {
            return JSON.readValue(json, OnboardingFacts.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored facts are not readable", e);
        }
    }

    /** A device by attested instance id. */
    public Optional<DeviceRecord> findByInstance(String instanceId) {
        return jdbi.withHandle(h -> findByInstance(h, instanceId));
    }

    /** The name and MAC address a device is enrolled with, for an identity check. */
    public record Enrolled(String name, String mac) {
    }

    /** Under which name and MAC address this instance id is enrolled, if it is. */
    public Optional<Enrolled> enrolledAs(String instanceId) {
        return jdbi.withHandle(h -> h.createQuery("select name, mac from device where instance_id = :i").bind("i", instanceId)
                .map((rs, ctx) -> new Enrolled(rs.getString("name"), rs.getString("mac"))).findOne());
    }

    /** Devices matching the query, most recently changed first. */
    public List<DeviceRecord> search(DeviceQuery q) {
        return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS + " from device d " + JOINS + """
                 where (:text is null or name ilike :like or mac ilike :like or instance_id ilike :like
                       or mud_url ilike :like or certificate_id ilike :like)
                  and (:decision is null or decision = :decision)
                  and (:cert is null or certificate_id = :cert)
                order by d.updated_at desc, d.id desc limit :limit offset :offset""")
                .bind("text", blankToNull(q.text())).bind("like", "%" + (q.text() == null ? "" : q.text().trim()) + "%")
                .bind("decision", blankToNull(q.decision())).bind("cert", blankToNull(q.certificateId()))
                .bind("limit", q.limit()).bind("offset", q.offset())
                .map(Devices::device).list());
    }

    /** Devices whose platform certificate is one of these. */
    public List<DeviceRecord> onCertificates(Collection<String> certificateIds) {
        if (certificateIds.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS + " from device d " + JOINS
                + " where certificate_id = any(:ids) order by id")
                .bind("ids", certificateIds.toArray(String[]::new)).map(Devices::device).list());
    }

    /** Devices using this MUD URL. */
    public List<DeviceRecord> onMudUrl(String mudUrl) {
        return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS + " from device d " + JOINS
                + " where mud_url = :u order by id")
                .bind("u", mudUrl).map(Devices::device).list());
    }

    /** A device's history, newest first. */
    public List<DeviceEvent> history(long deviceId) {
        return jdbi.withHandle(h -> h.createQuery("select " + EVENT
                + " where device_id = :id order by at desc, e.id desc")
                .bind("id", deviceId).map(Devices::event).list());
    }

    /** One event by id (used when a notification arrives). */
    public Optional<DeviceEvent> event(long eventId) {
        return jdbi.withHandle(h -> h.createQuery("select " + EVENT + " where e.id = :id")
                .bind("id", eventId).map(Devices::event).findOne());
    }

    /** Counts of devices per decision. */
    public Map<Decision, Integer> counts() {
        Map<Decision, Integer> counts = new java.util.EnumMap<>(Decision.class);
        for (Decision d : Decision.values()) {
            counts.put(d, 0);
        }
        jdbi.useHandle(h -> h.createQuery("select decision, count(*) as n from device group by decision")
                .map((rs, ctx) -> Map.entry(Decision.valueOf(rs.getString("decision")), rs.getInt("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    private static Optional<DeviceRecord> find(Handle h, long id) {
        return h.createQuery("select " + COLUMNS + " from device d " + JOINS + " where d.id = :id").bind("id", id).map(Devices::device).findOne();
    }

    private static Optional<DeviceRecord> findByInstance(Handle h, String instanceId) {
        return h.createQuery("select " + COLUMNS + " from device d " + JOINS + " where instance_id = :i").bind("i", instanceId).map(Devices::device).findOne();
    }

    static DeviceRecord device(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        return new DeviceRecord(rs.getLong("id"), rs.getString("name"), rs.getString("mac"), rs.getString("instance_id"),
                rs.getString("implementation_id"), rs.getString("certificate_id"), rs.getString("mud_url"),
                rs.getString("mud_version"), Decision.valueOf(rs.getString("decision")),
                NetworkPolicy.valueOf(rs.getString("network_policy")), reasons(rs.getString("reasons")), rs.getString("rules"),
                instant(rs.getTimestamp("last_attested_at")), instant(rs.getTimestamp("updated_at")));
    }

    private static DeviceEvent event(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        String previous = rs.getString("previous");
        return new DeviceEvent(rs.getLong("id"), rs.getLong("device_id"), instant(rs.getTimestamp("at")),
                rs.getString("kind"), rs.getString("trigger"), Decision.valueOf(rs.getString("decision")),
                previous == null ? null : Decision.valueOf(previous), reasons(rs.getString("reasons")));
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not serialise reasons", e);
        }
    }

    static List<Reason> reasons(String json) {
        try {
            return JSON.readValue(json, REASONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored reasons are not readable", e);
        }
    }
}
