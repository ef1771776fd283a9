#!/bin/sh
# The breathing alone counts (issue 18 item 5): on a low day the preview's
# b is the breathing instead of the session; its whole minutes go in the log
# (a session of only breathing_min, as coach log keeps one), added to any
# breathed before today; five of them make the day showed-up on Home, the
# week screen, coach plan and coach status, and consistency counts the week;
# under a minute puts nothing in the log; leaving early (q too) keeps what
# was done, and so does a hang-up (SIGHUP).  COACH_CLOCK_SCALE=60 (src/base/clock.c, tests only) runs the
# pacer's clock 60 times as fast: a minute of breathing in a second.
# Usage: breathing.sh COACH
set -u
COACH=$1
TUI_NAME=breathing
. "$(dirname "$0")/lib.sh"

# a person on mon,thu from Monday 12 October: week 1 both days done, week 2
# Monday done; Thursday 22 October a low day
day() { date -u -d "2026-10-12 +$1 days" +%F; }
session() {
	printf 'coach_session: 1\ndate: %s\nprogram: gordon-home\nexercises:\n  - id: goblet-squat\n    slot: goblet-squat\n    sets: [{reps: 10, load: 6, rir: 2}, {reps: 10, load: 6, rir: 2}]\n' "$1"
}
THU=2026-10-22
THU_DAYS=$(($(date -u -d "$THU" +%s) / 86400)) # the log's dates are day numbers
person() {
	profile "$1" --weekdays mon,thu --minutes 30 --dumbbells 4,6,8 --program gordon-home --start 2026-10-12
	for k in 0 3 7; do
		d=$(day $k)
		session "$d" >"$T/s.yaml"
		COACH_TODAY=$d "$COACH" --home "$1" log "$T/s.yaml" >/dev/null ||
			{ name="log $d"; bad "coach log refused"; }
	done
}
breathed() { sqlite3 "$1/data/coach.db" "SELECT COALESCE(SUM(breathing_min), 0) || '|' || COUNT(breathing_min) FROM session WHERE date = $THU_DAYS"; }
plan() { COACH_TODAY=$THU "$COACH" --home "$1" plan --format yaml; }
# low HOME [SCALE]: the interface on Thursday, a low check-in, the breathing
# alone (the clock SCALE times as fast, 60 unless said)
low() {
	start 80 24 "$1" COACH_TODAY=$THU COACH_CLOCK_SCALE=${2:-60}
	wait_for low-home 'Today: day'
	keys Enter
	wait_for low-checkin 'How are you today?'
	keys 2 2 2 Enter
	wait_for low-preview 'm short session'
	keys b
	wait_for low-breathe 'Slow breathing'
}

# --- five minutes: a showed-up day, said warmly, and the week counts -----------
H="$T/five"
person "$H"
name=before-plan
plan "$H" >"$T/plan"
if grep -q "date: $THU, weekday: thu, day: [^,]*, status: planned" "$T/plan"; then ok; else bad "Thursday before: $(grep "$THU" "$T/plan")"; fi
if grep -q '^consistency: {weeks: 1, of: 1}' "$T/plan"; then ok; else bad "consistency before: $(grep consistency "$T/plan")"; fi
low "$H"
# the pacer is as long as the dose that counts (policy adherence.breathing_min)
wait_for five-length 'Slow breathing · [45]:'
wait_long five-done 'Slow breathing · 0:00'
keys Enter
wait_for five-warm 'minutes of breathing today: that counts as showing up'
wait_for five-home-glyph 'Thu ◇'
name=five-in-log
got=$(breathed "$H")
case $got in
[5-9]\|1) ok ;;
*) bad "Thursday's breathing minutes|rows: '$got'" ;;
esac
name=five-no-sets
sets=$(sqlite3 "$H/data/coach.db" "SELECT COUNT(*) FROM session s JOIN set_log e ON e.session_id = s.id WHERE s.date = $THU_DAYS")
if [ "$sets" = 0 ]; then ok; else bad "sets on Thursday: '$sets'"; fi
keys w
wait_for five-week '22 Oct.* ◇ showed-up .*min of the breathing, and it counts'
wait_for five-week-consistency 'Weeks with your strength days in the last 2: 2 of 2'
keys q
wait_for five-quits 'EXITED 0'
name=five-plan
plan "$H" >"$T/plan"
if grep -q "date: $THU, weekday: thu, day: [^,]*, status: showed-up, breathing_min: [5-9]" "$T/plan"; then ok; else bad "coach plan: $(grep "$THU" "$T/plan")"; fi
if grep -q '^consistency: {weeks: 2, of: 2}' "$T/plan"; then ok; else bad "consistency after: $(grep consistency "$T/plan")"; fi
name=five-status
out=$(COACH_TODAY=$THU "$COACH" --home "$H" status)
case $out in
'coach: showed up today, and that counts · your strength days in 2 of the last 2 weeks') ok ;;
*) bad "coach status: '$out'" ;;
esac
name=five-status-short
out=$(COACH_TODAY=$THU "$COACH" --home "$H" status --short)
case $out in
'coach: showed up today · 2/2 weeks') ok ;;
*) bad "coach status --short: '$out'" ;;
esac
# the next morning Thursday is still a showed-up day, and nothing was added
name=five-next-day
if COACH_TODAY=2026-10-23 "$COACH" --home "$H" plan --format yaml | grep -q "date: $THU, .*status: showed-up"; then ok; else bad "Friday's coach plan does not keep Thursday showed up"; fi
name=five-once
if [ "$(breathed "$H")" = "$got" ]; then ok; else bad "the log changed after quitting: '$(breathed "$H")', was '$got'"; fi

# --- under a minute: nothing in the log, nothing said --------------------------
H="$T/short"
person "$H"
# on the real clock: a second or two
low "$H" 1
sleep 1
keys Enter
wait_for short-home 'This week'
lacks short-nothing-said 'minutes of breathing'
name=short-nothing-logged
if [ "$(breathed "$H")" = '0|0' ]; then ok; else bad "Thursday's breathing minutes|rows: '$(breathed "$H")'"; fi
keys q
wait_for short-quits 'EXITED 0'
name=short-plan
if plan "$H" | grep -q "date: $THU, weekday: thu, day: [^,]*, status: planned"; then ok; else bad "Thursday is not planned still"; fi

# --- leaving early keeps what was done; q from the pacer too; added up ---------
H="$T/early"
person "$H"
low "$H"
# help on the way pauses the breathing: the time reading it is not breathing
wait_for early-running 'Slow breathing · 4:'
keys h
wait_for early-help 'Please read this first'
sleep 2
keys Escape
wait_for early-back 'Slow breathing · [34]:'
wait_long early-two 'Slow breathing · 2:[0-4]'
keys q
wait_for early-quits 'EXITED 0'
name=early-kept
first=$(breathed "$H")
case $first in
[23]\|1) ok ;;
*) bad "after q, Thursday's breathing minutes|rows: '$first' (2 or 3 and one row wanted)" ;;
esac
name=early-not-yet
if plan "$H" | grep -q "date: $THU, weekday: thu, day: [^,]*, status: planned, breathing_min: [23]"; then ok; else bad "coach plan: $(plan "$H" | grep "$THU")"; fi
# again, for three minutes and left with Esc: added to the first, and now it counts
low "$H"
wait_long early-three 'Slow breathing · 1:[0-4]'
keys Escape
wait_for early-adds-up 'minutes of breathing today: that counts as showing up'
name=early-added
got=$(breathed "$H")
case $got in
[5-9]\|2) ok ;;
*) bad "Thursday's breathing minutes|rows: '$got', after '$first'" ;;
esac
wait_for early-home-glyph 'Thu ◇'
keys q
wait_for early-quits-again 'EXITED 0'
name=early-plan
if plan "$H" | grep -q "date: $THU, weekday: thu, day: [^,]*, status: showed-up"; then ok; else bad "coach plan: $(plan "$H" | grep "$THU")"; fi
# --- the terminal closed mid-breathing (SIGHUP): what was breathed is kept ---
H="$T/hangup"
person "$H"
low "$H"
wait_long hangup-two 'Slow breathing · 2:[0-4]'
name=hangup-sent
pane=$(tm display -p -t t '#{pane_pid}')
pid=$(pgrep -P "$pane" | head -1)
if [ -n "$pid" ] && kill -HUP "$pid"; then ok; else bad "no coach under the pane ($pane)"; fi
wait_for hangup-quits 'EXITED 129'
name=hangup-kept
got=$(breathed "$H")
case $got in
[23]\|1) ok ;;
*) bad "after SIGHUP, Thursday's breathing minutes|rows: '$got'" ;;
esac
finish
