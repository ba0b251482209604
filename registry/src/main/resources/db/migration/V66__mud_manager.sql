-- MUD manager: manufacturer trust anchors for MUD signatures, the per-site device index, and profile jobs.

-- Certificates an administrator configured as trust anchors for MUD file signatures (besides hosted signers).
create table mud_trust_anchor (
    id           bigint generated always as identity primary key,
    fingerprint  text        not null unique,                -- SHA-256 of the DER certificate, hex
    subject      text        not null,
    not_after    timestamptz not null,
    pem          text        not null,
    added_by     text        not null,
    added_at     timestamptz not null default now()
);

-- The index of known devices and their MUD URLs, per site (feeds manufacturer, same-manufacturer and model).
create table mud_device_binding (
    id           bigint generated always as identity primary key,
    site         text        not null,
    name         text        not null,
    mac          text,
    address      text,
    mud_url      text        not null,
    source       text        not null,                       -- ADMINISTRATOR, DHCPV4, DHCPV6, LLDP, CERTIFICATE, LEASE_HOOK
    signer       text,                                       -- MUD signer named by a device certificate
    added_by     text        not null,
    added_at     timestamptz not null default now(),
    unique (site, name)
);
create index mud_device_binding_url_idx on mud_device_binding (site, mud_url);

-- Traffic profile runs: progress and result readable by any instance; the run itself happens on one instance.
create table mud_profile_job (
    id           uuid primary key,
    owner        text        not null,
    instance     text        not null,
    state        text        not null check (state in ('RUNNING', 'DONE', 'FAILED')),
    bytes_total  bigint      not null,
    bytes_done   bigint      not null default 0,
    packets      bigint      not null default 0,
    flows        bigint      not null default 0,
    captures     jsonb       not null,                       -- names as uploaded
    result       jsonb,
    error        text,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);
create index mud_profile_job_owner_idx on mud_profile_job (owner, created_at desc);
