#!/usr/bin/env bash
# Benchmark: the supervisor's alert board (docs/adr/0036-supervisors-alert-board.md) on a fresh embedded database —
# GET /api/v1/supervision/alerts as hx.supervisor (海西州司法局) over the demo, then after 100,000 generated
# general-procedure cases written by SQL straight into the same scratch database (spread over 海西's seven county
# bureaus, each with two of its officers, clocks met late or running overdue, fines at and below the statutory maximum,
# a share closed without a payment record, evidence after the decision). Prints the board's time (best and median
# of several calls after a warm-up, and the time the server itself reports), the alerts, and the application's
# memory. Changes nothing outside a temporary data directory. Needs psql (Debian's postgresql-client).
# Usage: bench/alerts.sh [CASES=100000] [CALLS=7]
set -euo pipefail
cd "$(dirname "$0")/.."
CASES=${1:-100000}
CALLS=${2:-7}
PORT=${PORT:-18095}
DATA=$(mktemp -d)
trap 'kill ${APP:-} 2>/dev/null || true; wait ${APP:-} 2>/dev/null || true; rm -rf "$DATA"' EXIT

./mvnw -q -DskipTests package
java -jar target/oneteam-0.1.0-SNAPSHOT.jar --spring.profiles.active=demo --server.port="$PORT" \
  --oneteam.embedded-postgres.data-dir="$DATA/postgres" > "$DATA/app.log" 2>&1 &
APP=$!
until grep -qs "OneTeam is ready" "$DATA/app.log"; do sleep 0.2; kill -0 $APP || { cat "$DATA/app.log"; exit 1; }; done
grep -o "OneTeam is ready in [0-9]* ms" "$DATA/app.log"
echo "$(nproc) CPU cores, $(java -version 2>&1 | head -1)"

export PGHOST=localhost PGUSER=postgres
# the embedded server asks for the password it generated (docs/adr/0008-embedded-database-durability.md)
PGPASSWORD=$(cat "$DATA/postgres/oneteam-postgres.secret")
export PGPASSWORD
PGPORT=$(grep -o "Embedded PostgreSQL started on port [0-9]*" "$DATA/app.log" | grep -o "[0-9]*$")
export PGPORT
DB=$(psql -Atc "select datname from pg_database where datname not in ('postgres', 'template0', 'template1') limit 1" -d postgres)
SQL() { psql -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }

# a READ token for hx.supervisor, in the scratch database only
TOKEN="ot_bench_alerts_$(date +%s%N)"
SQL -c "insert into api_token (account_id, name, token_hash, created_at, expires_at, scope)
  select id, 'bench', encode(sha256(convert_to('$TOKEN', 'UTF8')), 'hex'), now(), now() + interval '1 day', 'READ'
  from account where username = 'hx.supervisor'"

board() {
  local times=() server
  for i in $(seq 0 "$CALLS"); do
    local start end
    start=$(date +%s%N)
    curl -sf -H "Authorization: Bearer $TOKEN" "http://localhost:$PORT/api/v1/supervision/alerts" > "$DATA/board.json"
    end=$(date +%s%N)
    if [ "$i" -gt 0 ]; then times+=($(( (end - start) / 1000000 ))); fi
  done
  server=$(grep -o '"millis":[0-9]*' "$DATA/board.json" | grep -o "[0-9]*$")
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  echo "board: best ${sorted[0]} ms, median ${sorted[$(( ${#sorted[@]} / 2 ))]} ms over ${#sorted[@]} calls (HTTP);" \
    "the server's own figure ${server} ms; $(grep -o '"pattern"' "$DATA/board.json" | wc -l) alerts," \
    "$(wc -c < "$DATA/board.json") bytes"
  grep -o '"pattern":"[A-Z_]*"' "$DATA/board.json" | sort | uniq -c | awk '{printf "  %s %s\n", $1, $2}'
}

echo "--- over the demo: $(SQL -Atc 'select count(*) from penalty_case') cases"
board
echo "application resident memory: $(ps -o rss= -p $APP | awk '{printf "%d MB", $1 / 1024}')"

echo "--- generating $CASES cases by SQL"
GEN_START=$(date +%s%N)
SQL <<SQL
create temporary table bench_body as
  select o.id as org, o.division_code as div, array_agg(p.id order by p.id) as persons
  from organization o join person p on p.organization_id = o.id and p.category = 'ESTABLISHMENT'
  where o.kind = 'ENFORCEMENT_BUREAU' and o.division_code like '6328%'
  group by o.id, o.division_code having count(*) >= 2;
create temporary table bench_case as
  select g, b.org, b.div, b.persons, (g % 10) as kind, date '2024-01-01' + (g % 1000) as filed
  from generate_series(1, $CASES) g
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
SQL
echo "generated in $(( ($(date +%s%N) - GEN_START) / 1000000 )) ms: $(SQL -Atc 'select count(*) from penalty_case') cases," \
  "$(SQL -Atc 'select count(*) from case_clock') clocks, $(SQL -Atc 'select count(*) from case_officer') officers named," \
  "$(SQL -Atc 'select count(*) from evidence') evidence items"

echo "--- over the demo and $CASES generated cases"
board
echo "application resident memory: $(ps -o rss= -p $APP | awk '{printf "%d MB", $1 / 1024}')," \
  "heap used $(jcmd $APP GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 || echo '?')"
