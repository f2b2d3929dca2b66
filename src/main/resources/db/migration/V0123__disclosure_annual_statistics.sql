-- 行政执法统计年报 (docs/adr/0045-annual-enforcement-statistics.md): each enforcement body's figures of a calendar year,
-- generated from the records and published as an immutable snapshot. A re-publication (a correction, with its reason)
-- is a new version; no version is ever changed or deleted, so a later correction of the records never silently
-- rewrites what was published. The body's name and seat are kept as published.
create table disclosure_statistics (
    id            bigint generated always as identity primary key,
    body_id       bigint        not null references organization (id),
    body_name     varchar(200)  not null,
    body_seat     varchar(12)   not null,
    year          integer       not null check (year between 2000 and 2100),
    version       integer       not null check (version >= 1),
    figures       json          not null,
    generated_at  timestamptz   not null,
    published_on  date          not null check (published_on > make_date(year, 12, 31)),
    on_time       boolean       not null,
    reason        varchar(500),
    published_by  bigint,
    check ((version = 1) = (reason is null)),
    unique (body_id, year, version)
);

create index disclosure_statistics_year on disclosure_statistics (year, body_id, version desc);

create function disclosure_statistics_never_changed() returns trigger language plpgsql as $$
begin
    raise exception 'a published statistics report is never changed or deleted; publish a new version (docs/adr/0045-annual-enforcement-statistics.md)';
end $$;

create trigger disclosure_statistics_no_change before update or delete on disclosure_statistics
    for each row execute function disclosure_statistics_never_changed();
