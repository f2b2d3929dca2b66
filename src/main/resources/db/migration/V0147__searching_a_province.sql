-- The worklist, the case list and the subjects by name at the scale of a province (issue 18;
-- docs/adr/0058-searching-a-province.md). "if not exists": a large database may have them built ahead (create index
-- concurrently), outside the window of the release that brings this migration.
-- The worklist: a body's open general cases found without reading the others, and each one's nearest running clock
-- read from the index alone.
create index if not exists penalty_case_open_acting_idx on penalty_case (acting_org_id)
    where procedure = 'GENERAL' and stage <> 'CLOSED';
create index if not exists case_clock_running_case_idx on case_clock (case_id, due_on) include (kind, provisional)
    where state = 'RUNNING';
-- The case list, newest first: walked in its order, for a jurisdiction of one county (or a part of one) within the
-- county, for a wider one over every case.
create index if not exists penalty_case_county_listed_idx
    on penalty_case (left(place_code, 6), decided_on desc, id desc);
create index if not exists penalty_case_listed_idx on penalty_case (decided_on desc, id desc);
-- The subjects by name within a jurisdiction: the names' trigrams and the division in one index, so that words common
-- to many names are looked for in the caller's divisions only (the single-column index it replaces served a
-- jurisdiction by reading every name found province-wide).
-- btree_gin is a trusted extension (PostgreSQL 13+), shipped with the server as pg_trgm is
create extension if not exists btree_gin;
create index if not exists market_subject_division_name
    on market_subject using gin (division_code, name gin_trgm_ops);
drop index if exists market_subject_name_trgm;
