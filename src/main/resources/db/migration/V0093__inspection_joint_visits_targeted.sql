-- 综合查一次 (docs/adr/0028-joint-visits.md): a part looks for a visit still PLANNED of the same subject to join.
create index inspection_visit_open on inspection_visit (subject_id, id) where state = 'PLANNED';
create index inspection_visit_part_department on inspection_visit_part (department_id, visit_id);

-- 个案 (targeted) inspections (docs/adr/0028-joint-visits.md): asked for by a department's staff with the trigger, the
-- reason, the published items, the window and at least two certified inspectors of the department; a head approves
-- (the visit is planned then, with its code) or refuses. Never deleted; decided once.
create table inspection_targeted (
    id              bigint generated always as identity primary key,
    subject_id      bigint        not null,
    subject_code    varchar(18)   not null,
    division_code   varchar(12)   not null,
    department_id   bigint        not null references organization (id),
    item_ids        bigint[]      not null check (cardinality(item_ids) > 0),
    trigger         varchar(24)   not null check (trigger not in ('ROUTINE', 'CAMPAIGN', 'CAMPAIGN_BY_SUPERIOR')),
    reason          varchar(1000) not null,
    window_from     date          not null,
    window_until    date          not null check (window_until >= window_from),
    on_site         boolean       not null,
    inspectors      varchar(64)[] not null check (cardinality(inspectors) >= 2),
    state           varchar(10)   not null check (state in ('REQUESTED', 'APPROVED', 'REFUSED')),
    requested_by    bigint        not null,
    requested_at    timestamptz   not null,
    decided_by      bigint,
    decided_at      timestamptz,
    decision_note   varchar(1000),
    visit_id        bigint        references inspection_visit (id),
    check ((decided_at is null) = (state = 'REQUESTED') and (decided_at is null) = (decided_by is null)),
    check ((visit_id is not null) = (state = 'APPROVED'))
);

create index inspection_targeted_division on inspection_targeted (division_code, requested_at);

create trigger inspection_targeted_no_delete before delete on inspection_targeted
    for each row execute function inspection_never_deleted();
