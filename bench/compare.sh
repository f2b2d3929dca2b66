#!/usr/bin/env bash
# Before and after in one run on one machine: builds the jar of an earlier commit (in a temporary worktree) and of the
# working tree, then runs the same benches on both, one after the other, each on a fresh embedded database, with the
# same arguments; prints each bench's output under its jar. Changes nothing outside temporary directories.
# Usage: bench/compare.sh BEFORE_COMMIT [BENCHES="cases intake"]   (e.g. bench/compare.sh c6e0f73)
set -euo pipefail
cd "$(dirname "$0")/.."
BEFORE=${1:?the commit to compare with}
BENCHES=${2:-cases intake}
OLD=$(mktemp -d)
trap 'git worktree remove --force "$OLD/src" >/dev/null 2>&1 || true; rm -rf "$OLD"' EXIT
git worktree add -q --detach "$OLD/src" "$BEFORE"
(cd "$OLD/src" && ./mvnw -q -DskipTests package)
./mvnw -q -DskipTests package
echo "before: $(git log -1 --format='%h %s' "$BEFORE" | cut -c1-100)"
echo "after:  $(git log -1 --format='%h %s' | cut -c1-100)$(git diff --quiet HEAD || echo ' (with uncommitted changes)')"
for bench in $BENCHES; do
  for side in before after; do
    if [ $side = before ]; then jar="$OLD/src/target/oneteam-0.1.0-SNAPSHOT.jar"; else jar=target/oneteam-0.1.0-SNAPSHOT.jar; fi
    echo "=== $bench, $side"
    # the bench scripts of this tree drive both jars (the old jar's API is the same)
    SKIP_BUILD=1 JAR="$jar" "bench/$bench.sh"
  done
done
