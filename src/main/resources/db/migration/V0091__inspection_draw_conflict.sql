-- Declared conflicts of interest for the draw (docs/adr/0026-the-draw.md): the inspector with this certificate is
-- never drawn for this subject while the declaration is not ended. Ended, never deleted.
create table inspection_draw_conflict (
    id                     bigint generated always as identity primary key,
    certificate_number     varchar(64)  not null check (length(btrim(certificate_number)) > 0),
    subject_code           varchar(18)  not null check (length(btrim(subject_code)) > 0),
    reason                 varchar(500) not null check (length(btrim(reason)) > 0),
    declared_by_account_id bigint       not null,
    declared_at            timestamptz  not null,
    ended_at               timestamptz
);

create index inspection_draw_conflict_open on inspection_draw_conflict (subject_code) where ended_at is null;

create function inspection_draw_conflict_never_deleted() returns trigger language plpgsql as $$
begin
    raise exception 'declared conflicts are ended, never deleted (docs/adr/0026-the-draw.md)';
end $$;

create trigger inspection_draw_conflict_no_delete before delete on inspection_draw_conflict
    for each row execute function inspection_draw_conflict_never_deleted();
