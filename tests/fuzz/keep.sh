#!/bin/sh
# Keep what a fuzzing run learned, small enough to commit: the inputs of at
# most 2 KiB from its corpus, merged (libFuzzer -merge=1) into the committed
# corpus for the target, so `make check` replays them from then on.
# Usage: keep.sh FUZZER CORPUS KEPT
set -eu
F=$1 CORPUS=$2 KEPT=$3
T=$(mktemp -d /tmp/coach-keep-XXXXXX)
trap 'rm -rf "$T"' EXIT
mkdir -p "$KEPT"
find "$CORPUS" -type f -size -2049c -exec cp {} "$T/" \;
before=$(ls "$KEPT" | wc -l)
"$F" -merge=1 "$KEPT" "$T" >"$T.log" 2>&1 || { cat "$T.log"; rm -f "$T.log"; exit 1; }
rm -f "$T.log"
echo "kept $(($(ls "$KEPT" | wc -l) - before)) new inputs in $KEPT"
