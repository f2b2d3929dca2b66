#!/usr/bin/env bash
# Benchmark: the worklist, the case list and the subject search at the scale of a province (issue 18;
# docs/adr/0058-searching-a-province.md), on a fresh embedded database. Generates by SQL (generate_province in
# bench/lib.sh) the bodies of PROVINCE's real divisions (default 33 浙江), PEOPLE people, CASES cases a year for YEARS
# years ending with YEAR, EVENTS events over those years and SUBJECTS subjects; then, through the API with
# bench/SearchBench.java, p50/p95/p99 over CALLS calls of each: the worklist of the head of the county bureau with the
# most cases (GET /api/v1/cases/worklist), the case list (GET /api/v1/cases) as that head (jurisdiction: his county)
# and as the province's leader (the province), and the subject search (GET /api/v1/subjects) as each: by a code,
# by a name's fragment naming one subject (place, trade and number) and by one naming many (place and trade; one
# in 192 of the subjects). Prints row counts, table and index sizes, the times and the application's resident memory.
# Changes nothing outside a temporary data directory (KEEP=1 keeps it, REUSE=<it> measures it again). Needs psql and curl.
# Usage: bench/search.sh [SUBJECTS=10000000] [CASES=1000000] [YEARS=3] [EVENTS=10000000] [CALLS=100]
set -euo pipefail
cd "$(dirname "$0")/.."
SUBJECTS=${1:-10000000}
CASES=${2:-1000000}
YEARS=${3:-3}
EVENTS=${4:-10000000}
CALLS=${5:-100}
PEOPLE=${PEOPLE:-100000}
PROVINCE=${PROVINCE:-33}
YEAR=${YEAR:-2025}
PORT=${PORT:-18098}
. bench/lib.sh

build -o
start_demo
use_database "$DATA/app.log" "$DATA/postgres"
if [ -z "${REUSE:-}" ]; then
  generate_province $((CASES * YEARS)) "$EVENTS" "$PEOPLE" "$YEARS" "$SUBJECTS"
  province_accounts
else
  TAG=$(date +%s%N)
  COUNTY=$(VALUE "select division_code from organization o join account a on a.organization_id = o.id
    where a.username = 'bench.head'")
  SQL -c "insert into api_token (account_id, name, token_hash, created_at, expires_at, scope)
    select id, 'bench', encode(sha256(convert_to('ot_bench_' || username || '_$TAG', 'UTF8')), 'hex'), now(),
    now() + interval '1 day', 'READ' from account where username like 'bench.%'"
  token() { echo "ot_bench_bench.$1_$TAG"; }
fi
for t in penalty_case case_clock intake_event market_subject; do
  printf '  %-16s %10s rows  table %8s  indexes %8s\n' "$t" "$(VALUE "select reltuples::bigint from pg_class where relname = '$t'")" \
    "$(VALUE "select pg_size_pretty(pg_table_size('$t'))")" "$(VALUE "select pg_size_pretty(pg_indexes_size('$t'))")"
done
echo "  the head's body: $(VALUE "select count(*) from penalty_case c join organization o on o.id = c.acting_org_id
  where o.code = 'BENCH-$COUNTY' and c.procedure = 'GENERAL' and c.stage <> 'CLOSED'") open general cases;" \
  "county $COUNTY: $(VALUE "select count(*) from penalty_case where place_code like '$COUNTY%'") cases," \
  "$(VALUE "select count(*) from market_subject where division_code like '$COUNTY%'") subjects"

# the calls: label, token, path; the codes and names are drawn from the subjects in the caller's jurisdiction
QUERIES=$DATA/queries.tsv
HEAD=$(token head) LEADER=$(token leader)
{
  for i in $(seq 1 "$CALLS"); do printf 'worklist, county head\t%s\t/api/v1/cases/worklist\n' "$HEAD"; done
  for i in $(seq 1 "$CALLS"); do printf 'case list, county head\t%s\t/api/v1/cases\n' "$HEAD"; done
  for i in $(seq 1 "$CALLS"); do printf 'case list, province leader\t%s\t/api/v1/cases\n' "$LEADER"; done
  for who in head leader; do
    if [ $who = head ]; then scope=$COUNTY; else scope=$PROVINCE; fi
    SQL -At -F $'\t' -c "select format(e'subjects by code, %s\\t%s\\t/api/v1/subjects?code=%s', '$who', '$(token $who)', code)
        || e'\\n' || format(e'subjects by one name, %s\\t%s\\t/api/v1/subjects?name=%s', '$who', '$(token $who)',
             substring(name from '^(.*[0-9])'))
        || e'\\n' || format(e'subjects by a common fragment, %s\\t%s\\t/api/v1/subjects?name=%s', '$who', '$(token $who)',
             left(name, 4))
      from (select code, name from market_subject where division_code like '$scope%' order by random() limit $CALLS) s"
  done
} | sort -s -t $'\t' -k1,1 > "$QUERIES"
echo "--- $(wc -l < "$QUERIES") calls, p50/p95/p99 after 3 warm-up calls of each; $(machine)"
java bench/SearchBench.java "http://localhost:$PORT" "$QUERIES"
echo "application resident memory: $(awk '/VmRSS/ {printf "%d MB", $2 / 1024}' /proc/$APP/status)"
