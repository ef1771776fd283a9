#!/bin/sh
# Command-line tests, validate: the built coach on good and bad input,
# checking exit status, stdout and stderr.  Usage: validate.sh COACH TESTS_DIR
. "$(dirname "$0")/lib.sh"

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
write_multi "$T/multi.yaml"
run validate-several 1 "$COACH" validate "$T/multi.yaml"
err_has "multi.yaml:2:5: error: 'id' 'Multi' is not a valid id"
err_has "multi.yaml:5:8: error: 'level' 'expert' is not one of beginner, intermediate or advanced"
err_has "multi.yaml:8:16: error: 'days_per_week' is 9; it must be from 1 to 7"
err_has "multi.yaml:12:16: error: day 'A' has no exercises"
err_has '4 errors in 1 file'

for f in "$TESTS"/data/good/*.yaml; do
	run "validate-good-$(basename "$f")" 0 "$COACH" validate "$f"
done
# no_failure (coach-programs(5), newcomer-month finding 6): a program that says no set goes
# to failure may have none: no as-many-as-possible set (data/bad), no set at 0 reps in
# reserve, no weeks_overrides to 0; with neither it is valid
sed -e '/^# expect/d' -e 's/{reps: 8, amrap: true}/{reps: 8, rir: 0}/' \
	"$TESTS/data/bad/program-no-failure-amrap.yaml" >"$T/nf-rir0.yaml"
run validate-no-failure-rir-0 1 "$COACH" validate "$T/nf-rir0.yaml"
err_has "nf-rir0.yaml:11:13: error: 'no_failure: true', but day A's goblet-squat has a set at 0 reps in reserve"
sed -e '/^# expect/d' -e 's/{reps: 8, amrap: true}/{reps: 8}/' \
	"$TESTS/data/bad/program-no-failure-amrap.yaml" >"$T/nf-ok.yaml"
printf 'weeks_overrides:\n  - weeks: [8]\n    rir: 0\n' >>"$T/nf-ok.yaml"
run validate-no-failure-override 1 "$COACH" validate "$T/nf-ok.yaml"
err_has "a weeks_overrides entry sets 'rir: 0'"
sed -e '/^# expect/d' -e 's/{reps: 8, amrap: true}/{reps: 8}/' \
	"$TESTS/data/bad/program-no-failure-amrap.yaml" >"$T/nf-ok.yaml"
run validate-no-failure-ok 0 "$COACH" validate "$T/nf-ok.yaml"
sed -i 's/^no_failure: true/no_failure: maybe/' "$T/nf-ok.yaml"
run validate-no-failure-bool 1 "$COACH" validate "$T/nf-ok.yaml"
err_has "nf-ok.yaml:11:13: error: 'no_failure'"
run validate-bad-dir 1 "$COACH" validate "$TESTS/data/bad"
n=$(ls "$TESTS"/data/bad/*.yaml | wc -l)
err_has "in $n files"

# every whole program in coach-programs(5) (an example that starts with coach_program: 1),
# the worked example and the superset's among them, is valid as the page prints it
awk -v dir="$T" '
/^\.EX$/ { ex = 1; n++; first = 1; next }
/^\.EE$/ { ex = 0; if (f != "") close(f); f = ""; next }
ex && first { first = 0; if ($0 == "coach_program: 1") f = dir "/man-" n ".yaml" }
ex && f != "" { l = $0; gsub(/\\-/, "-", l); gsub(/\\\(aq/, "\047", l); gsub(/\\\(dq/, "\"", l)
	gsub(/\\\(ti/, "~", l); gsub(/\\e/, "\\", l); print l > f }
' "$SRC/doc/coach-programs.5"
n=$(ls "$T"/man-*.yaml 2>/dev/null | wc -l)
name=man-examples-found
if [ "$n" -ge 2 ]; then ok; else bad "$n whole programs in coach-programs(5), expected the worked example and the superset's"; fi
name=man-superset-example
if grep -l '^      - superset:$' "$T"/man-*.yaml >/dev/null 2>&1; then ok; else bad "no superset example in coach-programs(5)"; fi
for f in "$T"/man-*.yaml; do
	run "man-example-$(basename "$f" .yaml)" 0 "$COACH" validate "$f"
	name="man-example-$(basename "$f" .yaml)-unescaped"
	if grep -q '\\' "$f"; then bad "a troff escape left in $(grep -m1 '\\' "$f")"; else ok; fi
done

finish validate
