-- Month rollup of the dashboards' counters (docs/adr/0050-dashboards-and-projections.md, "Scale: what was measured"):
-- the same sums as analytics_counter per calendar month (its first day) instead of per day, kept by the same
-- difference in the same transaction and recounted with it. A period reads its whole months here and only its partial
-- edge months from analytics_counter, so a year reads 12 rows per key instead of 365.
create table analytics_counter_month (
    division_code varchar(12)    not null,
    month         date           not null check (extract(day from month) = 1),
    body_id       bigint         not null,
    measure       varchar(40)    not null,
    dim           varchar(40)    not null,
    n             bigint         not null,
    amount        numeric(18, 2) not null,
    primary key (division_code, month, body_id, measure, dim)
);
create index analytics_counter_month_prefix_idx on analytics_counter_month (division_code text_pattern_ops, month);

insert into analytics_counter_month (division_code, month, body_id, measure, dim, n, amount)
select division_code, day - extract(day from day)::int + 1, body_id, measure, dim, sum(n), sum(amount)
from analytics_counter group by 1, 2, 3, 4, 5;
