-- Onboarding: a counter that moves whenever anything an onboarding decision reads besides the registry changes:
-- the site policy, the site file, the MUD signature trust anchors (manufacturers' signers and those administrators
-- add) and the MUD files this platform hosts. Every decision reads it (with registry_version) in one cheap query, and
-- each instance re-reads its parsed settings, hosted files and certificate facts only when a counter moved.

create table onboarding_settings_version (
    id       int    primary key check (id = 1),
    version  bigint not null
);
insert into onboarding_settings_version (id, version) values (1, 0);

create function onboarding_settings_changed() returns trigger language plpgsql as $$
begin
    update onboarding_settings_version set version = version + 1 where id = 1;
    return null;
end
$$;

create trigger onboarding_site_policy_changed after insert or update or delete or truncate on site_policy
    for each statement execute function onboarding_settings_changed();
create trigger onboarding_site_file_changed after insert or update or delete or truncate on onboarding_site
    for each statement execute function onboarding_settings_changed();
create trigger onboarding_mud_signer_changed after insert or update or delete or truncate on mud_signer
    for each statement execute function onboarding_settings_changed();
create trigger onboarding_mud_trust_anchor_changed after insert or update or delete or truncate on mud_trust_anchor
    for each statement execute function onboarding_settings_changed();
create trigger onboarding_mud_publication_changed after insert or update or delete or truncate on mud_publication
    for each statement execute function onboarding_settings_changed();
create trigger onboarding_mud_model_changed after insert or update or delete or truncate on mud_model
    for each statement execute function onboarding_settings_changed();
create trigger onboarding_mud_manufacturer_changed after insert or update or delete or truncate on mud_manufacturer
    for each statement execute function onboarding_settings_changed();
