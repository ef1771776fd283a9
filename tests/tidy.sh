#!/bin/sh
# The tree holds what a maintainer would keep: tests/data only the fixture
# folders, and each reader's fuzz corpus at most 300 inputs (see
# tests/fuzz/README.md).  Usage: tidy.sh SOURCE_ROOT
set -u
R=$1
fail=0
for f in "$R"/tests/data/*; do
	case $(basename "$f") in
	good | bad | import) ;;
	*) echo "FAIL: tests/data/$(basename "$f") is not a fixture folder (good, bad, import)"; fail=1 ;;
	esac
done
for d in "$R"/tests/fuzz/corpus/*; do
	n=$(ls "$d" | wc -l)
	if [ "$n" -gt 300 ]; then
		echo "FAIL: $d holds $n inputs, more than 300 (tests/fuzz/keep.sh)"
		fail=1
	fi
done
[ "$fail" -eq 0 ] && echo "tidy: ok"
[ "$fail" -eq 0 ]
