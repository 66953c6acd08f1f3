#!/usr/bin/env bash
# Builds everything (warnings as errors) and runs every test; then builds the whole tree again under
# AddressSanitizer + UndefinedBehaviorSanitizer (-O1, line tables) and runs every test again, so a memory error,
# a leak or undefined behaviour anywhere fails. Installs the Debian packages it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci
cmake --preset sanitize
cmake --build --preset sanitize
ctest --preset sanitize
