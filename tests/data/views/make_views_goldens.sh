#!/bin/bash
# Regenerates the goldens of the QoE-progression and QoS-over-time views: generates the folder of case.txt with
# LOADSCOPE_CLI, runs the reference notebook pipeline on it (sorted listings, ../golden/run_reference_sorted.py),
# then the notebook's two chart cells on its tables (views_cells.py).
# Usage: tests/data/views/make_views_goldens.sh path/to/loadscope-cli
# Env: LOADSCOPE_REFERENCE_PIPELINE (default /work/shared/reference/notebook_pipeline.py), PYTHON (/usr/bin/python3).
set -euo pipefail

cli=${1:?usage: make_views_goldens.sh LOADSCOPE_CLI}
reference=${LOADSCOPE_REFERENCE_PIPELINE:-/work/shared/reference/notebook_pipeline.py}
python=${PYTHON:-/usr/bin/python3}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

read -r seed args <"$here/case.txt"
# shellcheck disable=SC2086  # the arguments are words on purpose
"$cli" generate "$work/root" --seed "$seed" --threads 1 $args >/dev/null
tests=$(ls "$work/root/stats" | sort)
# shellcheck disable=SC2086
"$python" "$here/../golden/run_reference_sorted.py" "$reference" "$work/root" --tests $tests --out "$work/out" \
    --skip-comparisons >/dev/null
rm -f "$here"/qoe_progression_*.csv "$here"/qos_over_time_*.csv
# shellcheck disable=SC2086
"$python" "$here/views_cells.py" "$work/out" $tests
echo "$tests" >"$here/tests.txt"
du -sh "$here"
