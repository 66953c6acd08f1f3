#!/usr/bin/env bash
# Builds everything (warnings as errors) and runs every test; then builds the whole tree again under
# AddressSanitizer + UndefinedBehaviorSanitizer (-O1, line tables) and runs every test again, so a memory error,
# a leak or undefined behaviour anywhere fails. Installs the Debian packages it needs first. Prints the wall time
# of each step.
set -euo pipefail
cd "$(dirname "$0")/.."
step() {
  local start=$SECONDS
  "$@"
  echo "[test.sh] $*: $((SECONDS - start)) s"
}
step packaging/install-deps.sh test
step cmake --preset ci
step cmake --build --preset ci
step ctest --preset ci
step cmake --preset sanitize
step cmake --build --preset sanitize
step ctest --preset sanitize
