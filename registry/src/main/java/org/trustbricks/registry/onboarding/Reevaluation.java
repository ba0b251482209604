package org.trustbricks.registry.onboarding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.trustbricks.onboarding.CertificateFacts;
import org.trustbricks.onboarding.OnboardingDecision;
import org.trustbricks.onboarding.OnboardingEngine;
import org.trustbricks.onboarding.OnboardingFacts;
import org.trustbricks.onboarding.SitePolicy;

/**
 * Re-decides every device on platforms whose certificate changed. Devices that share the same facts (same
 * platform certificate, evidence outcome and MUD state; device identifiers are not part of the facts) share a
 * decision, so each group is decided once; all changed groups are then written with one set-based statement that
 * rewrites only the narrow device rows (decision and references to the stored facts and reasons), appends the
 * history entries and queues the webhook deliveries. Rules switch between the rulesets compiled at onboarding.
 */
public final class Reevaluation {

    /** Changes larger than this are announced as one bulk notification instead of one per device. */
    static final int NOTIFY_EACH_UP_TO = 200;

    private Reevaluation() {
    }

    /**
     * What a re-evaluation did.
     *
     * @param examined devices on the affected certificates
     * @param changed  devices whose decision or reasons changed
     * @param groups   distinct fact groups decided
     */
    public record Outcome(int examined, int changed, int groups) {
    }

    private record Group(String certificateId, String factsKey, String decision, String reasonsKey, int devices) {
    }

    /** The new decision of a group, with its stored values. */
    private record Change(Group group, OnboardingDecision decision, String facts, String reasons) {
    }

    /** Applies new certificate facts (by certificate id) under the site policy. */
    public static Outcome certificatesChanged(Jdbi jdbi, Map<String, CertificateFacts> updated, SitePolicy policy,
                                              String trigger) {
        if (updated.isEmpty()) {
            return new Outcome(0, 0, 0);
        }
        return jdbi.inTransaction(h -> {
            List<Group> groups = h.createQuery("""
                    select certificate_id, encode(facts_hash, 'hex') as facts, decision, encode(reasons_hash, 'hex') as reasons,
                           count(*) as n
                    from device where certificate_id = any(:ids) group by 1, 2, 3, 4""")
                    .bind("ids", updated.keySet().toArray(String[]::new))
                    .map((rs, ctx) -> new Group(rs.getString("certificate_id"), rs.getString("facts"),
                            rs.getString("decision"), rs.getString("reasons"), rs.getInt("n"))).list();
            Map<String, String> values = values(h, groups);
            int examined = 0;
            List<Change> changes = new ArrayList<>();
            for (Group g : groups) {
                examined += g.devices();
                OnboardingFacts before = Devices.facts(values.get(g.factsKey()));
                OnboardingFacts after = new OnboardingFacts(before.attestation(), updated.get(g.certificateId()),
                        before.mud(), before.identityConflict());
                OnboardingDecision d = OnboardingEngine.decide(after, policy);
                if (d.decision().name().equals(g.decision()) && Devices.reasons(values.get(g.reasonsKey())).equals(d.reasons())) {
                    continue;
                }
                changes.add(new Change(g, d, Devices.json(after), Devices.json(d.reasons())));
            }
            Applied applied = changes.isEmpty() ? new Applied(0, List.of()) : apply(h, changes, trigger);
            notify(h, applied.events(), applied.changed(), trigger);
            return new Outcome(examined, applied.changed(), groups.size());
        });
    }

    /** The stored facts and reasons of the groups, by content key. */
    private static Map<String, String> values(Handle h, List<Group> groups) {
        Set<String> keys = new HashSet<>();
        groups.forEach(g -> {
            keys.add(g.factsKey());
            keys.add(g.reasonsKey());
        });
        Map<String, String> out = new HashMap<>();
        h.createQuery("""
                select encode(hash, 'hex') as k, value::text as v from onboarding_value
                where hash in (select decode(k, 'hex') from unnest(:keys) as k)""")
                .bind("keys", keys.toArray(String[]::new))
                .map((rs, ctx) -> Map.entry(rs.getString("k"), rs.getString("v"))).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private record Applied(int changed, List<Long> events) {
    }

    /** Every changed group in one statement: narrow device rows updated, history appended, webhooks queued. */
    private static Applied apply(Handle h, List<Change> changes, String trigger) {
        int n = changes.size();
        String[] cert = new String[n];
        String[] factsBefore = new String[n];
        String[] previous = new String[n];
        String[] reasonsBefore = new String[n];
        String[] decision = new String[n];
        String[] policy = new String[n];
        String[] factsAfter = new String[n];
        String[] reasonsAfter = new String[n];
        Map<String, String> newValues = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Change c = changes.get(i);
            cert[i] = c.group().certificateId();
            factsBefore[i] = c.group().factsKey();
            previous[i] = c.group().decision();
            reasonsBefore[i] = c.group().reasonsKey();
            decision[i] = c.decision().decision().name();
            policy[i] = c.decision().network().name();
            factsAfter[i] = ContentKeys.of(c.facts());
            reasonsAfter[i] = ContentKeys.of(c.reasons());
            newValues.put(factsAfter[i], c.facts());
            newValues.put(reasonsAfter[i], c.reasons());
        }
        h.createUpdate("""
                insert into onboarding_value (hash, value)
                select decode(k, 'hex'), cast(v as jsonb) from unnest(:keys, :values) as x(k, v) on conflict do nothing""")
                .bind("keys", newValues.keySet().toArray(String[]::new))
                .bind("values", newValues.values().toArray(String[]::new)).execute();
        return h.createQuery("""
                with g as (
                    select c, decode(fb, 'hex') as fb, p, decode(rb, 'hex') as rb, dec, pol, decode(fa, 'hex') as fa,
                           decode(ra, 'hex') as ra
                    from unnest(:cert, :fb, :previous, :rb, :decision, :policy, :fa, :ra) as x(c, fb, p, rb, dec, pol, fa, ra)),
                changed as (
                    update device d set decision = g.dec, network_policy = g.pol, facts_hash = g.fa, reasons_hash = g.ra,
                        updated_at = now()
                    from g
                    where d.certificate_id = g.c and d.facts_hash = g.fb and d.decision = g.p and d.reasons_hash = g.rb
                    returning d.id, d.name, d.instance_id, g.dec, g.p, g.ra),
                events as (
                    insert into device_event (device_id, kind, trigger, decision, previous, reasons_hash)
                    select id, 'REEVALUATED', :trigger, dec, p, ra from changed
                    returning id),
                hooks as (
                    insert into webhook_delivery (webhook_id, event)
                    select w.id, jsonb_build_object('type', 'device.decision', 'deviceId', c.id, 'name', c.name,
                               'instanceId', c.instance_id, 'decision', c.dec, 'previous', c.p,
                               'trigger', :trigger, 'reasons', v.value)
                    from changed c join onboarding_value v on v.hash = c.ra cross join webhook w)
                select count(*) as n, case when count(*) <= :limit then array_agg(id order by id) end as first
                from events""")
                .bind("cert", cert).bind("fb", factsBefore).bind("previous", previous).bind("rb", reasonsBefore)
                .bind("decision", decision).bind("policy", policy).bind("fa", factsAfter).bind("ra", reasonsAfter)
                .bind("trigger", trigger).bind("limit", NOTIFY_EACH_UP_TO)
                .map((rs, ctx) -> new Applied(rs.getInt("n"), rs.getArray("first") == null ? List.of()
                        : List.of((Long[]) rs.getArray("first").getArray())))
                .one();
    }

    private static void notify(Handle h, List<Long> events, int changed, String trigger) {
        if (changed == 0) {
            return;
        }
        if (changed <= NOTIFY_EACH_UP_TO) {
            h.createQuery("select count(pg_notify(:channel, e::text)) from unnest(:events) as e")
                    .bind("channel", Devices.CHANNEL).bind("events", events.toArray(Long[]::new)).mapTo(Long.class).one();
        } else {
            String summary = trigger.length() > 500 ? trigger.substring(0, 500) : trigger;
            h.createQuery("select pg_notify(:channel, :payload)").bind("channel", Devices.CHANNEL)
                    .bind("payload", "bulk:" + changed + ":" + summary).mapTo(String.class).one();
        }
    }
}
