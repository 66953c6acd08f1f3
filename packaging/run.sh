#!/usr/bin/env bash
# Builds the GUI (and only what it needs) and opens it on the bundled sample results; arguments go to loadscope
# (a results folder, --test, --screenshot ...). Installs the Debian packages it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh app
cmake --preset default
cmake --build --preset app
exec build/app/gui/loadscope "$@"
