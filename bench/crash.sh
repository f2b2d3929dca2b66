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
. bench/lib.sh

build

timed_start() { # data directory, log file
  local started
  started=$(date +%s%N)
  start_app "$1" "$2"
  echo "  started in $(ms "$started") ms (process start to ready)"
}

FAILED=0
for RUN in app app+database; do
  RUN_DIR="$DATA/$RUN"
  mkdir -p "$RUN_DIR"
  echo "=== run: kill -9 of the $RUN, $C clients, $SECONDS_OF_LOAD s of load"
  timed_start "$RUN_DIR/postgres" "$RUN_DIR/app-1.log"
  echo "  $(grep -o 'Embedded PostgreSQL started on port [0-9]*' "$RUN_DIR/app-1.log")"
  java bench/CrashBench.java load "$BASE" "$C" "$RUN_DIR/acks.log" &
  LOAD=$!
  sleep "$SECONDS_OF_LOAD"
  POSTMASTER=$(head -1 "$RUN_DIR/postgres/postmaster.pid")
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
  timed_start "$RUN_DIR/postgres" "$RUN_DIR/app-2.log"
  grep -o "PostgreSQL [0-9]* of .* was left running.*" "$RUN_DIR/app-2.log" | sed 's/^/  /' || true
  grep -o "Removing stale .*" "$RUN_DIR/app-2.log" | sed 's/^/  /' || true
  java bench/CrashBench.java check "$BASE" "$RUN_DIR/acks.log" | sed 's/^/  /' || FAILED=1
  kill $APP; wait $APP 2>/dev/null || true
done
exit $FAILED
