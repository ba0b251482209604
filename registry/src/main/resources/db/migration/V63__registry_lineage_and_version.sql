-- Every certificate's lineage: the ids of all certificates it is built on, directly or through a chain of parts.
-- Kept up to date by a trigger on certificate_part, so a vulnerability is stored once (against its part) and
-- "who is affected" is one index lookup: the composites whose lineage contains the part.
create table certificate_lineage (
    certificate_id  text   primary key references certificate (id),
    parts           text[] not null
);
create index certificate_lineage_parts_idx on certificate_lineage using gin (parts);

insert into certificate_lineage (certificate_id, parts)
with recursive reach (composite_id, part_id) as (
    select composite_id, part_id from certificate_part
    union
    select r.composite_id, p.part_id from reach r join certificate_part p on p.composite_id = r.part_id
)
select composite_id, array_agg(part_id order by part_id) from reach group by composite_id;

-- A new part edge (composite → part) adds the part and its lineage to the composite and to everything built on it.
create function certificate_part_added() returns trigger language plpgsql as $$
declare
    added text[];
begin
    added := array[new.part_id] || coalesce((select parts from certificate_lineage where certificate_id = new.part_id), '{}');
    insert into certificate_lineage as l (certificate_id, parts) values (new.composite_id, added)
        on conflict (certificate_id) do update
        set parts = (select array_agg(distinct x order by x) from unnest(l.parts || excluded.parts) x)
        where not l.parts @> excluded.parts;
    update certificate_lineage l set parts = (select array_agg(distinct x order by x) from unnest(l.parts || added) x)
        where l.parts @> array[new.composite_id] and not l.parts @> added;
    return null;
end
$$;
create trigger certificate_part_lineage after insert on certificate_part
    for each row execute function certificate_part_added();

-- Impacts are no longer stored one row per reached certificate: they are the lineage read through the vulnerability.
-- The view keeps the shape other readers use (which vulnerability reaches which certificate); paths are derived on
-- read by the registry from the certificate's own parts.
drop table vulnerability_impact;
create view vulnerability_impact as
    select v.id as vulnerability_id, l.certificate_id
    from vulnerability v join certificate_lineage l on l.parts @> array[v.certificate_id]
    where l.certificate_id <> v.certificate_id;

-- Attestation caches move when a new composite inherits open vulnerabilities (as they did on impact rows).
create trigger attestation_certificate_lineage_changed after insert or update or delete on certificate_lineage
    for each statement execute function attestation_changed();

-- A counter that moves whenever anything a public certificate page shows changes; every instance compares it in one
-- cheap query before serving a cached page.
create table registry_version (
    id       int    primary key check (id = 1),
    version  bigint not null
);
insert into registry_version (id, version) values (1, 0);

create function registry_changed() returns trigger language plpgsql as $$
begin
    update registry_version set version = version + 1 where id = 1;
    return null;
end
$$;
create trigger registry_certificate_changed after insert or update or delete on certificate
    for each statement execute function registry_changed();
create trigger registry_lineage_changed after insert or update or delete on certificate_lineage
    for each statement execute function registry_changed();
create trigger registry_part_changed after insert or update or delete on certificate_part
    for each statement execute function registry_changed();
create trigger registry_vulnerability_changed after insert or update or delete on vulnerability
    for each statement execute function registry_changed();
create trigger registry_recognition_changed after insert or update or delete on recognition
    for each statement execute function registry_changed();
create trigger registry_organisation_changed after insert or update or delete on organisation
    for each statement execute function registry_changed();
create trigger registry_scheme_changed after insert or update or delete on scheme
    for each statement execute function registry_changed();
create trigger registry_cb_key_changed after insert or update or delete on cb_key
    for each statement execute function registry_changed();

-- Search walks certificates in the requested order and tests each against the text and filters until it has a few
-- pages of matches. These indexes carry every column that test reads, so the walk is an index-only scan: the default
-- sort (newest first, undated last; the previous index sorted undated certificates first and could not serve it),
-- oldest first and by product name. Status with date order serves the status filter alone.
-- The text vector loses its word positions (the search matches words and prefixes, never phrases) and reads at most
-- 1,000 characters of product, vendor and SFR names, so it always fits in an index entry.
drop index certificate_issued_idx;
drop index certificate_product_idx;
alter table certificate drop column search;
alter table certificate add column search tsvector generated always as (
    strip(to_tsvector('simple', left(product || ' ' || vendor_name || ' ' || sfr_text, 1000)))) stored;
create index certificate_search_idx on certificate using gin (search);
create index certificate_newest_idx on certificate (issued_on desc nulls last, id)
    include (product, level, status, cb_name, lab_name, profiles, search);
create index certificate_oldest_idx on certificate (issued_on asc nulls last, id)
    include (product, level, status, cb_name, lab_name, profiles, search);
create index certificate_product_idx on certificate (lower(product), id)
    include (product, issued_on, level, status, cb_name, lab_name, profiles, search);
create index certificate_status_newest_idx on certificate (status, issued_on desc nulls last, id) include (product);

-- The equality filters as one array with one inverted index, so any combination of them (a laboratory at a level for
-- one body) is a single index lookup however rare it is; profiles have their own.
alter table certificate add column facets text[] generated always as (
    array['level=' || level, 'status=' || status, 'cb=' || cb_name, 'lab=' || lab_name]) stored;
create index certificate_facets_idx on certificate using gin (facets);

-- Filters are correlated (a body works with some laboratories and levels): the planner needs their joint frequencies
-- to tell a rare combination, read through the filter indexes, from a common one, read in index order.
create statistics certificate_filter_stats (mcv, dependencies) on level, status, cb_name, lab_name from certificate;
