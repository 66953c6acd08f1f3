#!/usr/bin/env bash
# Installs the Debian 12 packages loadscope needs. Idempotent; asks apt only for what is missing.
#   install-deps.sh app    what building and running the GUI and CLI need (packaging/run.sh)
#   install-deps.sh test   that, plus what the tests use (packaging/test.sh; the default)
# Each list was checked on a fresh root (`mmdebstrap --variant=minbase bookworm`, see .ci/run): a package missing
# here fails CI there, whatever this machine happens to have.
set -euo pipefail
what=${1:-test}

app_packages=(
  build-essential cmake ninja-build ccache pkg-config
  # Qt 6. qt6-charts-dev's CMake package needs Qt6OpenGL, which only libqt6opengl6-dev ships.
  qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libgl-dev
  libqcustomplot-dev nlohmann-json3-dev libboost-math-dev libsimdjson-dev
  # The charts' PNG writer (ui/plot/png_encoder) links zlib itself.
  zlib1g-dev
  # Run time: the SVG icon/image plugins and a font (a root may have none: charts without glyphs).
  libqt6svg6 fonts-dejavu-core
)
test_packages=(
  # packaging_deb: cpack's DEB generator and the checks of the package it builds.
  dpkg-dev file desktop-file-utils appstream
  # style_clang_format: the tree is formatted as .clang-format says.
  clang-format
  # The HTML report is loaded in a real browser.
  chromium
)

case "$what" in
  app) packages=("${app_packages[@]}") ;;
  test) packages=("${app_packages[@]}" "${test_packages[@]}") ;;
  *) echo "usage: $0 [app|test]" >&2; exit 2 ;;
esac

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
