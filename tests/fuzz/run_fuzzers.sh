#!/usr/bin/env bash
# Runs the libFuzzer targets one after another (the machine is shared: one at a time, nice 19), each until
# RUNS executions or SECONDS seconds, whichever comes first. The seed corpus is only read; new inputs go to
# WORK/corpus/<target>, crashes to WORK/artifacts/<target>/, logs to WORK/logs/<target>.log (the last line of
# "#N DONE" / "stat::number_of_executed_units" there is the count).
#   run_fuzzers.sh BUILD_DIR [WORK=/tmp/fuzz] [SECONDS=1800] [RUNS=10000000] [TARGET...]
# BUILD_DIR is configured with CC=clang CXX=clang++ -DLOADSCOPE_FUZZ=ON -DLOADSCOPE_BUILD_GUI=OFF.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$1"; work="${2:-/tmp/fuzz}"; seconds="${3:-1800}"; runs="${4:-10000000}"
shift $(( $# < 4 ? $# : 4 ))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(batches latency_samples log resource_csv metricbeat results_report qoe events stats)
for target in "${targets[@]}"; do
  mkdir -p "$work/corpus/$target" "$work/artifacts/$target" "$work/logs"
  echo "$(date -u +%FT%TZ) $target: start" >> "$work/logs/summary.txt"
  nice -n 19 "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -runs="$runs" -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$work/artifacts/$target/" \
    "$work/corpus/$target" "$here/corpus/$target" > "$work/logs/$target.log" 2>&1
  status=$?
  executed=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/logs/$target.log" | grep -o '[0-9]*$')
  echo "$(date -u +%FT%TZ) $target: exit $status, ${executed:-?} executions" >> "$work/logs/summary.txt"
done
