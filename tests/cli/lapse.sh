#!/bin/sh
# coach lapse-plan: the person's own if-then plan for a missed day, kept 0600
# beside the safety plan, part of export and forget; and `coach today` leading
# with it the day after a missed planned day.  Usage: lapse.sh COACH TESTS_DIR
. "$(dirname "$0")/lib.sh"

H="$T/home"
# --- show, set, clear -----------------------------------------------------------------
run none 0 "$COACH" --home "$H" lapse-plan
out_has 'no plan for a missed day yet'
out_has 'the 10-minute version the next morning'
out_has 'coach lapse-plan set'
run none-yaml 0 "$COACH" --home "$H" lapse-plan show --format yaml
out_has '^null$'
run set 0 "$COACH" --home "$H" lapse-plan set "If I miss a day, then I do the short session the next morning"
out_has 'Your plan is saved'
mode_is "$H/config/lapse-plan.yaml" 600
mode_is "$H/config" 700
run show 0 "$COACH" --home "$H" lapse-plan show
out_has 'Your plan for a missed day (updated 2026-11-26)'
out_has 'then I do the short session the next morning'
run show-yaml 0 "$COACH" --home "$H" lapse-plan show --format yaml
out_has '^coach_lapse_plan: 1$'
out_has '^updated: 2026-11-26$'
out_has '^plan: If I miss a day, then I do the short session the next morning$'
# words without quotes are one plan; a new one replaces the old, mode kept
run set-words 0 "$COACH" --home "$H" lapse-plan set If I feel too low, then I walk for 10 minutes
run show-words 0 "$COACH" --home "$H" lapse-plan show
out_has 'If I feel too low, then I walk for 10 minutes'
out_lacks 'short session'
chmod 644 "$H/config/lapse-plan.yaml"
run set-again 0 "$COACH" --home "$H" lapse-plan set "If I miss a day, then I walk"
mode_is "$H/config/lapse-plan.yaml" 600
run set-empty 1 "$COACH" --home "$H" lapse-plan set "   "
err_has 'a plan cannot be empty; nothing was changed'
run set-none 2 "$COACH" --home "$H" lapse-plan set
run bad-sub 2 "$COACH" --home "$H" lapse-plan frobnicate
long=$(printf 'x%.0s' $(seq 1 301))
run set-long 1 "$COACH" --home "$H" lapse-plan set "$long"
err_has 'at most 300 characters'
run still 0 "$COACH" --home "$H" lapse-plan show
out_has 'If I miss a day, then I walk'
run clear 0 "$COACH" --home "$H" lapse-plan clear
out_has 'Your lapse plan is deleted'
name=clear-gone; if [ -e "$H/config/lapse-plan.yaml" ]; then bad "the plan survived clear"; else ok; fi
run clear-none 0 "$COACH" --home "$H" lapse-plan clear
out_has 'There is no lapse plan to clear'
run help 0 "$COACH" help lapse-plan
out_has 'coach lapse-plan \[show | set TEXT | clear\]'
out_has 'Gollwitzer'

# --- a broken file is reported at its place and nothing changes ---------------------------
printf 'coach_lapse_plan: 1\nplan: [If I miss\n' >"$H/config/lapse-plan.yaml"
cp "$H/config/lapse-plan.yaml" "$T/broken"
run broken-show 1 "$COACH" --home "$H" lapse-plan show
err_has "lapse-plan.yaml:[0-9]*:[0-9]*: error:"
run broken-set 1 "$COACH" --home "$H" lapse-plan set "If I miss a day, then I walk"
err_has "lapse-plan.yaml:[0-9]*:[0-9]*: error:"
run broken-unchanged 0 cmp "$T/broken" "$H/config/lapse-plan.yaml"
printf 'coach_lapse_plan: 1\nplan: "x"\nwhen: never\n' >"$H/config/lapse-plan.yaml"
run unknown-key 1 "$COACH" --home "$H" lapse-plan show
err_has "lapse-plan.yaml:3:1: error:"
run validate-bad 1 "$COACH" validate "$H/config/lapse-plan.yaml"
err_has "lapse-plan.yaml:3:1: error:"
printf 'coach_lapse_plan: 1\nplan: "If I miss a day, then I walk"\n' >"$T/good.yaml"
run validate-good 0 "$COACH" validate "$T/good.yaml"

# --- export and forget cover it -------------------------------------------------------
F="$T/forget"
"$COACH" --home "$F" lapse-plan set "If I miss a day, then I walk with my dog" >/dev/null
run export-yaml 0 "$COACH" --home "$F" export --format yaml
out_has 'lapse_plan:'
out_has 'walk with my dog'
run export-csv 0 "$COACH" --home "$F" export --format csv --output "$T/csv"
run export-csv-file 0 cmp "$F/config/lapse-plan.yaml" "$T/csv/lapse-plan.yaml"
mode_is "$T/csv/lapse-plan.yaml" 600
run forget 0 "$COACH" --home "$F" forget --yes
name=forget-gone; if [ -e "$F/config/lapse-plan.yaml" ]; then bad "the plan survived forget"; else ok; fi

# --- the day after a missed planned day, coach today leads with the plan ------------------
# mon and thu from Monday 2026-11-02; Monday 2026-11-23 goes without a session
PARQ="--parq no,no,no,no,no,no,no"
M="$T/missed"
"$COACH" --home "$M" profile init $PARQ --dumbbells 4,6,8 --program gordon-home --weekdays mon,thu --start 2026-11-02 >/dev/null
run no-plan-tue 0 "$COACH" --home "$M" --date 2026-11-24 today
out_has 'planned day did not happen'
out_has 'coach lapse-plan set'
out_lacks 'you broke'
out_lacks 'streak'
"$COACH" --home "$M" lapse-plan set "If I miss a day, then I do the 10-minute version the next morning" >/dev/null
run plan-tue 0 "$COACH" --home "$M" --date 2026-11-24 today
# it leads: the first line after the heading
name=plan-tue-leads; if awk 'NR > 1 && !/^  / { print; exit }' "$T/out" | grep -q "Yesterday's planned day was missed"; then ok; else bad "the plan does not lead"; fi
out_has 'the 10-minute version the next morning'
out_has 'coach move'
out_lacks 'you broke'
run plan-tue-yaml 0 "$COACH" --home "$M" --date 2026-11-24 today --format yaml
name=plan-tue-yaml-leads; if grep -A1 '^advisories:' "$T/out" | grep -q "Yesterday''s planned day was missed"; then ok; else bad "the plan does not lead the advisories"; fi
run plan-mon 0 "$COACH" --home "$M" --date 2026-11-23 today
out_lacks 'Yesterday'
run plan-fri 0 "$COACH" --home "$M" --date 2026-11-27 today
out_has "Yesterday's planned day was missed"
# Tuesday trained: not on Wednesday
cat >"$T/tue.yaml" <<'YAML'
coach_session: 1
date: 2026-11-24
mood_after: 4
exercises:
  - id: goblet-squat
    sets: [{reps: 12, load: 6, rir: 2}]
YAML
"$COACH" --home "$M" --date 2026-11-24 log "$T/tue.yaml" >/dev/null
run plan-wed 0 "$COACH" --home "$M" --date 2026-11-25 today
out_lacks 'Yesterday'
# a missed day that was moved is not missed
V="$T/moved"
"$COACH" --home "$V" profile init $PARQ --dumbbells 4,6,8 --program gordon-home --weekdays mon,thu --start 2026-11-02 >/dev/null
"$COACH" --home "$V" lapse-plan set "If I miss a day, then I walk" >/dev/null
run move 0 "$COACH" --home "$V" --date 2026-11-24 move 2026-11-23 2026-11-25
run moved-tue 0 "$COACH" --home "$V" --date 2026-11-24 today
out_lacks 'Yesterday'
out_lacks 'then I walk'
# German, du form
if use_locale de_DE.UTF-8 "$T/locales"; then
	run plan-de 0 env LC_ALL=de_DE.UTF-8 LANGUAGE= "$COACH" --home "$M" --date 2026-11-27 today
	out_has 'Dein Plan dafür'
fi

# the day after a missed day, on a rest day: the pointer it gives works then
P="$T/pointer"
"$COACH" --home "$P" profile init --parq no,no,no,no,no,no,no --weekdays mon,thu --minutes 30 \
	--dumbbells 4,6,8 --program gordon-home --start 2026-11-23 >/dev/null
"$COACH" --home "$P" lapse-plan set "If I miss a day, then the 10-minute version" >/dev/null
run pointer-rest-day 0 env COACH_TODAY=2026-12-01 "$COACH" --home "$P" today
out_has 'coach move'
cmd=$(tr '\n' ' ' <"$T/out" | grep -o 'coach move [0-9-]* [0-9-]*')
run pointer-move-works 0 env COACH_TODAY=2026-12-01 "$COACH" --home "$P" ${cmd#coach }
run pointer-then-a-session 0 env COACH_TODAY=2026-12-01 "$COACH" --home "$P" today
out_has 'Day A, about'

# the day after a missed day that is a training day: the short session is
# offered (adherence.short_after_missed), whatever the mood; --short takes it
S="$T/short"
"$COACH" --home "$S" profile init $PARQ --dumbbells 4,6,8 --program gordon-home --weekdays mon,tue --start 2026-11-02 >/dev/null
"$COACH" --home "$S" lapse-plan set "If I miss a day, then I do the short one the next day" >/dev/null
GOOD="--mood 4 --energy 4 --anxiety 1 --sleep 8"
run short-tue 0 "$COACH" --home "$S" --date 2026-11-24 today $GOOD
out_has 'coach today --short'
run short-tue-yaml 0 "$COACH" --home "$S" --date 2026-11-24 today $GOOD --format yaml
out_has '^short_session: {offered: true, taken: false}$'
full=$(grep -c '^- id:' "$T/out")
run short-tue-taken 0 "$COACH" --home "$S" --date 2026-11-24 today $GOOD --short --format yaml
out_has '^short_session: {offered: true, taken: true}$'
short=$(grep -c '^- id:' "$T/out")
name=short-fewer; if [ "$short" -gt 0 ] && [ "$short" -lt "$full" ]; then ok; else bad "--short has $short exercises, the full day $full"; fi
# a Tuesday after a Monday trained: the full day alone
sed 's/2026-11-24/2026-11-16/' "$T/tue.yaml" >"$T/mon.yaml"
"$COACH" --home "$S" --date 2026-11-16 log "$T/mon.yaml" >/dev/null
run no-miss-tue 0 "$COACH" --home "$S" --date 2026-11-17 today $GOOD --format yaml
out_has '^short_session: {offered: false'
# the policy can say no: then today's session and a walk are what is offered
mkdir -p "$T/pol"
cp -r "$SRC/programs" "$T/pol/"
sed -i 's/^  short_after_missed: 1 /  short_after_missed: 0 /' "$T/pol/programs/policy/coaching.yaml"
run policy-no-short 0 env COACH_DATADIR="$T/pol" "$COACH" --home "$S" --date 2026-11-24 today $GOOD
out_has "today's session, or a walk of 10 minutes"
out_lacks 'coach today --short'

finish lapse
