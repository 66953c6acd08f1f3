#!/usr/bin/env bash
# Fails when a C++ file of the tree is not formatted as .clang-format says (clang-format 14, Debian 12), and prints
# the first lines each such file would change. Fix with: clang-format -i FILE (or the whole tree, see HACKING.md).
set -uo pipefail
src=${1:?usage: check_format.sh SOURCE_DIR}
cd "$src" || exit 2
command -v clang-format >/dev/null || { echo "clang-format is not installed (packaging/install-deps.sh test)"; exit 2; }
mapfile -t files < <(find app core ui tests -type f \( -name '*.cpp' -o -name '*.h' \) | sort)
bad=0
for f in "${files[@]}"; do
  if ! clang-format --style=file --dry-run --Werror "$f" 2>/dev/null; then
    bad=$((bad + 1))
    echo "not formatted: $f"
    clang-format --style=file "$f" | diff "$f" - | head -8
  fi
done
echo "${#files[@]} files checked, $bad not formatted"
[ "$bad" -eq 0 ]
