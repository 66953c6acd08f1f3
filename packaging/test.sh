#!/usr/bin/env bash
# Builds everything (warnings as errors) and runs every test. Installs the Debian packages it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci
