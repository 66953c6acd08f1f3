#!/usr/bin/env bash
# Builds the Debian package of a configured and built tree with CPack and prints its path.
# Usage: build_deb.sh BUILD_DIR OUT_DIR VERSION
set -euo pipefail
build_dir=$1 out_dir=$2 version=$3
cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$out_dir" >"$out_dir.cpack.log" 2>&1 \
  || { cat "$out_dir.cpack.log" >&2; echo "cpack failed" >&2; exit 1; }
deb="$out_dir/loadscope_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || { ls -l "$out_dir" >&2; echo "cpack did not write $(basename "$deb")" >&2; exit 1; }
echo "$deb"
