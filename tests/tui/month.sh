#!/bin/sh
# What a newcomer's month found (reports/newcomer-month.md), driven in the
# real interface: the low day's ways to rest name keys that work where the
# person is; the mood before stays beside a day without a mood after, and
# the mood after of an earlier day is on the week screen's key bar; the
# two-question check is due only at its interval; the blood-pressure
# question has its own note; Home counts showed-up days; the progress
# screen's wrapped lines keep their indent.
# Usage: month.sh COACH
set -u
COACH=$1
TUI_NAME=month
. "$(dirname "$0")/lib.sh"

# --- finding 2: a low day's "Or rest" names keys that work there ---------
H=$T/low
profile "$H" --weekdays tue,fri --minutes 20 --dumbbells 2,4,6,8 --program low-energy-circuit --start 2026-11-02
start 80 24 "$H" COACH_TODAY=2026-11-06
wait_for low-home 'Today: day'
keys Enter
wait_for low-checkin 'How are you today?'
keys 1 1 3 Enter
wait_for low-preview 'm short session'
wait_for low-preview-b-here 'b here for the'
wait_for low-keybar-b 'b breathe'
# followed as written: Esc, then a on Home is the walk
keys Escape
wait_for low-back-home 'Today: day'
keys a
wait_for low-walk 'Enter log it'
lacks low-walk-not-browser 'choose a program'
keys Escape
# and b on the preview is the breathing, not the programs (Enter twice: the
# check-in again, as given)
keys Enter
wait_for low-checkin-again 'How are you today?'
keys Enter
wait_for low-preview-again 'm short session'
keys b
wait_for low-breathing 'Slow breathing'
lacks low-breathing-not-browser 'choose a program'

# --- finding 17: the blood-pressure question has its own note ------------
F=$T/first
start 80 24 "$F"
wait_for bp-welcome 'Welcome to coach'
keys Enter
wait_for bp-parq 'Health questions . 1 of 8'
keys n n n n n n n
wait_for bp-question 'Health questions . 8 of 8'
wait_for bp-what-a-yes-does 'reps short of failure, with 8 or more'
wait_for bp-how-to-change 'coach profile set health.hypertension'
lacks bp-not-parq-note 'parq_cleared'
# the PAR-Q+ questions keep theirs
keys Left
wait_for bp-parq-seven 'Health questions . 7 of 8'
wait_for bp-parq-note 'parq_cleared'
lacks bp-parq-no-bp-note 'health.hypertension'

# --- finding 16: the two-question check is due at its interval, and says how
Q=$T/screens
profile "$Q" --weekdays tue,fri --minutes 20 --dumbbells 2,4,6,8 --program low-energy-circuit --start 2026-11-02
start 80 24 "$Q" COACH_TODAY=2026-11-06
wait_for due-home 'Today: day'
wait_for due-says-how "s on Home, or 'coach screen phq2'"
# a GAD-2 (the anxiety one) taken with s on Home
keys s
wait_for due-menu 'GAD-2: two questions on anxiety'
keys Down Enter
wait_for due-gad2 'GAD-2 . question 1 of 2'
keys 1 1
wait_for due-result 'Enter: home'
keys Enter
wait_for due-back-home 'Today: day'
lacks due-gone-once-taken 'two-question check'
# six days later still not due; on the seventh (screens.short_every_days) again
start 80 24 "$Q" COACH_TODAY=2026-11-12
wait_for due-six-days 'This week'
lacks due-not-yet 'two-question check'
start 80 24 "$Q" COACH_TODAY=2026-11-13
wait_for due-seven-days 'This week'
wait_for due-again 'two-question check on mood or anxiety is due'

# --- finding 15: the mood before without a mood after; the end's key bar --
M=$T/mood
profile "$M" --weekdays tue,fri --minutes 20 --dumbbells 2,4,6,8 --program low-energy-circuit --start 2026-11-02
# session DATE: a check-in of mood 3, one set, ended (e e) at the end screen
session() {
	start 80 24 "$M" COACH_TODAY=$1
	wait_for "session-$1" 'Today: day'
	keys Enter
	wait_for "session-$1-checkin" 'How are you today?'
	keys 3 3 2 Enter
	wait_for "session-$1-preview" 'Enter start'
	keys Enter
	wait_for "session-$1-set" 'set 1 of'
	keys Enter
	wait_for "session-$1-reps" 'Reps done'
	keys Enter
	wait_for "session-$1-confirm" 'Enter logs it'
	keys Enter
	wait_for "session-$1-next" 'Wall push-up'
	keys e
	keys e
	wait_for "session-$1-end" 'Well done'
}
session 2026-11-06
wait_for end-asks-mood '1-5 mood now'
keys Enter
wait_for end-home 'This week'
# the next day: the week screen keeps the mood before, and says how to give the after
start 80 24 "$M" COACH_TODAY=2026-11-07
wait_for week-home 'This week'
keys w
wait_for week-screen 'Week of Mon 2 Nov'
wait_for week-mood-before 'Fri 6 Nov.*mood 3 before'
keys Up
wait_for week-says-how 'No mood after for Fri 6 Nov: a, then 1-5'
keys a 4
wait_for week-mood-after 'Fri 6 Nov.*mood 3 → 4'
lacks week-hint-gone 'No mood after for'
# the end screen's digits: the mood, then how it felt, then nothing
session 2026-11-10
wait_for end-mood-first '1-5 mood now'
keys 4
wait_for end-mood-given 'Mood: 3 before, 4 now'
lacks end-no-mood-key-after '1-5 mood now'
wait_for end-felt-key 'how it felt  c cool-down'
keys 3
wait_for end-felt-given 'The session felt +3'
lacks end-no-felt-key 'how it felt  c cool-down'

# --- finding 20: a walk logged here is named so in coach history, and coach
# plan has no stray comma before it
start 80 24 "$H" COACH_TODAY=2026-11-10
wait_for walk-home 'This week'
keys a
wait_for walk-screen 'Enter log it'
keys Enter
wait_for walk-logged 'Logged [0-9]* minutes'
# finding 18: Home counts the showed-up day beside the done ones, and says
# one week as one
wait_for walk-home-counts '0 done, 1 showed up, of 2 planned'
wait_for walk-home-one-week 'One week so far; its strength days did not all happen'
lacks walk-home-last-1 'in the last 1'
name=walk-history
COACH_TODAY=2026-11-10 "$COACH" --home "$H" history >"$T/history"
if grep -q '^2026-11-10  aerobic minutes, beside the program' "$T/history" &&
	! grep -q 'imported or outside' "$T/history"; then ok; else bad "$(cat "$T/history")"; fi
name=walk-plan
COACH_TODAY=2026-11-10 "$COACH" --home "$H" plan >"$T/plan"
if grep -q 'Tue 10 Nov .*day A  *+[0-9]* min aerobic' "$T/plan" && ! grep -q ' , ' "$T/plan"; then ok; else bad "$(cat "$T/plan")"; fi

# finding 18: a first week with both strength days, said as one week
W=$T/week
profile "$W" --weekdays mon,thu --minutes 30 --dumbbells 6 --program gordon-home --start 2026-11-02
for d in 2026-11-02 2026-11-05; do
	printf 'coach_session: 1\ndate: %s\nprogram: gordon-home\nexercises:\n  - id: goblet-squat\n    sets: [{reps: 12, load: 6, rir: 3}]\n' "$d" >"$T/s.yaml"
	COACH_TODAY=$d "$COACH" --home "$W" log "$T/s.yaml" >/dev/null || { name="log $d"; bad "coach log refused"; }
done
start 80 24 "$W" COACH_TODAY=2026-11-06
wait_for week-one-home '2 done of 2 planned'
wait_for week-one-words 'One week so far, with your strength days in it.'
lacks week-one-not-last-1 'in the last 1'

# --- finding 22: the progress screen's wrapped lines keep their indent ---
start 80 24 "$M" COACH_TODAY=2026-11-11
wait_for progress-home 'This week'
keys p
wait_for progress 'Progress'
keys NPage NPage NPage
wait_for progress-insight 'Over a session your mood changed'
name=progress-indent
screen
# the line after "  Over a session ..." goes on four columns in (x 1 + 2 + 2)
if awk '/Over a session your mood changed/ { getline; exit !($0 ~ /^     [^ ]/) }' "$T/screen"; then ok; else bad "the wrapped line lost its indent"; fi

finish
