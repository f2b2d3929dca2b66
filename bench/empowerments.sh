#!/usr/bin/env bash
# Benchmark: importing townships' empowerment lists through the API (docs/adr/0049-importing-empowerment-lists.md) on a
# fresh embedded demo database. A generated file of N rows — 赋权 of the demo's 海西 matters to the 海西 townships the
# demo does not empower, the acting body left to its default — is checked (dry run), imported, and imported again
# (all unchanged). Prints the answer, the time and rows per second of each step. Changes nothing outside a temporary
# data directory. Usage: bench/empowerments.sh [N=5000]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-5000}
PORT=${PORT:-18095}
. bench/lib.sh

build
start_demo

FILE="$DATA/empowerments.csv"
TOWNSHIPS=$(grep -o '^6328[0-9]\{5\}' src/main/resources/divisions/streets.csv \
  | grep -v -e 632801001 -e 632802001 -e 632802002 -e 632802100 -e 632802200)
MATTERS=$(cut -d, -f1 src/main/resources/demo/haixi-matters.csv | grep '^HX-')
{
  echo "乡镇代码,事项编码,方式,文号,发文日期,生效日期"
  for m in $MATTERS; do for t in $TOWNSHIPS; do echo "$t,$m,赋权,（基准测试）青海省乡镇（街道）赋权决定,2025-02-10,2025-03-01"; done; done
} | awk -v n="$N" 'NR <= n + 1' > "$FILE"
echo "file: $(($(wc -l < "$FILE") - 1)) rows, $(wc -c < "$FILE") bytes"

step() {
  local answer
  answer=$(curl -s -o "$DATA/answer.json" -w '%{http_code} %{time_total}' \
    -H "Authorization: Bearer ot_demo_admin_token_for_local_use_only" -F "file=@$FILE" \
    "http://localhost:$PORT/api/v1/catalog/empowerments/import$2")
  echo "$1: HTTP ${answer% *}, ${answer#* } s, $(awk -v n="$N" -v s="${answer#* }" 'BEGIN { printf "%d", n / s }') rows/s," \
    "$(grep -o '"created":[0-9]*,"unchanged":[0-9]*' "$DATA/answer.json" || head -c 300 "$DATA/answer.json")"
}
step "dry run  " "?dryRun=true"
step "import   " ""
step "re-import" ""
echo "application resident memory at the end: $(ps -o rss= -p $APP | awk '{printf "%d MB", $1 / 1024}')"
