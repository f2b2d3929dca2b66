#!/usr/bin/env bash
# Benchmark: the dashboards (docs/adr/0050-dashboards-and-projections.md) at the scale of a province, on a fresh
# embedded database. Writes by SQL straight into the scratch database a body per county and per township of the real
# divisions of PROVINCE (default 33 浙江), PEOPLE people in them, CASES cases of YEAR with their clocks and EVENTS events
# of YEAR, as the modules store them (bench/province.sql, bench/province-events.sql); then recounts the projections
# through POST /api/v1/analytics/projections/rebuild (what is timed is the recount over every record); then prints
# p50/p95/p99 over CALLS calls (after a warm-up) of each dashboard at each level (province, the busiest prefecture,
# county and township) for a month and for the year, as bench accounts whose jurisdiction is the province (the head:
# the busiest county bureau's head, whose jurisdiction is his county); then the projection's lag under load: 12345
# work orders at RATE per second for LAG_SECONDS through the API while a leader reloads the province's month, the lag
# being each listener publication's completion_date - publication_date in event_publication. Prints row counts, table
# and index sizes, the times and the application's resident memory. Changes nothing outside a temporary data
# directory. Needs psql and curl.
# Usage: bench/province.sh [CASES=1000000] [EVENTS=10000000] [PEOPLE=100000] [CALLS=30] [RATE=20] [LAG_SECONDS=60]
set -euo pipefail
cd "$(dirname "$0")/.."
CASES=${1:-1000000}
EVENTS=${2:-10000000}
PEOPLE=${3:-100000}
CALLS=${4:-30}
RATE=${5:-20}
LAG_SECONDS=${6:-60}
PROVINCE=${PROVINCE:-33}
YEAR=${YEAR:-2025}
PORT=${PORT:-18097}
ADMIN=ot_demo_admin_token_for_local_use_only
. bench/lib.sh

build -o
start_demo
use_database "$DATA/app.log" "$DATA/postgres"

if [ -z "${REUSE:-}" ]; then generate_province "$CASES" "$EVENTS" "$PEOPLE" 1; fi

# RECOUNT=0 with REUSE measures a kept province's projections as they are
if [ "${RECOUNT:-1}" != 0 ]; then
  echo "--- recount: POST /api/v1/analytics/projections/rebuild"
  START=$(date +%s%N)
  REBUILT=$(curl -sf -X POST -H "Authorization: Bearer $ADMIN" "http://localhost:$PORT/api/v1/analytics/projections/rebuild")
  echo "recounted in $(ms "$START") ms: $REBUILT"
fi
START=$(date +%s%N)
TABLES=$(VALUE "select string_agg(tablename, ' ' order by tablename) from pg_tables where tablename like 'analytics_%'")
for t in $TABLES; do SQL -c "vacuum analyze $t"; done
echo "vacuumed and analysed in $(ms "$START") ms"
for t in penalty_case case_clock intake_event person $TABLES; do
  printf '  %-24s %10s rows  table %8s  indexes %8s\n' "$t" "$(VALUE "select count(*) from $t")" \
    "$(VALUE "select pg_size_pretty(pg_table_size('$t'))")" "$(VALUE "select pg_size_pretty(pg_indexes_size('$t'))")"
done

province_accounts
PREFECTURE=${COUNTY:0:4}
TOWNSHIP=$(VALUE "select left(place_code, 9) from penalty_case where place_code like '$COUNTY%' group by 1 order by count(*) desc limit 1")
MONTH_FROM=$YEAR-06-01 MONTH_TO=$YEAR-06-30 YEAR_FROM=$YEAR-01-01 YEAR_TO=$YEAR-12-31

# p50/p95/p99 of CALLS GETs after 3 warm-up calls
measure() {
  local role=$1 division=$2 from=$3 to=$4 label=$5 times=() i url
  url="http://localhost:$PORT/api/v1/analytics/dashboards/$role?division=$division&from=$from&to=$to"
  for i in 1 2 3; do curl -sf -o /dev/null -H "Authorization: Bearer $(token "$role")" "$url"; done
  for i in $(seq 1 "$CALLS"); do
    times+=($(curl -sf -o "$DATA/answer.json" -w '%{time_total}' -H "Authorization: Bearer $(token "$role")" "$url"))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v name="$role $label" -v size="$(wc -c < "$DATA/answer.json")" \
    '{ t[NR] = $1 * 1000 } END { printf "  %-34s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  (%d calls, %d kB)\n", name, t[int(NR * 0.50 + 0.5)], t[int(NR * 0.95 + 0.5)], t[int(NR * 0.99 + 0.5)], NR, size / 1024 }'
}

echo "--- GET /api/v1/analytics/dashboards/{role}, $CALLS calls each: province $PROVINCE, prefecture $PREFECTURE," \
  "county $COUNTY, township $TOWNSHIP; month $MONTH_FROM..$MONTH_TO, year $YEAR_FROM..$YEAR_TO"
for role in leader supervisor dispatcher head; do
  for level in province prefecture county township; do
    case $level in
      province) division=$PROVINCE ;; prefecture) division=$PREFECTURE ;; county) division=$COUNTY ;; *) division=$TOWNSHIP ;;
    esac
    if [ "$role" = head ] && [ ${#division} -lt 6 ]; then continue; fi
    measure "$role" "$division" "$MONTH_FROM" "$MONTH_TO" "$level month"
    measure "$role" "$division" "$YEAR_FROM" "$YEAR_TO" "$level year"
  done
done
echo "application resident memory: $(awk '/VmRSS/ {printf "%d MB", $2 / 1024}' /proc/$APP/status)"

echo "--- projection lag under load: $RATE work orders a second for $LAG_SECONDS s, a leader reloading the province's month"
( while true; do curl -sf -o /dev/null -H "Authorization: Bearer $(token leader)" \
    "http://localhost:$PORT/api/v1/analytics/dashboards/leader?division=$PROVINCE&from=$MONTH_FROM&to=$MONTH_TO"; done ) &
LOAD=$!
OTHERS=$LOAD
SINCE=$(VALUE "select now()")
java bench/ProvinceLag.java "http://localhost:$PORT" "$RATE" "$LAG_SECONDS"
kill $LOAD; wait $LOAD 2>/dev/null || true
START=$(date +%s%N)
until [ "$(VALUE "select count(*) from event_publication where listener_id like '%ProjectionListener%' and completion_date is null")" = 0 ]; do
  sleep 0.5; [ "$(ms "$START")" -lt 300000 ] || { echo "listener publications still open after 300 s"; break; }
done
VALUE "select format('  %s listener publications: lag p50 %s ms, p95 %s ms, max %s ms; %s completed a second',
    count(*), round(percentile_cont(0.5) within group (order by lag)), round(percentile_cont(0.95) within group (order by lag)),
    round(max(lag)), round(count(*) / nullif(extract(epoch from max(completion_date) - min(publication_date)), 0), 1))
  from (select completion_date, publication_date, extract(epoch from completion_date - publication_date) * 1000 as lag
        from event_publication where listener_id like '%ProjectionListener%' and publication_date >= '$SINCE'
        and completion_date is not null) l"
echo "application resident memory at the end: $(awk '/VmRSS/ {printf "%d MB", $2 / 1024}' /proc/$APP/status)"
