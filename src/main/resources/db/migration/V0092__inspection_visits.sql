-- 检查 (docs/adr/0027-visits-and-codes.md): one entry into a subject's premises, or one document or online check, by one
-- department or several together (综合查一次). Its parts are the shares of the tasks (or of a targeted reason) merged
-- into it. Each visit carries its inspection code (检查码), issued when the visit is planned from an approved task.
create table inspection_visit (
    id                  bigint generated always as identity primary key,
    subject_id          bigint        not null,
    subject_code        varchar(18)   not null,
    division_code       varchar(12)   not null,
    kind                varchar(8)    not null check (kind in ('RANDOM', 'TARGETED')),
    trigger             varchar(24)   not null,
    lead_department_id  bigint        not null references organization (id),
    department_ids      bigint[]      not null check (cardinality(department_ids) > 0),
    window_from         date          not null,
    window_until        date          not null check (window_until >= window_from),
    on_site             boolean       not null,
    code                char(12)      not null unique check (code ~ '^[0-9A-HJKMNP-TV-Z]{12}$'),
    inspectors          varchar(64)[] not null,
    state               varchar(10)   not null check (state in ('PLANNED', 'RECORDED', 'PUBLISHED', 'CANCELLED')),
    reason              varchar(1000),
    created_by          bigint        not null,
    created_at          timestamptz   not null,
    recorded_by         bigint,
    recorded_at         timestamptz,
    with_code           boolean,
    inspected_on        date,
    outcome             varchar(20)   check (outcome in ('NO_PROBLEM', 'CORRECTION_ORDERED', 'CASE_CLUE')),
    case_id             bigint,
    publish_due         date,
    published_at        timestamptz,
    check ((recorded_at is null) = (state in ('PLANNED', 'CANCELLED'))),
    check ((recorded_at is null) = (outcome is null) and (recorded_at is null) = (inspected_on is null)
           and (recorded_at is null) = (with_code is null) and (recorded_at is null) = (recorded_by is null)),
    check ((published_at is null) = (state <> 'PUBLISHED'))
);

create index inspection_visit_subject on inspection_visit (subject_id, window_from);
create index inspection_visit_division on inspection_visit (division_code, window_from);

-- A task's share of a visit (or the targeted reason's): the department, its items, its window and its drawn inspectors.
create table inspection_visit_part (
    id             bigint generated always as identity primary key,
    visit_id       bigint        not null references inspection_visit (id),
    task_id        bigint        references inspection_task (id),
    draw_id        bigint        references inspection_draw (id),
    department_id  bigint        not null references organization (id),
    item_ids       bigint[]      not null,
    window_from    date          not null,
    window_until   date          not null check (window_until >= window_from),
    inspectors     varchar(64)[] not null,
    created_at     timestamptz   not null,
    unique (visit_id, task_id)
);

create index inspection_visit_part_visit on inspection_visit_part (visit_id);
create index inspection_visit_part_task on inspection_visit_part (task_id) where task_id is not null;

-- Every use of a code by an inspector, accepted or refused (outside the window, not an inspector of the visit, a wrong
-- code): refusals are kept even though the action they refused changed nothing.
create table inspection_code_use (
    id          bigint generated always as identity primary key,
    visit_id    bigint       not null references inspection_visit (id),
    code        varchar(64)  not null,
    account_id  bigint       not null,
    used_at     timestamptz  not null,
    accepted    boolean      not null,
    refusal     varchar(64),
    check (accepted = (refusal is null))
);

create index inspection_code_use_visit on inspection_code_use (visit_id);

create trigger inspection_visit_no_delete before delete on inspection_visit
    for each row execute function inspection_never_deleted();
create trigger inspection_visit_part_no_delete before delete on inspection_visit_part
    for each row execute function inspection_never_deleted();

create function inspection_code_use_never_changed() returns trigger language plpgsql as $$
begin
    raise exception 'a use of an inspection code is never changed or deleted (docs/adr/0027-visits-and-codes.md)';
end $$;

create trigger inspection_code_use_no_change before update or delete on inspection_code_use
    for each row execute function inspection_code_use_never_changed();
