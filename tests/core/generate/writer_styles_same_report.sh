#!/bin/sh
# Issue 16: every format-only variation of the real writers leaves the report unchanged. The same seed generated
# with --writer 2024, ansi (the controller log captured through a terminal) and 2026 (Spring Boot 4 log, websocket
# lines, compact QoE cuts, emulated participants), and with --media-node metricbeat (the media node's Metricbeat
# export instead of the hand-merged CSV), gives byte-identical CSVs in both modes, once the variations are checked
# to be there. The 2026 QoE script also writes other values (clamped to [0, 1], no file for a rejected recording;
# their own test is test_generate_qoe_cuts), so for 2026 the report is compared without what it reads of the cuts:
# segments.csv's QOE segments and qoe / qoe_metric columns, summary.csv's median_vmaf and median_visqol, the vmaf and
# visqol rows of thresholds.csv and comparisons.csv, and problems.csv's rows about qoe/ files.
# Usage: writer_styles_same_report.sh path/to/loadscope-cli WORKDIR
set -eu
cli=$1
work=$2
rm -rf "$work"
mkdir -p "$work"
log=logs/loadtest-webrtc-2024-pion-3p-40s.log
for variant in 2024 ansi 2026 metricbeat; do
    case $variant in
    metricbeat) format="--media-node metricbeat" ;;
    *) format="--writer $variant" ;;
    esac
    # shellcheck disable=SC2086 # $format is two words
    "$cli" generate "$work/$variant" --seed 16 --tests kurento-2p pion-3p-40s --duration 120 --capacity-scale 0.7 \
        $format >/dev/null
    for mode in corrected notebook; do
        "$cli" report "$work/$variant" --out "$work/report-$variant-$mode" --mode "$mode" >/dev/null
    done
done

fail() { echo "FAIL: $*" >&2; exit 1; }
esc=$(printf '\033')
grep -q "${esc}\[31mERROR${esc}\[0;39m" "$work/ansi/$log" || fail "no coloured ERROR in the ansi log"
grep -q "$esc" "$work/2024/$log" && fail "colour codes in the 2024 log"
grep -q '\[LOADTEST mode\] Starting test with one session 3:40 topology' "$work/2026/$log" || fail "no 2026 start line"
grep -q 'Saved result in /.*/results-20[0-9-]*_[0-9-]*\.txt' "$work/2026/$log" || fail "no 2026 end line"
grep -q 'Received exception from .*failed [0-9]* times' "$work/2026/$log" || fail "no websocket echo of a failure"
grep -q 'Received message: ' "$work/2026/$log" || fail "no websocket message"
cuts=$(find "$work/2026/qoe" -name '*_cuts.json' | head -n 1)
grep -q '"cut_index":' "$cuts" || fail "2026 QoE cuts are not compact"
# 2026 emulated participants: events.json and stats.json stay `[]` (2 bytes), connections.json has the join.
[ -n "$(find "$work/2026/stats" -name events.json -size 2c)" ] || fail "no emulated participant in the 2026 folder"
[ -z "$(find "$work/2024/stats" -name events.json -size 2c)" ] || fail "an emulated participant in the 2024 folder"
# 2026 leftovers beside the session folders, read without a word (the report would not differ anyway).
[ -n "$(find "$work/2026/stats" -path '*/perf-results/run-*.json')" ] || fail "no perf-results in the 2026 folder"
# The Metricbeat export instead of the CSV: cpu and memory documents, and another node's to skip.
metricbeat=$work/metricbeat/dfs_final/loadtest-webrtc-2024-pion-3p-40s-medianode
[ -e "$metricbeat.csv" ] && fail "a media-node CSV beside the Metricbeat export"
grep -q '"system":{"cpu":{.*"norm":{"pct":' "$metricbeat.ndjson" || fail "no Metricbeat cpu document"
grep -q '"system":{"memory":{.*"actual":{"used":' "$metricbeat.ndjson" || fail "no Metricbeat memory document"
grep -q '"node_role":"browseremulator"' "$metricbeat.ndjson" || fail "no other node's document"
# Failures are there to be counted (a reader that misses them would change summary.csv).
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "failures") c = i } NR > 1 && $c > 0 { found = 1 }
         END { exit !found }' "$work/report-2024-corrected/summary.csv" || fail "no failures in the generated tests"

# A report CSV without the columns and rows read from QoE values (the dropped columns follow only unquoted cells,
# so a plain split on `,` finds them; the rows are matched on `kind`, `type` or `file`, left of any quoted cell).
withoutQoe() {
    awk -F, 'NR == 1 {
                 for (i = 1; i <= NF; i++) {
                     if ($i == "qoe" || $i == "qoe_metric" || $i == "median_vmaf" || $i == "median_visqol") drop[i] = 1
                     if ($i == "kind") kind = i
                     if ($i == "type") type = i
                     if ($i == "file") file = i
                 }
             }
             kind && ($kind == "vmaf" || $kind == "visqol") { next }
             type && $type == "QOE" { next }
             file && $file ~ /^qoe\// { next }
             { line = ""; sep = ""
               for (i = 1; i <= NF; i++) if (!(i in drop)) { line = line sep $i; sep = "," }
               print line }' "$1"
}
status=0
for variant in ansi 2026 metricbeat; do
    for mode in corrected notebook; do
        for csv in "$work/report-2024-$mode"/*.csv; do
            name=$(basename "$csv")
            other=$work/report-$variant-$mode/$name
            if [ "$variant" = 2026 ]; then
                withoutQoe "$csv" >"$work/expected.csv"
                withoutQoe "$other" >"$work/actual.csv"
                cmp "$work/expected.csv" "$work/actual.csv" && continue
            elif cmp "$csv" "$other"; then
                continue
            fi
            echo "FAIL: $variant changes $name in $mode mode" >&2
            status=1
        done
    done
done
[ "$status" -eq 0 ] &&
    echo "same report for --writer 2024, ansi, 2026 (but for its QoE values) and --media-node metricbeat in both modes"
exit "$status"
