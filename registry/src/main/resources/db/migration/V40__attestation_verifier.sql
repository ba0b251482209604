-- Attestation verifier (RATS background-check model): challenges, endorsements, the verifier's signing key.

-- Outstanding challenges. Issued by any instance, consumed by any instance with one atomic delete ... returning.
create table attestation_nonce (
    nonce       bytea       primary key,
    expires_at  timestamptz not null
);
create index attestation_nonce_expiry_idx on attestation_nonce (expires_at);

-- Endorsements per PSA platform class (implementation id), in the documented JSON form, sealed with the
-- key-encryption key (an entry may hold a symmetric attestation key). The owner is the organisation that first
-- provisioned the implementation id; certificate_id links the platform to the registry's certificate.
create table attestation_platform (
    implementation_id  bytea       primary key check (octet_length(implementation_id) = 32),
    owner_id           bigint      not null references organisation (id),
    certificate_id     text        references certificate (id),
    sealed_document    bytea       not null,
    updated_by         text        not null,
    updated_at         timestamptz not null default now()
);
create index attestation_platform_owner_idx on attestation_platform (owner_id);

-- The verifier's EAR signing key (ES256): one for all instances, the private part sealed with the key-encryption key.
create table attestation_verifier_key (
    id              int         primary key check (id = 1),
    key_id          text        not null,
    public_key_pem  text        not null,
    sealed_key      bytea       not null,
    created_at      timestamptz not null default now()
);

-- A counter every instance polls cheaply (and a NOTIFY every instance listens to): it moves whenever something
-- the verifier caches in memory changes: endorsements, or the status of certificates and their vulnerabilities.
create table attestation_version (
    id       int    primary key check (id = 1),
    version  bigint not null
);
insert into attestation_version (id, version) values (1, 0);

create function attestation_changed() returns trigger language plpgsql as $$
begin
    update attestation_version set version = version + 1 where id = 1;
    perform pg_notify('trustbricks_attestation', '');
    return null;
end
$$;

create trigger attestation_platform_changed after insert or update or delete on attestation_platform
    for each statement execute function attestation_changed();
create trigger attestation_certificate_changed after update of status, valid_until, superseded_by on certificate
    for each statement execute function attestation_changed();
create trigger attestation_vulnerability_changed after insert or update or delete on vulnerability
    for each statement execute function attestation_changed();
create trigger attestation_vulnerability_impact_changed after insert or update or delete on vulnerability_impact
    for each statement execute function attestation_changed();
