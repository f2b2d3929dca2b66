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
DATA=$(mktemp -d)
SCRIPT_START=$(date +%s%N)
trap 'kill ${APP:-} 2>/dev/null || true; wait ${APP:-} 2>/dev/null || true; rm -rf "$DATA"' EXIT

if ! command -v pgbench >/dev/null || ! command -v psql >/dev/null; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  # Debian 12 ships pgbench in the server package (postgresql-15), psql in the client it depends on
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi

./mvnw -q -DskipTests package
START=$(date +%s%N)
java -jar target/oneteam-0.1.0-SNAPSHOT.jar --spring.profiles.active=demo --server.port="$PORT" \
  --oneteam.embedded-postgres.data-dir="$DATA/postgres" > "$DATA/app.log" 2>&1 &
APP=$!
until grep -qs "OneTeam is ready" "$DATA/app.log"; do sleep 0.2; kill -0 $APP || { cat "$DATA/app.log"; exit 1; }; done
echo "first start on a fresh database: $(( ($(date +%s%N) - START) / 1000000 )) ms (process start to ready)"
grep -o "OneTeam is ready in [0-9]* ms" "$DATA/app.log"
grep -o "Demo general-procedure cases.*" "$DATA/app.log" || true

echo "--- $N cases, $C clients, through the API"
BENCH_START=$(date +%s%N)
java bench/CaseBench.java "http://localhost:$PORT" "$N" "$C"
echo "benchmark wall time (JVM start, warm-up and run): $(( ($(date +%s%N) - BENCH_START) / 1000000 )) ms"
echo "application resident memory at the end: $(ps -o rss= -p $APP | awk '{printf "%d MB", $1 / 1024}')"

echo "--- the same PostgreSQL, pgbench, $C clients"
export PGHOST=localhost PGUSER=postgres
# the embedded server asks for the password it generated (docs/adr/0008-embedded-database-durability.md)
PGPASSWORD=$(cat "$DATA/postgres/oneteam-postgres.secret")
export PGPASSWORD
PGPORT=$(grep -o "Embedded PostgreSQL started on port [0-9]*" "$DATA/app.log" | grep -o "[0-9]*$")
export PGPORT
psql -q -d postgres -c "create database pgbench"
echo "PostgreSQL $(psql -Atc 'show server_version' -d pgbench), synchronous_commit=$(psql -Atc 'show synchronous_commit' -d pgbench), fsync=$(psql -Atc 'show fsync' -d pgbench), pgbench $(pgbench --version | grep -o '[0-9.]*' | head -1)"
pgbench -i -q -s 10 pgbench > /dev/null 2>&1
echo "TPC-B-like (5 statements a transaction), 20 s:"
pgbench -c "$C" -j 2 -T 20 pgbench 2>/dev/null | grep -E "^(tps|latency average)"
psql -q -d pgbench -c "create table commits (at timestamptz)"
echo "insert into commits values (now());" > "$DATA/commit.sql"
echo "one-row insert a transaction (the commit rate), 15 s:"
pgbench -n -c "$C" -j 2 -T 15 -f "$DATA/commit.sql" pgbench 2>/dev/null | grep -E "^(tps|latency average)"
echo "total wall time: $(( ($(date +%s%N) - SCRIPT_START) / 1000000 )) ms"
