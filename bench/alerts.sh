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
. bench/lib.sh

build
start_demo

use_database "$DATA/app.log" "$DATA/postgres"

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
SQL -v cases="$CASES" -f bench/alerts-cases.sql
echo "generated in $(ms "$GEN_START") ms: $(SQL -Atc 'select count(*) from penalty_case') cases," \
  "$(SQL -Atc 'select count(*) from case_clock') clocks, $(SQL -Atc 'select count(*) from case_officer') officers named," \
  "$(SQL -Atc 'select count(*) from evidence') evidence items"

echo "--- over the demo and $CASES generated cases"
board
echo "application resident memory: $(ps -o rss= -p $APP | awk '{printf "%d MB", $1 / 1024}')," \
  "heap used $(jcmd $APP GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 || echo '?')"
