#!/bin/sh
# What a newcomer's month found on the command line (reports/newcomer-month.md
# findings 15 and 20): coach plan and coach history keep the check-in's mood
# before on a day without a mood after; coach plan has no stray comma after
# the day; coach history names a walk beside the program as that, not as an
# import, and wraps its lines at 80 columns under the program (the parts
# such as 'mood 2 -> 3' whole); coach today keeps 'week 1 of 8' on one line.
. "$(dirname "$0")/lib.sh"

H=$T/home
"$COACH" --home "$H" profile init --parq no,no,no,no,no,no,no --weekdays mon,thu --minutes 30 \
	--dumbbells 6 --program gordon-home --start 2026-11-02 >/dev/null
# Monday: a session with its check-in and a mood after; Thursday: the
# check-in only (no mood after), a hold day (mood 2, energy 2, anxiety 4);
cat >"$T/s.yaml" <<'YAML'
coach_session: 1
date: 2026-11-02
program: gordon-home
day: A
checkin: {mood: 3, energy: 3, anxiety: 2, sleep: 7}
mood_after: 4
feeling: 2
exercises:
  - id: goblet-squat
    sets: [{reps: 12, load: 6, rir: 3}]
---
coach_session: 1
date: 2026-11-05
program: gordon-home
day: A
checkin: {mood: 2, energy: 2, anxiety: 4, sleep: 6}
exercises:
  - id: goblet-squat
    sets: [{reps: 12, load: 6, rir: 3}]
YAML
COACH_TODAY=2026-11-06 "$COACH" --home "$H" log "$T/s.yaml" >/dev/null 2>&1 || { name=log; bad "coach log refused"; }

# Monday 9 Nov: a walk on a planned day, no session
printf 'coach_session: 1\ndate: 2026-11-09\naerobic:\n  - {kind: walk, minutes: 10}\n' >"$T/w.yaml"
COACH_TODAY=2026-11-09 "$COACH" --home "$H" log "$T/w.yaml" >/dev/null 2>&1 || { name=log-walk; bad "coach log refused"; }
COACH_TODAY=2026-11-09 run plan-walk 0 "$COACH" --home "$H" plan
out_has 'Mon 9 Nov .*day A  *+10 min aerobic'
out_lacks ' , '

export COACH_TODAY=2026-11-06
run plan 0 "$COACH" --home "$H" plan
# (finding 18: one week is said as one, as on Home)
out_has 'Consistency: one week so far, with your strength days in it.'
out_lacks 'of the last 1 week'
out_has 'Thu 5 Nov .*mood 2 before'
out_has 'Mon 2 Nov .*mood 3 -> 4'
out_lacks ' , '

run history 0 "$COACH" --home "$H" history
out_has '^2026-11-05  gordon-home day A'
out_has 'mood 2 before'
name=history-80-columns
if awk '{ if (length($0) > 80) exit 1 }' "$T/out"; then ok; else bad "a line is longer than 80 columns"; fi
name=history-hanging-indent
if grep -q '^            [a-z]' "$T/out"; then ok; else bad "no line under the program"; fi
name=history-parts-whole
if grep -q 'mood 2$' "$T/out" || grep -q '^ *before' "$T/out" || grep -q -- '->$' "$T/out"; then bad "a part is broken across lines"; else ok; fi

# Thursday's long program name: the week stays whole on the next line
COACH_TODAY=2026-11-05 run today 0 "$COACH" --home "$H" today
name=today-week-whole
if head -2 "$T/out" | grep -q 'week 1 of 8'; then ok; else bad "the first lines lack 'week 1 of 8'"; fi
name=today-no-broken-week
if head -1 "$T/out" | grep -q ' of$'; then bad "the first line ends in 'of'"; else ok; fi

# finding 24: the README's status --short example is the real line's form,
# and its Building by hand names every library and tool the Makefile installs
COACH_TODAY=2026-11-07 run status 0 "$COACH" --home "$H" status
out_has 'one week so far, with your strength days in it'
out_lacks 'of the last 1 week'
COACH_TODAY=2026-11-07 run status-short 0 "$COACH" --home "$H" status --short
name=readme-status-example
example=$(sed -n 's/^coach status --short .*one line for a prompt: "\(.*\)"$/\1/p' "$SRC/README.md")
pattern=$(printf '%s' "$example" | sed 's/[0-9][0-9]*/[0-9]+/g; s/[?]/[?]/g')
if [ -n "$example" ] && grep -Eqx -- "$pattern" "$T/out"; then ok; else bad "README's '$example' is not the form of '$(cat "$T/out")'"; fi
name=readme-build-deps
deps=$(sed -n '/^DEB_PACKAGES/,/^$/p' "$SRC/Makefile" | tr ' \\' '\n\n' | grep -E -- '-dev$|^gettext$')
hand=$(sed -n '/^## Building by hand/,/^```/p' "$SRC/README.md" | tr '\n' ' ')
missing=""
for p in $deps; do printf '%s' "$hand" | grep -q -- "$p" || missing="$missing $p"; done
if [ -n "$deps" ] && [ -z "$missing" ]; then ok; else bad "Building by hand lacks:$missing"; fi
name=readme-how-to-get-it
if sed -n '/^## Quick start/,/^```/p' "$SRC/README.md" | grep -q 'git clone'; then ok; else bad "the quick start never says how to get the source"; fi

finish month
