-- A second counter that moves only when certificate rows change (insert, update, delete, truncate). Every instance
-- keeps an in-memory search index of the certificates and compares this counter with the one it was built at, in the
-- same statement that reads a result page; changes elsewhere in the registry (vulnerabilities, organisations, keys)
-- move only `version` and leave the index valid.
alter table registry_version add column certificates bigint not null default 0;

create function registry_certificates_changed() returns trigger language plpgsql as $$
begin
    update registry_version set version = version + 1, certificates = certificates + 1 where id = 1;
    return null;
end
$$;
drop trigger registry_certificate_changed on certificate;
create trigger registry_certificate_changed after insert or update or delete or truncate on certificate
    for each statement execute function registry_certificates_changed();
