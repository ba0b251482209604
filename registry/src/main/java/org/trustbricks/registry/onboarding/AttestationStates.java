package org.trustbricks.registry.onboarding;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/** The attestation status of inventoried devices (current, pending or overdue), and the inventory filtered by it. */
public final class AttestationStates {

    private static final String OVERDUE = "coalesce((select (v.value -> 'attestation' ->> 'overdue')::boolean from onboarding_value v where v.hash = d.facts_hash), false)";
    private static final String WAITING = """
            exists (select 1 from reattestation_request r where r.device_id = d.id
                    and r.answered_at is null and r.overdue_at is null)""";
    private static final String FILTER = """
            where (:text is null or d.name ilike :like or d.mac ilike :like or d.instance_id ilike :like
                   or d.mud_url ilike :like or d.certificate_id ilike :like)
              and (:decision is null or d.decision = :decision)
              and (:cert is null or d.certificate_id = :cert)
              and (:state is null
                   or (:state = 'OVERDUE' and %1$s)
                   or (:state = 'PENDING' and not %1$s and %2$s)
                   or (:state = 'CURRENT' and not %1$s and not %2$s))""".formatted(OVERDUE, WAITING);

    private final Jdbi jdbi;

    private AttestationStates(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Statuses read through the given Jdbi. */
    public static AttestationStates using(Jdbi jdbi) {
        return new AttestationStates(jdbi);
    }

    /** Devices matching the query and (when not null) in this state, most recently changed first. */
    public List<DeviceRecord> search(DeviceQuery q, AttestationState state) {
        return jdbi.withHandle(h -> bind(h.createQuery("select " + Devices.COLUMNS + " from device d " + Devices.JOINS + " " + FILTER
                        + " order by d.updated_at desc, d.id desc limit :limit offset :offset"), q, state)
                .bind("limit", q.limit()).bind("offset", q.offset()).map(Devices::device).list());
    }

    /** Ids of every device matching the query and state (all pages). */
    public List<Long> matching(DeviceQuery q, AttestationState state) {
        return jdbi.withHandle(h -> bind(h.createQuery("select d.id from device d " + FILTER + " order by d.id"), q, state)
                .mapTo(Long.class).list());
    }

    /** The status of each of these devices, by device id. */
    public Map<Long, AttestationStatus> of(Collection<Long> deviceIds) {
        Map<Long, AttestationStatus> out = new HashMap<>();
        if (deviceIds.isEmpty()) {
            return out;
        }
        int interval = SitePolicies.using(jdbi).current().reattestIntervalMinutes();
        jdbi.useHandle(h -> h.createQuery("""
                select d.id, d.last_attested_at, d.created_at, %s as overdue,
                       (select min(r.due_by) from reattestation_request r where r.device_id = d.id
                         and r.answered_at is null and r.overdue_at is null) as due_by
                from device d where d.id = any(:ids)""".formatted(OVERDUE))
                .bind("ids", deviceIds.toArray(Long[]::new))
                .map((rs, ctx) -> {
                    Instant last = Reattestations.instant(rs, "last_attested_at");
                    Instant due = Reattestations.instant(rs, "due_by");
                    Instant base = last == null ? Reattestations.instant(rs, "created_at") : last;
                    AttestationState s = rs.getBoolean("overdue") ? AttestationState.OVERDUE
                            : due != null ? AttestationState.PENDING : AttestationState.CURRENT;
                    return new AttestationStatus(rs.getLong("id"), s, last, due,
                            interval == 0 ? null : base.plus(Duration.ofMinutes(interval)));
                }).forEach(st -> out.put(st.deviceId(), st)));
        return out;
    }

    /** Devices per state. */
    public Map<AttestationState, Integer> counts() {
        Map<AttestationState, Integer> out = new java.util.EnumMap<>(AttestationState.class);
        for (AttestationState s : AttestationState.values()) {
            out.put(s, jdbi.withHandle(h -> bind(h.createQuery("select count(*) from device d " + FILTER),
                    DeviceQuery.all(), s).mapTo(Integer.class).one()));
        }
        return out;
    }

    private static Query bind(Query query, DeviceQuery q, AttestationState state) {
        String text = q.text() == null || q.text().isBlank() ? null : q.text().trim();
        return query.bind("text", text).bind("like", "%" + (text == null ? "" : text) + "%")
                .bind("decision", blank(q.decision())).bind("cert", blank(q.certificateId()))
                .bind("state", state == null ? null : state.name());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
