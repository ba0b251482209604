-- API tokens for automation: only a SHA-256 of the token is kept; the token is shown once when created.
create table api_token (
    id            bigint generated always as identity primary key,
    user_id       bigint      not null references app_user (id) on delete cascade,
    name          text        not null,
    token_hash    bytea       not null unique,
    prefix        text        not null,
    created_at    timestamptz not null default now(),
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
create index api_token_user_idx on api_token (user_id);

-- Certification schemes run by a scheme owner.
create table scheme (
    id          bigint generated always as identity primary key,
    code        text        not null unique,
    name        text        not null,
    owner_id    bigint      not null references organisation (id),
    created_at  timestamptz not null default now()
);

-- A certification body authorises a laboratory to evaluate for it in one scheme.
create table lab_authorisation (
    cb_id       bigint      not null references organisation (id),
    lab_id      bigint      not null references organisation (id),
    scheme_id   bigint      not null references scheme (id),
    granted_at  timestamptz not null default now(),
    revoked_at  timestamptz,
    primary key (cb_id, lab_id, scheme_id)
);

-- CB A (recognising) recognises certificates of CB B (recognised) for a scheme between two dates.
create table recognition (
    id              bigint generated always as identity primary key,
    recognising_id  bigint not null references organisation (id),
    recognised_id   bigint not null references organisation (id),
    scheme_id       bigint not null references scheme (id),
    valid_from      date   not null,
    valid_until     date,
    created_at      timestamptz not null default now(),
    check (recognising_id <> recognised_id),
    check (valid_until is null or valid_until >= valid_from)
);

-- Each CB's signing key: the private key sealed with the key-encryption key (AES-256-GCM), the certificate public.
create table cb_key (
    cb_id            bigint primary key references organisation (id),
    key_id           text   not null unique,
    certificate_pem  text   not null,
    sealed_key       bytea  not null,
    created_at       timestamptz not null default now()
);

-- Evaluation requests and their state machine.
create table evaluation (
    id                       bigint generated always as identity primary key,
    scheme_id                bigint not null references scheme (id),
    vendor_id                bigint not null references organisation (id),
    lab_id                   bigint not null references organisation (id),
    cb_id                    bigint not null references organisation (id),
    state                    text   not null,
    product                  text   not null,
    product_version          text   not null,
    level                    text   not null,
    edition                  text   not null,
    profiles                 text[] not null default '{}',
    sfrs                     text[] not null default '{}',
    parts                    text[] not null default '{}',
    components               text[] not null default '{}',
    st_file_name             text   not null,
    st_document              bytea  not null,
    st_findings              text   not null,
    composition_findings     text   not null,
    certified_configuration  text   not null,
    assumptions              text   not null,
    report_summary           text,
    return_reasons           text,
    reissue_of               text,
    certificate_id           text,
    created_at               timestamptz not null default now(),
    updated_at               timestamptz not null default now()
);
create index evaluation_vendor_idx on evaluation (vendor_id);
create index evaluation_lab_idx on evaluation (lab_id);
create index evaluation_cb_idx on evaluation (cb_id);

create table evaluation_verdict (
    evaluation_id  bigint not null references evaluation (id) on delete cascade,
    component      text   not null,
    work_unit      text   not null,
    verdict        text   not null check (verdict in ('PASS', 'FAIL', 'INCONCLUSIVE')),
    evidence       text   not null,
    recorded_at    timestamptz not null default now(),
    primary key (evaluation_id, component, work_unit)
);

-- Project numbers per year for SESIP-YYNNNNN-VV identifiers.
create table certificate_number (
    year  int primary key,
    last  int not null
);

-- Certificates: issued here (source 'issued') or imported from public registries (raw record kept).
create table certificate (
    id                       text primary key,
    base_id                  text,
    iteration                int,
    source                   text   not null,
    source_key               text   not null,
    raw_record               text,
    evaluation_id            bigint references evaluation (id),
    scheme_id                bigint references scheme (id),
    product                  text   not null,
    product_version          text   not null default '',
    vendor_id                bigint references organisation (id),
    vendor_name              text   not null,
    lab_name                 text   not null default '',
    lab_id                   bigint references organisation (id),
    cb_id                    bigint references organisation (id),
    cb_name                  text   not null default '',
    level                    text   not null default '',
    profiles                 text[] not null default '{}',
    sfrs                     text[] not null default '{}',
    sfr_text                 text   not null default '',
    methodology              text   not null default '',
    issued_on                date,
    valid_until              date,
    status                   text   not null check (status in ('ACTIVE', 'EXPIRED', 'TERMINATED', 'SUPERSEDED')),
    st_reference             text   not null default '',
    report_reference         text   not null default '',
    certified_configuration  text   not null default '',
    assumptions              text   not null default '',
    signed_document          text,
    superseded_by            text,
    status_changed_at        timestamptz,
    search                   tsvector generated always as (
        to_tsvector('simple', product || ' ' || vendor_name || ' ' || sfr_text)) stored,
    unique (source, source_key)
);
create index certificate_search_idx on certificate using gin (search);
create index certificate_issued_idx on certificate (issued_on desc, id);
create index certificate_product_idx on certificate (lower(product), id);
create index certificate_status_idx on certificate (status, valid_until);
create index certificate_level_idx on certificate (level);
create index certificate_cb_idx on certificate (cb_name);
create index certificate_lab_idx on certificate (lab_name);
create index certificate_profiles_idx on certificate using gin (profiles);

-- Composite certificates name their parts.
create table certificate_part (
    composite_id  text not null references certificate (id),
    part_id       text not null references certificate (id),
    primary key (composite_id, part_id),
    check (composite_id <> part_id)
);
create index certificate_part_part_idx on certificate_part (part_id, composite_id);

create table vulnerability (
    id              bigint generated always as identity primary key,
    certificate_id  text   not null references certificate (id),
    cve             text,
    severity        text   not null check (severity in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    affected_sfrs   text[] not null default '{}',
    description     text   not null,
    recorded_by     bigint not null references organisation (id),
    recorded_at     timestamptz not null default now(),
    status          text   not null default 'UNDER_REVIEW'
                    check (status in ('UNDER_REVIEW', 'FIXED', 'ACCEPTED', 'TERMINATED')),
    resolution      text,
    fixed_version   text,
    resolved_at     timestamptz
);
create index vulnerability_certificate_idx on vulnerability (certificate_id);

-- Certificates reached by a vulnerability through composition, with the path of parts (part first).
create table vulnerability_impact (
    vulnerability_id  bigint not null references vulnerability (id) on delete cascade,
    certificate_id    text   not null references certificate (id),
    path              text[] not null,
    primary key (vulnerability_id, certificate_id)
);
create index vulnerability_impact_certificate_idx on vulnerability_impact (certificate_id);

-- Append-only, hash-chained audit log; each hash commits to the previous entry's hash.
create table audit_log (
    seq        bigint primary key,
    at         timestamptz not null,
    actor      text        not null,
    action     text        not null,
    object     text        not null,
    detail     text        not null,
    prev_hash  bytea       not null,
    hash       bytea       not null
);
