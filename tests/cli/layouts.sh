#!/bin/sh
# Command-line tests, every layout of the apps people leave: Strong (quoted
# semicolon "Weight (kg)", the 2016 "kg" layout, "Weight" with no unit),
# Hevy (US dates with weight_lbs, other-language months with weight_kg),
# FitNotes and StrongLifts.  The fixtures in tests/data/import are synthetic,
# written from the published column layouts.  Usage: layouts.sh COACH TESTS_DIR
. "$(dirname "$0")/lib.sh"

D="$TESTS/data/import"
K="$T/kg"
"$COACH" --home "$K" profile init --parq no,no,no,no,no,no,no --units kg >/dev/null 2>&1
# sqlite3 on the log: one line a row
q() { sqlite3 "$K/data/coach.db" "$1"; }

# Strong, quoted and semicolon-separated, Weight (kg) with decimal commas
run strong-semicolon 0 "$COACH" --home "$K" import "$D/strong-semicolon.csv"
out_has 'Strong export: 2 sessions, 5 sets: 2 imported, 0 already in the log'
out_has 'Warm-up sets left out: 1'
out_has 'Rest-timer rows left out (they are not sets): 2'
out_has 'Cardio rows kept as aerobic minutes: 1'
out_has 'Notes kept: 2'
out_has 'Rows left out because they could not be read: 1'
err_has "strong-semicolon.csv:12:78: error: '1O' in column 'Reps' is not a whole number of reps"
out_has "^  'Reverse Hyper (Machine)' (2 sets)$"
out_has "^  'Squatt (Barbell)' (1 set); the library has 'Barbell back squat'$"
k=$(grep -c "Reverse Hyper" "$T/out")
name=unknown-once; if [ "$k" -eq 1 ]; then ok; else bad "'Reverse Hyper (Machine)' listed $k times"; fi
run strong-loads 0 q "SELECT exercise || ' ' || reps || ' ' || load FROM set_log JOIN session s ON s.id = session_id WHERE s.date = 20605 ORDER BY position, set_no"
out_has '^barbell-back-squat 5 62.5$'
run strong-plank 0 q "SELECT reps FROM set_log WHERE exercise = 'plank'"
out_has '^60$'
run strong-cardio 0 q "SELECT kind || ' ' || minutes || ' ' || distance_m FROM aerobic"
out_has '^run 15 2500.0$'
run strong-notes 0 q "SELECT notes FROM session WHERE notes IS NOT NULL; SELECT notes FROM set_log WHERE notes IS NOT NULL"
out_has '^Slept well, felt strong$'
out_has '^depth ok$'
run strong-rpe 0 q "SELECT rir FROM set_log WHERE exercise = 'barbell-back-squat' AND load = 62.5 ORDER BY set_no"
out_has '^2$'
run plain-squat 0 q "SELECT COUNT(*) FROM set_log WHERE exercise = 'barbell-back-squat' AND load = 60"
out_has '^1$'

# --strict refuses the file that had a row left out, and writes nothing
S="$T/strict"
"$COACH" --home "$S" profile init --parq no,no,no,no,no,no,no >/dev/null 2>&1
run strict 1 "$COACH" --home "$S" import --strict "$D/strong-semicolon.csv"
err_has "strong-semicolon.csv:12:78: error: '1O' in column 'Reps'"
err_has 'nothing was imported'
run strict-nothing 0 sqlite3 "$S/data/coach.db" 'SELECT COUNT(*) FROM session'
out_has '^0$'

# the same file again, and again after the profile changed to pounds: nothing doubles
run again 0 "$COACH" --home "$K" import "$D/strong-semicolon.csv"
out_has '0 imported, 2 already in the log'
"$COACH" --home "$K" profile set units lb >/dev/null 2>&1
run again-in-lb 0 "$COACH" --home "$K" import "$D/strong-semicolon.csv"
out_has '0 imported, 2 already in the log'
"$COACH" --home "$K" profile set units kg >/dev/null 2>&1

# Strong 2016: kg, km, set order from 0
run strong-2016 0 "$COACH" --home "$K" import "$D/strong-2016.csv"
out_has 'Strong export: 2 sessions, 4 sets: 2 imported'
run strong-2016-sets 0 q "SELECT COUNT(*) FROM set_log t JOIN session s ON s.id = t.session_id WHERE s.date = 16933"
out_has '^3$'
run strong-2016-ride 0 q "SELECT kind || ' ' || minutes || ' ' || distance_m FROM aerobic WHERE date = 16933"
out_has '^ride 20 5200.0$'

# Strong 2019: a Duration column of the workout's ("1h 5m") beside Seconds
run strong-2019 0 "$COACH" --home "$K" import "$D/strong-2019.csv"
out_has 'Strong export: 1 session, 2 sets: 1 imported'
out_has "Loads without a unit read as kg (your profile's unit"

# a weight column that names no unit: --unit, or the profile's, and it says which
N="$T/none"
run nounit-no-profile 1 "$COACH" --home "$N" import "$D/strong-nounit.csv"
err_has "strong-nounit.csv:1:43: error: the column 'Weight' names no unit and the file has no unit column; give --unit kg or --unit lb"
run nounit-given 0 "$COACH" --home "$N" import --unit lb "$D/strong-nounit.csv"
out_has 'Loads without a unit read as lb (--unit)'
run nounit-kg 0 sqlite3 "$N/data/coach.db" 'SELECT load FROM set_log LIMIT 1'
out_has '^61.23$'
run nounit-profile 0 "$COACH" --home "$K" import --dry-run "$D/strong-nounit.csv"
out_has "Loads without a unit read as kg (your profile's unit"
run bad-unit 2 "$COACH" --home "$K" import --unit stone "$D/strong-nounit.csv"

# Hevy: US dates and weight_lbs; German, Spanish and Portuguese months with weight_kg
run hevy-us 0 "$COACH" --home "$K" import "$D/hevy-us.csv"
out_has 'Hevy export: 1 session, 3 sets: 1 imported'
out_has 'Warm-up sets left out: 1'
run hevy-us-rows 0 q "SELECT exercise || ' ' || reps || ' ' || COALESCE(load, '-') || ' ' || COALESCE(t.notes, '-') FROM set_log t JOIN session s ON s.id = t.session_id WHERE s.date = 20615 ORDER BY position, set_no"
out_has '^barbell-back-squat 5 61.23 knees out$'
out_has '^barbell-back-squat 5 61.23 -$'
out_has '^plank 45 - -$'
run hevy-us-walk 0 q "SELECT kind || ' ' || minutes || ' ' || distance_m FROM aerobic WHERE date = 20615"
out_has '^walk 30 2414.0$'
run hevy-intl 0 "$COACH" --home "$K" import "$D/hevy-intl.csv"
out_has 'Hevy export: 3 sessions, 4 sets: 3 imported'
run hevy-intl-dates 0 q "SELECT date FROM session WHERE date IN (20578, 20571, 20517) ORDER BY date"
out_has '^20517$'
out_has '^20571$'
out_has '^20578$'

# FitNotes: a day is a workout; kgs and lbs per row; cardio by category
run fitnotes 0 "$COACH" --home "$K" import "$D/fitnotes.csv"
out_has 'FitNotes export: 2 sessions, 4 sets: 2 imported'
out_has 'Cardio rows kept as aerobic minutes: 1'
run fitnotes-rows 0 q "SELECT exercise || ' ' || reps || ' ' || COALESCE(load, '-') FROM set_log t JOIN session s ON s.id = t.session_id WHERE s.date IN (20577, 20579) ORDER BY s.date, position, set_no"
out_has '^barbell-bench-press 8 60.0$'
out_has '^plank 60 -$'
out_has '^barbell-deadlift 5 99.79$'
run fitnotes-run 0 q "SELECT kind || ' ' || minutes || ' ' || distance_m FROM aerobic WHERE date = 20577"
out_has '^run 29 5000.0$'

# StrongLifts: a row an exercise, its sets' reps in Set 1 ... Set 5, body weight
run stronglifts 0 "$COACH" --home "$K" import "$D/stronglifts.csv"
out_has 'StrongLifts export: 2 sessions, 21 sets: 2 imported'
run stronglifts-bench 0 q "SELECT group_concat(reps, ',') FROM (SELECT reps FROM set_log t JOIN session s ON s.id = t.session_id WHERE s.date = 20549 AND exercise = 'barbell-bench-press' ORDER BY set_no)"
out_has '^5,5,5,4,3$'
run stronglifts-bodyweight 0 q "SELECT bodyweight FROM session WHERE date IN (20549, 20551) ORDER BY date"
out_has '^72.5$'
out_has '^72.0$'

# A gym lifter's machines and cables (Strong and Hevy names): every set lands on
# a library exercise, none is listed as unknown
G="$T/gym"
"$COACH" --home "$G" profile init --parq no,no,no,no,no,no,no --units kg >/dev/null 2>&1
run strong-gym 0 "$COACH" --home "$G" import "$TESTS/data/import/strong-gym.csv"
out_has 'Strong export: 2 sessions, 18 sets: 2 imported'
out_lacks 'not in the library'
out_lacks "' ([0-9]* sets\?)"
run strong-gym-ids 0 sqlite3 "$G/data/coach.db" "SELECT DISTINCT exercise FROM set_log ORDER BY exercise"
for id in cable-curl cable-fly hack-squat lat-pulldown leg-curl leg-extension leg-press \
	machine-calf-raise machine-chest-press machine-hip-abduction machine-row \
	machine-shoulder-press pec-deck seated-cable-row smith-squat triceps-pushdown; do
	out_has "^$id\$"
done
run strong-gym-press 0 sqlite3 "$G/data/coach.db" "SELECT COUNT(*) FROM set_log WHERE exercise = 'leg-press' AND load = 120"
out_has '^2$'
run hevy-gym 0 "$COACH" --home "$G" import "$TESTS/data/import/hevy-gym.csv"
out_has 'Hevy export: 1 session, 14 sets: 1 imported'
out_lacks "' ([0-9]* sets\?)"
run hevy-gym-ids 0 sqlite3 "$G/data/coach.db" "SELECT COUNT(DISTINCT exercise) FROM set_log JOIN session s ON s.id = session_id WHERE s.date = (SELECT MAX(date) FROM session)"
out_has '^14$'

finish layouts
