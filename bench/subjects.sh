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
. bench/lib.sh

build
start_demo

echo "--- $N subjects imported, then $Q searches by code and $Q by name"
java -cp target/classes bench/SubjectBench.java "http://localhost:$PORT" "$N" "$Q"
grep -o "Imported [0-9]* subjects.*" "$DATA/app.log" || true
echo "application resident memory at the end: $(ps -o rss= -p $APP | awk '{printf "%d MB", $1 / 1024}')"
echo "application peak resident memory: $(awk '/VmHWM/ {printf "%d MB", $2 / 1024}' /proc/$APP/status)"
