#!/bin/sh
# Correcting the record in the coach (issue 14): on the week screen a past
# day's session gets its mood after later (a, then 1-5), and is removed
# (x, asked once, x again) with progression worked out again; body weight
# shows as a trend on the progress screen.  The log is read back with the
# command line.  Usage: record.sh COACH
set -u
COACH=$1
TUI_NAME=record
. "$(dirname "$0")/lib.sh"

H="$T/home"
profile "$H" --weekdays mon,thu --minutes 60 --dumbbells 4,6,8,10,12 --program gordon-home --start 2026-11-02
cat >"$T/mon.yaml" <<'YAML'
coach_session: 1
date: 2026-11-23
checkin: {mood: 3, energy: 3, anxiety: 2, sleep: 7}
exercises:
  - id: goblet-squat
    sets: [{reps: 12, load: 6}, {reps: 12, load: 6}]
YAML
"$COACH" --home "$H" log "$T/mon.yaml" >/dev/null
start 80 24 "$H"
wait_for home 'This week'
keys w
wait_for week 'Week of'
wait_for week-keys 'x remove'
# today is Thursday 26 Nov: three days up is Monday, done
keys Up Up Up
keys a
wait_for mood-asks 'Mood after on Mon 23 Nov'
keys 4
wait_for mood-said 'Mood after 4 kept for Mon 23 Nov'
wait_for week-mood 'mood 3 → 4'
name=mood-in-the-log
if "$COACH" --home "$H" history --format csv | tail -n 1 | grep -q ',3,4$'; then ok; else bad "no mood after in the log"; fi
# x asks once; another key keeps the session
keys x
wait_for remove-asks 'Remove the session of Mon 23 Nov'
keys Escape
lacks remove-kept 'Removed'
name=kept-in-the-log
k=$("$COACH" --home "$H" history --format csv | tail -n +2 | wc -l)
if [ "$k" -eq 2 ]; then ok; else bad "$k sets after keeping the session"; fi
keys x
wait_for remove-asks-again 'Remove the session of Mon 23 Nov'
keys x
wait_for removed 'Removed 1 session of Mon 23 Nov'
name=removed-from-the-log
k=$("$COACH" --home "$H" history --format csv | tail -n +2 | wc -l)
if [ "$k" -eq 0 ]; then ok; else bad "$k sets left after removing"; fi
name=progression-replayed
states=$(sqlite3 "$H/data/coach.db" 'SELECT COUNT(*) FROM slot_state')
if [ "$states" -eq 0 ]; then ok; else bad "$states slot states left after removing the only session"; fi
# a day with nothing to remove says so
keys x
wait_for nothing-to-remove 'has no session to remove'
keys q

# body weight from the sessions, as a trend on the progress screen
B="$T/bw"
profile "$B" --weekdays mon,thu --minutes 60 --dumbbells 4,6,8 --program gordon-home --start 2026-11-02
printf 'coach_session: 1\ndate: 2026-11-19\nbodyweight: 71.5\nexercises:\n  - id: goblet-squat\n    sets: [{reps: 10, load: 6}]\n---\ncoach_session: 1\ndate: 2026-11-23\nbodyweight: 70.8\nexercises:\n  - id: goblet-squat\n    sets: [{reps: 10, load: 6}]\n' >"$T/bw.yaml"
"$COACH" --home "$B" log "$T/bw.yaml" >/dev/null
start 80 24 "$B"
wait_for bw-home 'This week'
keys p
wait_for bw-progress 'Progress'
keys NPage
wait_for bw-trend 'Body weight (2 sessions)'
wait_for bw-values '71.5 → 70.8 kg'
keys q
finish
