-- MUD file service (RFC 8520): manufacturers owned by vendor organisations, their device models, every version of
-- each model's MUD file, the manufacturer's signer and the publication served at the model's MUD URL.
create table mud_manufacturer (
    id              bigint generated always as identity primary key,
    organisation_id bigint      not null references organisation (id),
    slug            text        not null unique check (slug ~ '^[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?$'),
    name            text        not null check (length(name) between 1 and 200),
    created_at      timestamptz not null default now()
);
create index mud_manufacturer_org_idx on mud_manufacturer (organisation_id);

-- One signer per manufacturer. The private key is sealed with the platform key-encryption key (AES-256-GCM) or
-- held in a PKCS#11 token (then only its alias is stored). trust_anchor_pem is what MUD managers configure. When the
-- service generated the signer, it also keeps the issuing manufacturer CA key (sealed) to issue device certificates
-- carrying the MUD URL and MUD signer extensions.
create table mud_signer (
    manufacturer_id  bigint      primary key references mud_manufacturer (id) on delete cascade,
    source           text        not null check (source in ('GENERATED', 'UPLOADED', 'PKCS11')),
    certificate_pem  text        not null,
    chain_pem        text        not null default '',
    trust_anchor_pem text        not null,
    sealed_key       bytea,
    sealed_ca_key    bytea,
    pkcs11_alias     text,
    created_at       timestamptz not null default now(),
    check ((source = 'PKCS11') = (pkcs11_alias is not null)),
    check ((source = 'PKCS11') = (sealed_key is null))
);

create table mud_model (
    id              bigint generated always as identity primary key,
    manufacturer_id bigint      not null references mud_manufacturer (id) on delete cascade,
    slug            text        not null check (slug ~ '^[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?$'),
    created_at      timestamptz not null default now(),
    unique (manufacturer_id, slug)
);

-- Versions are never changed or deleted: editing adds a version.
create table mud_version (
    id          bigint generated always as identity primary key,
    model_id    bigint      not null references mud_model (id) on delete cascade,
    version     int         not null check (version > 0),
    origin      text        not null check (origin in ('BUILDER', 'UPLOAD', 'REPAIRED_UPLOAD')),
    content     bytea       not null check (octet_length(content) <= 1048576),
    spec        text,
    valid       boolean     not null,
    findings    text        not null,
    changes     text        not null default '[]',
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    unique (model_id, version)
);

-- What is served at the model's MUD URL: exactly the signed bytes of one version.
create table mud_publication (
    model_id        bigint      primary key references mud_model (id) on delete cascade,
    version_id      bigint      not null references mud_version (id),
    content         bytea       not null,
    signature       bytea       not null,
    cache_validity  int         not null check (cache_validity between 1 and 168),
    published_by    text        not null,
    published_at    timestamptz not null default now()
);
