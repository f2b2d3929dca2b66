-- Subjects tagged to the department responsible for them, besides the licences it issued: the target library of
-- docs/adr/0025-inspection-items-and-plans.md. A tag is ended (untagged_at), never deleted.
create table inspection_target_tag (
    id             bigint generated always as identity primary key,
    department_id  bigint       not null references organization (id),
    subject_id     bigint       not null references market_subject (id),
    tagged_by      bigint       not null,
    tagged_at      timestamptz  not null,
    untagged_by    bigint,
    untagged_at    timestamptz,
    check ((untagged_at is null) = (untagged_by is null))
);

create unique index inspection_target_tag_current on inspection_target_tag (department_id, subject_id)
    where untagged_at is null;

create trigger inspection_target_tag_no_delete before delete on inspection_target_tag
    for each row execute function inspection_never_deleted();
