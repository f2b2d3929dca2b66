-- Quiet periods and annual inspection caps kept per subject, for inspections to honour
-- (docs/adr/0024-quiet-periods-and-caps.md). An entry is never deleted, only ended; caps are data, never constants.

-- 免检 (EXEMPT), 无事不扰 (NO_DISTURB), 无感监管 (REMOTE_ONLY) of one subject, from a day until a day (both included;
-- open-ended when valid_until is null); ended_on is the first day it no longer applies.
create table subject_quiet_period (
    id                  bigint generated always as identity primary key,
    subject_id          bigint        not null references market_subject (id),
    kind                varchar(16)   not null check (kind in ('EXEMPT', 'NO_DISTURB', 'REMOTE_ONLY')),
    valid_from          date          not null,
    valid_until         date,
    reason              varchar(500)  not null check (length(btrim(reason)) > 0),
    deciding_body       varchar(200)  not null check (length(btrim(deciding_body)) > 0),
    set_by_account_id   bigint        not null,
    set_at              timestamptz   not null,
    ended_on            date,
    end_reason          varchar(500),
    ended_by_account_id bigint,
    ended_at            timestamptz,
    check (valid_until is null or valid_until >= valid_from),
    check ((ended_on is null) = (ended_by_account_id is null) and (ended_on is null) = (ended_at is null))
);

create index subject_quiet_period_subject on subject_quiet_period (subject_id, valid_from);

-- The annual cap of inspections of one enterprise by one inspecting body (scope BODY: its organisation code) or by
-- every body of a domain (scope DOMAIN), for a year; triggers in exempt_triggers do not count and are not capped;
-- beyond the cap an inspection is warned (WARN) or blocked (BLOCK). Replaced by a newer row, never deleted.
create table inspection_cap (
    id                bigint generated always as identity primary key,
    scope             varchar(8)   not null check (scope in ('BODY', 'DOMAIN')),
    scope_key         varchar(64)  not null check (length(btrim(scope_key)) > 0),
    year              integer      not null check (year between 2000 and 2100),
    cap               integer      not null check (cap >= 0),
    on_reach          varchar(8)   not null check (on_reach in ('WARN', 'BLOCK')),
    exempt_triggers   varchar(32)[] not null default '{}',
    basis             varchar(500) not null check (length(btrim(basis)) > 0),
    set_by_account_id bigint       not null,
    set_at            timestamptz  not null,
    replaced_at       timestamptz
);

create unique index inspection_cap_current on inspection_cap (scope, scope_key, year) where replaced_at is null;

create function subject_quiet_never_deleted() returns trigger language plpgsql as $$
begin
    raise exception '% rows are never deleted (docs/adr/0024-quiet-periods-and-caps.md)', tg_table_name;
end $$;

create trigger subject_quiet_period_no_delete before delete on subject_quiet_period
    for each row execute function subject_quiet_never_deleted();
create trigger subject_quiet_period_no_truncate before truncate on subject_quiet_period
    for each statement execute function subject_quiet_never_deleted();
create trigger inspection_cap_no_delete before delete on inspection_cap
    for each row execute function subject_quiet_never_deleted();
create trigger inspection_cap_no_truncate before truncate on inspection_cap
    for each statement execute function subject_quiet_never_deleted();
