#!/usr/bin/env bash
# Backup and restore of the demo database, timed: OneTeam with demo data on a fresh embedded database; an online
# backup (ops/backup.sh) while it runs; a restore into a fresh data directory (ops/restore.sh); OneTeam started on the
# restored directory, where the whole record verifies (GET /api/v1/record/verify) and so does every case of 德令哈 (GET /api/v1/cases/{id}/record/verify). Prints times and
# sizes. Changes nothing outside a temporary directory. Usage: bench/backup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18098}
BASE="http://localhost:$PORT"
. bench/lib.sh
A=ot_demo_admin_token_for_local_use_only   # the whole record (GET /api/v1/record/verify)
T=ot_demo_dlh_head_token_for_local_use_only  # reads the cases of 德令哈 (docs/adr/0009-who-may-do-what.md)

build
verify_all() {
  local ids ok=0 n=0
  ids=$(curl -s -H "Authorization: Bearer $T" "$BASE/api/v1/cases" | grep -o '{"id":[0-9]*' | grep -o '[0-9]*' | sort -un)
  for id in $ids; do
    code=$(curl -s -o "$DATA/v.json" -w '%{http_code}' -H "Authorization: Bearer $T" "$BASE/api/v1/cases/$id/record/verify")
    [ "$code" = 200 ] || continue
    n=$((n + 1)); grep -q '"intact":true' "$DATA/v.json" && ok=$((ok + 1))
  done
  echo "$ok of $n 德令哈 case records intact; whole record: $(curl -s -H "Authorization: Bearer $A" "$BASE/api/v1/record/verify" | grep -o '"intact":[a-z]*,"entries":[0-9]*')"
}

start_app "$DATA/postgres" "$DATA/app-1.log" --oneteam.evidence.local.directory="$DATA/evidence"
echo "demo database: $(du -sh "$DATA/postgres" | cut -f1) on disk; $(verify_all)"
START=$(date +%s%N)
ops/backup.sh "$DATA/postgres" "$DATA/backup"
echo "backup wall time (JVM start included): $(ms "$START") ms, $(du -sh "$DATA/backup" | cut -f1) on disk"
kill $APP; wait $APP 2>/dev/null || true
START=$(date +%s%N)
ops/restore.sh "$DATA/backup" "$DATA/restored"
echo "restore wall time (JVM start, copy, WAL replay, stop): $(ms "$START") ms"
START=$(date +%s%N)
start_app "$DATA/restored" "$DATA/app-2.log" --oneteam.evidence.local.directory="$DATA/evidence"
echo "OneTeam on the restored directory ready in $(ms "$START") ms; $(verify_all)"
