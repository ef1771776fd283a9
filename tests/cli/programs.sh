#!/bin/sh
# Command-line tests, programs and show: the built coach on good and bad input,
# checking exit status, stdout and stderr.  Usage: programs.sh COACH TESTS_DIR
. "$(dirname "$0")/lib.sh"

# every program file shipped is listed, once
np=$(grep -l '^coach_program:' "$SRC"/programs/*.yaml | wc -l)
run programs 0 "$COACH" programs
out_has 'gordon-home'
out_has 'strength-for-mood-older'
out_has "$np programs"
run programs-yaml 0 "$COACH" programs --format yaml
for key in id name level days_per_week minutes weeks equipment goals; do
	k=$(grep -c "^  $key:\|^- $key:" "$T/out")
	if [ "$k" -eq "$np" ]; then ok; else name="programs-yaml-$key"; bad "key $key appears $k times, expected $np"; fi
done
run show 0 "$COACH" show gordon-home
out_has 'Weeks 1-2'
out_has 'Weeks 3-8'
out_has 'Goblet squat'
run show-deload 0 "$COACH" show upper-lower-4
out_has 'deload'
run show-yaml 0 "$COACH" --format yaml show first-steps-bodyweight
out_has 'kind: ladder'
out_has 'weeks_shown:'
run show-unknown 1 "$COACH" show gordon-hom
err_has "did you mean 'gordon-home'"
run show-no-id 2 "$COACH" show
run show-fits-80-columns 0 "$COACH" show upper-lower-4
w=$(awk '{ if (length($0) > m) m = length($0) } END { print m }' "$T/out")
name=show-fits-80-columns; if [ "$w" -le 80 ]; then ok; else bad "a line is $w columns wide"; fi
run show-deload-is-lighter 0 "$COACH" --format yaml show upper-lower-4
# week 5 is a deload week: fewer sets than week 4 for the first exercise
s4=$(awk '/^- week: 4$/{f=1} f && /sets:/{print $2; exit}' "$T/out")
s5=$(awk '/^- week: 5$/{f=1} f && /sets:/{print $2; exit}' "$T/out")
name=show-deload-is-lighter; if [ -n "$s5" ] && [ "$s5" -lt "$s4" ]; then ok; else bad "week 4 sets $s4, deload week 5 sets $s5"; fi
run exercises 0 "$COACH" exercises push-v
out_has 'pike-push-up'
run exercises-bad-pattern 2 "$COACH" exercises pusv
err_has "did you mean 'push-v'"

# --programs adds a directory; an id defined twice is an error
mkdir -p "$T/extra"
sed 's/^id: gordon-home$/id: extra-home/' "$SRC/programs/gordon-home.yaml" >"$T/extra/extra-home.yaml"
run programs-extra 0 "$COACH" --programs "$T/extra" programs
out_has 'extra-home'
out_has "$((np + 1)) programs"
cp "$SRC/programs/gentle-start.yaml" "$T/extra/"
run programs-duplicate 1 "$COACH" programs --programs "$T/extra"
err_has "duplicate program id 'gentle-start'"

# the user's own programs directory: a bad file is reported and left out
mkdir -p "$T/uh/data/programs"
sed 's/^id: extra-home$/id: own-home/' "$T/extra/extra-home.yaml" >"$T/uh/data/programs/own-home.yaml"
write_multi "$T/uh/data/programs/multi.yaml"
run own-programs 0 "$COACH" --home "$T/uh" programs
out_has 'own-home'
out_has "$((np + 1)) programs"
err_has "multi.yaml:8:16: error: 'days_per_week' is 9"

# the depression trial's program (Singh 2005): its dose after familiarisation,
# light for an uncleared PAR-Q+, and offered to an older adult wanting mood
h="$T/singh"
"$COACH" --home "$h" profile init --weekdays mon,wed,fri --minutes 60 --dumbbells 2,4,6,8,10,12 \
	--parq no,no,no,no,no,no,no >/dev/null
"$COACH" --home "$h" profile set program strength-for-mood-older >/dev/null
run singh-show 0 "$COACH" show strength-for-mood-older
out_has 'Singh et al., J Gerontol A'
out_has 'no supervision'
run singh-recommend 0 "$COACH" --home "$h" recommend --goals mood,older-adult
out_has 'strength-for-mood-older'
"$COACH" --home "$h" profile set start 2026-11-02 >/dev/null
run singh-week-4 0 "$COACH" --home "$h" --date 2026-11-25 --format yaml today
out_has 'sets: 3'
out_has 'reps_min: 8'
out_has 'rir: 2'
out_lacks 'sets: [4-9]'
"$COACH" --home "$h" profile set health.parq_cleared false >/dev/null
run singh-uncleared 0 "$COACH" --home "$h" --date 2026-11-25 --format yaml today
out_lacks 'rir: [0-3]$'
out_has 'reps_min: 10'

# age: from 65 the programs for older adults first, with the reason; a lighter
# start in the first weeks (ACSM GETP 40-50% 1RM, 10-15 reps); under 65 nothing
run recommend-age-72 0 "$COACH" recommend --age 72 --equipment dumbbell
first=$(grep -m1 '^1\. ' "$T/out")
name=recommend-age-72-first
case $first in *older*) ok ;; *) bad "first is $first" ;; esac
out_has 'written for older adults'
out_has 'you are 72'
run recommend-age-40 0 "$COACH" recommend --age 40 --equipment dumbbell
out_lacks 'written for older adults'
run recommend-age-bad 1 "$COACH" recommend --age 7
err_has "'age' is 7; it must be from 13 to 120"
h="$T/aged"
"$COACH" --home "$h" profile init --age 72 --weekdays mon,thu --minutes 60 --dumbbells 2,4,6,8,10,12 \
	--parq no,no,no,no,no,no,no --program gordon-home --start 2026-11-23 >/dev/null
run age-profile 0 "$COACH" --home "$h" profile show
out_has 'age  *72'
run age-week-1 0 "$COACH" --home "$h" --date 2026-11-26 --format yaml today
out_has 'a lighter start: loads under 50% of your estimated max, at least 10 reps'
# every loaded exercise at 10 reps or more (the crunch, bodyweight, keeps its 8)
name=age-week-1-reps
short=$(awk '/^- id:/{id=$3} /^  reps_min:/{if ($2 < 10 && id != "crunch") print id}' "$T/out")
if [ -z "$short" ]; then ok; else bad "under 10 reps: $short"; fi
out_lacks 'rir: [01]$'
run age-week-6 0 "$COACH" --home "$h" --date 2026-12-31 --format yaml today
out_lacks 'a lighter start'
out_has 'reps_min: 8'
"$COACH" --home "$h" profile set age 50 >/dev/null
run age-50 0 "$COACH" --home "$h" --date 2026-11-26 --format yaml today
out_lacks 'a lighter start'

# rest between exercises (the Gordon protocol: 1 min between sets, 2 min
# between exercises), shown, given to today and counted in its estimate
run rest-between-show 0 "$COACH" show gordon-home
out_has 'rest 60 s, 120 s after'
run rest-between-yaml 0 "$COACH" --format yaml show gordon-home
out_has 'rest_between_s: 120'
h="$T/rb"
"$COACH" --home "$h" profile init --weekdays mon,thu --minutes 90 --dumbbells 2,4,6,8 \
	--parq-cleared --level intermediate --program gordon-home --start 2026-11-02 >/dev/null
run rest-between-today 0 "$COACH" --home "$h" --format yaml today
out_has '^  rest_s: 60$'
out_has '^  rest_between_s: 120$'
# 8 exercises of 2 x 8-12 at 2-0-2: each 2 x 48 s of work + 60 s + 120 s, and a 5-minute warm-up
out_has '^minutes: 42$'
# the rest said is the rest given (newcomer's month, finding 9): a first session of one set
# each rests only between exercises, 120 s + the anxious 30 s, never the 60 + 30 between sets;
# after the last exercise, none
run rest-real-anxious 0 "$COACH" --home "$h" --date 2026-11-05 today --mood 3 --energy 3 --anxiety 4 --sleep 7
out_has '^    1 x 8-12 at 2 kg · 3 reps in reserve · rest 150 s before the next exercise$'
out_lacks 'rest 90 s'
out_has '^    1 x 8-12 at 2 kg · 3 reps in reserve · the last exercise$'
printf 'coach_session: 1\ndate: 2026-11-12\nprogram: gordon-home\nday: A\nexercises:\n  - id: goblet-squat\n    sets: [{reps: 12, load: 2, rir: 3}]\n' >"$T/rb-1.yaml"
"$COACH" --home "$h" log "$T/rb-1.yaml" >/dev/null
run rest-real-sets 0 "$COACH" --home "$h" --date 2026-11-16 today --mood 3 --energy 3 --anxiety 4 --sleep 7
out_has '^    2 x 8-12 at [0-9]* kg · 3 reps in reserve · rest 90 s between sets, 150 s$'
sed 's/^  rest_s: 60$/  rest_s: 60\n  rest_between_s: 1000/' "$SRC/programs/gordon-home.yaml" | sed 's/^id: gordon-home$/id: rb-bad/' >"$T/rb-bad.yaml"
run rest-between-bad 1 "$COACH" validate "$T/rb-bad.yaml"
err_has "rb-bad.yaml:[0-9]*:[0-9]*: error: 'rest_between_s' is 1000"

# set groups (issue 19): a top set and back-off sets at 85% of its load, a last
# AMRAP set; the top set progresses and the back-off sets follow it; a health
# rule holds the AMRAP set to the program's reps in reserve
G="$T/groups"
"$COACH" --home "$G" profile init --parq no,no,no,no,no,no,no --level intermediate --minutes 60 \
	--machine 10,20,30,40,50,60,70,80,90,100,110,120 --cable 5,10,15,20,25,30 \
	--program gym-top-sets --start 2026-11-30 >/dev/null 2>&1
run groups-validate 0 "$COACH" validate "$SRC/programs/gym-top-sets.yaml"
run groups-today 0 "$COACH" --home "$G" --date 2026-11-30 today --format yaml
out_has '^  - {sets: 1, reps_min: 4, reps_max: 6, rir: 1, load: 10, amrap: false}$'
out_has '^  - {sets: 2, reps_min: 8, reps_max: 10, rir: 2, load: 10, amrap: false}$'
out_has '^  - {sets: 1, reps_min: 10, reps_max: 15, rir: 0, load: 10, amrap: true}$'
cat >"$T/groups-1.yaml" <<'EOF2'
coach_session: 1
date: 2026-11-30
program: gym-top-sets
day: A
exercises:
  - id: leg-press
    slot: leg-press
    sets:
      - {reps: 6, load: 80, rir: 1}
      - {reps: 10, load: 60, rir: 2}
      - {reps: 10, load: 60, rir: 2}
EOF2
run groups-log 0 "$COACH" --home "$G" --date 2026-11-30 log "$T/groups-1.yaml"
run groups-next 0 "$COACH" --home "$G" --date 2026-12-07 today --format yaml
# 6 reps on the top set: 80 -> 90; back-off 85% of 90 = 76.5 -> 70 on the stack
out_has '^  - {sets: 1, reps_min: 4, reps_max: 6, rir: 1, load: 90, amrap: false}$'
out_has '^  - {sets: 2, reps_min: 8, reps_max: 10, rir: 2, load: 70, amrap: false}$'
run groups-text 0 "$COACH" --home "$G" --date 2026-12-07 today
out_has '^    1 x 4-6 at 90 kg · 1 rep in reserve · rest 150 s between sets, 120 s$'
out_has '^    2 x 8-10 at 70 kg · 2 reps in reserve · rest 150 s between sets, 120 s$'
out_has '^    1 x as many reps as you can (at least 10) at 10 kg · to the last good rep'
"$COACH" --home "$G" profile set health.hypertension true >/dev/null 2>&1
run groups-hypertension 0 "$COACH" --home "$G" --date 2026-12-07 today --format yaml
out_lacks 'rir: 0, load: [0-9.]*, amrap: true'
out_has 'reps_min: 10, reps_max: 15, rir: [2-5], load: [0-9.]*, amrap: true}$'
run groups-hypertension-text 0 "$COACH" --home "$G" --date 2026-12-07 today
out_has 'in reserve, not as many as you can (a health'
out_lacks 'as many reps as you can'
"$COACH" --home "$G" profile set health.hypertension false >/dev/null 2>&1
"$COACH" --home "$G" profile set health.parq_cleared false >/dev/null 2>&1
run groups-parq 0 "$COACH" --home "$G" --date 2026-12-07 today --format yaml
out_lacks 'rir: [0-2], load: [0-9.]*, amrap: true'
out_has 'amrap: true}$'
# a deload week (week 5) takes sets off the back-off groups first
"$COACH" --home "$G" profile set health.parq_cleared true >/dev/null 2>&1
run groups-deload 0 "$COACH" --home "$G" --date 2026-12-28 today --format yaml
out_has '^  - {sets: 1, reps_min: 4, reps_max: 6, rir: [0-9], load: [0-9.]*, amrap: false}$'
out_lacks 'sets: 2, reps_min: 8'

# supersets (issue 19): the circuit is one superset of four slots, done in rounds; coach
# today says the order and the rest after each round (text), and gives every exercise of
# it the same superset number (YAML); the time counts a rest only after each round
C="$T/circuit"
"$COACH" --home "$C" profile init --parq-cleared --level intermediate --weekdays mon,thu --minutes 60 \
	--dumbbells 2,4,6,8,10,12 --program low-energy-circuit --start 2026-11-02 >/dev/null 2>&1
run circuit-validate 0 "$COACH" validate "$SRC/programs/low-energy-circuit.yaml"
run circuit-today 0 "$COACH" --home "$C" --date 2026-11-26 today
out_has '^Superset 1, 3 rounds: Goblet squat, then Push-up, then One-arm dumbbell row,$'
out_has '^    then Single-leg glute bridge, then rest 90 s$'
out_has '^    3 x 8-12 at 2 kg · 3 reps in reserve · then Push-up$'
out_has '^    3 x 8-12 · 3 reps in reserve · then One-arm dumbbell row$'
out_has '^    3 x 8-12 · 3 reps in reserve · then rest 90 s$'
out_lacks '· rest 90 s$'
# 4 x 3 sets of 12 reps at 2-0-2 = 576 s, rests of 90 s after rounds 1, 2 and 3: 846 s,
# and the 5-minute warm-up: 19.1 min (one exercise after another: 33 min)
out_has '^Day A, about 20 min$'
run circuit-yaml 0 "$COACH" --home "$C" --date 2026-11-26 today --format yaml
out_has '^minutes: 20$'
n=$(grep -c '^  superset: 1$' "$T/out")
[ "$n" = 4 ] && ok || bad "$n exercises in superset 1, expected 4"
out_lacks '^  superset: null$'
run gordon-no-superset 0 "$COACH" --home "$h" --format yaml today
out_has '^  superset: null$'
out_lacks '^  superset: [0-9]'
# coach show names the superset above its slots, and its YAML numbers them
run circuit-show 0 "$COACH" show low-energy-circuit
out_has '^    Superset 1, in rounds: a set of each in turn, then rest 90 s$'
# the rest is the round's: named once, after its last exercise, not on every slot
out_has '^    Goblet squat  *3 x 8-12    RIR 3   then the next$'
out_has '^    Hinge and bridge ladder  *3 x 8-12    RIR 3   rest 90 s$'
if [ "$(grep -c 'rest 90 s' "$T/out")" -eq 2 ]; then ok; else bad "rest 90 s named $(grep -c 'rest 90 s' "$T/out") times, expected 2 (the round line and its last slot)"; fi
run circuit-show-yaml 0 "$COACH" --format yaml show low-energy-circuit
n=$(grep -c 'superset: 1$' "$T/out")
[ "$n" = 32 ] && ok || bad "$n slots in superset 1 over 8 weeks, expected 4 x 8"
run gordon-show-yaml 0 "$COACH" --format yaml show gordon-home
out_lacks 'superset: [0-9]'
# bad supersets are refused at their line, with what to write instead
for f in slot-twice one-slot in-superset rest-on-slot rest-between-on-slot not-list no-rest; do
	run "superset-bad-$f" 1 "$COACH" validate "$TESTS/data/bad/program-superset-$f.yaml"
	want=$(head -n 1 "$TESTS/data/bad/program-superset-$f.yaml" | sed 's/^# expect: //')
	err_has "program-superset-$f.yaml:$(echo "$want" | cut -d: -f1-2): error: "
done

finish programs
