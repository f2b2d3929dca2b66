-- The cases bench/alerts.sh generates (psql -v cases=N): spread over 海西's county bureaus, each naming two of its
-- officers, with their clocks and evidence (docs/adr/0036-supervisors-alert-board.md).
create temporary table bench_body as
  select o.id as org, o.division_code as div, array_agg(p.id order by p.id) as persons
  from organization o join person p on p.organization_id = o.id and p.category = 'ESTABLISHMENT'
  where o.kind = 'ENFORCEMENT_BUREAU' and o.division_code like '6328%'
  group by o.id, o.division_code having count(*) >= 2;
create temporary table bench_case as
  select g, b.org, b.div, b.persons, (g % 10) as kind, date '2024-01-01' + (g % 1000) as filed
  from generate_series(1, :cases) g
  join lateral (select * from bench_body order by org offset (g % (select count(*) from bench_body)) limit 1) b on true;
-- kinds: 0–5 closed and paid; 6 closed, fine at the maximum; 7 closed without a payment record; 8 investigating;
-- 9 decided, evidence after the decision
insert into penalty_case (procedure, stage, matter_code, matter_version, place_code, acting_org_id, name_org_id,
  enforcement_mode, party_type, party_name, facts, penalty_kinds, fine, decided_on, recorded_by, recorded_at,
  discovered_on, filed_on, outcome, paid_amount, paid_on, closed_on, payment_reference)
select 'GENERAL', case when kind = 8 then 'INVESTIGATING' when kind = 9 then 'EXECUTION' else 'CLOSED' end,
  'HX-CG-009', 1, div, org, org, 'OWN_POWER', 'ORGANISATION', '（压测）' || g || '号有限公司', '压测案件',
  '{FINE}', case when kind = 6 then 20000 when kind = 8 then null else 500 + (g % 190) * 100 end,
  case when kind = 8 then null else filed + 40 end, 0, now(), filed - 5, filed,
  case when kind = 8 then null else 'PENALTY' end,
  case when kind between 0 and 6 then case when kind = 6 then 20000 else 500 + (g % 190) * 100 end end,
  case when kind between 0 and 6 then filed + 50 end,
  case when kind between 0 and 7 then filed + 60 + (g % 3) * 20 end, 'BENCH' || g
from bench_case order by g;
create temporary table bench_ids as
  select c.id, b.* from bench_case b join penalty_case c on c.payment_reference = 'BENCH' || b.g;
insert into case_officer (case_id, person_id, certificate_no)
  select id, persons[1 + (g % cardinality(persons))], 'BENCH' from bench_ids
  union all
  select id, persons[1 + ((g + 1 + (g / 7) % (cardinality(persons) - 1)) % cardinality(persons))], 'BENCH' from bench_ids;
insert into case_clock (case_id, kind, unit, started_on, length_units, due_on, state, ended_on)
  select id, 'CLUE_VERIFICATION', 'WORKING_DAYS', filed - 5, 15, filed + 16, 'MET',
    case when g % 50 = 0 then filed + 20 else filed end from bench_ids
  union all
  select id, 'DECISION', 'DAYS', filed, 90, filed + 90, case when kind = 8 then 'RUNNING' else 'MET' end,
    case when kind = 8 then null else filed + 40 end from bench_ids
  union all
  select id, 'CLOSING', 'WORKING_DAYS', filed + 50, 15, filed + 71, 'MET', filed + 60 + (g % 3) * 20
  from bench_ids where kind between 0 and 7;
insert into evidence (owner_kind, owner_id, evidence_type, title, source, collected_at, place, file_name, content_type,
  size_bytes, sha256, store, storage_key, uploaded_by, uploaded_at)
  select 'CASE', id, 'INSPECTION_RECORD', '压测笔录', '压测', (filed + case when kind = 9 then 45 else 10 end)::timestamptz,
    '压测', 'bench.txt', 'text/plain', 1, repeat('0', 64), 'LOCAL', 'bench/' || id, 0, now()
  from bench_ids;
analyze;
