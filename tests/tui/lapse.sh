#!/bin/sh
# Interface test, lapse plans (issue 18 item 3): the day after a missed planned
# day Home leads with the person's own if-then plan; not the day after a rest
# day.  Usage: lapse.sh COACH
set -u
COACH=$1
TUI_NAME=tui-lapse
. "$(dirname "$0")/lib.sh"

P="$T/lapse"
profile "$P" --dumbbells 4,6,8 --program gordon-home --weekdays mon,thu --start 2026-11-02
COACH_TODAY=2026-11-24 "$COACH" --home "$P" lapse-plan set "If I miss a day, then I walk for 10 minutes" >/dev/null
# Tuesday after a Monday without a session
start 80 24 "$P" COACH_TODAY=2026-11-24
wait_for home 'Today'
wait_for home-leads-with-plan 'Your plan for this'
wait_for home-plan-text 'I walk for 10 minutes'
lacks home-no-shame 'you broke'
# Wednesday: Tuesday was a rest day
start 80 24 "$P" COACH_TODAY=2026-11-25
wait_for home-wed 'Today'
lacks home-wed-no-plan 'Your plan for this'

# --- the day after a miss, on a rest day of its week: v moves Monday here,
# asked first; any other key keeps the week as it is
start 80 24 "$P" COACH_TODAY=2026-11-24
wait_for move-offered 'v moves yesterday'
keys v
wait_for move-asked "Move yesterday's session (day"
keys n
wait_for move-kept-rest 'a rest day'
name=move-kept-log
if COACH_TODAY=2026-11-24 "$COACH" --home "$P" plan | grep -q 'moved'; then bad "a no moved the day"; else ok; fi
keys v
wait_for move-asked-again "Move yesterday's session"
keys v
wait_for moved "Yesterday's session is today's now"
wait_for moved-today 'Today: day'
lacks moved-no-lead 'Your plan for this'
name=moved-plan
if COACH_TODAY=2026-11-24 "$COACH" --home "$P" plan --format yaml | grep -q 'date: 2026-11-23.*status: moved'; then ok; else bad "coach plan does not show Monday moved"; fi

# --- the day after a miss on a training day: m is the short session,
# the check-in first; a is the walk the plan names, 10 minutes to start from
S="$T/short"
profile "$S" --dumbbells 4,6,8 --program gordon-home --weekdays mon,tue --start 2026-11-02
COACH_TODAY=2026-11-24 "$COACH" --home "$S" lapse-plan set "If I miss a day, then I do the short one the next day" >/dev/null
start 80 24 "$S" COACH_TODAY=2026-11-24
wait_for short-offered 'm starts the short session'
keys a
wait_for walk-ten '10 minutes of walk'
keys Escape
wait_for walk-back 'm starts the short session'
keys m
wait_for short-checkin 'How are you today?'
keys 4 4 1 Enter
wait_for short-taken 'The short session, about'

# Home's help names the keys the lapse lines name (help from the key table)
start 80 24 "$S" COACH_TODAY=2026-11-24
wait_for help-home 'm starts the short session'
keys '?'
wait_for help-l 'your plan for a missed day: write it or change it'
wait_for help-m 'm      the short session (on a hard day, or the day after a missed one)'
wait_for help-v "yesterday's session here (asked first)"
keys Escape

# a long plan and another advisory at 80x24: Home gives the advisories the
# rows they need (the week moves up), every one whole, the list still there
COACH_TODAY=2026-11-24 "$COACH" --home "$S" lapse-plan set "If I miss a day, then I walk for 10 minutes with a friend after work, or do the short one the next evening" >/dev/null
start 80 24 "$S" COACH_TODAY=2026-11-24
wait_for long-plan-end 'or do the short one the next'
wait_for long-last-advisory "('gad2' for anxiety)\."
wait_for long-list 'Goblet squat'
wait_for long-week 'This week'

# Home's title at 80x24: the program's name whole, the date and week beside it
start 80 24 "$S" COACH_TODAY=2026-11-24
wait_for title-whole '^ Resistance training for anxiety (home dumbbells) .*week 4 of 8'

# --- no plan yet: l writes one, with examples to start from; Tab takes one,
# Enter saves it (0600), and Home leads with it from then on
N="$T/noplan"
profile "$N" --dumbbells 4,6,8 --program gordon-home --weekdays mon,thu --start 2026-11-02
start 80 24 "$N" COACH_TODAY=2026-11-24
wait_for noplan-line 'l opens your plan'
keys l
wait_for lapse-screen 'Your plan for a missed day'
wait_for lapse-none 'No plan yet.'
wait_for lapse-examples 'For example'
wait_for lapse-example-walk 'put my shoes on'
# q and h are letters in the line: nothing quits, nothing leaves
keys q h
wait_for lapse-letters '> qh_'
keys Escape
wait_for lapse-esc-home 'l opens your plan'
check lapse-esc-nothing test ! -e "$N/config/lapse-plan.yaml"
keys l
wait_for lapse-again 'No plan yet.'
keys Tab
wait_for lapse-tab '> If I miss a day, then I do the 10-minute version'
keys Enter
wait_for lapse-saved 'Your plan is saved'
wait_for lapse-leads 'Your plan for this: "If I miss a day'
name=lapse-file
if [ "$(stat -c %a "$N/config/lapse-plan.yaml" 2>/dev/null)" = 600 ]; then ok; else bad "lapse-plan.yaml is not 0600"; fi
name=lapse-cli
if COACH_TODAY=2026-11-24 "$COACH" --home "$N" lapse-plan show | grep -q '10-minute version'; then ok; else bad "coach lapse-plan show does not have it"; fi
# an empty line asks before it deletes; any other key keeps the plan
keys l
wait_for lapse-now 'Now: If I miss a day'
keys C-u Enter
wait_for lapse-delete-asked 'Delete your plan for a missed day?'
keys n
check lapse-kept test -e "$N/config/lapse-plan.yaml"
keys Enter
wait_for lapse-delete-asked-again 'Delete your plan'
keys y
wait_for lapse-deleted 'Your lapse plan is deleted'
check lapse-gone test ! -e "$N/config/lapse-plan.yaml"
wait_for lapse-gone-home 'l opens your plan'

# --- 40x12: the line being typed and the keys stay; the text scrolls
start 40 12 "$N" COACH_TODAY=2026-11-24
wait_for small-home 'Today'
keys l
wait_for small-lapse '> _'
wait_for small-keys 'Enter save'
wait_for small-more 'more'
name=small-width
screen
if [ "$(LC_ALL=C.UTF-8 wc -L <"$T/screen")" -le 40 ]; then ok; else bad "a line is wider than 40"; fi

# --- German, at 40x12: the plan's screen and Home's offer in the person's language
. "$(dirname "$0")/../locale.sh"
if use_locale de_DE.UTF-8 "$T/locales"; then
	DE="LC_ALL=de_DE.UTF-8 LANGUAGE= ${LOCPATH:+LOCPATH=$LOCPATH}"
	COACH_TODAY=2026-11-24 "$COACH" --home "$S" lapse-plan set "Wenn ich einen Tag verpasse, gehe ich spazieren" >/dev/null
	start 80 24 "$S" COACH_TODAY=2026-11-24 "$DE"
	wait_for de-offer 'm beginnt die kurze Einheit'
	wait_for de-plan 'gehe ich spazieren'
	start 40 12 "$S" COACH_TODAY=2026-11-24 "$DE"
	wait_for de-small-home 'Heute'
	keys l
	wait_for de-lapse 'Dein Plan für einen'
	wait_for de-lapse-keys 'Enter speichern\|Esc zurück'
	name=de-small-width
	screen
	if [ "$(LC_ALL=C.UTF-8 wc -L <"$T/screen")" -le 40 ]; then ok; else bad "a line is wider than 40"; fi
else
	echo "tui-lapse: de_DE.UTF-8 cannot be made here; the German part is left out"
fi
finish lapse
