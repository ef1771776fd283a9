#!/bin/sh
# Run by every build (meson.build): fail when a source or header under src/,
# include/ or tests/ includes a file by a relative path ("../cli/cli.h").
# The layers and the two front ends see each other only through their
# include directories, which a relative path would step around.
# Usage: no-relative-includes.sh SOURCE_ROOT STAMP
found=$(grep -rnE '^[[:space:]]*#[[:space:]]*include[[:space:]]*"[.][.]?/' \
	"$1/src" "$1/include" "$1/tests" --include='*.c' --include='*.h')
if [ -n "$found" ]; then
	echo "error: an #include by relative path; use a layer's include directory:" >&2
	echo "$found" >&2
	exit 1
fi
: >"$2"
