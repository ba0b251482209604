-- Organisations take part in the scheme in one role each; people belong to one organisation.
create table organisation (
    id          bigint generated always as identity primary key,
    name        text        not null unique,
    kind        text        not null check (kind in ('SCHEME_OWNER', 'CERTIFICATION_BODY', 'LABORATORY', 'VENDOR')),
    created_at  timestamptz not null default now()
);

create table app_user (
    id              bigint generated always as identity primary key,
    organisation_id bigint      not null references organisation (id),
    email           text        not null,
    display_name    text        not null,
    password_hash   text        not null,       -- PHC string, Argon2id
    disabled        boolean     not null default false,
    created_at      timestamptz not null default now()
);
create unique index app_user_email_idx on app_user (lower(email));

alter table web_session add constraint web_session_user_fk foreign key (user_id) references app_user (id) on delete cascade;

-- Failed logins, per account and per address, for rate limiting across every instance.
create table login_attempt (
    id          bigint generated always as identity primary key,
    email       text        not null,
    address     text        not null,
    at          timestamptz not null default now()
);
create index login_attempt_email_idx on login_attempt (lower(email), at);
create index login_attempt_address_idx on login_attempt (address, at);
