package org.trustbricks.registry.onboarding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.trustbricks.onboarding.OnboardingDecision;

/**
 * Records decisions, on distinct instance ids, in one statement (one for {@link Devices#record}, several for the group
 * commit): facts, reasons and rulesets stored once by content key, the device created or updated, its history entry
 * with the previous decision, a webhook delivery per receiver, a notification per event.
 */
final class DecisionBatch {

    /** One decision to record. */
    record Entry(Devices.Enrolment enrolment, OnboardingDecision decision, String kind, String trigger) {
    }

    /** The statement (package-private for the test of its plan). */
    static final String SQL = """
            with input as (
                select * from unnest(cast(:names as text[]), cast(:macs as text[]), cast(:instances as text[]),
                                     cast(:impls as text[]), cast(:certs as text[]), cast(:mudUrls as text[]),
                                     cast(:mudVersions as text[]), cast(:decisions as text[]), cast(:policies as text[]),
                                     cast(:reasons as text[]), cast(:reasonsKeys as text[]), cast(:facts as text[]),
                                     cast(:factsKeys as text[]), cast(:rulesKeys as text[]), cast(:mudRules as text[]),
                                     cast(:quarantineRules as text[]), cast(:denyRules as text[]), cast(:kinds as text[]),
                                     cast(:triggers as text[]), cast(:attested as timestamptz[]))
                    with ordinality as i(name, mac, instance, impl, cert, mud_url, mud_version, decision, policy, reasons,
                                         reasons_key, facts, facts_key, rules_key, mud_rules, quarantine_rules, deny_rules,
                                         kind, trigger, attested, ord)),
            values_ as (
                insert into onboarding_value (hash, value)
                select distinct on (k) decode(k, 'hex'), cast(v as jsonb)
                from (select facts_key as k, facts as v from input union all select reasons_key, reasons from input) x
                on conflict do nothing),
            rulesets as (
                insert into device_ruleset (hash, mud, quarantine, deny)
                select distinct on (rules_key) decode(rules_key, 'hex'), mud_rules, quarantine_rules, deny_rules from input
                on conflict do nothing),
            before as (
                -- one lookup by the unique instance id per entry: a join or "= any(array)" here was planned as a
                -- sequential scan while the table was small, and that cached plan went on scanning it as it grew
                select i.instance as instance_id, (select d.decision from device d where d.instance_id = i.instance) as decision
                from input i),
            dev as (
                insert into device (name, mac, instance_id, implementation_id, certificate_id, mud_url, mud_version,
                                    decision, network_policy, reasons_hash, facts_hash, rulesets_hash, last_attested_at)
                select name, mac, instance, impl, cert, mud_url, mud_version, decision, policy, decode(reasons_key, 'hex'),
                       decode(facts_key, 'hex'), decode(rules_key, 'hex'), attested
                from input order by ord
                on conflict (instance_id) do update set name = excluded.name, mac = coalesce(excluded.mac, device.mac),
                    implementation_id = excluded.implementation_id, certificate_id = excluded.certificate_id,
                    mud_url = excluded.mud_url, mud_version = excluded.mud_version, decision = excluded.decision,
                    network_policy = excluded.network_policy, reasons_hash = excluded.reasons_hash,
                    facts_hash = excluded.facts_hash, rulesets_hash = excluded.rulesets_hash,
                    last_attested_at = coalesce(excluded.last_attested_at, device.last_attested_at), updated_at = now()
                returning id, instance_id, mac, last_attested_at, updated_at),
            event as (
                insert into device_event (device_id, kind, trigger, decision, previous, reasons_hash)
                select dev.id, i.kind, i.trigger, i.decision, b.decision, decode(i.reasons_key, 'hex')
                from dev join input i on i.instance = dev.instance_id left join before b on b.instance_id = dev.instance_id
                order by i.ord
                returning id),
            hooks as (
                insert into webhook_delivery (webhook_id, event)
                select w.id, jsonb_build_object('type', 'device.decision', 'deviceId', dev.id, 'name', i.name,
                           'instanceId', i.instance, 'decision', i.decision, 'previous', b.decision,
                           'trigger', i.trigger, 'reasons', cast(i.reasons as jsonb))
                from dev join input i on i.instance = dev.instance_id left join before b on b.instance_id = dev.instance_id
                cross join webhook w)
            select dev.id, dev.instance_id, dev.mac, dev.last_attested_at, dev.updated_at,
                   (select count(pg_notify(:channel, event.id::text)) from event) as notified
            from dev""";

    private DecisionBatch() {
    }

    /** Records every entry (their instance ids must differ); the devices by instance id. */
    static Map<String, DeviceRecord> write(Jdbi jdbi, List<Entry> entries) {
        int n = entries.size();
        String[][] columns = new String[20][n];
        Map<String, Entry> byInstance = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Entry x = entries.get(i);
            Devices.Enrolment e = x.enrolment();
            OnboardingDecision d = x.decision();
            String facts = Devices.json(e.facts().withoutDeviceIdentifiers());
            String reasons = Devices.json(d.reasons());
            String[] row = {e.name(), e.mac(), e.instanceId(), e.implementationId(), e.certificateId(), e.mudUrl(),
                e.mudVersion(), d.decision().name(), d.network().name(), reasons, ContentKeys.of(reasons), facts,
                ContentKeys.of(facts), ContentKeys.of(e.rules()), e.rules().mud(), e.rules().quarantine(), e.rules().deny(),
                x.kind(), x.trigger(), e.attestedAt() == null ? null : e.attestedAt().toString()};
            for (int c = 0; c < row.length; c++) {
                columns[c][i] = row[c];
            }
            byInstance.put(e.instanceId(), x);
        }
        String[] names = {"names", "macs", "instances", "impls", "certs", "mudUrls", "mudVersions", "decisions", "policies",
            "reasons", "reasonsKeys", "facts", "factsKeys", "rulesKeys", "mudRules", "quarantineRules", "denyRules", "kinds",
            "triggers", "attested"};
        Map<String, DeviceRecord> out = new HashMap<>();
        jdbi.useHandle(h -> {
            var q = h.createQuery(SQL).bind("channel", Devices.CHANNEL);
            for (int c = 0; c < names.length; c++) {
                q.bind(names[c], columns[c]);
            }
            q.map((rs, ctx) -> {
                String instance = rs.getString("instance_id");
                Entry x = byInstance.get(instance);
                Devices.Enrolment e = x.enrolment();
                OnboardingDecision d = x.decision();
                return new DeviceRecord(rs.getLong("id"), e.name(), rs.getString("mac"), instance, e.implementationId(),
                        e.certificateId(), e.mudUrl(), e.mudVersion(), d.decision(), d.network(), d.reasons(),
                        e.rules().enforced(d.network()), Devices.instant(rs.getTimestamp("last_attested_at")),
                        Devices.instant(rs.getTimestamp("updated_at")));
            }).forEach(r -> out.put(r.instanceId(), r));
        });
        return out;
    }
}
