#!/usr/bin/env bash
# Builds loadscope and opens the GUI on the bundled sample results. Installs the Debian packages it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
cmake --preset default
cmake --build --preset default
exec build/app/gui/loadscope "$@"
