#!/usr/bin/env bash
# ctest packaging_deb: builds the .deb with CPack, checks its control data and file list, unpacks it into a temporary
# root and runs what it installed there (loadscope-cli --version and report on the sample, loadscope --version), then
# validates the installed desktop entry, AppStream file and man pages.
# Usage: check_deb.sh BUILD_DIR SOURCE_DIR VERSION GUI(ON|OFF)
set -euo pipefail
build_dir=$1 source_dir=$2 version=$3 gui=$4

fail() { echo "packaging_deb: FAIL: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null || fail "$1 is missing (packaging/install-deps.sh installs it)"; }
for tool in cpack dpkg-deb dpkg-shlibdeps file desktop-file-validate appstreamcli; do need "$tool"; done
case "$gui" in ON|on|1|TRUE|true|YES|yes) gui=ON ;; *) gui=OFF ;; esac

work=$(mktemp -d "${TMPDIR:-/tmp}/loadscope-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "== cpack"
deb=$(bash "$source_dir/packaging/build_deb.sh" "$build_dir" "$work/out" "$version") || fail "no package"

echo "== dpkg-deb --info"
info=$(dpkg-deb --info "$deb")
echo "$info"
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = loadscope ] || fail "Package is '$(field Package)', not loadscope"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not the project's $version"
[ "$(field Section)" = science ] || fail "Section is '$(field Section)', not science"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
depends=$(field Depends)
# Package names alone, one a line: "libc6 (>= 2.34), libstdc++6 (>= 11)" -> libc6, libstdc++6.
depend_names=$(sed 's/([^)]*)//g' <<<"$depends" | tr ',|' '\n\n' | tr -d ' ')
# shlibdeps must have named the C++ runtime (and Qt with the GUI): proof that it ran, not an empty Depends.
expected_depends=(libc6 libstdc++6)
# libqt6gui6 holds the offscreen and xcb platform plugins; a font, as a fresh root may have none.
[ "$gui" = ON ] && expected_depends+=(libqt6widgets6 libqt6gui6 libqt6svg6 fonts-dejavu-core)
for d in "${expected_depends[@]}"; do
  grep -qxF "$d" <<<"$depend_names" || fail "Depends lacks $d: $depends"
done

echo "== dpkg-deb --contents"
contents=$(dpkg-deb --contents "$deb" | awk '{print $NF}')
expected_files=(./usr/bin/loadscope-cli ./usr/share/man/man1/loadscope-cli.1)
if [ "$gui" = ON ]; then
  expected_files+=(./usr/bin/loadscope ./usr/share/man/man1/loadscope.1
                   ./usr/share/applications/loadscope.desktop
                   ./usr/share/metainfo/io.github.loadscope.metainfo.xml
                   ./usr/share/icons/hicolor/scalable/apps/loadscope.svg)
fi
for f in "${expected_files[@]}"; do
  grep -qxF "$f" <<<"$contents" || fail "the package lacks $f"
done
echo "${#expected_files[@]} expected files present"

echo "== unpack"
root="$work/root"
dpkg-deb -x "$deb" "$root"
cli="$root/usr/bin/loadscope-cli"
file -b "$cli" | grep -q '^ELF .*, stripped$' || fail "$cli is not a stripped ELF executable: $(file -b "$cli")"

echo "== loadscope-cli --version"
out=$("$cli" --version) || fail "loadscope-cli --version exited $?"
[ "$out" = "loadscope-cli $version" ] || fail "loadscope-cli --version printed '$out'"

echo "== loadscope-cli report on resources/sample"
status=0
"$cli" report "$source_dir/resources/sample" --out "$work/report" >"$work/report.log" 2>&1 || status=$?
[ "$status" -eq 0 ] || { cat "$work/report.log" >&2; fail "report exited $status"; }
for table in segments thresholds progression qos_summary comparisons quality summary problems; do
  [ -s "$work/report/$table.csv" ] || fail "report did not write $table.csv"
done
rows=$(($(wc -l <"$work/report/segments.csv") - 1))
[ "$rows" -gt 0 ] || fail "segments.csv has no rows"
echo "report wrote 8 tables, $rows segments"

if [ "$gui" = ON ]; then
  echo "== loadscope --version"
  out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/loadscope" --version 2>/dev/null) || fail "loadscope --version failed"
  [ "$out" = "loadscope $version" ] || fail "loadscope --version printed '$out'"

  echo "== desktop-file-validate"
  desktop-file-validate "$root/usr/share/applications/loadscope.desktop" || fail "desktop-file-validate"
  echo "== appstreamcli validate --no-net"
  appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.loadscope.metainfo.xml" \
    || fail "appstreamcli validate"
  file -b "$root/usr/share/icons/hicolor/scalable/apps/loadscope.svg" | grep -q SVG || fail "the icon is not SVG"
fi

# man's own warnings (groff's) on the installed pages; man is not part of a minimal CI image.
if command -v man >/dev/null; then
  echo "== man --warnings"
  for page in "$root"/usr/share/man/man1/*.1; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "man warns on $(basename "$page"): $warnings"
    grep -q "^\.TH .*\"loadscope $version\"" "$page" || fail "$(basename "$page") does not name version $version"
  done
fi
echo "packaging_deb: OK"
