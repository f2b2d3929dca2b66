-- Dashboards' projections (docs/adr/0050-dashboards-and-projections.md): kept current from the typed events.
-- analytics_fact: one row per item (a case, an event, a whistle, an inspection visit) with what it adds to the
-- counters — a JSON array of {division, body, measure, dim, day, n, amount}; a listener replaces it and applies the
-- difference between the old and the new array to the counters in the same transaction, so a redelivered event
-- changes nothing.
create table analytics_fact (
    kind          varchar(10) not null check (kind in ('CASE', 'EVENT', 'WHISTLE', 'VISIT')),
    item_id       bigint      not null,
    contributions jsonb       not null,
    refreshed_at  timestamptz not null,
    primary key (kind, item_id)
);

-- analytics_counter: the sums a dashboard reads, per Beijing day, township (the first 9 digits of the item's
-- division; a county-level item keeps its 6 digits), body (0: none yet) and measure/dimension. A view reads
-- O(divisions × days × measures) rows by the division-code prefix (4 prefecture, 6 county, 9 township).
create table analytics_counter (
    division_code varchar(12)    not null,
    day           date           not null,
    body_id       bigint         not null,
    measure       varchar(40)    not null,
    dim           varchar(40)    not null,
    n             bigint         not null,
    amount        numeric(18, 2) not null,
    primary key (division_code, day, body_id, measure, dim)
);
create index analytics_counter_prefix_idx on analytics_counter (division_code text_pattern_ops, day);
create index analytics_counter_body_idx on analytics_counter (body_id, day);
