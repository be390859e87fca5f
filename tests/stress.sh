#!/usr/bin/env bash
# The busy-machine check: run tests RUNS times in a row while stress-ng keeps two CPUs busy beside
# them, and print each run's result and time. Usage (from the repo root, after `source scripts/env.sh`):
#   tests/stress.sh [RUNS] [vitest arguments…]     e.g. tests/stress.sh 3 --project integration --project e2e
set -uo pipefail
runs="${1:-3}"
shift || true
stress-ng --cpu 2 --quiet &
stress=$!
trap 'kill "$stress" 2>/dev/null' EXIT
failed=0
for run in $(seq 1 "$runs"); do
  started=$(date +%s)
  if pnpm exec vitest run "$@" >"/tmp/bordenden-stress-$run.log" 2>&1; then result=passed; else result=FAILED; failed=1; fi
  summary=$(sed 's/\x1b\[[0-9;]*m//g' "/tmp/bordenden-stress-$run.log" | grep -E '^ +Tests ' | tr -s ' ')
  echo "run $run: $result in $(($(date +%s) - started)) s;${summary} (log: /tmp/bordenden-stress-$run.log, load $(cut -d' ' -f1-3 /proc/loadavg))"
done
exit "$failed"
