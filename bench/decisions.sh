#!/usr/bin/env bash
# Benchmark: the public list and search of published penalty decisions (docs/adr/0043-published-decisions.md) on a
# fresh embedded database — GET /api/v1/public/decisions without an account after ROWS (1,000,000) published decisions
# are written by SQL straight into the scratch database (the list's indexes dropped for the load and built again, as
# the migration defines them, then ANALYZE). Prints p50/p95/p99 over CALLS calls each (after a warm-up) of: the first
# page unfiltered, by body, by a range of decision days, by q a fragment of a party's name, by q a decision number —
# and the server's share of them. Changes nothing outside a temporary data directory. Needs psql and curl.
# Usage: bench/decisions.sh [ROWS=1000000] [CALLS=200]
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-1000000}
CALLS=${2:-200}
PORT=${PORT:-18096}
. bench/lib.sh

build -o
start_demo

use_database "$DATA/app.log" "$DATA/postgres"
echo "the database's character type: $(SQL -Atc "select datctype from pg_database where datname = current_database()");" \
  "pg_trgm of 张某某: $(SQL -Atc "select show_trgm('张某某')")"

echo "--- generating $ROWS published decisions by SQL (two sessions)"
GEN_START=$(date +%s%N)
SQL -Atc "select indexdef from pg_indexes where tablename = 'decision_publication' and indexname like 'decision_publication_%_idx'" > "$DATA/indexes.sql"
SQL -Atc "select 'drop index ' || indexname || ';' from pg_indexes where tablename = 'decision_publication' and indexname like 'decision_publication_%_idx'" | SQL
SQL -c "create table bench_body as select id, name from organization where kind = 'ENFORCEMENT_BUREAU' order by id"
SQL -v rows="$ROWS" -v part=0 -v parts=2 -f bench/decisions.sql &
G1=$!
SQL -v rows="$ROWS" -v part=1 -v parts=2 -f bench/decisions.sql
wait $G1
LOADED=$(ms "$GEN_START")
sed 's/$/;/' "$DATA/indexes.sql" | SQL -c "set maintenance_work_mem = '512MB'" -f -
# vacuumed here, so that autovacuum does not walk the new gigabyte while the calls are timed
SQL -c "drop table bench_body" -c "vacuum analyze decision_publication"
echo "generated in $LOADED ms, indexed and analysed in $(( $(ms "$GEN_START") - LOADED )) ms:" \
  "$(SQL -Atc "select count(*) from decision_publication where status = 'PUBLISHED'") published," \
  "table $(SQL -Atc "select pg_size_pretty(pg_table_size('decision_publication'))"), indexes" \
  "$(SQL -Atc "select pg_size_pretty(pg_indexes_size('decision_publication'))")"

BODIES=($(SQL -Atc "select body_id from decision_publication where status = 'PUBLISHED' group by body_id order by count(*) desc limit 10"))
NUMBERS=($(SQL -Atc "select decision_number from decision_publication where case_id > 2000000000 order by random() limit $CALLS"))
FRAGMENTS=($(SQL -Atc "select substr(party, 10, 6) from decision_publication where case_id > 2000000000 and party like '（压测）%' order by random() limit $CALLS"))

enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }

# p50/p95/p99 of CALLS GETs (after 20 warm-up calls), each URL from the function url(i)
measure() {
  local name=$1 times=() i
  for i in $(seq 1 20); do curl -sf -o /dev/null "http://localhost:$PORT$(url $i)"; done
  for i in $(seq 1 "$CALLS"); do
    times+=($(curl -sf -o "$DATA/answer.json" -w '%{time_total}' "http://localhost:$PORT$(url $i)"))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" -v items="$(grep -o '"id":' "$DATA/answer.json" | wc -l)" \
    '{ t[NR] = $1 * 1000 } END { printf "  %-28s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  (%d calls, last page %d items)\n", name, t[int(NR * 0.50 + 0.5)], t[int(NR * 0.95 + 0.5)], t[int(NR * 0.99 + 0.5)], NR, items }'
}

echo "--- GET /api/v1/public/decisions over $(SQL -Atc 'select count(*) from decision_publication') rows, $CALLS calls each"
url() { echo "/api/v1/public/decisions"; }
measure "first page, unfiltered"
url() { echo "/api/v1/public/decisions?body=${BODIES[$(( $1 % ${#BODIES[@]} ))]}"; }
measure "by body"
url() { local m=$(( $1 % 30 )); echo "/api/v1/public/decisions?from=$(date -d "2024-01-01 + $m month" +%F)&to=$(date -d "2024-01-01 + $m month + 1 month - 1 day" +%F)"; }
measure "by a month of decision days"
url() { echo "/api/v1/public/decisions?body=${BODIES[$(( $1 % ${#BODIES[@]} ))]}&from=2025-03-01&to=2025-03-31"; }
measure "by body and month"
url() { echo "/api/v1/public/decisions?q=$(enc "${FRAGMENTS[$(( $1 % ${#FRAGMENTS[@]} ))]}")"; }
measure "by q, a party fragment"
url() { echo "/api/v1/public/decisions?q=$(enc "商贸有限公司")"; }
measure "by q, a word in half the rows"
url() { echo "/api/v1/public/decisions?q=$(enc "${NUMBERS[$(( $1 % ${#NUMBERS[@]} ))]}")"; }
measure "by q, a decision number"
url() { echo "/api/v1/public/decisions?page=100"; }
measure "page 100, unfiltered"
echo "application resident memory: $(ps -o rss= -p $APP | awk '{printf "%d MB", $1 / 1024}')"
