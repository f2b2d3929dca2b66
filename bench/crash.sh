#!/usr/bin/env bash
# Crash check: does every request the application answered 2xx survive a kill -9? Two runs on a fresh embedded
# database each: 4 clients send 12345 hotline work orders (each with its own order id) and take cases from a clue
# through filing, two approvals, investigation and report, as the demo accounts with their published tokens; after
# SECONDS the application is killed with kill -9 (run 1), or the application and its PostgreSQL together (run 2:
# postmaster and every server process); it is started again on the same data directory (the first start after the
# crash must succeed) and checked: requests answered 2xx before the kill, how many of them are present after the
# restart (must be all), duplicates after re-sending the same order ids (must be 0), and record verification
# (GET /api/v1/cases/{id}/record/verify) of every touched case. Changes nothing outside temporary data directories.
# Usage: bench/crash.sh [SECONDS=20] [C=4]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_OF_LOAD=${1:-20}
C=${2:-4}
PORT=${PORT:-18097}
BASE="http://localhost:$PORT"
WORK=$(mktemp -d)
trap 'kill ${APP:-} 2>/dev/null || true; wait ${APP:-} 2>/dev/null || true; rm -rf "$WORK"' EXIT

./mvnw -q -DskipTests package

start_app() { # data directory, log file
  java -jar target/oneteam-0.1.0-SNAPSHOT.jar --spring.profiles.active=demo --server.port="$PORT" \
    --oneteam.embedded-postgres.data-dir="$1" > "$2" 2>&1 &
  APP=$!
  local started
  started=$(date +%s%N)
  until grep -qs "OneTeam is ready" "$2"; do sleep 0.2; kill -0 $APP 2>/dev/null || { tail -40 "$2"; exit 1; }; done
  echo "  started in $(( ($(date +%s%N) - started) / 1000000 )) ms (process start to ready)"
}

FAILED=0
for RUN in app app+database; do
  DATA="$WORK/$RUN"
  mkdir -p "$DATA"
  echo "=== run: kill -9 of the $RUN, $C clients, $SECONDS_OF_LOAD s of load"
  start_app "$DATA/postgres" "$DATA/app-1.log"
  echo "  $(grep -o 'Embedded PostgreSQL started on port [0-9]*' "$DATA/app-1.log")"
  java bench/CrashBench.java load "$BASE" "$C" "$DATA/acks.log" &
  LOAD=$!
  sleep "$SECONDS_OF_LOAD"
  POSTMASTER=$(head -1 "$DATA/postgres/postmaster.pid")
  if [ "$RUN" = app ]; then
    kill -9 $APP
  else
    # the application, the postmaster and all its server processes at once
    kill -9 $APP "$POSTMASTER" $(pgrep -P "$POSTMASTER") 2>/dev/null || true
  fi
  wait $APP 2>/dev/null || true
  echo "  killed ($RUN) at $(date +%T); postmaster $POSTMASTER alive: $(kill -0 "$POSTMASTER" 2>/dev/null \
    && [ "$(awk '{print $3}' /proc/"$POSTMASTER"/stat 2>/dev/null)" != Z ] && echo yes || echo no)"
  wait $LOAD || true
  echo "  restart on the same data directory:"
  start_app "$DATA/postgres" "$DATA/app-2.log"
  grep -o "PostgreSQL [0-9]* of .* was left running.*" "$DATA/app-2.log" | sed 's/^/  /' || true
  grep -o "Removing stale .*" "$DATA/app-2.log" | sed 's/^/  /' || true
  java bench/CrashBench.java check "$BASE" "$DATA/acks.log" | sed 's/^/  /' || FAILED=1
  kill $APP; wait $APP 2>/dev/null || true
done
exit $FAILED
