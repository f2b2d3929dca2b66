#!/usr/bin/env bash
# A peer to beat: the general procedure's 18 requests a case (bench/CaseBench.java) on OneTeam and on a BPMN process
# run by Flowable 7 (bench/flowable, a build of its own), in one run, against the same PostgreSQL server — OneTeam's
# embedded one, the peer in a database of its own on it. Builds both, starts OneTeam with the demo data, runs N cases on
# C clients through its API, then starts the peer and runs the same bench through the peer's API (the same paths and
# bodies), and prints both rates, their ratio and both processes' resident memory. Changes nothing outside a temporary
# data directory. Usage: bench/peer.sh [N=100] [C=8]
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
rate() { grep -o "[0-9.]* cases/s" "$1" | grep -o "^[0-9.]*"; }

echo "--- OneTeam: $N cases, $C clients, through the API"
java bench/CaseBench.java "http://localhost:$PORT" "$N" "$C" | tee "$DATA/oneteam.txt"
ONETEAM_RSS=$(rss "$APP")
echo "OneTeam resident memory: $ONETEAM_RSS"

use_database "$DATA/app.log" "$DATA/postgres"
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
OFFICERS='[1,2]' java bench/CaseBench.java "http://localhost:$PEER_PORT" "$N" "$C" | tee "$DATA/peer.txt"
echo "Flowable peer resident memory: $(rss "$PEER")"

echo "--- side by side ($N cases, $C clients; OneTeam ran first, idle while the peer ran)"
echo "OneTeam:  $(rate "$DATA/oneteam.txt") cases/s, resident $ONETEAM_RSS"
echo "Flowable: $(rate "$DATA/peer.txt") cases/s, resident $(rss "$PEER")"
echo "ratio OneTeam / Flowable: $(echo "$(rate "$DATA/oneteam.txt") $(rate "$DATA/peer.txt")" | awk '{printf "%.2f", $1 / $2}')"
machine
