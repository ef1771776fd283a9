#!/bin/sh
# Scenarios of coaching-rules.md, built as weeks of history through `coach log`
# and checked through `coach today` and `coach plan` after each session.
# Usage: scenarios.sh COACH
set -u
COACH=$1
T=$(mktemp -d /tmp/coach-scen-XXXXXX)
trap 'rm -rf "$T"' EXIT
unset COACH_HOME COACH_TODAY
pass=0
fail=0
name=""
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $name: $*"; }

# c HOME ARGS...: run the coach in HOME, output in $T/out
c() {
	h=$1
	shift
	"$COACH" --home "$T/$h" "$@" >"$T/out" 2>"$T/err"
	rc=$?
	if [ $rc -ne 0 ]; then echo "  (coach $* exited $rc: $(cat "$T/err"))"; fi
	return $rc
}
# today HOME DATE [ARGS]: today's prescription as YAML in $T/out
today() {
	h=$1
	d=$2
	shift 2
	c "$h" --date "$d" today --format yaml "$@"
}
# field ID KEY: KEY of exercise ID in the last today output
field() {
	awk -v id="$1" -v key="$2" '
		/^- id: / { cur = $3 }
		cur == id && $1 == key ":" { sub("^ *" key ": *", ""); print; exit }' "$T/out"
}
# top KEY: a top-level key of the last output
top() { awk -v key="$1" '$1 == key ":" { sub("^" key ": *", ""); print; exit }' "$T/out"; }
expect() {
	name=$1
	if [ "$2" = "$3" ]; then ok; else bad "got '$2', expected '$3'"; fi
}
has() {
	name=$1
	if grep -q -- "$2" "$T/out"; then ok; else bad "output lacks '$2'"; fi
}
lacks() {
	name=$1
	if grep -q -- "$2" "$T/out"; then bad "output has '$2'"; else ok; fi
}
# logs HOME DATE: log the session document on stdin
logs() { "$COACH" --home "$T/$1" --date "$2" log - >"$T/out" 2>"$T/err" || echo "  (log failed: $(cat "$T/err"))"; }

# --- 1. double progression across the top of the range -----------------------
c d profile init --parq no,no,no,no,no,no,no --level intermediate --weekdays mon,thu --minutes 90 \
	--dumbbells 4,6,8,10,12 --program gordon-home --start 2026-11-02
today d 2026-11-16
expect calibration-first-time "$(field goblet-squat calibration)" true
expect calibration-lightest "$(field goblet-squat load)" 4
logs d 2026-11-16 <<'YAML'
coach_session: 1
date: 2026-11-16
exercises:
  - id: goblet-squat
    sets: [{reps: 12, load: 8, rir: 2}, {reps: 12, load: 8, rir: 2}]
YAML
# the step up by hand (coaching-rules.md, progression; policy progression): 2 x 12 at 8 kg
# is the top of 8-12; +5% (increment_pct) is 8.4, the next dumbbell up is 10, +25%, more
# than max_jump_pct 15: 8 kg again with the range 3 reps longer (extend_reps), 8-15
today d 2026-11-19
expect double-range-longer-first "$(field goblet-squat load)" 8
expect double-range-longer-top "$(field goblet-squat reps_max)" 15
expect double-range-longer-bottom "$(field goblet-squat reps_min)" 8
has double-range-says-why 'reps up to 15 before the next dumbbell: 8 -> 10 kg would be +25%'
logs d 2026-11-19 <<'YAML'
coach_session: 1
date: 2026-11-19
exercises:
  - id: goblet-squat
    sets: [{reps: 15, load: 8}, {reps: 13, load: 8}]
YAML
# one set short of 15: the same load, the range still 8-15
today d 2026-11-23
expect double-kept-when-a-set-falls-short "$(field goblet-squat load)" 8
expect double-kept-range-still-longer "$(field goblet-squat reps_max)" 15
logs d 2026-11-23 <<'YAML'
coach_session: 1
date: 2026-11-23
exercises:
  - id: goblet-squat
    sets: [{reps: 15, load: 8}, {reps: 15, load: 8}]
YAML
# 2 x 15: the range has been grown, so the jump is taken: 10 kg, back to 8-12
today d 2026-11-26
expect double-up-to-next-dumbbell "$(field goblet-squat load)" 10
expect double-reps-back-to-bottom "$(field goblet-squat reps_min)" 8
expect double-range-back-to-the-program "$(field goblet-squat reps_max)" 12
has double-says-why 'up from 8 kg: every set reached 15'

# --- 3. a low-readiness hold in the middle of the progression ------------------
# the step up from 8 to 10 waits on a low day: 8 kg, one set fewer
today d 2026-11-26 --mood 2 --energy 3 --anxiety 2 --sleep 7
expect hold-flag "$(top hold)" true
expect hold-keeps-last-load "$(field goblet-squat load)" 8
expect hold-one-set-fewer "$(field goblet-squat sets)" 1
has hold-says-it-does-not-count 'nothing today counts against you'
logs d 2026-11-26 <<'YAML'
coach_session: 1
date: 2026-11-26
checkin: {mood: 2, energy: 3, anxiety: 2, sleep: 7}
exercises:
  - id: goblet-squat
    sets: [{reps: 7, load: 8}]
YAML
today d 2026-11-30
expect hold-is-not-a-failure "$(field goblet-squat load)" 10
c d --date 2026-11-30 history --format yaml
has hold-is-logged-as-hold 'hold: true'

# --- 8. two months off --------------------------------------------------------
# 10, 9 at 10 kg: in the range, not its top: 10 kg stays the working load
logs d 2026-11-30 <<'YAML'
coach_session: 1
date: 2026-11-30
exercises:
  - id: goblet-squat
    sets: [{reps: 10, load: 10}, {reps: 9, load: 10}]
YAML
today d 2027-01-28
# 59 days off (> 56): 10 x 0.8 = 8, a dumbbell the person has
expect two-months-off-lighter "$(field goblet-squat load)" 8
expect two-months-off-fewer-sets "$(field goblet-squat sets)" 1
has two-months-off-says-why 'days since your last session'
today d 2026-12-31
# 31 days off (> 28): 10 x 0.9 = 9; 8 would be 11% under what the rule means (more than
# rounding.max_below_pct 10, coaching-rules.md 1.1: rounding with judgement) and nothing lies
# between, so 10 kg is kept with a rep more in reserve
expect one-month-off-lighter "$(field goblet-squat load)" 10
has one-month-off-rir-instead '1 more rep in reserve instead of a lighter load'

# --- 4. an anxious day ----------------------------------------------------------
today d 2026-12-03 --mood 3 --energy 3 --anxiety 4 --sleep 7
expect anxious-breathing-before "$(top breathing_before)" '{pattern: paced, minutes: 2, inhale_s: 4, exhale_s: 6}'
expect anxious-easier "$(field goblet-squat rir)" 3
expect anxious-longer-rest "$(field goblet-squat rest_s)" 90
expect anxious-not-a-hold "$(top hold)" false

# --- 2. three failures on a linear lift ------------------------------------------
c l profile init --parq no,no,no,no,no,no,no --level intermediate --weekdays mon,wed,fri --minutes 120 \
	--bar 20 --plates 1.25,2.5,5,10,10,20 --bench --program barbell-5x5 --start 2026-11-02
five() { # five DATE LOAD R1 R2 R3 R4 R5
	printf 'coach_session: 1\ndate: %s\nexercises:\n  - id: barbell-back-squat\n    sets:\n' "$1"
	l=$2
	shift 2
	for r in "$@"; do printf '      - {reps: %s, load: %s}\n' "$r" "$l"; done
}
five 2026-11-02 60 5 5 5 5 5 | logs l 2026-11-02
today l 2026-11-04
expect linear-plus-increment "$(field barbell-back-squat load)" 62.5
five 2026-11-04 62.5 5 5 5 5 4 | logs l 2026-11-04
today l 2026-11-06
expect linear-first-failure-repeats "$(field barbell-back-squat load)" 62.5
five 2026-11-06 62.5 5 5 4 4 4 | logs l 2026-11-06
five 2026-11-09 62.5 5 5 5 4 3 | logs l 2026-11-09
today l 2026-11-11
expect linear-third-failure-deloads "$(field barbell-back-squat load)" 55
has linear-deload-says-why 'comes down 10%'
has barbell-plates-each-side "plates_each_side: '10 + 5 + 2.5'"
five 2026-11-11 55 5 5 5 5 5 | logs l 2026-11-11
today l 2026-11-13
expect linear-builds-again "$(field barbell-back-squat load)" 57.5

# --- 5. a hypertensive profile -----------------------------------------------------
c h profile init --parq no,no,no,no,no,no,no --weekdays mon,thu --minutes 90 --dumbbells 4,6,8 --hypertension \
	--program gordon-home --start 2026-11-02
today h 2026-11-19
has hypertension-advisory 'High blood pressure'
has hypertension-breathing 'Breathe out on every effort'
rirs=$(awk '$1 == "rir:" { print $2 }' "$T/out" | sort -n | head -n 1)
name=hypertension-rir-floor; if [ "$rirs" -ge 2 ]; then ok; else bad "a set at RIR $rirs"; fi
c p profile init --weekdays mon,thu --minutes 90 --dumbbells 4,6,8 --parq-not-cleared \
	--program gordon-home --start 2026-11-02
today p 2026-11-19
rirs=$(awk '$1 == "rir:" { print $2 }' "$T/out" | sort -n | head -n 1)
name=parq-light-sets; if [ "$rirs" -ge 4 ]; then ok; else bad "a set at RIR $rirs"; fi
has parq-advisory 'PAR-Q+'

# --- 6. a user who dislikes push-ups ------------------------------------------------
c u profile init --parq no,no,no,no,no,no,no --level intermediate --weekdays mon,wed,fri --minutes 90 --dislikes push-up \
	--program first-steps-bodyweight --start 2026-11-02
today u 2026-11-16
lacks dislike-push-up-left-out '^- id: push-up$'
has dislike-stand-in 'knee-push-up'
has dislike-says-why 'dislike list'

# --- 7. a user with only bands --------------------------------------------------------
c b profile init --parq no,no,no,no,no,no,no --weekdays mon,thu --minutes 90 --bands yellow,red,green,blue \
	--program gordon-home --start 2026-11-02
today b 2026-11-16
lacks bands-no-dumbbell-exercise '^- id: .*dumbbell'
lacks bands-no-goblet-squat '^- id: goblet-squat$'
has bands-says-why 'needs dumbbell'
has bands-load-is-a-colour 'load: yellow'

# --- ladders: up a rung when every set reaches the top; down one after two months -----
c u profile set dislikes '' >/dev/null
today u 2026-11-16
rung=$(field squat-ladder name)
sq=$(awk '/^- id: /{id=$3} $1 == "slot:" && $2 == "squat-ladder" {print id; exit}' "$T/out")
name=ladder-starts-mid-way-for-intermediates; if [ "$sq" = split-squat ]; then ok; else bad "started on $sq"; fi
logs u 2026-11-16 <<'YAML'
coach_session: 1
date: 2026-11-16
exercises:
  - id: split-squat
    sets: [{reps: 12}, {reps: 12}]
YAML
today u 2026-11-20
sq=$(awk '/^- id: /{id=$3} $1 == "slot:" && $2 == "squat-ladder" {print id; exit}' "$T/out")
expect ladder-next-rung "$sq" bulgarian-split-squat
today u 2027-01-20
sq=$(awk '/^- id: /{id=$3} $1 == "slot:" && $2 == "squat-ladder" {print id; exit}' "$T/out")
expect ladder-down-after-two-months "$sq" split-squat

# --- a hold day at the top of the range (newcomer-month finding 3) ----------------------
# coaching-rules.md: a low day is a hold, "no progression" from it; 1.1: the step up is
# taken once the load was done in full on careful_days (2) such days.  Row 2 x 12 at 2 kg
# grows the range to 8-15 (4 kg would be +100%); 2 x 15 on a low day is the first of the
# two, not a jump to 4 kg; a second low day done in full takes it, and says so.
c hd profile init --parq no,no,no,no,no,no,no --weekdays tue,fri --minutes 20 --dumbbells 2,4,6,8 \
	--program low-energy-circuit --start 2026-11-03
logs hd 2026-11-03 <<'YAML'
coach_session: 1
date: 2026-11-03
checkin: {mood: 3, energy: 3, anxiety: 2, sleep: 7}
exercises:
  - id: dumbbell-row
    sets: [{reps: 12, load: 2, rir: 3}, {reps: 12, load: 2, rir: 3}]
YAML
today hd 2026-11-06 --mood 2 --energy 2 --anxiety 3 --sleep 7
expect hold-top-is-a-hold "$(top hold)" true
has hold-top-says-what-it-is 'on its own, today does not move you on, and nothing today counts against you'
lacks hold-top-no-progression-words 'no progression today'
logs hd 2026-11-06 <<'YAML'
coach_session: 1
date: 2026-11-06
checkin: {mood: 2, energy: 2, anxiety: 3, sleep: 7}
mood_after: 3
exercises:
  - id: dumbbell-row
    sets: [{reps: 15, load: 2, rir: 4}, {reps: 15, load: 2, rir: 4}]
YAML
today hd 2026-11-10
expect hold-top-not-doubled "$(field dumbbell-row load)" 2
expect hold-top-range-kept "$(field dumbbell-row reps_max)" 15
has hold-top-says-why 'same load: last time was a hold day, which does not move you on by itself'
c hd --date 2026-11-10 history
# (coach history wraps its lines at 80 columns: read as one)
name=hold-top-history-words
if tr '\n' ' ' <"$T/out" | tr -s ' ' | grep -q -- '(a hold day: on its own it did not move you on, and nothing in it counted against you)'; then ok; else bad "history lacks the hold day's words"; fi
logs hd 2026-11-10 <<'YAML'
coach_session: 1
date: 2026-11-10
checkin: {mood: 2, energy: 3, anxiety: 2, sleep: 7}
mood_after: 3
exercises:
  - id: dumbbell-row
    sets: [{reps: 15, load: 2, rir: 4}, {reps: 15, load: 2, rir: 4}]
YAML
today hd 2026-11-13
expect hold-second-takes-the-step "$(field dumbbell-row load)" 4
expect hold-second-range-back "$(field dumbbell-row reps_max)" 12
has hold-second-says-why 'up from 2 kg: every set reached 15 on 2 hold days, so the step up is taken'

# --- the week tells the truth -----------------------------------------------------------
c d --date 2026-11-26 plan --format yaml
has plan-done-monday '{date: 2026-11-23, weekday: mon, day: A, status: done'
has plan-done-thursday '{date: 2026-11-26, weekday: thu, day: A, status: done'
has plan-strength-days 'strength_days: {done: 2, planned: 2, target: 2}'
c d --date 2026-12-04 plan --format yaml
has plan-missed-thursday '{date: 2026-12-03, weekday: thu, day: A, status: missed}'
c d --date 2026-12-04 move 2026-12-03 2026-12-05
c d --date 2026-12-04 plan --format yaml
has plan-moved-from '{date: 2026-12-03, weekday: thu, day: A, status: moved, moved_to: 2026-12-05}'
has plan-moved-to '{date: 2026-12-05, weekday: sat, day: A, status: planned, moved_from: 2026-12-03}'
today d 2026-12-05
expect moved-day-is-today "$(top day)" A
name=move-only-later
if "$COACH" --home "$T/d" --date 2026-12-04 move 2026-12-05 2026-12-04 2>/dev/null; then
	bad "moved a day backwards"
else
	ok
fi
logs d 2026-12-05 <<'YAML'
coach_session: 1
date: 2026-12-05
aerobic: [{kind: walk, minutes: 40}]
YAML
c d --date 2026-12-05 plan --format yaml
has plan-aerobic 'aerobic_min: {done: 40, target: 150}'

echo "scenarios: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
