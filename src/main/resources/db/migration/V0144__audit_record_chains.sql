-- The record's chains per partition (docs/adr/0053-record-chains-per-partition.md). Entries written from now on name
-- their chain (a province's two-digit code, "00" for the system and national accounts) and carry no global link;
-- entries written before keep theirs: they form the legacy chain, verified as before. Adding nullable columns and
-- dropping NOT NULL rewrites no row, so the append-only triggers stay on and the upgrade of a county's database is safe.
alter table execution_record add column chain varchar(12);
alter table execution_record alter column global_prev_hash drop not null;
alter table execution_record alter column global_hash drop not null;
-- an entry is either of the legacy chain (global link, no chain) or of a partition (chain, no global link)
alter table execution_record add constraint execution_record_one_chain
    check ((chain is null) = (global_hash is not null) and (global_hash is null) = (global_prev_hash is null));
-- the legacy chain's head and length (checkpoints) without walking the entries written since
create index execution_record_legacy_idx on execution_record (id) where global_hash is not null;

-- 封存: committed entries linked into their chain's hash chain by the sealer, in the order it sealed them.
create table record_seal (
    chain     varchar(12) not null,
    seq       bigint      not null,
    entry_id  bigint      not null unique,
    prev_hash char(64)    not null,
    hash      char(64)    not null,
    sealed_at timestamptz not null,
    primary key (chain, seq)
);

create function record_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end;
$$;

create trigger record_seal_no_change before update or delete on record_seal
    for each row execute function record_append_only();
create trigger record_seal_no_truncate before truncate on record_seal
    for each statement execute function record_append_only();

-- Entries committed and not yet sealed: a work queue, not the record (the sealer deletes what it sealed).
create table record_unsealed (
    chain    varchar(12) not null,
    entry_id bigint      not null,
    primary key (chain, entry_id)
);
