-- Server-side web sessions: any instance behind a load balancer can read a session another one created.
create table web_session (
    id_hash     bytea primary key,          -- SHA-256 of the cookie value; the cookie itself is never stored
    user_id     bigint,
    csrf_token  text        not null,
    created_at  timestamptz not null default now(),
    last_seen   timestamptz not null default now(),
    expires_at  timestamptz not null
);
create index web_session_expires_idx on web_session (expires_at);
