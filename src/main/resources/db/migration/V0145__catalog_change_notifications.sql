-- Every instance keeps the responsibility resolver's index and the division lookups in memory
-- (docs/adr/0054-responsibility-index.md). A change to the catalogue notifies channel oneteam_catalog; PostgreSQL
-- delivers notifications only when the transaction commits, and identical ones of a transaction only once.

-- a matter, its versions, its empowerment entries or its boundaries changed: payload 'matter:<id>'
create function catalog_notify_matter() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'matter' then
        perform pg_notify('oneteam_catalog', 'matter:' || coalesce(new.id, old.id));
    else
        perform pg_notify('oneteam_catalog', 'matter:' || coalesce(new.matter_id, old.matter_id));
        if tg_op = 'UPDATE' and new.matter_id <> old.matter_id then
            perform pg_notify('oneteam_catalog', 'matter:' || old.matter_id);
        end if;
    end if;
    return null;
end $$;

create trigger matter_notify after insert or update or delete on matter
    for each row execute function catalog_notify_matter();
create trigger matter_version_notify after insert or update or delete on matter_version
    for each row execute function catalog_notify_matter();
create trigger empowerment_notify after insert or update or delete on empowerment
    for each row execute function catalog_notify_matter();
create trigger responsibility_boundary_notify after insert or update or delete on responsibility_boundary
    for each row execute function catalog_notify_matter();

-- divisions (imports, renames) and renamed organisations: once per statement, payload the table's name
create function catalog_notify_table() returns trigger language plpgsql as $$
begin
    perform pg_notify('oneteam_catalog', tg_table_name);
    return null;
end $$;

create trigger division_notify after insert or update or delete or truncate on division
    for each statement execute function catalog_notify_table();
create trigger organization_notify after update or delete on organization
    for each statement execute function catalog_notify_table();
