#!/bin/sh
# Command-line tests, what comes beside the work: every session starts warm
# (ACSM GETP: 5-10 min general warm-up; ramp sets at about 50% and 75% of the
# working load before the first heavy compound lift), and a rest day under
# WHO 2020's 150 aerobic minutes suggests a walk (Noetel 2024: walking had the
# largest effect).  Usage: beside.sh COACH TESTS_DIR
. "$(dirname "$0")/lib.sh"

h="$T/b"
"$COACH" --home "$h" profile init --level intermediate --weekdays mon,thu --minutes 60 \
	--dumbbells 2,4,6,8,10,12,14,16,18,20 --parq-cleared --program gordon-home \
	--start 2026-11-02 >/dev/null
printf 'coach_session: 1\ndate: 2026-11-23\nexercises:\n  - id: goblet-squat\n    sets:\n      - {reps: 12, load: 16, rir: 2}\n      - {reps: 12, load: 16, rir: 2}\n' >"$T/s.yaml"
run log-squat 0 "$COACH" --home "$h" log "$T/s.yaml"

# a training day: the warm-up at the top, counted in the time, not as work
run warm-yaml 0 "$COACH" --home "$h" --date 2026-11-26 --format yaml today
out_has '^warmup: {minutes: 5, what: '
out_has '^aerobic: null'
# goblet squat at 18 kg: 50% is 9 and 75% is 13.5, rounded down to dumbbells owned
out_has 'warmup_sets: \[{reps: 8, load: 8}, {reps: 4, load: 12}\]'
name=warm-only-first-heavy
n=$(grep -c 'warmup_sets: \[{' "$T/out")
if [ "$n" -eq 1 ]; then ok; else bad "$n exercises have ramp sets, expected the first heavy one"; fi
name=warm-calibration-none
# the other exercises are first-time calibration sets: their own warm-up
if grep -c 'warmup_sets: \[\]' "$T/out" | grep -qx 7; then ok; else bad "expected 7 empty lists"; fi
run warm-text 0 "$COACH" --home "$h" --date 2026-11-26 today
out_has 'Warm up first: 5 minutes of easy movement'
out_has 'warm-up sets first (not counted): 8 at 8 kg, 4 at 12 kg'

# a rest day under 150 aerobic minutes: a walk, with what the week has done
run rest-walk 0 "$COACH" --home "$h" --date 2026-11-27 --format yaml today
out_has '^rest_day: true'
out_has '^aerobic: {minutes: 30, what: .a brisk walk of about 30 minutes'
out_has "0 of the week''s 150 aerobic minutes are done"
out_has '^warmup: null'
run rest-walk-text 0 "$COACH" --home "$h" --date 2026-11-27 today
out_has 'Today, if you like: a brisk walk of about 30 minutes'
# 135 minutes logged this week: only the 15 still needed are suggested
printf 'coach_session: 1\ndate: 2026-11-24\naerobic:\n  - {kind: walk, minutes: 135}\n' >"$T/a.yaml"
run log-walk 0 "$COACH" --home "$h" log "$T/a.yaml"
run rest-walk-less 0 "$COACH" --home "$h" --date 2026-11-27 --format yaml today
out_has '^aerobic: {minutes: 15, what: '
out_has "135 of the week''s 150"
# the week's minutes met: nothing suggested; a new week starts from zero
printf 'coach_session: 1\ndate: 2026-11-25\naerobic:\n  - {kind: cycle, minutes: 20}\n' >"$T/a2.yaml"
run log-ride 0 "$COACH" --home "$h" log "$T/a2.yaml"
run rest-week-met 0 "$COACH" --home "$h" --date 2026-11-27 --format yaml today
out_has '^aerobic: null'
run rest-new-week 0 "$COACH" --home "$h" --date 2026-12-01 --format yaml today
out_has '^aerobic: {minutes: 30, '

# effort taught (Hackett 2017): in a beginner's familiarisation weeks, one set
# checks the guess of reps in reserve; never with a health limit on effort,
# from 65, on a low day, or after the familiarisation weeks
e="$T/teach"
"$COACH" --home "$e" profile init --weekdays mon,thu --minutes 60 --dumbbells 2,4,6,8,10 \
	--parq-cleared --program gordon-home --start 2026-11-23 >/dev/null
printf 'coach_session: 1\ndate: 2026-11-23\nexercises:\n  - id: goblet-squat\n    sets:\n      - {reps: 12, load: 6, rir: 3}\n' >"$T/t.yaml"
run teach-log 0 "$COACH" --home "$e" log "$T/t.yaml"
run teach-today 0 "$COACH" --home "$e" --date 2026-11-26 --format yaml today
name=teach-one-set
if [ "$(grep -c 'rir_check: true' "$T/out")" -eq 1 ]; then ok; else bad "$(grep -c 'rir_check: true' "$T/out") sets check the guess"; fi
name=teach-on-goblet
if awk '/^- id: goblet-squat/{f=1} f && /rir_check:/{print; exit}' "$T/out" | grep -q true; then ok; else bad "not on the goblet squat"; fi
out_has 'Reps in reserve: the reps you could still do with good form'
out_has 'Hackett 2017'
run teach-low 0 "$COACH" --home "$e" --date 2026-11-26 --format yaml today --mood 2 --energy 3 --anxiety 2 --sleep 7
out_lacks 'rir_check: true'
# (a week without a session is not counted: the program week resumes, so week 2 is trained)
printf 'coach_session: 1\ndate: 2026-12-03\nexercises:\n  - id: goblet-squat\n    sets:\n      - {reps: 12, load: 6, rir: 3}\n' >"$T/t2.yaml"
run teach-log-2 0 "$COACH" --home "$e" --date 2026-12-03 log "$T/t2.yaml"
run teach-after 0 "$COACH" --home "$e" --date 2026-12-10 --format yaml today
out_lacks 'rir_check: true'
for limit in "health.hypertension true" "health.parq_cleared false" "age 70"; do
	"$COACH" --home "$e" profile set $limit >/dev/null
	run "teach-never-${limit%% *}" 0 "$COACH" --home "$e" --date 2026-11-26 --format yaml today
	out_lacks 'rir_check: true'
	out_lacks 'Hackett'
	"$COACH" --home "$e" profile set health.hypertension false >/dev/null
	"$COACH" --home "$e" profile set health.parq_cleared true >/dev/null
	"$COACH" --home "$e" profile set age null >/dev/null
done

finish beside
