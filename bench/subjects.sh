#!/usr/bin/env bash
# Benchmark: the subject register's import and search through the HTTP API on a fresh embedded database — N valid
# subjects on 德令哈's real township divisions imported from one CSV (all or nothing, PostgreSQL COPY), printing rows
# per second, then search p50/p95 by code and by name on that table (bench/SubjectBench.java). Prints figures;
# changes nothing outside a temporary data directory. Usage: [APP_JAVA_OPTS=-Xmx400m] bench/subjects.sh [N=1000000] [Q=200]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
Q=${2:-200}
PORT=${PORT:-18082}
DATA=$(mktemp -d)
trap 'kill ${APP:-} 2>/dev/null || true; wait ${APP:-} 2>/dev/null || true; rm -rf "$DATA"' EXIT

./mvnw -q -DskipTests package
java ${APP_JAVA_OPTS:-} -jar target/oneteam-0.1.0-SNAPSHOT.jar --spring.profiles.active=demo --server.port="$PORT" \
  --oneteam.embedded-postgres.data-dir="$DATA/postgres" > "$DATA/app.log" 2>&1 &
APP=$!
until grep -qs "OneTeam is ready" "$DATA/app.log"; do sleep 0.2; kill -0 $APP || { cat "$DATA/app.log"; exit 1; }; done
grep -o "OneTeam is ready in [0-9]* ms" "$DATA/app.log"

echo "--- $N subjects imported, then $Q searches by code and $Q by name"
java -cp target/classes bench/SubjectBench.java "http://localhost:$PORT" "$N" "$Q"
grep -o "Imported [0-9]* subjects.*" "$DATA/app.log" || true
echo "application resident memory at the end: $(ps -o rss= -p $APP | awk '{printf "%d MB", $1 / 1024}')"
echo "application peak resident memory: $(awk '/VmHWM/ {printf "%d MB", $2 / 1024}' /proc/$APP/status)"
