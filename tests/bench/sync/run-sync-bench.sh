#!/bin/sh
# The two sync figures of issue 6, on this machine, in one run.
#   tests/bench/sync/run-sync-bench.sh [BUILD_DIR] [PAGES COMMITS]
# Builds the two benchmarks in BUILD_DIR (default build/default), then prints:
#   1. initial sync of a generated commons (default 10,000 pages, 20,000 commits) to a
#      fresh member with `join`, against `git clone` through `git daemon` on loopback;
#   2. propagation of one edit through 16 nodes of degree 4 (time, record copies per node,
#      and the ihave notices of lazy push, counted apart; add "eager" to its arguments by
#      hand to see the old push-to-every-neighbour).
# Needs git (with git daemon). Add QT_LOGGING_RULES=commonplace.sync.debug=true for timings
# of each stage (pack building, transfer, checks, checkout).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../../.." && pwd)
build=${1:-$source_dir/build/default}
pages=${2:-10000}
commits=${3:-20000}
ninja -C "$build" -j2 bench_sync_initial bench_sync_propagation
echo "== Figure 1: initial sync ($pages pages, $commits commits)"
"$build/tests/bench/sync/bench_sync_initial" "$pages" "$commits" 3
echo "== Figure 2: propagation (16 nodes, degree 4)"
"$build/tests/bench/sync/bench_sync_propagation" 16 4 20
