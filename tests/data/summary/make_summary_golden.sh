#!/bin/sh
# Regenerates expected_summary.csv: a generated three-test folder (one test crashes) summarised by the independent
# Python reference make_summary_golden.py. Usage: make_summary_golden.sh path/to/loadscope-cli
set -eu
cli=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$cli" generate "$work/results" --seed 3 --tests kurento-2p pion-8p mediasoup-3p-10s --sessions 2 --duration 120 \
    --crash mediasoup-3p-10s >/dev/null
/usr/bin/python3 "$here/make_summary_golden.py" "$work/results" >"$here/expected_summary.csv"
