-- The inspectors' library (docs/adr/0032-inspectors-library-and-recusal.md). The inspectors themselves come from the
-- organisation module (a department's people in post holding a valid enforcement certificate); here are only what the
-- inspection work adds: expertise tags on them, the assistants (experts and testing bodies, never inspectors, never
-- counted), the assistants attached to a visit, and who ended a declared conflict. Tags and assistants are ended,
-- never deleted; an attachment is never changed.
create table inspection_inspector_tag (
    id             bigint generated always as identity primary key,
    department_id  bigint       not null references organization (id),
    person_id      bigint       not null references person (id),
    tag            varchar(20)  not null check (length(btrim(tag)) > 0 and tag = btrim(tag)),
    tagged_by      bigint       not null,
    tagged_at      timestamptz  not null,
    ended_by       bigint,
    ended_at       timestamptz,
    check ((ended_at is null) = (ended_by is null))
);

create unique index inspection_inspector_tag_current on inspection_inspector_tag (department_id, person_id, tag)
    where ended_at is null;

create trigger inspection_inspector_tag_no_delete before delete on inspection_inspector_tag
    for each row execute function inspection_never_deleted();

create table inspection_assistant (
    id             bigint generated always as identity primary key,
    department_id  bigint        not null references organization (id),
    kind           varchar(12)   not null check (kind in ('EXPERT', 'TESTING_BODY')),
    name           varchar(200)  not null check (length(btrim(name)) > 0),
    organisation   varchar(200)  not null check (length(btrim(organisation)) > 0),
    expertise      varchar(200)  not null check (length(btrim(expertise)) > 0),
    registered_by  bigint        not null,
    registered_at  timestamptz   not null,
    ended_by       bigint,
    ended_at       timestamptz,
    check ((ended_at is null) = (ended_by is null))
);

create index inspection_assistant_department on inspection_assistant (department_id);

create trigger inspection_assistant_no_delete before delete on inspection_assistant
    for each row execute function inspection_never_deleted();

create table inspection_visit_assistant (
    id            bigint generated always as identity primary key,
    visit_id      bigint       not null references inspection_visit (id),
    assistant_id  bigint       not null references inspection_assistant (id),
    added_by      bigint       not null,
    added_at      timestamptz  not null,
    unique (visit_id, assistant_id)
);

create function inspection_visit_assistant_never_changed() returns trigger language plpgsql as $$
begin
    raise exception 'an assistant attached to a visit is never changed or removed (docs/adr/0032-inspectors-library-and-recusal.md)';
end $$;

create trigger inspection_visit_assistant_no_change before update or delete on inspection_visit_assistant
    for each row execute function inspection_visit_assistant_never_changed();

-- Who ended a declared conflict (ended_at is in V0091) and why.
alter table inspection_draw_conflict add column ended_by bigint;
alter table inspection_draw_conflict add column end_reason varchar(500);
alter table inspection_draw_conflict add constraint inspection_draw_conflict_ended
    check ((ended_at is null) = (ended_by is null) and (ended_at is null) = (end_reason is null));
