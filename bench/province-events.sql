-- The events bench/province.sh and bench/search.sh generate (psql -v events=N -v part=P -v parts=K -v year=2025
-- -v years=1): part P of K of N events of the years ending with year in the townships of bench/province.sql, written
-- as intake stores them: channels, 95 % dispatched (to the township, a quarter to the county bureau), half of them
-- with an arrival, 90 % of those replied, 70 % of the replies rated, a few late at each step and a few reopened.
select setseed(0.17 + :part / 100.0) \g /dev/null
insert into intake_event (tracking_number, channel, request_type, description, division_code, township_code,
  priority, state, received_at, dispatch_due_on, assigned_org_id, dispatched_at, arrive_due_at, arrived_at,
  reply_due_on, replied_at, satisfaction, rated_at, reopen_count, updated_at)
select 'PB' || g, channel, 'COMPLAINT', '（压测）事件', township, township, 'NORMAL',
  case when rated then 'RATED' when replied then 'REPLIED' when dispatched then 'DISPATCHED' else 'RECEIVED' end,
  received, (received at time zone 'Asia/Shanghai')::date + 1, case when dispatched then body end,
  dispatched_at, case when arrival then dispatched_at + interval '2 hours' end,
  case when arrival then dispatched_at + (case when r3 < 0.07 then 130 + r4 * 200 else 15 + r4 * 100 end) * interval '1 minute' end,
  case when dispatched then (received at time zone 'Asia/Shanghai')::date + 5 end, replied_at,
  case when rated then case when r4 < 0.7 then 'SATISFIED' when r4 < 0.9 then 'BASICALLY_SATISFIED' else 'DISSATISFIED' end end,
  case when rated then replied_at + interval '1 day' end, case when replied and r5 < 0.03 then 1 else 0 end,
  received
from (select *,
        received + case when r2 < 0.04 then interval '50 hours' else r3 * interval '6 hours' end as dispatched_at,
        received + case when r3 < 0.08 then interval '7 days' else (1 + r4 * 3) * interval '1 day' end as replied_at
      from (select g, b.township, case when r1 < 0.25 then b.county_body else b.township_body end as body,
              case when r1 < 0.45 then 'HOTLINE_12345' when r1 < 0.75 then 'GRID' when r1 < 0.85 then 'DISPATCHER'
                when r1 < 0.95 then 'PUBLIC_PORTAL' else 'OPEN311' end as channel,
              (date ((:year - :years + 1) || '-01-01') + floor(random() * 365 * :years)::int)::timestamp at time zone 'Asia/Shanghai'
                + (7 + random() * 14) * interval '1 hour' as received,
              r2 < 0.95 as dispatched, r2 < 0.95 and r3 < 0.5 as arrival, r2 < 0.95 and r5 < 0.9 as replied,
              r2 < 0.95 and r5 < 0.63 as rated, r1, r2, r3, r4, r5
            from (select g, random() as r1, random() as r2, random() as r3, random() as r4, random() as r5,
                    1 + floor(power(random(), 1.6) * (select count(*) from bench_body))::int as i
                  from generate_series(1, :events) g where g % :parts = :part) x
            join bench_body b on b.i = x.i) y) z;
