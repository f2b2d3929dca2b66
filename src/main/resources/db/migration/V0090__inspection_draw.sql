-- 双随机 draws (docs/adr/0026-the-draw.md): one row per draw, never changed or deleted; a new draw for the same purpose
-- is a new row with its reason. strata holds what the public sees ({stratum, size, n, drawn: [shown codes]});
-- population is the exact text whose SHA-256 is population_sha256; subjects holds the real codes drawn with the
-- eligible and drawn inspectors of each.
create table inspection_draw (
    id                      bigint generated always as identity primary key,
    task_id                 bigint,
    name                    varchar(200)  not null check (length(btrim(name)) > 0),
    reason                  varchar(1000) not null check (length(btrim(reason)) > 0),
    drawn_at                timestamptz   not null,
    seed                    char(64)      not null check (seed ~ '^[0-9a-f]{64}$'),
    population_sha256       char(64)      not null check (population_sha256 ~ '^[0-9a-f]{64}$'),
    inspectors_per_subject  integer       not null check (inspectors_per_subject >= 0),
    strata                  jsonb         not null,
    subjects                jsonb         not null,
    population              text          not null,
    drawn_by_account_id     bigint        not null,
    drawn_by_org_id         bigint        not null
);

create index inspection_draw_task on inspection_draw (task_id) where task_id is not null;

create function inspection_draw_never_changed() returns trigger language plpgsql as $$
begin
    raise exception 'a draw is never changed or deleted: a new draw is a new row (docs/adr/0026-the-draw.md)';
end $$;

create trigger inspection_draw_no_change before update or delete on inspection_draw
    for each row execute function inspection_draw_never_changed();
create trigger inspection_draw_no_truncate before truncate on inspection_draw
    for each statement execute function inspection_draw_never_changed();
