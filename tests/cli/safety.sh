#!/bin/sh
# Safety: who to call is never kept from a person (no home, a broken log, a
# broken contacts file or safety plan, no catalogue, an early PHQ-9), the
# safety plan, risk signals beyond PHQ-9 item 9, and a PAR-Q+ that is asked,
# never assumed.  Usage: safety.sh COACH TESTS_DIR
. "$(dirname "$0")/lib.sh"
first_is() { f=$(head -n 1 "$T/out"); if [ "$f" = "$1" ]; then ok; else bad "first line is '$f'"; fi; }
# line number of the first line matching $1 in stdout (0 when none)
line_of() { grep -n -- "$1" "$T/out" | head -n 1 | cut -d: -f1; }
before() {
	a=$(line_of "$1"); b=$(line_of "$2")
	if [ -n "$a" ] && [ -n "$b" ] && [ "$a" -lt "$b" ]; then ok; else bad "'$1' is not before '$2'"; fi
}
PARQ="--parq no,no,no,no,no,no,no"

# --- coach crisis needs nothing ----------------------------------------------------
run crisis-new-home 0 "$COACH" --home "$T/none" crisis
first_is 'Please read this first.'
out_has 'Samaritans: call 116 123'
out_has '988 Suicide & Crisis Lifeline'
out_has 'Emergency services, United Kingdom: call 999'
name=crisis-writes-nothing; if [ -e "$T/none" ]; then bad "created $T/none"; else ok; fi
run crisis-no-home-at-all 0 env -u HOME "$COACH" crisis --country au
out_has 'Lifeline: call 13 11 14'
run crisis-country 0 "$COACH" --home "$T/none" crisis --country gb
out_has 'Samaritans'
out_lacks '988'
out_has 'Emergency services: call 999 or 112'
run crisis-germany 0 "$COACH" --home "$T/none" crisis --country de
out_has 'TelefonSeelsorge: call 0800 111 0 111'
run crisis-unknown-country 0 "$COACH" --home "$T/none" crisis --country zz
out_has 'Samaritans'
out_has '988'
err_has "no numbers are kept for 'zz'"
run crisis-yaml 0 "$COACH" --home "$T/none" crisis --country us --format yaml
out_has "{name: '988 Suicide & Crisis Lifeline', number: '988', text: '988', url: '988lifeline.org'"
out_has 'region: us, emergency: true, checked: 2026-11-26'
out_has '^safety_plan: null$'
# the bundled file missing: the copy built into the program
run crisis-no-catalogue 0 env COACH_DATADIR="$T/nowhere" "$COACH" --home "$T/none" crisis --country gb
out_has 'Samaritans: call 116 123'
out_has 'built into the coach'
err_has 'crisis-contacts.yaml'
# a damaged log and a broken profile change nothing
B="$T/broken"
mkdir -p "$B/data" "$B/config"
printf 'this is not a database' >"$B/data/coach.db"
printf 'coach_profile: 1\nunits: [' >"$B/config/profile.yaml"
run crisis-broken-log-and-profile 0 "$COACH" --home "$B" crisis
first_is 'Please read this first.'
out_has 'Samaritans'
err_has 'profile.yaml:[0-9]*:[0-9]*: error:'
# a malformed own-contacts file: said with its place, the numbers still shown
printf 'coach_crisis: 1\ncontacts: [oops\n' >"$B/config/crisis-contacts.yaml"
run crisis-bad-own-contacts 0 "$COACH" --home "$B" crisis --country gb
out_has 'Samaritans: call 116 123'
err_has 'crisis-contacts.yaml:[0-9]*:[0-9]*: error:'

# --- the safety plan and the person's own people ----------------------------------
S="$T/plan"
run plan-none 0 "$COACH" --home "$S" safety-plan show
out_has 'no safety plan yet'
run plan-add-person 0 "$COACH" --home "$S" safety-plan add people "Sam: 07700 900123"
mode_is "$S/config/safety-plan.yaml" 600
mode_is "$S/config" 700
run plan-add-sign 0 "$COACH" --home "$S" safety-plan add warning_signs "I stop answering messages"
run plan-set-reasons 0 "$COACH" --home "$S" safety-plan set reasons "My niece" "The sea in the morning"
run crisis-own-people-first 0 "$COACH" --home "$S" crisis --country gb
out_has 'Sam: 07700 900123'
before 'Your own people' 'Samaritans'
before 'Samaritans' 'In an emergency'
before 'In an emergency' 'Your safety plan'
out_has '- The sea in the morning'
run crisis-plan-yaml 0 "$COACH" --home "$S" crisis --format yaml
out_has "{name: Sam, number: '07700 900123'"
out_has 'region: own'
out_has '  - I stop answering messages'
# control characters never get in, and nothing changes
cp "$S/config/safety-plan.yaml" "$T/before.yaml"
run plan-control-chars 1 "$COACH" --home "$S" safety-plan add coping "$(printf 'walk\033]0;x\007')"
err_has 'nothing was changed'
name=plan-unchanged; if cmp -s "$T/before.yaml" "$S/config/safety-plan.yaml"; then ok; else bad "the plan changed"; fi
run plan-bad-section 2 "$COACH" --home "$S" safety-plan add copin "walk"
err_has "did you mean 'coping'"
# edit: a draft that reads replaces the plan; one that does not is kept, the plan unchanged
cat >"$T/ed-good" <<'EOF'
#!/bin/sh
printf 'coach_safety_plan: 1\ncoping: ["a walk round the block"]\npeople: [{name: Jo, number: "0161 496 0000"}]\n' >"$1"
EOF
cat >"$T/ed-bad" <<'EOF'
#!/bin/sh
printf 'coach_safety_plan: 1\ncoping: [unclosed\n' >"$1"
EOF
chmod +x "$T/ed-good" "$T/ed-bad"
run plan-edit-bad 1 env EDITOR="$T/ed-bad" VISUAL= "$COACH" --home "$S" safety-plan edit
err_has 'safety-plan.draft.yaml:[0-9]*:[0-9]*: error:'
err_has 'your plan is unchanged'
name=plan-edit-bad-unchanged; if cmp -s "$T/before.yaml" "$S/config/safety-plan.yaml"; then ok; else bad "the plan changed"; fi
rm -f "$S/config/safety-plan.draft.yaml"
run plan-edit-good 0 env EDITOR="$T/ed-good" VISUAL= "$COACH" --home "$S" safety-plan edit
run plan-after-edit 0 "$COACH" --home "$S" safety-plan show
out_has 'a walk round the block'
out_has 'Jo: 0161 496 0000'
name=plan-draft-gone; if [ -e "$S/config/safety-plan.draft.yaml" ]; then bad "draft left"; else ok; fi
run validate-plan 0 "$COACH" validate "$S/config/safety-plan.yaml"
# a safety plan that does not read never stands between a person and the numbers
printf 'coach_safety_plan: 1\npeople: {oops: 1}\n' >"$S/config/safety-plan.yaml"
run crisis-broken-plan 0 "$COACH" --home "$S" crisis --country gb
out_has 'Samaritans: call 116 123'
err_has 'safety-plan.yaml:2:'
run plan-clear-asks 2 "$COACH" --home "$S" safety-plan clear
run plan-clear 0 "$COACH" --home "$S" safety-plan clear --yes
name=plan-cleared; if [ -e "$S/config/safety-plan.yaml" ]; then bad "still there"; else ok; fi

# --- PHQ-9 item 9: scored whatever the interval, who to call first ----------------
Q="$T/q"
"$COACH" --home "$Q" --date 2026-11-20 screen phq9 --answers 1,1,1,1,1,1,1,1,0 >/dev/null 2>&1
for n in 1 2 3; do
	run "early-phq9-item9-$n" 0 "$COACH" --home "$Q" --date 2026-11-2$((n + 1)) screen phq9 --answers 1,1,1,1,1,1,1,1,$n
	first_is 'Please read this first.'
	out_has 'Samaritans'
	out_has 'Stored, marked early'
	out_has 'safety-plan'
done
run early-phq9-yaml 0 "$COACH" --home "$Q" --date 2026-11-25 screen phq9 --format yaml --answers 0,0,0,0,0,0,0,0,2
out_has '^crisis: true$'
out_has '^early: true$'
out_has 'region: '
run early-gad7 0 "$COACH" --home "$Q" --date 2026-11-25 screen gad7 --answers 0,0,0,0,0,0,0
run early-gad7-again 0 "$COACH" --home "$Q" --date 2026-11-26 screen gad7 --format yaml --answers 1,0,0,0,0,0,0
out_has '^early: true$'
run export-early 0 "$COACH" --home "$Q" export --format yaml
out_has 'scale: gad7, .*early: 1}'
# a damaged log: the contacts all the same, then the problem
mkdir -p "$T/qb/data"
printf 'not a database at all' >"$T/qb/data/coach.db"
run phq9-item9-broken-log 1 "$COACH" --home "$T/qb" screen phq9 --answers 0,0,0,0,0,0,0,0,3
first_is 'Please read this first.'
out_has 'Samaritans'
run phq9-item9-no-catalogue 1 env COACH_DATADIR="$T/nowhere" "$COACH" --home "$T/qc" screen phq9 --answers 0,0,0,0,0,0,0,0,1
first_is 'Please read this first.'
out_has '988'

# --- risk signals beyond item 9 -------------------------------------------------------
R="$T/risk"
"$COACH" --home "$R" profile init $PARQ --dumbbells 4,6,8 --program gordon-home --start 2026-11-02 --country gb >/dev/null
ck() { "$COACH" --home "$R" --date "$1" checkin --mood "$2" --energy 3 --anxiety 3 --sleep 7 >/dev/null; }
ck 2026-11-20 1
ck 2026-11-22 1
run risk-two-low 0 "$COACH" --home "$R" --date 2026-11-23 today --format yaml
out_has '^risk: null$'
ck 2026-11-23 1
run risk-three-low 0 "$COACH" --home "$R" --date 2026-11-23 today --format yaml
out_has "^risk: {signal: Your last 3 check-ins were at mood 1 of 5., since: 2026-11-20}"
run risk-three-low-text 0 "$COACH" --home "$R" --date 2026-11-23 today
out_has "coach crisis"
# the advisory leads: before any other advice
run risk-first-yaml 0 "$COACH" --home "$R" --date 2026-11-23 today --format yaml
name=risk-leads; if awk '/^advisories:/{getline; print; exit}' "$T/out" | grep -q 'check-ins were at mood 1'; then ok; else bad "not the first advisory"; fi
# a better day ends the run
ck 2026-11-24 3
run risk-run-ends 0 "$COACH" --home "$R" --date 2026-11-24 today --format yaml
out_has '^risk: null$'
# today's check-in given on the line counts (not stored)
ck 2026-11-25 1
ck 2026-11-26 1
run risk-today-flag 0 "$COACH" --home "$R" --date 2026-11-27 today --mood 1 --energy 3 --anxiety 3 --sleep 7 --format yaml
out_has 'since: 2026-11-25'
# questionnaires: a rise of 5, not of 4; a PHQ-9 of 20
P="$T/risk2"
"$COACH" --home "$P" profile init $PARQ --dumbbells 4,6,8 --program gordon-home --start 2026-11-02 >/dev/null
"$COACH" --home "$P" --date 2026-11-01 screen gad7 --answers 1,1,1,1,0,0,0 >/dev/null
"$COACH" --home "$P" --date 2026-11-16 screen gad7 --answers 1,1,1,1,1,1,2 >/dev/null
run risk-rise-4 0 "$COACH" --home "$P" --date 2026-11-17 today --format yaml
out_has '^risk: null$'
"$COACH" --home "$P" --date 2026-11-17 screen gad7 --answers 2,2,2,2,2,2,1 >/dev/null
run risk-rise-5 0 "$COACH" --home "$P" --date 2026-11-18 today --format yaml
out_has 'GAD-7 score went up from 8 to 13'
run risk-rise-fades 0 "$COACH" --home "$P" --date 2026-12-05 today --format yaml
out_has '^risk: null$'
"$COACH" --home "$P" --date 2026-12-05 screen phq9 --answers 3,3,3,3,2,2,2,2,0 >/dev/null
run risk-phq9-severe 0 "$COACH" --home "$P" --date 2026-12-06 today --format yaml
out_has 'PHQ-9 score was 20 of 27'
# after a positive item 9, the pointer is one that works
"$COACH" --home "$Q" profile init $PARQ --dumbbells 4,6,8 --program gordon-home --start 2026-11-02 >/dev/null
run item9-pointer-today 0 "$COACH" --home "$Q" --date 2026-11-26 today
out_has "'coach crisis'"
out_lacks "'coach screen phq9'"

# --- the PAR-Q+ is asked, never assumed -----------------------------------------------
run parq-silent 0 "$COACH" --home "$T/p1" profile init --weekdays mon,thu
out_has 'the PAR-Q+ was not answered'
out_has 'Please answer NO if your dizziness'
out_has '\-\-parq no,no,no,no,no,no,no'
name=parq-silent-file; if grep -q 'parq_cleared: false' "$T/p1/config/profile.yaml"; then ok; else bad "not recorded as not cleared"; fi
run parq-all-no 0 "$COACH" --home "$T/p2" profile init --parq no,no,no,no,no,no,no
name=parq-all-no-file; if grep -q 'parq_cleared: true' "$T/p2/config/profile.yaml"; then ok; else bad "all NO not cleared"; fi
run parq-a-yes 0 "$COACH" --home "$T/p3" profile init --parq no,no,yes,no,no,no,no
out_has "coach profile set health.parq_cleared true"
name=parq-a-yes-file; if grep -q 'parq_cleared: false' "$T/p3/config/profile.yaml"; then ok; else bad "a YES was cleared"; fi
run parq-cleared 0 "$COACH" --home "$T/p4" profile init --parq-cleared
name=parq-cleared-file; if grep -q 'parq_cleared: true' "$T/p4/config/profile.yaml"; then ok; else bad "not cleared"; fi
run parq-six 1 "$COACH" --home "$T/p5" profile init --parq no,no,no,no,no,no
err_has 'the PAR-Q+ has 7 questions; got 6 answers'
run parq-maybe 1 "$COACH" --home "$T/p5" profile init --parq no,no,maybe,no,no,no,no
err_has 'PAR-Q+ answer 3 is not yes or no'
name=parq-bad-writes-nothing; if [ -e "$T/p5/config/profile.yaml" ]; then bad "a profile was written"; else ok; fi
run parq-twice 2 "$COACH" --home "$T/p5" profile init --parq no,no,no,no,no,no,no --parq-cleared

# --- what the coach can and cannot do ---------------------------------------------
run help-safety 0 "$COACH" help safety
out_has 'What the coach can and cannot do'
out_has 'not a treatment'
out_has 'coach crisis'
run help-lists-crisis 0 "$COACH" --help
out_has "coach crisis"

# --- forget and export cover the plan -------------------------------------------------
F="$T/forget"
"$COACH" --home "$F" safety-plan add reasons "my dog" >/dev/null
run export-plan 0 "$COACH" --home "$F" export --format yaml
out_has 'safety_plan:'
out_has 'my dog'
run forget-plan 0 "$COACH" --home "$F" forget --yes
name=forget-plan-gone; if [ -e "$F/config/safety-plan.yaml" ]; then bad "the plan survived forget"; else ok; fi

finish safety
