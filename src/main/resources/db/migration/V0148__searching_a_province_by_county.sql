-- Searching a province, second step (docs/adr/0058-searching-a-province.md).
-- The worklist's open cases of a body read from the index alone, with the place the jurisdiction is checked against:
-- the rows of the 500 it answers are the only ones read.
create index if not exists penalty_case_open_acting_place_idx on penalty_case (acting_org_id, id) include (place_code)
    where procedure = 'GENERAL' and stage <> 'CLOSED';
drop index if exists penalty_case_open_acting_idx;
-- The subjects by name within one county: its part of the names' trigram index is read by equality. The ranges of
-- division codes V0147's index was read by cost more than they saved (a partial match collects every code in range).
create index if not exists market_subject_county_name
    on market_subject using gin (left(division_code, 6), name gin_trgm_ops);
drop index if exists market_subject_division_name;
