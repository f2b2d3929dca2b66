#!/usr/bin/env bash
# Benchmark: one MB-megabyte evidence file (default 100) uploaded through the HTTP API to a 德令哈 demo case and
# downloaded again with its digest checked, on a fresh embedded database and evidence directory; the application's
# heap is sampled with jstat every 100 ms meanwhile. Prints throughput each way, the heap used before (after a full
# GC), its peak while streaming, and after (after a full GC). Usage: bench/evidence.sh [MB=100] [XMX=256m]
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-100}
XMX=${2:-256m}
PORT=${PORT:-18091}
. bench/lib.sh

build
APP_JAVA_OPTS="-Xmx$XMX" start_app "$DATA/postgres" "$DATA/app.log" --oneteam.evidence.local.directory="$DATA/evidence"
# heap used in MB: survivor, eden and old generation (jstat -gc columns S0U S1U EU OU)
heap() { jstat -gc "$APP" | awk 'NR == 2 { printf "%.1f", ($3 + $4 + $6 + $8) / 1024 }'; }
jcmd "$APP" GC.run > /dev/null
echo "application heap: -Xmx$XMX; used after a full GC before the upload: $(heap) MB"
jstat -gc "$APP" 100 | awk 'NR > 1 { printf "%.1f\n", ($3 + $4 + $6 + $8) / 1024; fflush() }' > "$DATA/heap.txt" &
SAMPLER=$!
OTHERS=$SAMPLER
java bench/EvidenceBench.java "http://localhost:$PORT" "$MB"
kill $SAMPLER
echo "heap used while streaming (jstat every 100 ms, garbage included): peak $(sort -n "$DATA/heap.txt" | tail -1) MB over $(wc -l < "$DATA/heap.txt") samples"
jcmd "$APP" GC.run > /dev/null
echo "heap used after a full GC after the download: $(heap) MB"
echo "files in the evidence directory: $(find "$DATA/evidence" -type f -not -path '*/.incoming/*' | wc -l), in .incoming: $(find "$DATA/evidence/.incoming" -type f 2>/dev/null | wc -l)"
