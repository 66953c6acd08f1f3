#!/bin/bash
# Regenerates the parity goldens: for each line of cases.txt ("<case> <seed> <generate args...>"), generates the
# folder with LOADSCOPE_CLI, runs the reference notebook pipeline on it (with sorted directory listings, see
# run_reference_sorted.py), and keeps its small outputs in <case>/
# (connection_stats, thresholds, progression, basics, comparisons, and qos_summary.csv instead of the raw qos tables).
# Usage: tests/data/golden/make_goldens.sh path/to/loadscope-cli
# Env: LOADSCOPE_REFERENCE_PIPELINE (default /work/shared/reference/notebook_pipeline.py), PYTHON (/usr/bin/python3).
set -euo pipefail

cli=${1:?usage: make_goldens.sh LOADSCOPE_CLI}
reference=${LOADSCOPE_REFERENCE_PIPELINE:-/work/shared/reference/notebook_pipeline.py}
python=${PYTHON:-/usr/bin/python3}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

while read -r name seed args; do
    [[ -z "$name" || "$name" == \#* ]] && continue
    echo "== $name (seed $seed): $args"
    root="$work/$name/root"
    out="$work/$name/out"
    # shellcheck disable=SC2086  # the arguments are words on purpose
    "$cli" generate "$root" --seed "$seed" --threads 1 $args >/dev/null
    tests=$(ls "$root/stats" | sort)
    # shellcheck disable=SC2086
    "$python" "$here/run_reference_sorted.py" "$reference" "$root" --tests $tests --out "$out" >/dev/null
    rm -rf "${here:?}/$name"
    mkdir -p "$here/$name"
    (cd "$out" && cp connection_stats.csv thresholds_*.csv progression_*.csv basics*_*.csv comparisons*_*.csv \
        "$here/$name/")
    # shellcheck disable=SC2086
    "$python" "$here/qos_summary.py" "$out" $tests >"$here/$name/qos_summary.csv"
    echo "$tests" >"$here/$name/tests.txt"
done <"$here/cases.txt"
du -sh "$here"
