#!/bin/sh
# Command-line tests, a hard day: the short session and a walk offered ("today sounds hard") until the session is in the log: the built coach on good and bad input,
# checking exit status, stdout and stderr.  Usage: hard-day.sh COACH TESTS_DIR
. "$(dirname "$0")/lib.sh"

HD="$T/hard"
run hard-init 0 "$COACH" --home "$HD" profile init --parq no,no,no,no,no,no,no --dumbbells 4,6,8 --program gordon-home --start 2026-11-23
run hard-checkin 0 "$COACH" --home "$HD" checkin --mood 1 --energy 1 --anxiety 5 --sleep 4
run hard-today 0 "$COACH" --home "$HD" today
out_has 'Today sounds hard'
# plan, not mood (behavioural activation): the minimum session and a walk lead
out_has 'the short session or a 10-minute walk is enough'
out_lacks 'Resting is a good choice'
printf 'coach_session: 1\ndate: 2026-11-26\nprogram: gordon-home\nmood_after: 3\nexercises:\n  - id: goblet-squat\n    sets: [{reps: 10, load: 8}]\n' >"$T/hard.yaml"
run hard-log 0 "$COACH" --home "$HD" log "$T/hard.yaml"
run hard-done 0 "$COACH" --home "$HD" today
out_has "Today's session is in the log"
name=hard-advice-gone; if grep -q 'Today sounds hard' "$T/out"; then bad "still advises rest after the session"; else ok; fi

# a low day that is not that hard: the walk is offered beside the short session
LD="$T/low"
"$COACH" --home "$LD" profile init --parq no,no,no,no,no,no,no --dumbbells 4,6,8 --program gordon-home --start 2026-11-23 >/dev/null
run low-today 0 "$COACH" --home "$LD" today --mood 2 --energy 3 --anxiety 2 --sleep 7
out_has 'A 10-minute walk counts too, beside or instead of the short session'
out_lacks 'Today sounds hard'

finish hard-day
