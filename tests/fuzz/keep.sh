#!/bin/sh
# Keep what a fuzzing run learned, small enough to commit: the committed
# corpus KEPT and the run's inputs of at most 2 KiB are merged by edge
# coverage (libFuzzer -merge=1 -use_counters=0) into a new folder that then
# replaces KEPT, so it stays the fewest inputs that reach every edge either
# reached.  More than FUZZ_CAP (300) inputs for one reader is refused: the
# corpus is for replay in `make check`, not a second fuzzing run.
# Usage: keep.sh FUZZER CORPUS KEPT
set -eu
F=$1 CORPUS=$2 KEPT=$3
CAP=${FUZZ_CAP:-300}
T=$(mktemp -d /tmp/coach-keep-XXXXXX)
trap 'rm -rf "$T"' EXIT
mkdir -p "$KEPT" "$T/new" "$T/merged"
find "$CORPUS" -type f -size -2049c -exec cp {} "$T/new/" \;
before=$(ls "$KEPT" | wc -l)
"$F" -merge=1 -use_counters=0 "$T/merged" "$KEPT" "$T/new" >"$T/log" 2>&1 || {
	cat "$T/log"
	exit 1
}
after=$(ls "$T/merged" | wc -l)
if [ "$after" -gt "$CAP" ]; then
	echo "keep.sh: $KEPT would hold $after inputs, more than $CAP; not kept" >&2
	exit 1
fi
rm -f "$KEPT"/*
cp "$T/merged"/* "$KEPT/"
echo "$KEPT: $before inputs before, $after now"
