-- Re-attestation (RATS background-check model: the platform cannot call a device, so it posts a request that the
-- device or its gateway learns from the event stream, a webhook or by polling, and answers with fresh evidence).
create table reattestation_request (
    id            bigint generated always as identity primary key,
    device_id     bigint      not null references device (id) on delete cascade,
    nonce         bytea       not null unique,          -- the challenge the answer must be signed over
    requested_by  text        not null,                 -- an administrator, or 'schedule'
    issued_at     timestamptz not null,
    due_by        timestamptz not null,                 -- issued_at + the grace period; the nonce expires then
    answered_at   timestamptz,
    overdue_at    timestamptz,                          -- set when the grace period ended without an answer
    outcome       text                                  -- the decision the answer led to
);
-- At most one open request per device.
create unique index reattestation_request_open_idx on reattestation_request (device_id)
    where answered_at is null and overdue_at is null;
create index reattestation_request_due_idx on reattestation_request (due_by)
    where answered_at is null and overdue_at is null;
create index reattestation_request_device_idx on reattestation_request (device_id, issued_at desc);
-- Devices whose evidence is due for renewal are found by their last attestation.
create index device_last_attested_idx on device (coalesce(last_attested_at, created_at));
