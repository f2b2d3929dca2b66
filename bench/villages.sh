#!/usr/bin/env bash
# Benchmark: first-start time on a fresh embedded database, village import rate (620,573 real rows through
# PostgreSQL COPY), re-import, and division search latency with villages loaded. Prints figures; changes nothing
# outside a temporary data directory. Usage: bench/villages.sh [path to villages.csv.gz]
set -euo pipefail
cd "$(dirname "$0")/.."
VILLAGES=$(realpath "${1:-../shared/data/divisions/villages.csv.gz}")
PORT=${PORT:-18080}
TOKEN=ot_demo_admin_token_for_local_use_only
. bench/lib.sh

build
START=$(date +%s%N)
start_app "$DATA/postgres" "$DATA/app.log"
echo "first start on a fresh database: $(ms "$START") ms (process start to ready)"
grep -o "Division tree loaded.*" "$DATA/app.log"

api() { curl -sf -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" "$@"; }
echo "village import:    $(api -X POST -d "{\"path\":\"$VILLAGES\"}" "http://localhost:$PORT/api/v1/regions/villages/import")"
echo "village re-import: $(api -X POST -d "{\"path\":\"$VILLAGES\"}" "http://localhost:$PORT/api/v1/regions/villages/import")"
for q in 社区 德令哈 632802001; do
  for i in 1 2 3; do
    curl -s -o /dev/null -w "%{time_total}\n" -G --data-urlencode "q=$q" -H "Authorization: Bearer $TOKEN" \
      "http://localhost:$PORT/api/v1/regions/search"
  done | sort -n | sed -n 2p | xargs printf "search %-10s median of 3: %s s\n" "$q"
done
echo "heap used after import: $(jcmd $APP GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 || echo n/a)"
