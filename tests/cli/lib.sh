#!/bin/sh
# What every command-line test file shares: a scratch folder, the coach
# under test, and the checks.  A test file is `. lib.sh` then its checks,
# then `finish`.  Usage of a test file: AREA.sh COACH TESTS_DIR
set -u
COACH=$1
TESTS=$2
SRC=$(cd "$TESTS/.." && pwd)
T=$(mktemp -d /tmp/coach-cli-XXXXXX)
trap 'rm -rf "$T"' EXIT
export COACH_TODAY=2026-11-26
unset COACH_HOME XDG_CONFIG_HOME XDG_DATA_HOME XDG_STATE_HOME
pass=0
fail=0
name=""

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $name: $*"; echo "  stdout: $(head -c 600 "$T/out")"; echo "  stderr: $(head -c 600 "$T/err")"; }

# run NAME EXPECTED_RC COMMAND...
run() {
	name=$1; want=$2; shift 2
	"$@" >"$T/out" 2>"$T/err" </dev/null
	rc=$?
	if [ "$rc" -eq "$want" ]; then ok; else bad "exit status $rc, expected $want"; fi
}
out_has() { if grep -q -- "$1" "$T/out"; then ok; else bad "stdout lacks '$1'"; fi; }
out_lacks() { if grep -q -- "$1" "$T/out"; then bad "stdout has '$1'"; else ok; fi; }
err_has() { if grep -q -- "$1" "$T/err"; then ok; else bad "stderr lacks '$1'"; fi; }
err_lacks() { if grep -q -- "$1" "$T/err"; then bad "stderr has '$1'"; else ok; fi; }
err_is_empty() { if [ ! -s "$T/err" ]; then ok; else bad "stderr is not empty"; fi; }
mode_is() { m=$(stat -c %a "$1"); if [ "$m" = "$2" ]; then ok; else bad "$1 has mode $m, expected $2"; fi; }

# A program with four problems at once (validate and programs use it).
write_multi() {
	cat >"$1" <<'YAML'
coach_program: 1
id: Multi
name: Multi
summary: Several problems at once.
level: expert
goals: [mood]
equipment: [dumbbell]
days_per_week: 9
minutes: 30
days:
  - name: A
    exercises: []
YAML
}

# finish AREA: the summary line and the exit status
finish() {
	echo "cli $1: $pass passed, $fail failed"
	[ "$fail" -eq 0 ]
}
