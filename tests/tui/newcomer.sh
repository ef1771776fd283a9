#!/bin/sh
# What a new user tripped over (issue 16), each driven in the real coach:
# nothing that cannot be taken back happens on one or two keys.
# Usage: newcomer.sh COACH
set -u
COACH=$1
TUI_NAME=newcomer
. "$(dirname "$0")/lib.sh"
ESC=$(printf '\033')

# --- switching program asks once, naming what changes ---------------------------------
# week 3 of gordon-home, Mondays and Thursdays; Monday's day moved to Friday
P="$T/switch"
profile "$P" --weekdays mon,thu --minutes 30 --dumbbells 4,6,8 --program gordon-home --start 2026-11-09
"$COACH" --home "$P" move 2026-11-23 2026-11-27 >/dev/null
start 80 24 "$P"
wait_for sw-home 'week 3 of 8'
keys c
wait_for sw-chooser 'Programs that fit you'
# the chooser opens on the program being followed, and marks it
wait_for sw-marked 'home dumbbells)  (yours, week 3)'
name=sw-selected
tm capture-pane -e -p -t t >"$T/esc"
if grep "yours, week 3" "$T/esc" | grep -q "$ESC\[[0-9;]*7m"; then ok; else bad "the current program is not the selected line"; fi
keys Enter
wait_for sw-same 'is your program already'
keys Up Enter
wait_for sw-asks 'Replace Resistance training for anxiety (home dumbbells) (week 3) with Gentle'
wait_for sw-asks-new 'starting today at week 1? y replaces it'
# Enter alone does not say yes: the question goes, nothing changes
keys Enter
lacks sw-enter-no 'Replace Resistance'
name=sw-kept
if grep -q '^program: gordon-home' "$P/config/profile.yaml"; then ok; else bad "$(grep program "$P/config/profile.yaml")"; fi
keys Enter
wait_for sw-asks-again 'y replaces it'
keys y
wait_for sw-home-new 'coach · Gentle Start'
name=sw-saved
if grep -q '^program: gentle-start' "$P/config/profile.yaml" && grep -q '^start: 2026-11-26' "$P/config/profile.yaml"; then ok; else bad "$(cat "$P/config/profile.yaml")"; fi
keys q
wait_for sw-quits 'EXITED 0'
# afterwards plan and today agree about every day of the week (the move was
# made under the old program: Monday is not Gentle Start's, so nothing moved)
for d in 23 24 25 26 27 28 29; do
	name="sw-agree-$d"
	line=$("$COACH" --home "$P" plan | grep " $d Nov ")
	rest=no
	"$COACH" --home "$P" --date "2026-11-$d" today | grep -q 'rest day\|moved to' && rest=yes
	case "$line" in
	*planned* | *today*day*) [ $rest = no ] && ok || bad "plan: '$line', today: a rest day" ;;
	*) [ $rest = yes ] && ok || bad "plan: '$line', today: a session" ;;
	esac
done

# --- e ends a workout only after asking -------------------------------------------------
E="$T/end"
profile "$E" --weekdays mon,thu --minutes 30 --dumbbells 4,6,8 --program gordon-home --start 2026-11-23
start 80 24 "$E"
wait_for end-home 'Today: day'
keys Enter
wait_for end-checkin 'How are you today?'
keys Enter
wait_for end-preview 'Enter start'
keys Enter
wait_for end-set 'set 1 of'
keys e
wait_for end-asks "End today's session here, with 0 sets logged? e again ends it"
keys p
lacks end-kept "End today's session"
wait_for end-still-set 'set 1 of'
keys p Enter
wait_for end-log 'Reps done'
# --- what is logged is what was done: the target left as it is asks first ----------------
wait_for log-target '\[12\]'
wait_for log-hint 'Type what you did; Enter on the'
keys Enter
wait_for log-asks '12 reps, 3 in reserve? Enter logs it; or type what you did'
name=log-not-yet
if [ "$("$COACH" --home "$E" history --format csv | tail -n +2 | wc -l)" -eq 0 ]; then ok; else bad "a set logged before the answer"; fi
# a digit answers no and is typed: 9 reps, then Tab and 2 in reserve, logged at once
keys 9
lacks log-asked-once 'in reserve? Enter logs it'
wait_for log-typed '\[9\]'
keys Tab 2 Enter
wait_for end-rest 'Rest '
name=log-what-was-done
if "$COACH" --home "$E" history --format csv | tail -n 1 | awk -F, '$7 == 9 && $10 == 2 { f = 1 } END { exit !f }'; then ok; else bad "$("$COACH" --home "$E" history --format csv)"; fi
keys e
wait_for end-asks-rest 'with 1 set logged? e again'
keys e
wait_for end-ended 'Well done'
wait_for end-one-set '1 set logged'
keys Enter q
wait_for end-quits 'EXITED 0'

finish
