-- The company's rating of an inspection (docs/adr/0029-inspection-code-public-check-and-rating.md): given once, without
-- an account, through the inspection code, after the visit's result is recorded. Hidden from the inspecting department:
-- only supervision (司法局, supervision:review) reads it; the full-process record keeps only that the visit was rated.
create table inspection_rating (
    id        bigint generated always as identity primary key,
    visit_id  bigint        not null unique references inspection_visit (id),
    score     smallint      not null check (score between 1 and 5),
    conduct   varchar(32)[] not null default '{}',
    comment   varchar(500),
    rated_at  timestamptz   not null
);

create index inspection_rating_rated_at on inspection_rating (rated_at);

create function inspection_rating_never_changed() returns trigger language plpgsql as $$
begin
    raise exception 'a rating of an inspection is never changed or deleted (docs/adr/0029-inspection-code-public-check-and-rating.md)';
end $$;

create trigger inspection_rating_no_change before update or delete on inspection_rating
    for each row execute function inspection_rating_never_changed();
