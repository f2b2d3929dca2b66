-- 执法全过程记录: an append-only record, hash-chained per subject (a case) and globally. Rows are never updated or
-- deleted; a trigger refuses both, so that only someone who switches it off can tamper — and verification shows it.
create table execution_record (
    id               bigint generated always as identity primary key,
    subject_type     varchar(40)  not null,
    subject_id       bigint       not null,
    seq              integer      not null,
    action           varchar(60)  not null,
    actor_account_id bigint       not null,
    certificates     varchar(400) not null,
    occurred_at      timestamptz  not null,
    payload          text         not null,
    payload_digest   char(64)     not null,
    prev_hash        char(64)     not null,
    hash             char(64)     not null,
    global_prev_hash char(64)     not null,
    global_hash      char(64)     not null,
    unique (subject_type, subject_id, seq)
);

create function execution_record_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'execution_record is append-only';
end;
$$;

create trigger execution_record_no_change before update or delete on execution_record
    for each row execute function execution_record_append_only();
