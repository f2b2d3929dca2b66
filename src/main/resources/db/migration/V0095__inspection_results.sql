-- 检查结果 (docs/adr/0030-recording-and-publishing-inspections.md): what whoever inspected entered once, on the visit
-- (谁检查、谁录入): the answer to each item, where, the subject's signature, the correction ordered, the name the public
-- sees, and whether the day lay after the window. The visit row keeps state, outcome, case, deadline and publication.
create table inspection_result (
    visit_id                bigint        primary key references inspection_visit (id),
    public_name             varchar(200)  not null,
    subject_kind            varchar(24)   not null,
    after_window            boolean       not null,
    latitude                numeric(9, 6) check (latitude between -90 and 90),
    longitude               numeric(9, 6) check (longitude between -180 and 180),
    accuracy_m              numeric(9, 1) check (accuracy_m >= 0),
    signature               bytea,
    signature_sha256        char(64),
    correction_deadline     date,
    correction_requirement  varchar(1000),
    matter_code             varchar(40),
    recorded_by             bigint        not null,
    recorded_at             timestamptz   not null,
    check ((latitude is null) = (longitude is null)),
    check ((signature is null) = (signature_sha256 is null)),
    check ((correction_deadline is null) = (correction_requirement is null))
);

-- The answer to each item of the visit's parts: 合格 / 不合格 / 不适用, with a note.
create table inspection_answer (
    visit_id  bigint        not null references inspection_result (visit_id),
    item_id   bigint        not null references inspection_item (id),
    verdict   varchar(16)   not null check (verdict in ('PASS', 'FAIL', 'NOT_APPLICABLE')),
    note      varchar(500),
    primary key (visit_id, item_id)
);

-- Photos taken at the visit before its result is recorded: JPEG or PNG by content, their SHA-256 kept.
create table inspection_photo (
    id            bigint generated always as identity primary key,
    visit_id      bigint        not null references inspection_visit (id),
    content_type  varchar(16)   not null check (content_type in ('image/jpeg', 'image/png')),
    size          bigint        not null check (size > 0),
    sha256        char(64)      not null,
    content       bytea         not null,
    taken_by      bigint        not null,
    uploaded_at   timestamptz   not null
);

create index inspection_photo_visit on inspection_photo (visit_id);

-- The publication deadline counted into a year whose official schedule is not loaded yet (weekends only): counted
-- again when the year is loaded.
alter table inspection_visit add column publish_due_provisional boolean not null default false;

-- The public list reads published visits by the day inspected.
create index inspection_visit_published on inspection_visit (inspected_on) where state = 'PUBLISHED';
-- The publication scan reads recorded visits by their deadline.
create index inspection_visit_publish_due on inspection_visit (publish_due) where state = 'RECORDED';

create function inspection_result_never_changed() returns trigger language plpgsql as $$
begin
    raise exception '% rows are never changed or deleted (docs/adr/0030-recording-and-publishing-inspections.md)',
        tg_table_name;
end $$;

create trigger inspection_result_no_change before update or delete on inspection_result
    for each row execute function inspection_result_never_changed();
create trigger inspection_answer_no_change before update or delete on inspection_answer
    for each row execute function inspection_result_never_changed();
create trigger inspection_photo_no_change before update or delete on inspection_photo
    for each row execute function inspection_result_never_changed();
