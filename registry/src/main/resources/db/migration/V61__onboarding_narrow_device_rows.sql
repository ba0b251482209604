-- Onboarding: narrow device rows, so that a re-decision rewrites a small row and touches no index.
-- The large derived values live in tables of their own, keyed by the SHA-256 of their content:
--   onboarding_value   facts and reasons (JSON); devices on the same platform with the same outcome share them;
--   device_ruleset     the three rulesets compiled at onboarding (MUD, quarantine, deny).
-- A re-decision then updates decision, network_policy, facts_hash, reasons_hash and updated_at only: no indexed
-- column, so PostgreSQL can update in place (HOT) when the page has room, which the fill factor keeps.

create table onboarding_value (
    hash   bytea primary key,                -- SHA-256 of the JSON text as written
    value  jsonb not null
);

create table device_ruleset (
    hash        bytea primary key,           -- SHA-256 over the three rulesets, each prefixed by its byte length and ':'
    mud         text not null,               -- compiled from the MUD file (for ADMITTED)
    quarantine  text not null,               -- the site's quarantine policy (for RESTRICTED)
    deny        text not null                -- nothing allowed (for REFUSED)
);

alter table device add column facts_hash bytea, add column reasons_hash bytea, add column rulesets_hash bytea;

insert into onboarding_value (hash, value)
select distinct sha256(convert_to(facts::text, 'UTF8')), facts from device on conflict do nothing;
insert into onboarding_value (hash, value)
select distinct sha256(convert_to(reasons::text, 'UTF8')), reasons from device on conflict do nothing;
insert into onboarding_value (hash, value)
select distinct sha256(convert_to(reasons::text, 'UTF8')), reasons from device_event on conflict do nothing;
insert into device_ruleset (hash, mud, quarantine, deny)
select distinct sha256(convert_to(octet_length(mud_rules) || ':' || mud_rules || octet_length(quarantine_rules) || ':'
                  || quarantine_rules || octet_length(deny_rules) || ':' || deny_rules, 'UTF8')),
       mud_rules, quarantine_rules, deny_rules
from device on conflict do nothing;

update device set facts_hash = sha256(convert_to(facts::text, 'UTF8')),
                  reasons_hash = sha256(convert_to(reasons::text, 'UTF8')),
                  rulesets_hash = sha256(convert_to(octet_length(mud_rules) || ':' || mud_rules || octet_length(quarantine_rules) || ':'
                  || quarantine_rules || octet_length(deny_rules) || ':' || deny_rules, 'UTF8'));

alter table device
    alter column facts_hash set not null, alter column reasons_hash set not null, alter column rulesets_hash set not null,
    drop column facts, drop column reasons, drop column rules,
    drop column mud_rules, drop column quarantine_rules, drop column deny_rules;
-- Three values, read by counting; an index on it would make every re-decision a non-HOT update.
drop index device_decision_idx;
create index device_rulesets_idx on device (rulesets_hash);
alter table device set (fillfactor = 45);

alter table device_event add column reasons_hash bytea;
update device_event set reasons_hash = sha256(convert_to(reasons::text, 'UTF8'));
alter table device_event alter column reasons_hash set not null, drop column reasons;
