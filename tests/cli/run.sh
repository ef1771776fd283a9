#!/bin/sh
# Command-line tests: run the built coach on good and bad input and check
# exit status, stdout and stderr.  Usage: run.sh COACH TESTS_DIR
set -u
COACH=$1
TESTS=$2
SRC=$(cd "$TESTS/.." && pwd)
T=$(mktemp -d /tmp/coach-cli-XXXXXX)
trap 'rm -rf "$T"' EXIT
export COACH_TODAY=2026-11-26
unset COACH_HOME XDG_CONFIG_HOME XDG_DATA_HOME XDG_STATE_HOME
pass=0
fail=0
name=""

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $name: $*"; echo "  stdout: $(head -c 600 "$T/out")"; echo "  stderr: $(head -c 600 "$T/err")"; }

# run NAME EXPECTED_RC COMMAND...
run() {
	name=$1; want=$2; shift 2
	"$@" >"$T/out" 2>"$T/err" </dev/null
	rc=$?
	if [ "$rc" -eq "$want" ]; then ok; else bad "exit status $rc, expected $want"; fi
}
out_has() { if grep -q -- "$1" "$T/out"; then ok; else bad "stdout lacks '$1'"; fi; }
err_has() { if grep -q -- "$1" "$T/err"; then ok; else bad "stderr lacks '$1'"; fi; }
err_is_empty() { if [ ! -s "$T/err" ]; then ok; else bad "stderr is not empty"; fi; }
mode_is() { m=$(stat -c %a "$1"); if [ "$m" = "$2" ]; then ok; else bad "$1 has mode $m, expected $2"; fi; }

# --- help, version, usage errors --------------------------------------------
run version 0 "$COACH" --version
out_has '^coach [0-9]'
run help 0 "$COACH" --help
out_has 'validate'
out_has 'profile'
out_has '--home DIR'
run help-command 0 "$COACH" help validate
out_has 'PATH:LINE:COL: error: MESSAGE'
run help-flag-after-command 0 "$COACH" show --help
out_has 'usage: coach show ID'
# the options of a command are printed from the table its parser reads
run help-options 0 "$COACH" help today
out_has '^Options:$'
out_has '^  --sleep H  *hours slept last night'
out_has '^  --short  *the short session a low day offers'
run help-profile-options 0 "$COACH" help profile
out_has '^  --parq-not-cleared  *a PAR-Q+ health question'
run help-unknown 2 "$COACH" help nosuch
err_has "no command 'nosuch'"
run unknown-command 2 "$COACH" progams
err_has "did you mean 'programs'"
run unknown-option 2 "$COACH" programs --colour
err_has "unknown option '--colour'"
run bad-format 2 "$COACH" programs --format json
err_has 'text, yaml or csv'
run bad-date 2 "$COACH" --date 2026-02-30 programs
err_has "not a date"
run missing-option-value 2 "$COACH" programs --home
err_has 'needs a value'
run not-a-terminal 2 "$COACH" --home "$T/h0"
err_has 'needs a terminal'

# --- validate ----------------------------------------------------------------
run validate-bundled 0 "$COACH" validate "$SRC/programs"
out_has 'all valid'
err_is_empty
run validate-nothing 2 "$COACH" validate
err_has 'at least one file'
mkfifo "$T/pipe.yaml"
run validate-fifo 1 timeout 10 "$COACH" validate "$T/pipe.yaml"
err_has 'not a regular file'
run validate-missing-file 1 "$COACH" validate "$T/nope.yaml"
err_has "nope.yaml: error: cannot open"

# a planted error in a copy of a real program: reported at its line and column
cp "$SRC/programs/gordon-home.yaml" "$T/mine.yaml"
sed -i 's/^id: gordon-home$/id: my-home/' "$T/mine.yaml"
run validate-copy 0 "$COACH" validate "$T/mine.yaml"
line=$(grep -n -- '- slot: goblet-squat$' "$T/mine.yaml" | head -n 1 | cut -d: -f1)
line=$((line + 1))
sed -i "${line}i\\        stes: 2" "$T/mine.yaml"
run validate-planted 1 "$COACH" validate "$T/mine.yaml"
err_has "^$T/mine.yaml:$line:9: error: unknown key 'stes' in an exercise slot (did you mean 'sets'?)"
run validate-yaml-format 1 "$COACH" validate --format yaml "$T/mine.yaml"
out_has 'valid: false'
out_has "line: $line, col: 9, message: "
run csv-only-where-it-means-something 2 "$COACH" programs --format csv
err_has 'csv is for history and export'

# several problems in one file, in one pass, in file order
cat >"$T/multi.yaml" <<'YAML'
coach_program: 1
id: Multi
name: Multi
summary: Several problems at once.
level: expert
goals: [mood]
equipment: [dumbbell]
days_per_week: 9
minutes: 30
days:
  - name: A
    exercises: []
YAML
run validate-several 1 "$COACH" validate "$T/multi.yaml"
err_has "multi.yaml:2:5: error: 'id' 'Multi' is not a valid id"
err_has "multi.yaml:5:8: error: 'level' 'expert' is not one of beginner, intermediate or advanced"
err_has "multi.yaml:8:16: error: 'days_per_week' is 9; it must be from 1 to 7"
err_has "multi.yaml:12:16: error: day 'A' has no exercises"
err_has '4 errors in 1 file'

for f in "$TESTS"/data/good/*.yaml; do
	run "validate-good-$(basename "$f")" 0 "$COACH" validate "$f"
done
run validate-bad-dir 1 "$COACH" validate "$TESTS/data/bad"
n=$(ls "$TESTS"/data/bad/*.yaml | wc -l)
err_has "in $n files"

# --- programs and show ---------------------------------------------------------
run programs 0 "$COACH" programs
out_has 'gordon-home'
out_has '8 programs'
run programs-yaml 0 "$COACH" programs --format yaml
for key in id name level days_per_week minutes weeks equipment goals; do
	k=$(grep -c "^  $key:\|^- $key:" "$T/out")
	if [ "$k" -eq 8 ]; then ok; else name="programs-yaml-$key"; bad "key $key appears $k times, expected 8"; fi
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
sed 's/^id: my-home$/id: extra-home/' "$T/mine.yaml" | grep -v 'stes:' >"$T/extra/extra-home.yaml"
run programs-extra 0 "$COACH" --programs "$T/extra" programs
out_has 'extra-home'
out_has '9 programs'
cp "$SRC/programs/gentle-start.yaml" "$T/extra/"
run programs-duplicate 1 "$COACH" programs --programs "$T/extra"
err_has "duplicate program id 'gentle-start'"

# the user's own programs directory: a bad file is reported and left out
mkdir -p "$T/uh/data/programs"
sed 's/^id: extra-home$/id: own-home/' "$T/extra/extra-home.yaml" >"$T/uh/data/programs/own-home.yaml"
cp "$T/multi.yaml" "$T/uh/data/programs/"
run own-programs 0 "$COACH" --home "$T/uh" programs
out_has 'own-home'
out_has '9 programs'
err_has "multi.yaml:8:16: error: 'days_per_week' is 9"

# --- profile -------------------------------------------------------------------
H="$T/home"
run profile-show-none 1 "$COACH" --home "$H" profile show
err_has 'coach profile init'
(umask 022; "$COACH" --home "$H" profile init --units kg --level beginner --weekdays mon,thu \
	--minutes 30 --dumbbells 4,6,8 --bands red,green --bench --program gordon-home \
	>"$T/out" 2>"$T/err")
name=profile-init; if [ $? -eq 0 ]; then ok; else bad "profile init failed"; fi
mode_is "$H/config/profile.yaml" 600
mode_is "$H/config" 700
mode_is "$H" 700
run profile-validates 0 "$COACH" --home "$H" validate "$H/config/profile.yaml"
run profile-show 0 "$COACH" --home "$H" profile show
out_has 'gordon-home, started 2026-11-26'
out_has 'dumbbells   4, 6, 8 kg'
run profile-show-yaml 0 "$COACH" --home "$H" profile show --format yaml
out_has '^coach_profile: 1'
out_has '^weekdays: \[mon, thu\]'
run profile-set 0 "$COACH" --home "$H" profile set minutes 45
run profile-set-check 0 "$COACH" --home "$H" profile show --format yaml
out_has '^minutes: 45'
cp "$H/config/profile.yaml" "$T/before.yaml"
run profile-set-bad 1 "$COACH" --home "$H" profile set minutes 500
err_has "'minutes' is 500; it must be from 10 to 180"
if cmp -s "$T/before.yaml" "$H/config/profile.yaml"; then ok; else name=profile-unchanged; bad "a bad value changed the profile"; fi
run profile-set-typo 1 "$COACH" --home "$H" profile set minuts 40
err_has "did you mean 'minutes'"
run profile-set-program-unknown 1 "$COACH" --home "$H" profile set program nosuch
err_has "no program 'nosuch'"
if cmp -s "$T/before.yaml" "$H/config/profile.yaml"; then ok; else name=profile-unchanged-2; bad "an unknown program changed the profile"; fi
run profile-set-list 0 "$COACH" --home "$H" profile set weekdays tue,fri,sun
out_has 'weekdays is now tue,fri,sun'
run profile-set-negative 1 "$COACH" --home "$H" profile set equipment.dumbbells -2
err_has "'dumbbells' is -2"
run profile-set-dislike-typo 1 "$COACH" --home "$H" profile set dislikes crunhc
err_has "did you mean 'crunch'"
run profile-set-dislike 0 "$COACH" --home "$H" profile set dislikes burpee,crunch
run profile-set-units 0 "$COACH" --home "$H" profile set units lb
err_has 'not converted'
run profile-set-program-misfit 0 "$COACH" --home "$H" profile set program barbell-5x5
err_has 'is written for barbell'
run profile-init-again 1 "$COACH" --home "$H" profile init
err_has 'already exists'
run profile-init-force 0 "$COACH" --home "$H" profile init --force --level intermediate
run profile-init-bad 1 "$COACH" --home "$T/h2" profile init --weekdays mon,funday
err_has "'weekdays' 'funday' is not one of"
err_has '^profile init --weekdays: error:'
if [ ! -e "$T/h2/config/profile.yaml" ]; then ok; else name=profile-init-bad; bad "a bad init wrote a profile"; fi
run profile-init-unknown-program 1 "$COACH" --home "$T/h3" profile init --program nosuch
if [ ! -e "$T/h3/config/profile.yaml" ]; then ok; else name=profile-init-unknown-program; bad "wrote a profile"; fi
run profile-file-option 0 "$COACH" --profile "$T/other.yaml" --home "$T/h4" profile init
if [ -f "$T/other.yaml" ] && [ ! -e "$T/h4/config/profile.yaml" ]; then ok; else name=profile-file-option; bad "--profile was not used"; fi

# COACH_HOME and XDG: no --home
COACH_HOME="$T/envhome" "$COACH" profile init >"$T/out" 2>"$T/err"
name=coach-home-env; if [ -f "$T/envhome/config/profile.yaml" ]; then ok; else bad "COACH_HOME ignored"; fi
HOME="$T/xdg" XDG_CONFIG_HOME="relative/ignored" "$COACH" profile init >"$T/out" 2>"$T/err"
name=xdg-default; if [ -f "$T/xdg/.config/coach/profile.yaml" ]; then ok; else bad "not in ~/.config/coach"; fi
HOME="$T/xdg2" XDG_CONFIG_HOME="$T/xdgconf" "$COACH" profile init >"$T/out" 2>"$T/err"
name=xdg-config-home; if [ -f "$T/xdgconf/coach/profile.yaml" ]; then ok; else bad "XDG_CONFIG_HOME ignored"; fi

# a profile that is a symlink is refused and its target untouched
mkdir -p "$T/h5/config"
echo "keep" >"$T/target"
ln -s "$T/target" "$T/h5/config/profile.yaml"
run profile-symlink 1 "$COACH" --home "$T/h5" profile init --force
err_has 'symbolic link'
if [ "$(cat "$T/target")" = keep ]; then ok; else name=profile-symlink; bad "the symlink target was changed"; fi

# --- the log: check-in, log (all or nothing), screens, export, forget ---------------
L="$T/loghome"
"$COACH" --home "$L" profile init --dumbbells 4,6,8 --program gordon-home --start 2026-11-02 \
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

# --- import from Strong and Hevy ----------------------------------------------------
I="$T/imphome"
"$COACH" --home "$I" profile init --units lb >/dev/null
run import-dry-run 0 "$COACH" --home "$I" import --dry-run "$TESTS/data/import/strong.csv"
out_has 'Strong export: 2 sessions, 5 sets would be imported'
if [ ! -e "$I/data/coach.db" ]; then ok; else name=import-dry-run-writes-nothing; bad "the log was created"; fi
run import-strong 0 "$COACH" --home "$I" import "$TESTS/data/import/strong.csv"
out_has '2 imported, 0 already in the log'
out_has 'Warm-up sets left out: 1'
out_has "(Machine)' (1 set)"
run import-hevy 0 "$COACH" --home "$I" import "$TESTS/data/import/hevy.csv"
out_has 'Hevy export: 2 sessions, 4 sets: 2 imported'
run import-again 0 "$COACH" --home "$I" import "$TESTS/data/import/hevy.csv"
out_has '0 imported, 2 already in the log'
run import-history 0 "$COACH" --home "$I" history --format csv
out_has '^2026-10-05,,,barbell-back-squat,,1,5,132.28,,2,'
out_has '^2026-10-08,,,dumbbell-bent-over-row,,1,10,44,,,'
out_has '^2026-10-12,,,dumbbell-bench-press,,1,10,44.09,,2,'
rows=$(tail -n +2 "$T/out" | wc -l)
name=import-rows; if [ "$rows" -eq 9 ]; then ok; else bad "$rows sets in history, expected 9"; fi
printf 'Date;Workout Name;Exercise Name;Set Order;Weight;Reps\n2026-10-05 10:00:00;"A;Squat (Barbell);1;60;5\n' >"$T/broken.csv"
run import-broken 1 "$COACH" --home "$I" import "$T/broken.csv"
err_has 'broken.csv:2:1: error: a quoted field is not closed'
err_has 'nothing was imported'
printf 'Date;Workout Name;Exercise Name;Set Order;Weight;Reps\n2026-10-05 10:00:00;A;Squat (Barbell);1;60;5\n2026-13-40 10:00:00;A;Squat (Barbell);1;60;5\n' >"$T/baddate.csv"
run import-bad-date 1 "$COACH" --home "$I" import "$T/baddate.csv"
err_has "baddate.csv:3:1: error: '2026-13-40 10:00:00' is not a date"
run import-nothing-half 0 "$COACH" --home "$I" history --format csv
k=$(tail -n +2 "$T/out" | wc -l)
name=import-nothing-half; if [ "$k" -eq 9 ]; then ok; else bad "$k sets after failed imports"; fi
run import-not-an-export 1 "$COACH" --home "$I" import "$TESTS/data/good/profile-full.yaml"
err_has 'not a Strong or Hevy export'

# --- a hard day: "resting is a good choice" until the session is in the log ---------
HD="$T/hard"
run hard-init 0 "$COACH" --home "$HD" profile init --dumbbells 4,6,8 --program gordon-home --start 2026-11-23
run hard-checkin 0 "$COACH" --home "$HD" checkin --mood 1 --energy 1 --anxiety 5 --sleep 4
run hard-today 0 "$COACH" --home "$HD" today
out_has 'Today sounds hard'
printf 'coach_session: 1\ndate: 2026-11-26\nprogram: gordon-home\nmood_after: 3\nexercises:\n  - id: goblet-squat\n    sets: [{reps: 10, load: 8}]\n' >"$T/hard.yaml"
run hard-log 0 "$COACH" --home "$HD" log "$T/hard.yaml"
run hard-done 0 "$COACH" --home "$HD" today
out_has "Today's session is in the log"
name=hard-advice-gone; if grep -q 'Today sounds hard' "$T/out"; then bad "still advises rest after the session"; else ok; fi

# --- doctor: what the coach reads, and whether it is whole --------------------------
run doctor-fresh 0 "$COACH" --home "$T/doc" doctor
out_has 'catalogue: ok (.*programs), 8 programs, 114 exercises'
out_has 'profile: none yet'
out_has 'log: none yet'
run doctor-imported 0 "$COACH" --home "$I" doctor
out_has 'log: ok (.*coach.db), sessions from 2026-'
mkdir -p "$T/doc/data" && chmod 700 "$T/doc/data"
head -c 8192 /dev/urandom >"$T/doc/data/coach.db" && chmod 600 "$T/doc/data/coach.db"
run doctor-damaged-log 1 "$COACH" --home "$T/doc" doctor
err_has 'coach.db'

echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
