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

finish lapse
