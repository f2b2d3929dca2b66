#!/usr/bin/env bash
# Backup and restore of the demo database, timed: OneTeam with demo data on a fresh embedded database; an online
# backup (ops/backup.sh) while it runs; a restore into a fresh data directory (ops/restore.sh); OneTeam started on the
# restored directory, where the whole record verifies (GET /api/v1/record/verify) and so does every case of 德令哈 (GET /api/v1/cases/{id}/record/verify). Prints times and
# sizes. Changes nothing outside a temporary directory. Usage: bench/backup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18098}
BASE="http://localhost:$PORT"
WORK=$(mktemp -d)
trap 'kill ${APP:-} 2>/dev/null || true; wait ${APP:-} 2>/dev/null || true; rm -rf "$WORK"' EXIT
A=ot_demo_admin_token_for_local_use_only   # the whole record (GET /api/v1/record/verify)
T=ot_demo_dlh_head_token_for_local_use_only  # reads the cases of 德令哈 (docs/adr/0009-who-may-do-what.md)

./mvnw -q -DskipTests package
start_app() { # data directory, log file
  java -jar target/oneteam-0.1.0-SNAPSHOT.jar --spring.profiles.active=demo --server.port="$PORT" \
    --oneteam.embedded-postgres.data-dir="$1" --oneteam.evidence.local.directory="$WORK/evidence" > "$2" 2>&1 &
  APP=$!
  until grep -qs "OneTeam is ready" "$2"; do sleep 0.2; kill -0 $APP 2>/dev/null || { tail -40 "$2"; exit 1; }; done
}
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
verify_all() {
  local ids ok=0 n=0
  ids=$(curl -s -H "Authorization: Bearer $T" "$BASE/api/v1/cases" | grep -o '{"id":[0-9]*' | grep -o '[0-9]*' | sort -un)
  for id in $ids; do
    code=$(curl -s -o "$WORK/v.json" -w '%{http_code}' -H "Authorization: Bearer $T" "$BASE/api/v1/cases/$id/record/verify")
    [ "$code" = 200 ] || continue
    n=$((n + 1)); grep -q '"intact":true' "$WORK/v.json" && ok=$((ok + 1))
  done
  echo "$ok of $n 德令哈 case records intact; whole record: $(curl -s -H "Authorization: Bearer $A" "$BASE/api/v1/record/verify" | grep -o '"intact":[a-z]*,"entries":[0-9]*')"
}

start_app "$WORK/postgres" "$WORK/app-1.log"
echo "demo database: $(du -sh "$WORK/postgres" | cut -f1) on disk; $(verify_all)"
START=$(date +%s%N)
ops/backup.sh "$WORK/postgres" "$WORK/backup"
echo "backup wall time (JVM start included): $(ms "$START") ms, $(du -sh "$WORK/backup" | cut -f1) on disk"
kill $APP; wait $APP 2>/dev/null || true
START=$(date +%s%N)
ops/restore.sh "$WORK/backup" "$WORK/restored"
echo "restore wall time (JVM start, copy, WAL replay, stop): $(ms "$START") ms"
START=$(date +%s%N)
start_app "$WORK/restored" "$WORK/app-2.log"
echo "OneTeam on the restored directory ready in $(ms "$START") ms; $(verify_all)"
