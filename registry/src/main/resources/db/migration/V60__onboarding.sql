-- Onboarding: the site's policy, the device inventory with its history, and webhook deliveries.
create table site_policy (
    id          int primary key default 1 check (id = 1),   -- one policy per installation
    policy      jsonb       not null,
    updated_by  text        not null,
    updated_at  timestamptz not null default now()
);

create table device (
    id                 bigint generated always as identity primary key,
    name               text        not null,
    mac                text,
    instance_id        text        not null unique,          -- hex of the attested instance id
    implementation_id  text        not null,
    certificate_id     text,
    mud_url            text,
    mud_version        text,                                 -- SHA-256 of the MUD file the policy was compiled from
    decision           text        not null check (decision in ('ADMITTED', 'RESTRICTED', 'REFUSED')),
    network_policy     text        not null,
    reasons            jsonb       not null,
    facts              jsonb       not null,                 -- attestation, certificate and MUD facts last decided on
    rules              text        not null default '',      -- the enforced ruleset (nftables)
    mud_rules          text        not null default '',      -- compiled from the MUD file (for ADMITTED)
    quarantine_rules   text        not null default '',      -- the site's quarantine policy (for RESTRICTED)
    deny_rules         text        not null default '',      -- nothing allowed (for REFUSED)
    last_attested_at   timestamptz,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);
create index device_certificate_idx on device (certificate_id);
create index device_mud_url_idx on device (mud_url);
create index device_decision_idx on device (decision);

create table device_event (
    id          bigint generated always as identity primary key,
    device_id   bigint      not null references device (id) on delete cascade,
    at          timestamptz not null default now(),
    kind        text        not null,                        -- ONBOARDED, REEVALUATED, ...
    trigger     text        not null,                        -- what caused it
    decision    text        not null,
    previous    text,
    reasons     jsonb       not null
);
create index device_event_device_idx on device_event (device_id, at desc);

create table webhook (
    id          bigint generated always as identity primary key,
    url         text        not null,
    secret      text        not null,                        -- HMAC key shared with the receiver
    created_at  timestamptz not null default now()
);

create table webhook_delivery (
    id               bigint generated always as identity primary key,
    webhook_id       bigint      not null references webhook (id) on delete cascade,
    event            jsonb       not null,
    attempts         int         not null default 0,
    next_attempt_at  timestamptz not null default now(),
    delivered_at     timestamptz,
    last_error       text
);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where delivered_at is null;
