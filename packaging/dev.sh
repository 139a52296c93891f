#!/usr/bin/env bash
# The front door (README): set up a fresh Debian 12 machine, build, then
#   run   start the app on a ready welcome commons, or
#   test  run the whole test suite.
# Extra arguments after `run` go to the app (e.g. --profile DIR).
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
shift || true
case "$mode" in
  run|test) ;;
  *) echo "usage: packaging/dev.sh run|test" >&2; exit 2 ;;
esac

bash packaging/install-deps.sh

preset=default
[ "${CI:-}" = "true" ] && preset=ci

cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$(nproc)"

if [ "$mode" = run ]; then
  exec "build/$preset/app/commonplace" "$@"
fi
ctest --preset "$preset" -j "$(nproc)"
