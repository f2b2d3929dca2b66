-- 抽查事项清单, annual plans and their tasks (docs/adr/0025-inspection-items-and-plans.md). An item version is never
-- changed once published and never deleted: editing writes the next version of the same series; a task pins versions.

create table inspection_item (
    id                bigint generated always as identity primary key,
    series_id         bigint        not null,
    version           integer       not null check (version >= 1),
    department_id     bigint        not null references organization (id),
    name              varchar(200)  not null check (length(btrim(name)) > 0),
    legal_basis       varchar(1000) not null check (length(btrim(legal_basis)) > 0),
    subject_kinds     varchar(32)[] not null check (cardinality(subject_kinds) > 0),
    content           varchar(2000) not null check (length(btrim(content)) > 0),
    method            varchar(16)   not null check (method in ('DOCUMENT', 'ON_SITE', 'ONLINE', 'SAMPLING', 'OTHER')),
    key_item          boolean       not null,
    created_by        bigint        not null,
    created_at        timestamptz   not null,
    published_at      timestamptz,
    published_by      bigint,
    unique (series_id, version),
    check ((published_at is null) = (published_by is null))
);

create index inspection_item_department on inspection_item (department_id, series_id, version);

-- A plan of a body at county level or above for a year, with the joint departments (one of them the lead).
create table inspection_plan (
    id              bigint generated always as identity primary key,
    body_id         bigint        not null references organization (id),
    year            integer       not null check (year between 2000 and 2100),
    name            varchar(200)  not null check (length(btrim(name)) > 0),
    lead_id         bigint        not null references organization (id),
    department_ids  bigint[]      not null check (cardinality(department_ids) > 0),
    created_by      bigint        not null,
    created_at      timestamptz   not null
);

-- A task: departments, pinned item versions, the target population rule, per class a ratio or a count, a window.
-- DRAFT → APPROVED → DRAWN → DONE; an approved task is never edited (a new task names the one it replaces and why).
create table inspection_task (
    id              bigint generated always as identity primary key,
    plan_id         bigint        not null references inspection_plan (id),
    name            varchar(200)  not null check (length(btrim(name)) > 0),
    department_ids  bigint[]      not null check (cardinality(department_ids) > 0),
    item_ids        bigint[]      not null check (cardinality(item_ids) > 0),
    subject_kinds   varchar(32)[] not null check (cardinality(subject_kinds) > 0),
    division_code   varchar(12)   not null,
    issuer_codes    varchar(18)[] not null check (cardinality(issuer_codes) > 0),
    strata          jsonb         not null,
    window_from     date          not null,
    window_until    date          not null check (window_until >= window_from),
    state           varchar(8)    not null check (state in ('DRAFT', 'APPROVED', 'DRAWN', 'DONE')),
    replaces_id     bigint        references inspection_task (id),
    replace_reason  varchar(500),
    created_by      bigint        not null,
    created_at      timestamptz   not null,
    approved_by     bigint,
    approved_at     timestamptz,
    check ((replaces_id is null) = (replace_reason is null)),
    check ((approved_at is null) = (approved_by is null))
);

create index inspection_task_plan on inspection_task (plan_id);

create function inspection_never_deleted() returns trigger language plpgsql as $$
begin
    raise exception '% rows are never deleted (docs/adr/0025-inspection-items-and-plans.md)', tg_table_name;
end $$;

create trigger inspection_item_no_delete before delete on inspection_item
    for each row execute function inspection_never_deleted();
create trigger inspection_task_no_delete before delete on inspection_task
    for each row execute function inspection_never_deleted();
