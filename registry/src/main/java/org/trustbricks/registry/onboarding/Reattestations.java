package org.trustbricks.registry.onboarding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.trustbricks.registry.attestation.AttestationNonces;
import org.trustbricks.registry.audit.AuditLog;

/**
 * Re-attestation requests. The platform cannot call a device (RATS background-check model), so a request is a
 * fresh nonce bound to the device, announced as a history entry, on the event stream ({@code reattest:<id>} on
 * {@link Devices#CHANNEL}) and to every webhook ({@code device.reattestation_requested}); the device can also poll
 * for it with its instance id. A device has at most one open request; asking again returns it.
 */
public final class Reattestations {

    /** Size of the nonces issued (bytes). */
    static final int NONCE_SIZE = 32;
    private static final int BATCH = AttestationNonces.MAX_BATCH;

    private final Jdbi jdbi;
    private final AttestationNonces nonces;
    private final Clock clock;

    private Reattestations(Jdbi jdbi, AttestationNonces nonces, Clock clock) {
        this.jdbi = jdbi;
        this.nonces = nonces;
        this.clock = clock;
    }

    /** Requests stored through the given Jdbi, with nonces from the verifier's challenge store. */
    public static Reattestations using(Jdbi jdbi, AttestationNonces nonces, Clock clock) {
        return new Reattestations(jdbi, nonces, clock);
    }

    /** Asks one device to attest again (or returns its open request); empty when there is no such device. */
    public Optional<ReattestationRequest> request(long deviceId, String by) {
        issue(List.of(deviceId), by, "re-attestation requested by " + by);
        return open(deviceId);
    }

    /** Asks every device matching the filters (all pages) to attest again; returns how many new requests were issued. */
    public int requestMatching(DeviceQuery query, AttestationState state, String by) {
        List<Long> ids = AttestationStates.using(jdbi).matching(query, state);
        return issue(ids, by, "re-attestation requested by " + by + " for " + ids.size() + " devices");
    }

    /** Issues requests to these devices (those with an open request keep it); returns how many were issued. */
    int issue(List<Long> deviceIds, String by, String trigger) {
        int issued = 0;
        Duration grace = Duration.ofMinutes(SitePolicies.using(jdbi).current().reattestGraceMinutes());
        for (int from = 0; from < deviceIds.size(); from += BATCH) {
            List<Long> batch = deviceIds.subList(from, Math.min(deviceIds.size(), from + BATCH));
            issued += issueBatch(batch, by, trigger, grace, deviceIds.size() > Reevaluation.NOTIFY_EACH_UP_TO);
        }
        return issued;
    }

    private int issueBatch(List<Long> deviceIds, String by, String trigger, Duration grace, boolean bulk) {
        Instant now = clock.instant();
        List<String> hex = new ArrayList<>(deviceIds.size());
        for (AttestationNonces.IssuedNonce n : nonces.issue(deviceIds.size(), NONCE_SIZE, grace)) {
            hex.add(HexFormat.of().formatHex(n.value()));
        }
        return jdbi.inTransaction(h -> {
            List<long[]> created = h.createQuery("""
                    with req as (
                        insert into reattestation_request (device_id, nonce, requested_by, issued_at, due_by)
                        select t.d, decode(t.n, 'hex'), :by, :now, :due
                        from unnest(cast(:devices as bigint[]), cast(:nonces as text[])) as t(d, n)
                        where exists (select 1 from device where id = t.d)
                        on conflict (device_id) where answered_at is null and overdue_at is null do nothing
                        returning id, device_id, nonce),
                    ev as (
                        insert into device_event (device_id, at, kind, trigger, decision, previous, reasons_hash)
                        select d.id, :now, 'REATTESTATION_REQUESTED', :trigger, d.decision, d.decision, d.reasons_hash
                        from req join device d on d.id = req.device_id
                        returning id, device_id),
                    hooks as (
                        insert into webhook_delivery (webhook_id, event)
                        select w.id, jsonb_build_object('type', 'device.reattestation_requested', 'requestId', req.id,
                                   'deviceId', d.id, 'name', d.name, 'instanceId', d.instance_id,
                                   'nonce', translate(encode(req.nonce, 'base64'), E'\\n', ''), 'dueBy', :dueText,
                                   'answer', '/api/onboarding/reattestations/' || req.id || '/evidence')
                        from req join device d on d.id = req.device_id cross join webhook w)
                    select req.id as request, ev.id as event from req join ev using (device_id)""")
                    .bind("by", by).bind("now", utc(now)).bind("due", utc(now.plus(grace)))
                    .bind("dueText", now.plus(grace).toString()).bind("trigger", trigger)
                    .bind("devices", deviceIds.toArray(Long[]::new)).bind("nonces", hex.toArray(String[]::new))
                    .map((rs, ctx) -> new long[] {rs.getLong("request"), rs.getLong("event")}).list();
            notify(h, created, bulk, trigger);
            if (!created.isEmpty()) {
                AuditLog.append(h, by.equals("schedule") ? "system" : by, "onboarding.reattestation.request",
                        deviceIds.size() == 1 ? "device/" + deviceIds.getFirst() : "devices",
                        created.size() + " request(s), due by " + now.plus(grace) + ": " + trigger);
            }
            return created.size();
        });
    }

    private static void notify(Handle h, List<long[]> created, boolean bulk, String trigger) {
        if (created.isEmpty()) {
            return;
        }
        if (bulk) {
            h.createQuery("select pg_notify(:c, :p)").bind("c", Devices.CHANNEL)
                    .bind("p", "bulk:" + created.size() + ":" + trigger).mapTo(String.class).one();
            return;
        }
        for (long[] c : created) {
            h.createQuery("select pg_notify(:c, :p)").bind("c", Devices.CHANNEL).bind("p", Long.toString(c[1]))
                    .mapTo(String.class).one();
            h.createQuery("select pg_notify(:c, :p)").bind("c", Devices.CHANNEL).bind("p", "reattest:" + c[0])
                    .mapTo(String.class).one();
        }
    }

    /** A request by id. */
    public Optional<ReattestationRequest> find(long id) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " where r.id = :id").bind("id", id)
                .bind("now", utc(clock.instant())).map(Reattestations::row).findOne());
    }

    /** The open request of the device with this instance id (what a polling device gets). */
    public Optional<ReattestationRequest> pendingFor(String instanceId) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " where d.instance_id = lower(:i) and " + OPEN)
                .bind("i", instanceId).bind("now", utc(clock.instant())).map(Reattestations::row).findOne());
    }

    /** The device's open request. */
    public Optional<ReattestationRequest> open(long deviceId) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " where r.device_id = :id and " + OPEN)
                .bind("id", deviceId).bind("now", utc(clock.instant())).map(Reattestations::row).findOne());
    }

    /** The device's requests, newest first. */
    public List<ReattestationRequest> forDevice(long deviceId, int limit) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " where r.device_id = :id order by r.issued_at desc, r.id desc limit :l")
                .bind("id", deviceId).bind("l", limit).bind("now", utc(clock.instant())).map(Reattestations::row).list());
    }

    /** Closes the request as answered before its answer is decided, so one answer only is taken; false when no longer open. */
    boolean claim(long requestId) {
        return jdbi.withHandle(h -> h.createUpdate("""
                update reattestation_request set answered_at = :now
                where id = :id and answered_at is null and overdue_at is null and due_by > :now""")
                .bind("now", utc(clock.instant())).bind("id", requestId).execute()) == 1;
    }

    /** Records the decision a claimed answer led to. */
    void decided(long requestId, String outcome) {
        jdbi.useHandle(h -> h.createUpdate("update reattestation_request set outcome = :o where id = :id")
                .bind("o", outcome).bind("id", requestId).execute());
    }

    /** Reopens a claimed request whose answer could not be decided. */
    void release(long requestId) {
        jdbi.useHandle(h -> h.createUpdate("update reattestation_request set answered_at = null where id = :id and outcome is null")
                .bind("id", requestId).execute());
    }

    private static final String OPEN = "r.answered_at is null and r.overdue_at is null and r.due_by > :now";

    private static final String SELECT = """
            select r.*, d.name, d.instance_id,
                   case when r.answered_at is not null then 'ANSWERED'
                        when r.overdue_at is not null or r.due_by <= :now then 'OVERDUE' else 'OPEN' end as state
            from reattestation_request r join device d on d.id = r.device_id""";

    private static ReattestationRequest row(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        return new ReattestationRequest(rs.getLong("id"), rs.getLong("device_id"), rs.getString("name"),
                rs.getString("instance_id"), Base64.getEncoder().encodeToString(rs.getBytes("nonce")),
                rs.getString("requested_by"), instant(rs, "issued_at"), instant(rs, "due_by"), instant(rs, "answered_at"),
                instant(rs, "overdue_at"), rs.getString("outcome"), rs.getString("state"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime utc(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
