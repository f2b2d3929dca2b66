-- 证据 (处罚法 §46): an item attached to its owner (a case; an inspection later) with its type, how, when and where it
-- was collected and by whom, and the stored file with the SHA-256 computed as the bytes arrived. Rows are kept as
-- recorded: a trigger refuses updates, deletes and truncation. Every integrity check is kept too, append-only.
create table evidence (
    id            bigint generated always as identity primary key,
    owner_kind    varchar(20)  not null,
    owner_id      bigint       not null,
    evidence_type varchar(30)  not null,
    title         varchar(200) not null,
    source        varchar(500) not null,
    collected_at  timestamptz  not null,
    place         varchar(200) not null,
    latitude      numeric(9, 6) check (latitude between -90 and 90),
    longitude     numeric(9, 6) check (longitude between -180 and 180),
    file_name     varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null check (size_bytes >= 0),
    sha256        char(64)     not null,
    store         varchar(10)  not null,
    storage_key   varchar(200) not null,
    uploaded_by   bigint       not null,
    uploaded_at   timestamptz  not null,
    unique (store, storage_key),
    check ((latitude is null) = (longitude is null))
);
create index evidence_owner_idx on evidence (owner_kind, owner_id, id);

-- 收集人: the officers who collected the item, in the order named, with the certificate each showed.
create table evidence_officer (
    evidence_id bigint       not null references evidence (id),
    position    smallint     not null,
    person_id   bigint       not null,
    name        varchar(100) not null,
    certificate varchar(60),
    primary key (evidence_id, position)
);

-- 完整性核验: every re-hash of the stored bytes (on download or on request) and its result.
create table evidence_check (
    id            bigint generated always as identity primary key,
    evidence_id   bigint      not null references evidence (id),
    checked_at    timestamptz not null,
    checked_by    bigint,
    occasion      varchar(20) not null,
    intact        boolean     not null,
    actual_sha256 char(64)
);
create index evidence_check_item_idx on evidence_check (evidence_id, id);

create function evidence_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'evidence is kept as recorded';
end $$;
create trigger evidence_no_change before update or delete on evidence
    for each row execute function evidence_immutable();
create trigger evidence_no_truncate before truncate on evidence
    for each statement execute function evidence_immutable();
create trigger evidence_officer_no_change before update or delete on evidence_officer
    for each row execute function evidence_immutable();
create trigger evidence_check_no_change before update or delete on evidence_check
    for each row execute function evidence_immutable();
