#!/usr/bin/env bash
# Benchmark: N complete general-procedure cases through the HTTP API on a fresh embedded database — clue → filing
# (+2 approvals) → investigation → report → review → proposal (+approval) → notice → waiver → decision (+approval) →
# service → payment → closing (+2 approvals), 18 requests a case — by C concurrent clients acting as the 德令哈 demo
# accounts with their published tokens; then the same PostgreSQL's own transaction and commit rates with pgbench, for
# comparison. Prints figures; changes nothing outside a temporary data directory (pgbench works in a database of its
# own there). Installs Debian's PostgreSQL package for pgbench when it is missing. Usage: bench/cases.sh [N=200] [C=8]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-200}
C=${2:-8}
PORT=${PORT:-18081}
SCRIPT_START=$(date +%s%N)
. bench/lib.sh

need_psql

build
START=$(date +%s%N)
start_app "$DATA/postgres" "$DATA/app.log"
echo "first start on a fresh database: $(ms "$START") ms (process start to the demo data loaded whole, ready first)"
ready "$DATA/app.log"
grep -o "Demo general-procedure cases.*" "$DATA/app.log" || true

echo "--- $N cases, $C clients, through the API"
BENCH_START=$(date +%s%N)
java bench/CaseBench.java "http://localhost:$PORT" "$N" "$C"
echo "benchmark wall time (JVM start, warm-up and run): $(ms "$BENCH_START") ms"
echo "application resident memory at the end: $(ps -o rss= -p $APP | awk '{printf "%d MB", $1 / 1024}')"
use_database "$DATA/app.log" "$DATA/postgres"
# the record's sealing after commit (docs/adr/0053-record-chains-per-partition.md): the seal's time less the entry's;
# a jar from before the sealing (bench/compare.sh) has no seals to measure
if [ "$(VALUE "select to_regclass('record_seal') is not null")" = t ]; then
  echo "record sealing lag during the run: $(VALUE "select format('p50 %s ms, p95 %s ms, max %s ms over %s entries',
    round(percentile_cont(0.5) within group (order by lag)::numeric, 1), round(percentile_cont(0.95) within group (order by lag)::numeric, 1),
    round(max(lag)::numeric, 1), count(*)) from (select extract(epoch from s.sealed_at - e.occurred_at) * 1000 as lag
    from record_seal s join execution_record e on e.id = s.entry_id where e.occurred_at >= to_timestamp($BENCH_START / 1e9)) t"), unsealed now: $(VALUE "select count(*) from record_unsealed")"
fi

echo "--- the same PostgreSQL, pgbench, $C clients"
psql -q -d postgres -c "create database pgbench"
echo "PostgreSQL $(psql -Atc 'show server_version' -d pgbench), synchronous_commit=$(psql -Atc 'show synchronous_commit' -d pgbench), fsync=$(psql -Atc 'show fsync' -d pgbench), pgbench $(pgbench --version | grep -o '[0-9.]*' | head -1)"
pgbench -i -q -s 10 pgbench > /dev/null 2>&1
echo "TPC-B-like (5 statements a transaction), 20 s:"
pgbench -c "$C" -j 2 -T 20 pgbench 2>/dev/null | grep -E "^(tps|latency average)"
psql -q -d pgbench -c "create table commits (at timestamptz)"
echo "insert into commits values (now());" > "$DATA/commit.sql"
echo "one-row insert a transaction (the commit rate), 15 s:"
pgbench -n -c "$C" -j 2 -T 15 -f "$DATA/commit.sql" pgbench 2>/dev/null | grep -E "^(tps|latency average)"
echo "total wall time: $(ms "$SCRIPT_START") ms"
