#!/bin/sh
# Prints the Go goldens of the tie-heavy samples with a real Go toolchain running the seed's Go package itself.
#
# Usage: make_go_goldens.sh GO TDIGEST_DIR [SEED_FILE]
#   GO           the go command of the release to record, e.g. /usr/lib/go-1.19/bin/go (Debian 12's golang-1.19)
#   TDIGEST_DIR  github.com/influxdata/tdigest at tag v0.0.1 (the version goresponsiveness requires), e.g.
#                `git -C tdigest archive v0.0.1 | tar -x -C DIR`; Debian's golang-github-influxdata-tdigest-dev
#                is an older commit without Centroids()
#   SEED_FILE    the seed holding package qualityattenuation between its two "|" lines
#                (default /work/shared/seeds/004_ec029fe995d5b9d7.txt)
# Writes <go version>/<case>.txt beside this script (e.g. go1.19.8/ties13.txt), one per samples_<case>.txt
# (written by ../make_go_tie_samples.py), and merge_ties3000_ties1000.txt (ties1000 merged into ties3000).
# Everything else happens in a temporary GOPATH.
set -eu
GO=$1
TDIGEST=$2
SEED=${3:-/work/shared/seeds/004_ec029fe995d5b9d7.txt}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

mkdir -p "$WORK/src/github.com/influxdata/tdigest" "$WORK/src/qualityattenuation" "$WORK/src/print_quality"
cp "$TDIGEST/tdigest.go" "$TDIGEST/centroid.go" "$WORK/src/github.com/influxdata/tdigest/"
# The package is the text between the seed's first and last lines that are a lone "|".
awk '/^\|$/ { bar++; next } bar == 1' "$SEED" > "$WORK/src/qualityattenuation/qualityattenuation.go"
cp "$HERE/centroids_export.go" "$WORK/src/qualityattenuation/"
cp "$HERE/print_quality.go" "$WORK/src/print_quality/main.go"

export GOPATH="$WORK" GO111MODULE=off GOCACHE="$WORK/cache" GOFLAGS= GOTOOLCHAIN=local
VERSION=$("$GO" env GOVERSION)
(cd "$WORK/src/print_quality" && "$GO" build -o "$WORK/print_quality" .)
mkdir -p "$HERE/$VERSION"
for samples in "$HERE"/samples_*.txt; do
    name=$(basename "$samples" .txt)
    "$WORK/print_quality" "$samples" > "$HERE/$VERSION/${name#samples_}.txt"
done
"$WORK/print_quality" "$HERE/samples_ties3000.txt" "$HERE/samples_ties1000.txt" \
    > "$HERE/$VERSION/merge_ties3000_ties1000.txt"
echo "wrote $HERE/$VERSION ($(uname -m))"
