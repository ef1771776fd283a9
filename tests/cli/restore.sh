#!/bin/sh
# Command-line tests, restore and merge: a multi-year log exported (YAML and
# CSV), imported into an empty home and compared table by table with the
# sqlite3 command line; the same export twice, and two machines' exports in
# turn, give the union; bad exports are refused whole, with place and value.
# Usage: restore.sh COACH TESTS_DIR
. "$(dirname "$0")/lib.sh"

A="$T/machine-a"
"$COACH" --home "$A" profile init --parq no,no,no,no,no,no,no --dumbbells 4,6,8,10,12 --program gordon-home \
	--start 2024-01-01 --country gb >/dev/null 2>&1
# three years of Mondays and Thursdays (2024-01-01 is day 19723), with
# notes, body weight, aerobic minutes, check-ins, mood after and the
# Feeling Scale (-5..+5, 0 included, some sessions without it)
awk 'BEGIN {
	for (i = 0; i < 300; i++) {
		d = 19723 + int(i / 2) * 7 + (i % 2) * 3
		if (i) print "---"
		print "coach_session: 1"
		print "date: " d
		print "checkin: {mood: " (i % 5) + 1 ", energy: " (i % 4) + 2 ", anxiety: 2, sleep: 7.5}"
		print "mood_after: " (i % 3) + 3
		if (i % 4 != 1) print "feeling: " (i % 11) - 5
		if (i % 3 == 0) print "notes: \"steady, \\\"calm\\\", then a walk\""
		if (i % 4 == 0) print "bodyweight: " 70 + (i % 7) / 2
		if (i % 5 == 2) print "breathing_min: " 5 + i % 3
		if (i % 6 == 3) print "short: true"
		print "exercises:"
		print "  - id: goblet-squat"
		print "    sets: [{reps: " 8 + i % 5 ", load: 6, notes: \"knee, fine\"}, {reps: 10, load: 6}]"
		print "  - id: dumbbell-floor-press"
		print "    sets: [{reps: 8, load: 8, rir: 2}]"
		if (i % 5 == 0) print "aerobic: [{kind: walk, minutes: 20}]"
	}
}' >"$T/years.awk.yaml"
# awk writes day numbers; the log takes dates
i=0
: >"$T/years.yaml"
while IFS= read -r line; do
	case $line in
	"date: "*) n=${line#date: }; printf 'date: %s\n' "$(date -u -d "@$((n * 86400))" +%F)" >>"$T/years.yaml" ;;
	*) printf '%s\n' "$line" >>"$T/years.yaml" ;;
	esac
done <"$T/years.awk.yaml"
run log-years 0 "$COACH" --home "$A" log "$T/years.yaml"
out_has 'Logged 300 sessions (900 sets)'
"$COACH" --home "$A" --date 2026-11-25 screen phq9 --answers 1,1,0,0,1,0,0,0,0 >/dev/null 2>&1
"$COACH" --home "$A" --date 2026-11-25 screen gad7 --answers 1,0,1,0,0,1,0 >/dev/null 2>&1
"$COACH" --home "$A" checkin --mood 3 --energy 3 --anxiety 3 --sleep 7 >/dev/null 2>&1
"$COACH" --home "$A" safety-plan set coping "a walk round the block, then tea" >/dev/null 2>&1
"$COACH" --home "$A" lapse-plan set "If I miss a day, then I walk the next morning" >/dev/null 2>&1
run move 0 "$COACH" --home "$A" move 2026-11-26 2026-11-28
run export-yaml 0 "$COACH" --home "$A" export --format yaml --output "$T/a.yaml"
run export-csv 0 "$COACH" --home "$A" export --format csv --output "$T/a-csv"
# the YAML is written as it is made: the same text on standard output, and a
# full disk is an error, not a silent half
name=export-stdout
if "$COACH" --home "$A" export --format yaml 2>/dev/null | cmp -s - "$T/a.yaml"; then ok; else bad "stdout differs from --output"; fi
if [ -w /dev/full ]; then
	name=export-full-disk
	if "$COACH" --home "$A" export --format yaml >/dev/full 2>"$T/err"; then bad "exit 0 on a full disk"; else ok; fi
	err_has 'cannot write the export'
fi

TABLES="session set_log aerobic checkin screen move slot_state meta"
# same_tables NAME HOME1 HOME2: every table row for row (ids included)
same_tables() {
	name=$1
	for t in $TABLES; do
		sqlite3 "$2/data/coach.db" "SELECT * FROM $t ORDER BY rowid" >"$T/t1" 2>&1
		sqlite3 "$3/data/coach.db" "SELECT * FROM $t ORDER BY rowid" >"$T/t2" 2>&1
		if cmp -s "$T/t1" "$T/t2" && [ -s "$T/t1" ] || { [ "$t" = meta ] && cmp -s "$T/t1" "$T/t2"; }; then ok; else
			bad "table $t differs ($(wc -l <"$T/t1") rows and $(wc -l <"$T/t2"))"; fi
	done
}
# same_content NAME HOME1 HOME2: the same record whatever the ids
content() {
	sqlite3 "$1/data/coach.db" "
	SELECT 'session', date, program, day, mood_before, energy, anxiety, sleep, soreness, mood_after, notes, bodyweight, feeling, breathing_min, short FROM session ORDER BY 2,3,4,5,6,7,8,9,10,11,12,13,14,15;
	SELECT 'set', s.date, t.position, t.exercise, t.set_no, t.reps, t.load, t.rir, t.notes FROM set_log t JOIN session s ON s.id = t.session_id ORDER BY 2,3,4,5,6,7,8,9;
	SELECT 'aerobic', date, kind, minutes FROM aerobic ORDER BY 2,3,4;
	SELECT 'checkin', date, mood, energy, anxiety, sleep, soreness FROM checkin ORDER BY 2,3,4,5,6,7;
	SELECT 'screen', date, scale, answers, score, band, crisis, early FROM screen ORDER BY 2,3,4;
	SELECT 'move', * FROM move ORDER BY 2;
	SELECT 'state', program, slot, exercise, load, prev_load, rung, failures, last_date, sessions FROM slot_state ORDER BY 2,3;"
}
same_content() {
	name=$1
	content "$2" >"$T/c1"; content "$3" >"$T/c2"
	if cmp -s "$T/c1" "$T/c2"; then ok; else bad "the record differs: $(diff "$T/c1" "$T/c2" | head -5)"; fi
}

# into an empty home: every table as it was, the profile and the plan too
R="$T/restored-yaml"
run import-yaml 0 "$COACH" --home "$R" import "$T/a.yaml"
out_has 'Coach export: 300 sessions, 900 sets, 60 aerobic entries, 301 check-ins, 2 questionnaires, 1 moved day'
out_has 'The log was empty'
out_has 'Profile: taken from the export'
out_has 'Safety plan: taken from the export'
out_has 'Lapse plan: taken from the export'
same_tables restore-yaml "$A" "$R"
run profile-same 0 cmp "$A/config/profile.yaml" "$R/config/profile.yaml"
run plan-same 0 cmp "$A/config/safety-plan.yaml" "$R/config/safety-plan.yaml"
mode_is "$R/config/profile.yaml" 600
mode_is "$R/config/safety-plan.yaml" 600
run lapse-same 0 cmp "$A/config/lapse-plan.yaml" "$R/config/lapse-plan.yaml"
mode_is "$R/config/lapse-plan.yaml" 600
mode_is "$R/data/coach.db" 600
R2="$T/restored-csv"
run import-csv 0 "$COACH" --home "$R2" import "$T/a-csv"
out_has 'The log was empty'
out_has 'Lapse plan: taken from the export'
same_tables restore-csv "$A" "$R2"
run lapse-same-csv 0 cmp "$A/config/lapse-plan.yaml" "$R2/config/lapse-plan.yaml"
# the Feeling Scale comes back from both forms, sign and neutral 0 included
for h in "$R" "$R2"; do
	run feeling-back 0 sqlite3 "$h/data/coach.db" 'SELECT COUNT(feeling), MIN(feeling), MAX(feeling), SUM(feeling = 0), SUM(feeling IS NULL) FROM session'
	out_has '^225|-5|5|20|75$'
	# and the minutes of the breathing, a minimum dose that counts (issue 18)
	run breathing-back 0 sqlite3 "$h/data/coach.db" 'SELECT COUNT(breathing_min), MIN(breathing_min), MAX(breathing_min) FROM session'
	out_has '^60|5|7$'
	# and which sessions were the short one, still holds (issue 18)
	run short-back 0 sqlite3 "$h/data/coach.db" 'SELECT COUNT(short), SUM(short), SUM(hold) FROM session WHERE short IS NOT NULL'
	out_has '^50|50|50$'
done
run history-same 0 sh -c "'$COACH' --home '$A' history --format csv >'$T/h1' && '$COACH' --home '$R2' history --format csv >'$T/h2' && cmp '$T/h1' '$T/h2'"

# the same export again, in either form: nothing doubles
run import-again 0 "$COACH" --home "$R" import "$T/a.yaml"
out_has 'New: 0 sessions (300 already in the log), 0 sets, 0 check-ins, 0 questionnaires, 0 aerobic entries, 0 moved days'
out_has 'Profile: yours was kept'
out_has 'Safety plan: the same as yours'
run import-csv-again 0 "$COACH" --home "$R" import "$T/a-csv"
out_has 'New: 0 sessions (300 already in the log)'
same_tables twice "$A" "$R"

# two machines: B restored from A, then each logs on its own; each imports
# the other's export and both end with the union
B="$T/machine-b"
"$COACH" --home "$B" import "$T/a.yaml" >/dev/null 2>&1
cat >"$T/on-a.yaml" <<'YAML'
coach_session: 1
date: 2026-11-23
mood_after: 4
notes: on machine A
exercises:
  - id: goblet-squat
    sets: [{reps: 12, load: 6}, {reps: 12, load: 6}]
YAML
cat >"$T/on-b.yaml" <<'YAML'
coach_session: 1
date: 2026-11-24
mood_after: 5
feeling: -1
bodyweight: 71
exercises:
  - id: goblet-squat
    sets: [{reps: 12, load: 8}, {reps: 11, load: 8}]
YAML
"$COACH" --home "$A" log --add "$T/on-a.yaml" >/dev/null 2>&1
"$COACH" --home "$B" log "$T/on-b.yaml" >/dev/null 2>&1
"$COACH" --home "$B" --date 2026-11-24 checkin --mood 4 --energy 4 --anxiety 1 --sleep 8 >/dev/null 2>&1
"$COACH" --home "$A" export --format yaml --output "$T/a2.yaml" >/dev/null 2>&1
"$COACH" --home "$B" export --format csv --output "$T/b-csv" >/dev/null 2>&1
run a-takes-b 0 "$COACH" --home "$A" import "$T/b-csv"
out_has 'New: 1 session (300 already in the log), 2 sets, 1 check-in, 0 questionnaires'
run b-takes-a 0 "$COACH" --home "$B" import "$T/a2.yaml"
out_has 'New: 1 session (300 already in the log), 2 sets, 0 check-ins'
same_content union "$A" "$B"
run union-count 0 sqlite3 "$A/data/coach.db" 'SELECT COUNT(*) FROM session'
out_has '^302$'
run union-feeling 0 sqlite3 "$A/data/coach.db" "SELECT feeling FROM session WHERE notes IS NULL AND bodyweight = 71 AND date = (SELECT MAX(date) FROM session)"
out_has '^-1$'
# and into an empty home, in turn
U="$T/union"
"$COACH" --home "$U" import "$T/a2.yaml" >/dev/null 2>&1
run union-empty 0 "$COACH" --home "$U" import "$T/b-csv"
out_has 'New: 1 session (300 already in the log)'
same_content union-empty "$A" "$U"

# the profile only when asked
run profile-kept 0 "$COACH" --home "$B" import "$T/a2.yaml"
out_has 'Profile: yours was kept (--profile-too'
"$COACH" --home "$B" profile set minutes 45 >/dev/null 2>&1
run profile-too 0 "$COACH" --home "$B" import --profile-too "$T/a2.yaml"
out_has 'Profile: taken from the export'
run profile-back 0 cmp "$A/config/profile.yaml" "$B/config/profile.yaml"

# a dry run writes nothing
D="$T/dry"
run dry 0 "$COACH" --home "$D" import --dry-run "$T/a.yaml"
out_has 'a dry run: nothing was written'
run dry-empty 0 sqlite3 "$D/data/coach.db" 'SELECT COUNT(*) FROM session'
out_has '^0$'
name=dry-no-profile; if [ ! -e "$D/config/profile.yaml" ]; then ok; else bad "a dry run wrote the profile"; fi

# bad exports: refused whole, with file, line, column and the value
sed 's/^- {id: 7, date: \([0-9-]*\)/- {id: 7, date: 2026-02-30/' "$T/a.yaml" >"$T/bad-date.yaml"
line=$(grep -n '^- {id: 7, date: 2026-02-30' "$T/bad-date.yaml" | head -1 | cut -d: -f1)
E="$T/bad"
run bad-date 1 "$COACH" --home "$E" import "$T/bad-date.yaml"
err_has "bad-date.yaml:$line:[0-9]*: error: '2026-02-30' in column 'date' is not a date (YYYY-MM-DD)"
err_has 'nothing was imported'
run bad-date-nothing 0 sqlite3 "$E/data/coach.db" 'SELECT COUNT(*) FROM session'
out_has '^0$'
name=bad-no-profile; if [ ! -e "$E/config/profile.yaml" ]; then ok; else bad "a refused import wrote the profile"; fi
cp -r "$T/a-csv" "$T/bad-csv"
sed -i '3s/^\([0-9]*\),\([0-9]*\),\([0-9]*\),\([^,]*\),\([^,]*\),\([0-9]*\),[0-9]*,/\1,\2,\3,\4,\5,\6,twelve,/' "$T/bad-csv/set_log.csv"
run bad-csv 1 "$COACH" --home "$E" import "$T/bad-csv"
err_has "set_log.csv:3:[0-9]*: error: 'twelve' in column 'reps' is not a whole number"
printf 'coach_export: 1\nsession:\n  - {id: 1, date: 2026-01-05, colour: red, logged_at: 0}\n' >"$T/bad-col.yaml"
run bad-column 1 "$COACH" --home "$E" import "$T/bad-col.yaml"
err_has "bad-col.yaml:3:31: error: 'colour' is not a column of the table 'session'"
printf 'coach_export: 1\nset_log:\n  - {id: 1, session_id: 9, position: 0, exercise: goblet-squat, set_no: 1, reps: 5}\n' >"$T/orphan.yaml"
run orphan-set 1 "$COACH" --home "$E" import "$T/orphan.yaml"
err_has "orphan.yaml:3:[0-9]*: error: session_id 9 is no session of the export"
printf 'coach_export: 2\n' >"$T/v2.yaml"
run newer-export 1 "$COACH" --home "$E" import "$T/v2.yaml"
err_has "v2.yaml:1:15: error: coach_export '2': this coach reads version 1"
run still-empty 0 sqlite3 "$E/data/coach.db" 'SELECT COUNT(*) FROM session'
out_has '^0$'

finish restore
