#!/usr/bin/env bash
# Benchmark: a county's roster through the HTTP API on a fresh embedded database (docs/adr/0048-onboarding-a-county.md)
# — a new 湟源县 bureau with a brigade and a stationed group, then N invented people (half establishment staff with a
# certificate, a quarter auxiliaries, a quarter grid workers) from one CSV: the dry run, the import and the same file
# again (all unchanged), each timed end to end. Prints figures; changes nothing outside a temporary data directory.
# Usage: bench/roster.sh [N=5000]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-5000}
PORT=${PORT:-18083}
T=ot_demo_admin_token_for_local_use_only
. bench/lib.sh

build
start_demo
API="http://localhost:$PORT/api/v1"
json() { curl -sf -H "Authorization: Bearer $T" -H 'Content-Type: application/json' "$@"; }
BODY=$(json "$API/organizations" -d '{"code":"630123-bench","name":"湟源县综合行政执法局","kind":"ENFORCEMENT_BUREAU","bodyType":"OWN_POWER","seat":"630123"}' \
  | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
json "$API/organizations/$BODY/teams" -d '{"name":"大队","kind":"BRIGADE"}' > /dev/null
json "$API/organizations/$BODY/teams" -d '{"name":"城关镇派驻执法组","kind":"STATIONED_GROUP","township":"630123100"}' > /dev/null

# invented ID numbers of 湟源县 with their check character (GB 11643, ISO 7064 MOD 11-2)
awk -v n="$N" 'BEGIN {
  split("7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2", w, " "); c = "10X98765432"
  print "姓名,身份证号码,人员类别,编制类别,所属队伍,法制审核人员,法律职业资格,入职日期,执法证号,发证机关,执法领域,有效期起,有效期至"
  for (i = 0; i < n; i++) {
    id = sprintf("6301231980%02d%02d%03d", i % 12 + 1, int(i / 12) % 28 + 1, int(i / 336) % 1000)
    s = 0; for (k = 1; k <= 17; k++) s += substr(id, k, 1) * w[k]
    id = id substr(c, s % 11 + 1, 1)
    if (i % 4 < 2) printf "人员%d,%s,在编,事业,%s,否,否,2020-01-01,BENCH-%d,青海省人民政府,城市管理、市场监管,2024-01-01,2028-12-31\n", i, id, (i % 2 ? "城关镇派驻执法组" : "大队"), i
    else if (i % 4 == 2) printf "人员%d,%s,辅助,,大队,否,否,2021-01-01,,,,,\n", i, id
    else printf "人员%d,%s,网格员,,,否,否,2022-01-01,,,,,\n", i, id
  } }' > "$DATA/roster.csv"
echo "--- $N rows, $(wc -c < "$DATA/roster.csv") bytes"
upload() {
  curl -s -o "$DATA/answer.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $T" \
    -F "file=@$DATA/roster.csv" "$API/organizations/$BODY/people/import$1"
}
for step in "?dryRun=true dry run" " import" " again"; do
  read -r code seconds <<< "$(upload "${step%% *}")"
  echo "${step#* }: HTTP $code in ${seconds} s — $(grep -o '"created":[0-9]*,"updated":[0-9]*,"unchanged":[0-9]*' "$DATA/answer.json" || head -c 300 "$DATA/answer.json")"
done
