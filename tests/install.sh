#!/bin/sh
# Install into a scratch root and use the installed coach there: it must find
# its catalogue beside itself, and ship its manuals and completions.
# Usage: install.sh BUILDDIR
set -u
B=$1
D=$(mktemp -d /tmp/coach-install-XXXXXX)
trap 'rm -rf "$D"' EXIT
pass=0
fail=0
check() {
	name=$1
	shift
	if "$@" >"$D/out" 2>&1; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $name"; cat "$D/out"; fi
}
if ! meson install -C "$B" --no-rebuild --destdir "$D/root" >"$D/log" 2>&1; then
	echo "FAIL: meson install"; cat "$D/log"; exit 1
fi
bin=$(find "$D/root" -path '*/bin/coach' -type f | head -n 1)
share=${bin%/bin/coach}/share
check installed-binary test -x "$bin"
# run from a scratch home, far from the source tree
# every program the source tree ships is installed
np=$(grep -l '^coach_program:' "$(dirname "$0")"/../programs/*.yaml | wc -l)
check programs-found sh -c "cd / && '$bin' --home '$D/home' programs --format yaml | grep -c '^- id:' | grep -qx $np"
check catalogue-beside-binary sh -c "cd / && '$bin' --home '$D/home' doctor | grep -qF 'catalogue: ok ($share/coach/programs)'"
check catalogue-valid sh -c "cd / && '$bin' validate '$share/coach/programs'"
check man-coach test -s "$share/man/man1/coach.1"
check man-formats test -s "$share/man/man5/coach-programs.5"
check bash-completion test -s "$share/bash-completion/completions/coach"
check zsh-completion test -s "$share/zsh/site-functions/_coach"
if command -v bash >/dev/null; then
	check bash-completion-loads bash -c ". '$share/bash-completion/completions/coach' && complete -p coach"
fi
echo "install: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
