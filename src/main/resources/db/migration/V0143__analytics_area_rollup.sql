-- The dashboards above a county (docs/adr/0050-dashboards-and-projections.md, "Reading a dashboard: above a county"):
-- a province's or prefecture's view reads these, not the township × body counters. The same sums as
-- analytics_counter without the body, per area: every contribution adds to its province (first 2 digits), its
-- prefecture (first 4) and its county (first 6) — as far as its place goes, so an item placed at a prefecture adds to
-- the province's and the prefecture's rows only. A view of area A reads A's own row (its total) and its children's
-- (the codes two digits longer). Kept by the same difference in the same refresh, recounted with the counters.
create table analytics_area_day (
    division_code varchar(12)    not null,
    day           date           not null,
    measure       varchar(40)    not null,
    dim           varchar(40)    not null,
    n             bigint         not null,
    amount        numeric(18, 2) not null,
    primary key (division_code, day, measure, dim)
);
create index analytics_area_day_period_idx on analytics_area_day (day, length(division_code), division_code text_pattern_ops);

create table analytics_area_month (
    division_code varchar(12)    not null,
    month         date           not null check (extract(day from month) = 1),
    measure       varchar(40)    not null,
    dim           varchar(40)    not null,
    n             bigint         not null,
    amount        numeric(18, 2) not null,
    primary key (division_code, month, measure, dim)
);
create index analytics_area_month_period_idx on analytics_area_month (month, length(division_code), division_code text_pattern_ops);

insert into analytics_area_day (division_code, day, measure, dim, n, amount)
select a.code, c.day, c.measure, c.dim, sum(c.n), sum(c.amount)
from analytics_counter c cross join lateral (select distinct left(c.division_code, k) as code from unnest(array[2, 4, 6]) k) a
group by 1, 2, 3, 4;
insert into analytics_area_month (division_code, month, measure, dim, n, amount)
select division_code, day - extract(day from day)::int + 1, measure, dim, sum(n), sum(amount)
from analytics_area_day group by 1, 2, 3, 4;

-- A prefecture's bodies are ranked from the counters of the ranked measures only: the period, then the measure, then
-- the division prefix. These replace the period-first indexes of V0134, which only the views above a county used.
drop index analytics_counter_month_period_idx;
drop index analytics_counter_period_idx;
create index analytics_counter_month_measure_idx on analytics_counter_month (month, measure, division_code text_pattern_ops);
create index analytics_counter_measure_idx on analytics_counter (day, measure, division_code text_pattern_ops);
