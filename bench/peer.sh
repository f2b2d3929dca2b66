#!/usr/bin/env bash
# A peer to beat: the general procedure's 18 requests a case (bench/CaseBench.java) on OneTeam and on a BPMN process
# run by Flowable 7 (bench/flowable, a build of its own), in one run, against the same PostgreSQL server — OneTeam's
# embedded one, the peer in a database of its own on it. Builds both, starts OneTeam with the demo data, runs N cases on
# C clients through its API, then starts the peer and runs the same bench through the peer's API (the same paths and
# bodies), checks the peer's cases, documents and record chain, runs OneTeam once more (the machine's load drifts), and
# prints the rates, the ratios and both processes' resident memory. Changes nothing outside a temporary data directory.
# Usage: bench/peer.sh [N=100] [C=8]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100}
C=${2:-8}
PORT=${PORT:-18140}
PEER_PORT=${PEER_PORT:-18141}
. bench/lib.sh
need_psql

build
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -f bench/flowable/pom.xml package
start_demo

rss() { ps -o rss= -p "$1" | awk '{printf "%d MB", $1 / 1024}'; }
# a database's commits and rows written and read so far (PostgreSQL's own counters, flushed within a second)
counters() {
  sleep 2
  psql -Atd postgres -F ' ' -c "select xact_commit, tup_inserted, tup_updated, tup_deleted, tup_returned + tup_fetched
    from pg_stat_database where datname = '$1'"
}
# the difference of two counters lines per case (N cases and the bench's 16 warm-up cases)
per_case() {
  echo "$1 $2" | awk -v n=$((N + 16)) '{printf "%.0f commits, %.0f rows inserted, %.0f updated, %.0f deleted, %.0f read a case",
    ($6 - $1) / n, ($7 - $2) / n, ($8 - $3) / n, ($9 - $4) / n, ($10 - $5) / n}'
}
rate() { grep -o "[0-9.]* cases/s" "$1" | grep -o "^[0-9.]*"; }

use_database "$DATA/app.log" "$DATA/postgres"
echo "--- OneTeam: $N cases, $C clients, through the API"
BEFORE=$(counters "$DB")
java bench/CaseBench.java "http://localhost:$PORT" "$N" "$C" | tee "$DATA/oneteam.txt"
ONETEAM_WORK=$(per_case "$BEFORE" "$(counters "$DB")")
echo "OneTeam resident memory: $(rss "$APP"); its database: $ONETEAM_WORK (outbox listeners and scans included)"

echo "PostgreSQL $(psql -Atc 'show server_version' -d postgres), synchronous_commit=$(psql -Atc 'show synchronous_commit' -d postgres), fsync=$(psql -Atc 'show fsync' -d postgres)"
psql -q -d postgres -c "create database flowable_peer"
java -jar bench/flowable/target/flowable-peer.jar --port="$PEER_PORT" \
  --url="jdbc:postgresql://localhost:$PGPORT/flowable_peer" --user="$PGUSER" --password="$PGPASSWORD" \
  > "$DATA/peer.log" 2>&1 &
PEER=$!
OTHERS="$PEER"
until grep -qs "Flowable peer is ready" "$DATA/peer.log"; do
  sleep 0.2; kill -0 $PEER 2>/dev/null || { tail -40 "$DATA/peer.log"; exit 1; }
done
grep -o "Flowable peer is ready.*" "$DATA/peer.log"
machine

echo "--- Flowable peer: $N cases, $C clients, through its API"
# the peer's two certified officers (bench/flowable/src/main/resources/seed.sql)
BEFORE=$(counters flowable_peer)
OFFICERS='[1,2]' java bench/CaseBench.java "http://localhost:$PEER_PORT" "$N" "$C" | tee "$DATA/peer.txt"
PEER_WORK=$(per_case "$BEFORE" "$(counters flowable_peer)")
PEER_RSS=$(rss "$PEER")
echo "Flowable peer resident memory: $PEER_RSS; its database: $PEER_WORK"
echo "the peer's work: $(psql -Atd flowable_peer -c "select count(*) filter (where stage = 'CLOSED') || ' cases closed, '
  || (select count(*) from peer_document) || ' documents, ' || (select count(*) from peer_record) || ' record entries'
  from peer_case"), chain links broken: $(psql -Atd flowable_peer -c "select count(*) from (select prev_hash,
  lag(hash, 1, repeat('0', 64)) over (partition by case_id order by seq) as prev, global_prev_hash,
  lag(global_hash, 1, repeat('0', 64)) over (order by id) as global_prev from peer_record) r
  where prev_hash <> prev or global_prev_hash <> global_prev")"

# the machine's load drifts (other builds): OneTeam once more after the peer, on the same database as before
echo "--- OneTeam again: $N cases, $C clients"
java bench/CaseBench.java "http://localhost:$PORT" "$N" "$C" 0 | tee "$DATA/oneteam2.txt"

ratio() { echo "$1 $2" | awk '{printf "%.2f", $1 / $2}'; }
echo "--- side by side ($N cases, $C clients; OneTeam idle while the peer ran)"
echo "OneTeam:  $(rate "$DATA/oneteam.txt") cases/s before the peer, $(rate "$DATA/oneteam2.txt") after; resident $(rss "$APP")"
echo "Flowable: $(rate "$DATA/peer.txt") cases/s; resident $PEER_RSS"
echo "database work: OneTeam $ONETEAM_WORK; Flowable $PEER_WORK"
echo "ratio OneTeam / Flowable: $(ratio "$(rate "$DATA/oneteam.txt")" "$(rate "$DATA/peer.txt")") (before), $(ratio "$(rate "$DATA/oneteam2.txt")" "$(rate "$DATA/peer.txt")") (after)"
machine
