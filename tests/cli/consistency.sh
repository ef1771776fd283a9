#!/bin/sh
# Consistency in weeks, not streaks (issue 18): a person on mon,thu through
# 12 weeks with coach log, missing some weeks, showing up with a walk or the
# breathing on others (the short session: short.sh); coach plan --format yaml carries
# consistency: {weeks: N, of: M} after each, which a missed week shrinks and
# never resets, and minimum doses are status: showed-up.
. "$(dirname "$0")/lib.sh"

H="$T/home"
"$COACH" --home "$H" profile init --parq no,no,no,no,no,no,no --weekdays mon,thu --minutes 30 \
	--dumbbells 4,6,8 --program gordon-home --start 2026-09-07 >/dev/null

# day N: the date N days after Monday 7 Sep 2026
day() { date -u -d "2026-09-07 +$1 days" +%F; }
session() { # session DATE [EXTRA YAML]
	printf 'coach_session: 1\ndate: %s\nprogram: gordon-home\n%s\nexercises:\n  - id: goblet-squat\n    slot: goblet-squat\n    sets: [{reps: 10, load: 6, rir: 2}, {reps: 10, load: 6, rir: 2}]\n  - id: dumbbell-floor-press\n    slot: dumbbell-floor-press\n    sets: [{reps: 10, load: 6, rir: 2}]\n' "$1" "${2:-}"
}
walk() { printf 'coach_session: 1\ndate: %s\naerobic: [{kind: walk, minutes: %s}]\n' "$1" "$2"; }
breathe() { printf 'coach_session: 1\ndate: %s\nbreathing_min: %s\n' "$1" "$2"; }

# each week: what Monday and Thursday held, and the consistency the
# following Monday (the week just over counted, the new one not yet against)
#   D: a session   -: nothing   W: a 12-minute walk   w: a 6-minute walk
#   B: 5 minutes of breathing   b: 3 minutes
weeks='DD 1 1
DD 2 2
-- 2 3
DD 3 4
DW 4 5
B- 4 6
BD 5 7
w- 5 8
-- 5 9
DD 6 10
DB 7 11
DD 8 12'
i=0
printf '%s\n' "$weeks" | while read -r days expect of; do
	mon=$(day $((i * 7)))
	thu=$(day $((i * 7 + 3)))
	for k in 1 2; do
		d=$mon
		[ "$k" = 2 ] && d=$thu
		c=$(printf '%s' "$days" | cut -c"$k")
		case $c in
		D) session "$d" ;;
		W) walk "$d" 12 ;;
		w) walk "$d" 6 ;;
		B) breathe "$d" 5 ;;
		b) breathe "$d" 3 ;;
		*) continue ;;
		esac >"$T/s.yaml"
		COACH_TODAY=$d "$COACH" --home "$H" log "$T/s.yaml" >"$T/out" 2>"$T/err" ||
			{ name="log week $((i + 1)) $c"; bad "coach log refused"; }
	done
	next=$(day $((i * 7 + 7)))
	run "week $((i + 1)) ($days)" 0 env COACH_TODAY="$next" "$COACH" --home "$H" plan --format yaml
	out_has "^consistency: {weeks: $expect, of: $of}"
	i=$((i + 1))
	echo "$pass $fail" >"$T/count"
done
read -r pass fail <"$T/count"

# week 5's walk, week 6's breathing: showed up, said so, and no streak words
run showed-up-walk 0 env COACH_TODAY=2026-10-12 "$COACH" --home "$H" plan --format yaml --week 2026-10-05
out_has "date: 2026-10-08, weekday: thu, day: [^,]*, status: showed-up"
out_has "^showed_up: 1"
run showed-up-breathing 0 env COACH_TODAY=2026-10-19 "$COACH" --home "$H" plan --week 2026-10-12
out_has "showed-up"
out_has "You showed up on 1 day with a minimum dose, and that counts."
# today (Monday 19 Oct) has its 5 minutes of breathing: showed up already,
# and with Thursday's session (logged above) this week counts too
out_has "Consistency: 5 of the last 7 weeks with your strength days."
# under the dose: 6 minutes of walking is a missed day, not showed-up
run under-the-dose 0 env COACH_TODAY=2026-11-02 "$COACH" --home "$H" plan --format yaml --week 2026-10-26
out_has "date: 2026-10-26, weekday: mon, day: [^,]*, status: missed"
out_lacks "showed-up"
# after 12 weeks (Monday 30 Nov): 8 of 12; no streak, no "broke", in any form
run twelve-weeks 0 env COACH_TODAY=2026-11-30 "$COACH" --home "$H" plan
out_has "Consistency: 8 of the last 12 weeks with your strength days."
for w in streak broke "in a row"; do
	out_lacks "$w"
done
# the week going on: once it has its two days (a session, a walk on a rest
# day) it counts and the oldest week (done) drops out: still 8 of 12
session 2026-11-30 >"$T/s.yaml"
COACH_TODAY=2026-11-30 "$COACH" --home "$H" log "$T/s.yaml" >/dev/null 2>&1
walk 2026-12-01 15 >"$T/s.yaml"
COACH_TODAY=2026-12-01 "$COACH" --home "$H" log "$T/s.yaml" >/dev/null 2>&1
run this-week-counts 0 env COACH_TODAY=2026-12-01 "$COACH" --home "$H" plan --format yaml
out_has "^consistency: {weeks: 8, of: 12}"

finish consistency
