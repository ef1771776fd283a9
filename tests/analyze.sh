#!/bin/sh
# Static analysis of every C file of src/: clang-tidy with the checks of
# .clang-tidy (clang-analyzer-* and bugprone-*, every warning an error) and
# cppcheck (warning and portability).  A finding is fixed or explained at its
# line (NOLINT / cppcheck-suppress with the reason); a check turned off says
# why in .clang-tidy.  `make analyze` runs it; CI (.ci/run) too.
# Usage: tests/analyze.sh [BUILD_DIR]   (a meson build dir: compile_commands.json)
set -u
cd "$(dirname "$0")/.."
B=${1:-build}
if [ ! -f "$B/compile_commands.json" ]; then
	echo "analyze: no $B/compile_commands.json; run make build first" >&2
	exit 2
fi
TIDY=$(command -v clang-tidy-14 || command -v clang-tidy) || {
	echo "analyze: clang-tidy is not installed (Debian: clang-tidy)" >&2
	exit 2
}
command -v cppcheck >/dev/null || {
	echo "analyze: cppcheck is not installed (Debian: cppcheck)" >&2
	exit 2
}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
fail=0
t0=$(date +%s)
# one process a core, a few files each
find src -name '*.c' | sort | xargs -P "$(nproc)" -n 4 "$TIDY" -p "$B" --quiet >"$log" 2>&1 || fail=1
if grep -q 'warning:\|error:' "$log"; then
	grep -A3 'warning:\|error:' "$log"
	fail=1
fi
t1=$(date +%s)
echo "clang-tidy: $(find src -name '*.c' | wc -l) files, $((t1 - t0)) s, $([ $fail -eq 0 ] && echo clean || echo FINDINGS)"
inc=""
for d in include/*; do inc="$inc -I$d"; done
# shellcheck disable=SC2086
if ! cppcheck -q --error-exitcode=1 --enable=warning,portability --inline-suppr --std=c11 \
	-j "$(nproc)" -D_POSIX_C_SOURCE=200809L $inc src; then
	echo "cppcheck: FINDINGS"
	fail=1
else
	echo "cppcheck: clean ($(($(date +%s) - t1)) s)"
fi
exit $fail
