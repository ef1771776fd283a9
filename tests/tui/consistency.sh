#!/bin/sh
# Consistency in weeks on Home and the week screen (issue 18 items 4, 5): a
# person on mon,thu logs six weeks with coach log, one of them missed and one
# with a walk instead of Thursday's session; both screens say "Weeks with
# your strength days in the last 6: 5 of 6", the number coach plan --format
# yaml gives, with no streak and nothing broken; the week screen marks the
# walk's day showed-up, apart from done and missed days.
# Usage: consistency.sh COACH
set -u
COACH=$1
TUI_NAME=consistency
. "$(dirname "$0")/lib.sh"

H="$T/home"
profile "$H" --weekdays mon,thu --minutes 30 --dumbbells 4,6,8 --program gordon-home --start 2026-09-07
day() { date -u -d "2026-09-07 +$1 days" +%F; }
session() {
	printf 'coach_session: 1\ndate: %s\nprogram: gordon-home\nexercises:\n  - id: goblet-squat\n    slot: goblet-squat\n    sets: [{reps: 10, load: 6, rir: 2}, {reps: 10, load: 6, rir: 2}]\n' "$1"
}
walk() { printf 'coach_session: 1\ndate: %s\naerobic: [{kind: walk, minutes: 12}]\n' "$1"; }
# Monday and Thursday of weeks 1-6: D a session, W a 12-minute walk, - nothing
i=0
for days in DD DD -- DD DW DD; do
	for k in 0 3; do
		d=$(day $((i * 7 + k)))
		c=$(printf '%s' "$days" | cut -c$((k / 3 + 1)))
		case $c in
		D) session "$d" ;;
		W) walk "$d" ;;
		*) continue ;;
		esac >"$T/s.yaml"
		COACH_TODAY=$d "$COACH" --home "$H" log "$T/s.yaml" >/dev/null ||
			{ name="log $d"; bad "coach log refused"; }
	done
	i=$((i + 1))
done
# Monday of week 7: the six weeks before, the third one missed
TODAY=2026-10-19
name=plan-says
COACH_TODAY=$TODAY "$COACH" --home "$H" plan --format yaml >"$T/plan"
if grep -q '^consistency: {weeks: 5, of: 6}' "$T/plan"; then ok; else bad "coach plan: $(grep consistency "$T/plan")"; fi

start 80 24 "$H" COACH_TODAY=$TODAY
wait_for home 'This week'
wait_for home-consistency 'Weeks with your strength days in the last 6: 5 of 6'
lacks home-no-streak 'streak'
lacks home-no-broke 'broke'
keys w
wait_for week 'Strength days'
wait_for week-consistency 'Weeks with your strength days in the last 6: 5 of 6'
# week 5 (two back): Monday done, Thursday's walk showed up
keys Left
keys Left
wait_for week5 'Week of Mon 5 Oct'
wait_for week5-done ' ● done .*day'
wait_for week5-showed-up '8 Oct.* ◇ showed-up .*a walk, and it counts'
lacks week5-not-missed 'missed'
# week 3 (two more back): both days missed, no mark
keys Left
keys Left
wait_for week3 'Week of Mon 21 Sep'
wait_for week3-missed '21 Sep.*   missed'
lacks week3-no-showed-up 'showed-up'
lacks week3-no-streak 'streak'
# the same in plain ASCII: showed up is ~, done *
start 80 24 "$H" COACH_TODAY=$TODAY LC_ALL=C
wait_for ascii-home 'This week'
wait_for ascii-home-consistency 'last 6: 5 of 6'
keys w
keys Left
keys Left
wait_for ascii-week5 '8 Oct.* ~ showed-up'
# Thursday of week 7, a low day: the short session chosen (m) and a set of
# it done; the log marks it the short one, and the week shows Thursday
# showed up, as coach plan does
THU=2026-10-22
start 80 24 "$H" COACH_TODAY=$THU
wait_for low-home 'Today: day'
keys Enter
wait_for low-checkin 'How are you today?'
keys 2 2 2 Enter
wait_for low-preview 'm short session'
keys m
wait_for low-short-taken 'The short session, about'
keys Enter
wait_for low-set 'set 1 of'
keys Enter
wait_for low-reps 'Reps done'
keys 1 0 Enter
wait_for low-rest 'Rest '
keys q q
wait_for low-quits 'EXITED 0'
name=low-short-in-log
row=$(sqlite3 "$H/data/coach.db" "SELECT short, hold FROM session WHERE date = (SELECT MAX(date) FROM session)")
if [ "$row" = '1|1' ]; then ok; else bad "today's session: short|hold '$row'"; fi
name=low-plan
if COACH_TODAY=$THU "$COACH" --home "$H" plan --format yaml | grep -q "date: $THU, weekday: thu, day: [^,]*, status: showed-up"; then ok; else bad "coach plan does not show $THU showed up"; fi
start 80 24 "$H" COACH_TODAY=$THU
wait_for low-home-again 'This week'
wait_for low-home-glyph 'Thu ◇'
keys w
wait_for low-week '22 Oct.* ◇ showed-up .*the short session, and it counts'
finish consistency
