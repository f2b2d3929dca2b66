#!/usr/bin/env bash
# Benchmark: 12345 hotline work orders through the HTTP API on a fresh embedded database (the full national division
# tree loads at start), each routed by the catalogue resolver on arrival, with the catalogue grown to 2,000 matters by
# its import API; then the resolver alone. Prints orders per second and p50/p95, and resolver latency. Changes nothing
# outside a temporary data directory. Usage: bench/intake.sh [N=2000] [C=8] [MATTERS=2000]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-2000}
C=${2:-8}
MATTERS=${3:-2000}
PORT=${PORT:-18093}
. bench/lib.sh

build
start_demo
grep -o "Division tree loaded.*" "$DATA/app.log" || true
java bench/IntakeBench.java "http://localhost:$PORT" "$N" "$C" "$MATTERS"
echo "application resident memory at the end: $(ps -o rss= -p $APP | awk '{printf "%d MB", $1 / 1024}')"
