#!/bin/sh
# Command-line tests, import from Strong and Hevy: the built coach on good and bad input,
# checking exit status, stdout and stderr.  Usage: import.sh COACH TESTS_DIR
. "$(dirname "$0")/lib.sh"

I="$T/imphome"
"$COACH" --home "$I" profile init --parq no,no,no,no,no,no,no --units lb >/dev/null
run import-dry-run 0 "$COACH" --home "$I" import --dry-run "$TESTS/data/import/strong.csv"
out_has 'Strong export: 2 sessions, 5 sets would be imported'
if [ ! -e "$I/data/coach.db" ]; then ok; else name=import-dry-run-writes-nothing; bad "the log was created"; fi
run import-strong 0 "$COACH" --home "$I" import "$TESTS/data/import/strong.csv"
out_has '2 imported, 0 already in the log'
out_has 'Warm-up sets left out: 1'
out_has "(Machine)' (1 set)"
run import-hevy 0 "$COACH" --home "$I" import "$TESTS/data/import/hevy.csv"
out_has 'Hevy export: 2 sessions, 5 sets: 2 imported'
out_lacks 'Chest Fly (Machine)' # the gym library's pec deck
run import-again 0 "$COACH" --home "$I" import "$TESTS/data/import/hevy.csv"
out_has '0 imported, 2 already in the log'
run import-history 0 "$COACH" --home "$I" history --format csv
out_has '^2026-10-05,,,barbell-back-squat,,1,5,132.28,,2,'
out_has '^2026-10-08,,,dumbbell-bent-over-row,,1,10,44,,,'
out_has '^2026-10-12,,,dumbbell-bench-press,,1,10,44.09,,2,'
rows=$(tail -n +2 "$T/out" | wc -l)
name=import-rows; if [ "$rows" -eq 10 ]; then ok; else bad "$rows sets in history, expected 10"; fi
printf 'Date;Workout Name;Exercise Name;Set Order;Weight;Reps\n2026-10-05 10:00:00;"A;Squat (Barbell);1;60;5\n' >"$T/broken.csv"
run import-broken 1 "$COACH" --home "$I" import "$T/broken.csv"
err_has 'broken.csv:2:21: error: a quoted field is not closed'
err_has 'nothing was imported'
printf 'Date;Workout Name;Exercise Name;Set Order;Weight;Reps\n2026-10-05 10:00:00;A;Squat (Barbell);1;60;5\n2026-13-40 10:00:00;A;Squat (Barbell);1;60;5\n' >"$T/baddate.csv"
run import-bad-date-strict 1 "$COACH" --home "$I" import --strict "$T/baddate.csv"
err_has "baddate.csv:3:1: error: '2026-13-40 10:00:00' in column 'Date' is not a date"
run import-nothing-half 0 "$COACH" --home "$I" history --format csv
k=$(tail -n +2 "$T/out" | wc -l)
name=import-nothing-half; if [ "$k" -eq 10 ]; then ok; else bad "$k sets after failed imports"; fi
# without --strict the row is listed and left out, the rest imported
run import-bad-date 0 "$COACH" --home "$I" import "$T/baddate.csv"
err_has "baddate.csv:3:1: error: '2026-13-40 10:00:00' in column 'Date' is not a date"
out_has 'Rows left out because they could not be read: 1'
run import-rest-kept 0 "$COACH" --home "$I" history --format csv
k=$(tail -n +2 "$T/out" | wc -l)
name=import-rest-kept; if [ "$k" -eq 11 ]; then ok; else bad "$k sets, expected 11"; fi
run import-not-an-export 1 "$COACH" --home "$I" import "$TESTS/data/good/profile-full.yaml"
err_has 'not an export this importer reads'

finish import
