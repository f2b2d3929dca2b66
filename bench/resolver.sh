#!/usr/bin/env bash
# Benchmark: the responsibility resolver (docs/adr/0054-responsibility-index.md). First its in-memory index in-process
# with JMH (bench/jmh, a build of its own against the application's plain jar): a synthetic province of 2,000 matters,
# 1,360 townships' empowerment lists and a boundary per matter and county; prints p50/p99 in microseconds and the
# index's size. Then the resolver through the API on the demo application: bench/IntakeBench.java grows the catalogue
# to 2,000 matters and asks ASKS times with C clients and with one (its orders part kept small, N).
# Usage: bench/resolver.sh [ASKS=5000] [C=8] [N=200]
set -euo pipefail
cd "$(dirname "$0")/.."
ASKS=${1:-5000}
C=${2:-8}
N=${3:-200}
PORT=${PORT:-18110}
. bench/lib.sh

build
# the JMH build fetches JMH 1.37 from Maven Central the first time, offline afterwards
./mvnw -q -B -f bench/jmh/pom.xml package
echo "--- in-process: the index lookup (JMH, 1 fork, 3 x 2 s warm-up, 5 x 2 s measurement)"
machine
java -cp bench/jmh/target/benchmarks.jar:target/oneteam-0.1.0-SNAPSHOT.jar.original org.openjdk.jmh.Main \
  ResolverBenchmark -foe true > "$DATA/jmh.log"
grep "index of the synthetic province" "$DATA/jmh.log"
grep -E "lookup(:p0.50|:p0.99|:p0.999)? " "$DATA/jmh.log" | sed 's/^ResolverBenchmark\.//'

echo "--- through the API: GET /api/v1/catalog/responsible"
start_demo
java bench/IntakeBench.java "http://localhost:$PORT" "$N" "$C" 2000 "$ASKS" | grep -v "^repeated"
machine
echo "application resident memory at the end: $(ps -o rss= -p $APP | awk '{printf "%d MB", $1 / 1024}')"
