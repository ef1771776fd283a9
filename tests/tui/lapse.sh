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
finish lapse
