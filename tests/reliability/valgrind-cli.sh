#!/bin/sh
# The command-line paths under valgrind: no invalid access and no leak.
# Usage: valgrind-cli.sh COACH
set -u
COACH=$1
T=$(mktemp -d /tmp/coach-vg-XXXXXX)
trap 'rm -rf "$T"' EXIT
export COACH_TODAY=2026-11-26
H="$T/home"
pass=0
fail=0
vg() {
	name=$1
	shift
	if valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect \
		--quiet "$COACH" --home "$H" "$@" >"$T/out" 2>"$T/err"; then
		pass=$((pass + 1))
	elif [ $? -eq 99 ]; then
		fail=$((fail + 1)); echo "FAIL: $name"; cat "$T/err"
	else
		pass=$((pass + 1)) # a refusal is fine; valgrind found nothing
		echo "note: $name exited non-zero (no valgrind error)"
	fi
}
printf 'coach_session: 1\ndate: 2026-11-24\nexercises:\n  - id: goblet-squat\n    sets: [{reps: 10, load: 8}, {reps: 9, load: 8}]\n' >"$T/s.yaml"
vg help --help
vg programs programs
vg show show gordon-home
vg exercises exercises squat
vg recommend recommend --days 2 --equipment dumbbell
vg profile-init profile init --parq no,no,no,no,no,no,no --dumbbells 4,6,8 --program gordon-home --start 2026-11-02
vg profile-show profile show
vg profile-set profile set minutes 40
vg checkin checkin --mood 2 --energy 3 --anxiety 4 --sleep 6
vg today today
vg today-yaml --format yaml today
vg log log "$T/s.yaml"
vg plan plan
vg move move 2026-11-26 2026-11-27
vg history history
vg screen screen phq2 --answers 1,1
vg export export --format csv --output "$T/exp"
vg doctor doctor
vg validate-bad validate "$(dirname "$0")/../data/bad"
vg forget forget --yes
echo "valgrind cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
