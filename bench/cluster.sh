#!/usr/bin/env bash
# Benchmark: two instances behind HAProxy on one database, and one of them killed (docs/adr/0055-several-instances.md).
# Instance A starts with the demo data and owns the embedded PostgreSQL; HAProxy (ops/haproxy.cfg, Debian's package,
# installed when missing) round-robins over A and B. C clients send 12345 work orders through HAProxy for SECONDS each
# time: first with A alone, then with A and B (after a warm-up of B, half as long), then again with A and B while B is
# killed with kill -9 half-way (counted from the load's first request). Between
# the last two a sign-in session is checked across both instances. Then the database is asked: every acknowledged
# order must be stored (lost: 0) and none twice (duplicated: 0); the publications B left incomplete must be completed
# by A's resubmission scan (resubmit-after and the time after which B, no longer beating, is taken for gone shortened
# to 20 s here). Prints figures; changes nothing outside a temporary
# data directory. Usage: bench/cluster.sh [SECONDS=20] [C=8]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-20}
C=${2:-8}
PORT=${PORT:-18121}
PORT_B=${PORT_B:-18122}
LB_PORT=${LB_PORT:-18120}
. bench/lib.sh

if ! command -v haproxy >/dev/null; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends haproxy >/dev/null
fi
echo "$(haproxy -v | head -1)"

# behind HAProxy: sessions in the database, the client's address from X-Forwarded-For; the outbox resubmitted sooner
# than in production
BEHIND=(--oneteam.sessions.in-database=true --server.forward-headers-strategy=native --oneteam.events.resubmit-after=PT20S
  --oneteam.events.resubmit-interval=PT10S --oneteam.events.heartbeat-interval=PT5S
  --oneteam.events.instance-lost-after=PT20S)
build
start_demo "${BEHIND[@]}"
use_database "$DATA/app.log" "$DATA/postgres"
ONETEAM_LB_PORT=$LB_PORT ONETEAM_A_PORT=$PORT ONETEAM_B_PORT=$PORT_B haproxy -db -f ops/haproxy.cfg \
  > "$DATA/haproxy.log" 2>&1 &
OTHERS="$OTHERS $!"
LB="http://127.0.0.1:$LB_PORT"

# until HAProxy sends requests to the instance named $1 (its health check saw it ready twice)
serving() {
  for _ in $(seq 1 100); do
    if curl -s -o /dev/null -D - "$LB/actuator/health/readiness" | grep -qi "x-oneteam-instance: $1"; then return; fi
    sleep 0.2
  done
  echo "HAProxy never sent a request to $1"; exit 1
}
rss() { ps -o rss= -p "$1" | awk '{printf "%d MB", $1 / 1024}'; }
RUN=K$(date +%s)

serving a
echo "--- one instance (a) behind HAProxy: $C clients, $DURATION s"
java bench/ClusterBench.java load "$LB" "$DURATION" "$C" "$RUN-one" "$DATA/acknowledged.txt" | tee "$DATA/one.txt"

START=$(date +%s%N)
start_another "$PORT_B" "$DATA/b.log" "${BEHIND[@]}"
B=$ANOTHER
echo "instance b started on the same database in $(ms "$START") ms ($(grep -o "OneTeam is ready in [0-9]* ms" "$DATA/b.log"))"
serving b
echo "--- warm-up of b (its first requests load classes and compile): $C clients, $((DURATION / 2)) s"
java bench/ClusterBench.java load "$LB" "$((DURATION / 2))" "$C" "$RUN-warm" "$DATA/acknowledged.txt"
echo "--- two instances (a, b) behind HAProxy: $C clients, $DURATION s"
java bench/ClusterBench.java load "$LB" "$DURATION" "$C" "$RUN-two" "$DATA/acknowledged.txt" | tee "$DATA/two.txt"
echo "resident memory: a $(rss "$APP"), b $(rss "$B")"

echo "--- a session through HAProxy"
java bench/ClusterBench.java session "$LB"

echo "--- two instances, b killed with kill -9 after $((DURATION / 2)) s: $C clients, $DURATION s"
java bench/ClusterBench.java load "$LB" "$DURATION" "$C" "$RUN-kill" "$DATA/acknowledged.txt" > "$DATA/kill.txt" &
LOAD=$!
# from the first request on, not from the JVM's start (the bench's source is compiled first)
until grep -qs "^started" "$DATA/kill.txt"; do sleep 0.1; done
sleep $((DURATION / 2))
kill -9 "$B"
echo "b killed (kill -9) at $(date +%T)"
wait "$LOAD"
cat "$DATA/kill.txt"
echo "resident memory: a $(rss "$APP")"

echo "--- the database"
SQL -At <<SQL
create temp table acknowledged (order_id text primary key);
\copy acknowledged from '$DATA/acknowledged.txt'
select 'acknowledged orders: ' || count(*) from acknowledged;
select 'lost (acknowledged, not stored): ' || count(*) from acknowledged a
  where not exists (select 1 from intake_event e where e.channel = 'HOTLINE_12345' and e.external_id = a.order_id);
select 'duplicated (one order id stored twice): ' || count(*) from (select description from intake_event
  where description like '集群基准工单 $RUN-%' group by description having count(*) > 1) d;
select 'stored but never acknowledged (the answer lost with b): ' || count(*) from intake_event e
  where e.channel = 'HOTLINE_12345' and e.external_id like '$RUN-%'
  and not exists (select 1 from acknowledged a where a.order_id = e.external_id);
SQL
INCOMPLETE=$(VALUE "select count(*) from event_publication where completion_date is null")
echo "incomplete event publications after the kill: $INCOMPLETE"
for _ in $(seq 1 60); do
  [ "$(VALUE "select count(*) from event_publication where completion_date is null")" = 0 ] && break
  sleep 2
done
echo "incomplete event publications after a's resubmission scan: $(VALUE "select count(*) from event_publication where completion_date is null")"

one=$(grep -o "throughput: [0-9.]*" "$DATA/one.txt" | grep -o "[0-9.]*$")
two=$(grep -o "throughput: [0-9.]*" "$DATA/two.txt" | grep -o "[0-9.]*$")
echo "HAProxy's view of the servers:"
grep -Eo "Server instances/[ab] is (UP|DOWN).*" "$DATA/haproxy.log" | cut -c1-120 || true
echo "two instances against one: $two / $one orders/s = $(awk "BEGIN { printf \"%.2f\", $two / $one }")x"
machine
