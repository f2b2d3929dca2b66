-- The province bench/province.sh and bench/search.sh generate (generate_province in bench/lib.sh: psql -v province=33
-- -v cases=N -v people=N -v year=2025 -v years=1): a body per county (综合行政执法局) and per township (乡镇人民政府 /
-- 街道办事处, acting for empowered matters and receiving dispatched events) of the province's real divisions, people
-- in them, and N cases of the years ending with year with their clocks (those of the years before it nearly all
-- closed), written as casehandling stores them (docs/adr/0050-dashboards-and-projections.md reads these columns).
-- The events come from bench/province-events.sql. Every generated row is marked （压测） or BENCH.
select setseed(0.17) \g /dev/null
create table bench_township as
  select t.code as township, t.name, t.parent_code as county, row_number() over (order by t.code) as i
  from division t join division c on c.code = t.parent_code
  where t.code like :'province' || '%' and length(t.code) = 9;
insert into organization (code, name, kind, division_code, created_at)
  select 'BENCH-' || c.code, c.name || '综合行政执法局（压测）', 'ENFORCEMENT_BUREAU', c.code, now()
  from division c where c.code in (select county from bench_township)
  union all
  select 'BENCH-' || township, name || '（压测）', 'TOWNSHIP_GOVERNMENT', township, now() from bench_township
  union all
  select 'BENCH-' || :'province' || '-GOV', name || '人民政府（压测）', 'GOVERNMENT', code, now()
  from division where code = :'province'
  union all
  select 'BENCH-' || :'province' || '-JUD', name || '司法厅（压测）', 'JUDICIAL_BUREAU', code, now()
  from division where code = :'province';
insert into organization_territory (organization_id, division_code)
  select id, division_code from organization where code like 'BENCH-%';
create table bench_body as
  select t.i, t.township, t.county, g.id as township_body, b.id as county_body
  from bench_township t join organization g on g.code = 'BENCH-' || t.township
  join organization b on b.code = 'BENCH-' || t.county;
create unique index on bench_body (i);
analyze bench_body;

-- people: 60 % in the county bureaus, 40 % in the townships; establishment, auxiliary and grid workers
insert into person (organization_id, name, category, post_kind, legal_qualified, joined_on)
  select case when g % 10 < 6 then b.county_body else b.township_body end, '压测人员' || g,
    case when g % 10 < 6 then 'ESTABLISHMENT' when g % 10 < 9 then 'AUXILIARY' else 'GRID_WORKER' end,
    case when g % 10 < 6 then 'ADMINISTRATIVE' end, g % 10 = 0, date '2010-01-01' + g % 5000
  from generate_series(1, :people) g join bench_body b on b.i = 1 + g % (select count(*) from bench_body);

-- the matters cases are about: the penalty matters of the catalogue, whatever their domain
create table bench_matter as
  select row_number() over (order by m.code, v.version) as i, m.code, v.version
  from matter m join matter_version v on v.matter_id = m.id where m.kind = 'PENALTY';
analyze bench_matter;

-- cases: a township drawn at random (skewed: some townships have many times the cases of others), a day of the year,
-- a procedure and a stage
create table bench_case as
  select g, b.township, b.county_body, b.township_body, m.code as matter, m.version, day, r1, r2, r3, r4, r5
  from (select g, 1 + floor(power(random(), 1.6) * (select count(*) from bench_body))::int as body,
          1 + floor(random() * (select count(*) from bench_matter))::int as matter,
          date ((:year - :years + 1) || '-01-01') + floor(random() * 365 * :years)::int as day, random() as r1,
          random() as r2, random() as r3, random() as r4, random() as r5
        from generate_series(1, :cases) g) x
  join bench_body b on b.i = x.body
  join bench_matter m on m.i = x.matter;
create table bench_case2 as
  select g, township, case when r5 < 0.75 then county_body else township_body end as body, matter, version,
    case when r1 < 0.35 then 'SIMPLE' else 'GENERAL' end as procedure,
    -- the cases of the years before the last closed but for a few
    case when day < date (:year || '-01-01') and random() < 0.98 then 'CLOSED'
      when r1 < 0.35 then case when r2 < 0.9 then 'CLOSED' else 'EXECUTION' end
      else case when r2 < 0.04 then 'CLUE' when r2 < 0.16 then 'INVESTIGATING' when r2 < 0.17 then 'SUSPENDED'
        when r2 < 0.20 then 'REVIEW' when r2 < 0.22 then 'PROPOSAL' when r2 < 0.25 then 'NOTICE'
        when r2 < 0.26 then 'HEARING' when r2 < 0.28 then 'DECISION_PENDING' when r2 < 0.32 then 'DECIDED'
        when r2 < 0.42 then 'EXECUTION' else 'CLOSED' end end as stage,
    day, r3, r4,
    -- filing 6 % late, decision 5 % late, payment 12 % late
    case when r3 < 0.06 then 16 + floor(r4 * 10)::int else 1 + floor(r4 * 14)::int end as filing_days,
    case when r4 < 0.05 then 91 + floor(r3 * 30)::int else 20 + floor(r3 * 69)::int end as decision_days,
    case when r3 > 0.88 then 16 + floor(r4 * 20)::int else 1 + floor(r4 * 15)::int end as payment_days
  from bench_case;
drop table bench_case;
insert into penalty_case (procedure, stage, matter_code, matter_version, place_code, acting_org_id, name_org_id,
  enforcement_mode, party_type, party_name, facts, penalty_kinds, fine, decided_on, recorded_by, recorded_at,
  discovered_on, filed_on, outcome, paid_amount, paid_on, closed_on, payment_reference)
select procedure, stage, matter, version, township, body, body, 'OWN_POWER',
  case when g % 3 = 0 then 'ORGANISATION' else 'NATURAL_PERSON' end, '（压测）当事人' || g, '压测案件', '{FINE}',
  case when decided then fine end, case when decided then decided_on end, 0,
  (day::timestamp + interval '9 hours') at time zone 'Asia/Shanghai', day - filing_days,
  case when procedure = 'GENERAL' and stage <> 'CLUE' then day end,
  case when decided then 'PENALTY' end,
  case when paid then fine end, case when paid then decided_on + payment_days end,
  case when stage = 'CLOSED' then coalesce(case when paid then decided_on + payment_days end, decided_on) + 3 end,
  'BENCH' || g
from (select *, stage in ('DECIDED', 'EXECUTION', 'CLOSED') as decided,
        stage = 'CLOSED' and r4 < 0.95 as paid,
        case when procedure = 'SIMPLE' then day else day + decision_days end as decided_on,
        case when procedure = 'SIMPLE' then round((20 + r3 * 180)::numeric, 2)
          else round((200 + power(r4, 3) * 49800)::numeric, 2) end as fine
      from bench_case2) c
order by g;
create table bench_ids as
  select p.id, c.procedure, c.stage, c.day, c.filing_days, c.decision_days, c.payment_days, p.decided_on, p.paid_on
  from bench_case2 c join penalty_case p on p.payment_reference = 'BENCH' || c.g;
drop table bench_case2;
insert into case_clock (case_id, kind, unit, started_on, length_units, due_on, state, ended_on)
  select id, 'CLUE_VERIFICATION', 'DAYS', day - filing_days, 15, day - filing_days + 15, 'MET', day
  from bench_ids where procedure = 'GENERAL' and stage <> 'CLUE'
  union all
  select id, 'DECISION', 'DAYS', day, 90, day + 90, case when decided_on is null then 'RUNNING' else 'MET' end,
    decided_on
  from bench_ids where procedure = 'GENERAL' and stage <> 'CLUE'
  union all
  select id, 'PAYMENT', 'DAYS', decided_on + 1, 15, decided_on + 16,
    case when paid_on is not null then 'MET' when decided_on + 16 < current_date then 'LAPSED' else 'RUNNING' end,
    paid_on
  from bench_ids where decided_on is not null;
drop table bench_ids;
