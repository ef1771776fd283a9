#!/bin/sh
# Command-line tests, the log: check-in, log (all or nothing), screens, export, forget: the built coach on good and bad input,
# checking exit status, stdout and stderr.  Usage: log.sh COACH TESTS_DIR
. "$(dirname "$0")/lib.sh"

L="$T/loghome"
"$COACH" --home "$L" profile init --parq no,no,no,no,no,no,no --dumbbells 4,6,8 --program gordon-home --start 2026-11-02 \
	--country gb >/dev/null 2>&1
run checkin 0 "$COACH" --home "$L" checkin --mood 2 --energy 3 --anxiety 4 --sleep 6.5
out_has 'Readiness: low'
run checkin-out-of-range 1 "$COACH" --home "$L" checkin --mood 6 --energy 3 --anxiety 4 --sleep 7
err_has -- '--mood is 6; it must be from 1 to 5'
run checkin-incomplete 2 "$COACH" --home "$L" checkin --mood 3
err_has 'needs --mood, --energy, --anxiety'
# a wrong value is named before the ones left out
run checkin-wrong-and-incomplete 1 "$COACH" --home "$L" today --mood 9
err_has -- '--mood is 9; it must be from 1 to 5'
run today-uses-checkin 0 "$COACH" --home "$L" today --format yaml
out_has 'band: low, anxious: true'
out_has 'breathing_before: {pattern: paced, minutes: 2'
cat >"$T/two.yaml" <<'YAML'
coach_session: 1
date: 2026-11-23
mood_after: 4
checkin: {mood: 3, energy: 3, anxiety: 2, sleep: 7}
exercises:
  - id: goblet-squat
    sets: [{reps: 12, load: 6, rir: 2}]
---
coach_session: 1
date: 2026-11-24
exercises:
  - id: goblet-squatt
    sets: [{reps: 12, load: 6}]
YAML
run log-all-or-nothing 1 "$COACH" --home "$L" log "$T/two.yaml"
err_has "two.yaml:12:9: error: no exercise 'goblet-squatt' in the library (did you mean 'goblet-squat'?)"
err_has 'nothing was logged'
run log-nothing-stored 0 "$COACH" --home "$L" history --format csv
k=$(wc -l <"$T/out")
name=log-nothing-stored; if [ "$k" -eq 1 ]; then ok; else bad "history has $((k - 1)) rows after a failed log"; fi
sed -i 's/goblet-squatt/goblet-squat/' "$T/two.yaml"
run log-stdin 0 sh -c "'$COACH' --home '$L' log - <'$T/two.yaml'"
out_has 'Logged 2 sessions (2 sets)'
run history-csv 0 "$COACH" --home "$L" history --format csv
out_has '^2026-11-23,gordon-home,A,goblet-squat,goblet-squat,1,12,6,,2,false,3,4$'
run history-yaml 0 "$COACH" --home "$L" history --format yaml
out_has '^response:'
out_has 'caution:'
out_has "target: {reps: '8-12', load: 4, rir: 2}"
run history-from 0 "$COACH" --home "$L" history --from 2026-11-24 --format csv
k=$(grep -c '^2026-11-23' "$T/out")
name=history-from; if [ "$k" -eq 0 ]; then ok; else bad "--from kept an older session"; fi
run log-future 1 "$COACH" --home "$L" --date 2026-11-20 log "$T/two.yaml"
err_has 'is after today'
mode_is "$L/data/coach.db" 600
mode_is "$L/data" 700
run screen-questions 0 "$COACH" --home "$L" screen gad7
out_has 'Trouble relaxing'
run screen-bad-answers 1 "$COACH" --home "$L" screen phq9 --answers 1,2
err_has 'phq9 has 9 questions; got 2 answers'
run screen-crisis-first 0 "$COACH" --home "$L" screen phq9 --answers 0,0,0,0,0,0,0,0,1
first=$(head -n 1 "$T/out")
name=screen-crisis-first; if [ "$first" = "Please read this first." ]; then ok; else bad "first line: $first"; fi
out_has 'Samaritans: call 116 123'
if grep -q '988' "$T/out"; then name=screen-crisis-country; bad "shows other countries' numbers for gb"; else ok; fi
run screen-yaml 0 "$COACH" --home "$L" screen phq9 --format yaml --answers 3,3,3,3,3,0,0,0,0
out_has '^scale: phq9$'
out_has '^score: 15$'
out_has '^band: moderately severe$'
out_has '^crisis: false$'
run recommend-profile 0 "$COACH" --home "$L" recommend --format yaml
out_has 'id: gordon-home'
out_has "{id: barbell-5x5, why: 'needs barbell, bench'}"
run recommend-options 0 "$COACH" --home "$T/nobody" recommend --equipment band --days 2 --minutes 30
out_has '^1. Gentle Start'
out_has 'band-basics'
run recommend-bad-equipment 1 "$COACH" --home "$T/nobody" recommend --equipment dumbell
err_has "did you mean 'dumbbell'"
run export-needs-format 2 "$COACH" --home "$L" export
run export-yaml 0 "$COACH" --home "$L" export --format yaml
out_has '^coach_export: 1'
out_has '^session:'
out_has '^checkin:'
out_has '^screen:'
out_has 'coach_profile: 1'
(umask 022; "$COACH" --home "$L" export --format csv --output "$T/exp" >"$T/out" 2>"$T/err")
name=export-csv; if [ -f "$T/exp/set_log.csv" ] && grep -q goblet-squat "$T/exp/set_log.csv"; then ok; else bad "no set_log.csv"; fi
mode_is "$T/exp" 700
mode_is "$T/exp/set_log.csv" 600
run forget-asks 2 "$COACH" --home "$L" forget
err_has 'coach forget --yes'
if [ -f "$L/data/coach.db" ]; then ok; else name=forget-asks; bad "deleted without --yes"; fi
run forget 0 "$COACH" --home "$L" forget --yes
for f in "$L/data/coach.db" "$L/data/coach.db-wal" "$L/data/coach.db-shm" "$L/config/profile.yaml"; do
	name="forget-$(basename "$f")"
	if [ ! -e "$f" ]; then ok; else bad "$f still there"; fi
done

finish log
