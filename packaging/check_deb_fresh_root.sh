#!/usr/bin/env bash
# ctest packaging_fresh_root: installs the .deb on a fresh Debian 12 root as a new user would
# (`apt-get install ./loadscope_*.deb`, apt pulling in every run-time package from the mirrors), then runs
# `loadscope-cli report` on the installed sample and `loadscope --screenshot` offscreen there. Proves the package's
# Depends complete: the root has nothing but what mmdebstrap --variant=minbase puts in it.
# LOADSCOPE_FRESH_ROOT names an untouched root to copy (.ci/run makes one); without it the test is skipped (77).
# The screenshot is left in BUILD_DIR/fresh-root-screenshot.png to be looked at.
# Usage: check_deb_fresh_root.sh BUILD_DIR SOURCE_DIR VERSION
set -euo pipefail
build_dir=$1 source_dir=$2 version=$3

fail() { echo "packaging_fresh_root: FAIL: $*" >&2; exit 1; }
pristine=${LOADSCOPE_FRESH_ROOT:-}
if [ -z "$pristine" ] || [ ! -x "$pristine/usr/bin/apt-get" ]; then
  echo "packaging_fresh_root: SKIP: LOADSCOPE_FRESH_ROOT names no fresh Debian root (.ci/run makes one)"
  exit 77
fi
[ "$(id -u)" -eq 0 ] || fail "needs root (mount, chroot)"

work=$(mktemp -d "${TMPDIR:-/tmp}/loadscope-fresh.XXXXXX")
# shellcheck source=packaging/fresh_root.sh
source "$source_dir/packaging/fresh_root.sh"
trap 'fresh_root_remove "$work/root"; rm -rf "$work"' EXIT

echo "== cpack"
mkdir -p "$work/share"
deb=$(bash "$source_dir/packaging/build_deb.sh" "$build_dir" "$work/out" "$version") || fail "no package"
cp "$deb" "$work/share/"
echo "== a fresh root"
fresh_root_copy "$pristine" "$work/root"
SECONDS=0
fresh_root_run "$work/root" "$work/share" bash -euo pipefail -c '
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends ./loadscope_*.deb >apt.log 2>&1 \
    || { cat apt.log; exit 1; }
  grep -E "^(Setting up|The following NEW)" apt.log | wc -l | xargs echo "packages set up:"
  loadscope-cli report /usr/share/loadscope/sample --out /tmp/report
  ls /tmp/report >tables.txt
  QT_QPA_PLATFORM=offscreen loadscope --screenshot screenshot.png --size 1600x1000 \
    --test loadtest-webrtc-2024-pion-3p-10s --inspect 5-1 2>gui.err  # no folder: the installed sample
' || fail "install or run in the fresh root failed"
echo "install and run: $SECONDS s"

for table in segments thresholds progression qos_summary comparisons quality summary problems; do
  grep -qx "$table.csv" "$work/share/tables.txt" || fail "report wrote no $table.csv in the fresh root"
done
[ -s "$work/share/screenshot.png" ] || fail "no screenshot"
file -b "$work/share/screenshot.png" | grep -q '^PNG image data, 1600 x 1000' || fail "screenshot: $(file -b "$work/share/screenshot.png")"
# Qt says so when it finds no font at all: every label would be blank.
if grep -qi "font" "$work/share/gui.err"; then cat "$work/share/gui.err" >&2; fail "the GUI found no usable font"; fi
cp "$work/share/screenshot.png" "$build_dir/fresh-root-screenshot.png"
echo "packaging_fresh_root: OK (screenshot: $build_dir/fresh-root-screenshot.png)"
