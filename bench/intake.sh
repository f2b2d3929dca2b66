#!/usr/bin/env bash
# Benchmark: 12345 hotline work orders through the HTTP API on a fresh embedded database (the full national division
# tree loads at start), each routed by the catalogue resolver on arrival, with the catalogue grown to 2,000 matters by
# its import API; then the resolver alone. Prints orders per second and p50/p95, and resolver latency. Changes nothing
# outside a temporary data directory. Usage: bench/intake.sh [N=2000] [C=8] [MATTERS=2000]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-2000}
C=${2:-8}
MATTERS=${3:-2000}
PORT=${PORT:-18093}
DATA=$(mktemp -d)
trap 'kill ${APP:-} 2>/dev/null || true; wait ${APP:-} 2>/dev/null || true; rm -rf "$DATA"' EXIT

./mvnw -q -DskipTests package
java -jar target/oneteam-0.1.0-SNAPSHOT.jar --spring.profiles.active=demo --server.port="$PORT" \
  --oneteam.embedded-postgres.data-dir="$DATA/postgres" > "$DATA/app.log" 2>&1 &
APP=$!
until grep -qs "OneTeam is ready" "$DATA/app.log"; do sleep 0.2; kill -0 $APP || { cat "$DATA/app.log"; exit 1; }; done
grep -o "OneTeam is ready in [0-9]* ms" "$DATA/app.log"
grep -o "Division tree loaded.*" "$DATA/app.log" || true
echo "$(nproc) CPU cores, $(java -version 2>&1 | head -1)"
java bench/IntakeBench.java "http://localhost:$PORT" "$N" "$C" "$MATTERS"
echo "application resident memory at the end: $(ps -o rss= -p $APP | awk '{printf "%d MB", $1 / 1024}')"
