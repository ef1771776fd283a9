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
keys Up Up Enter # past Low-energy circuit (second) to Gentle Start (first)
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

# --- the preview says so when a set goes to failure (newcomer-month finding 6) ------------
# week 2 of gordon-home for a beginner, the squat known: its last set checks the reps in
# reserve (coach today says it); the preview says it before the session starts.  The
# Low-energy circuit (no_failure: true) never has that set.
R="$T/check"
profile "$R" --weekdays mon,thu --minutes 60 --dumbbells 4,6,8,10,12 --program gordon-home --start 2026-11-16
printf 'coach_session: 1\ndate: 2026-11-19\nprogram: gordon-home\nexercises:\n  - id: goblet-squat\n    sets: [{reps: 12, load: 8, rir: 3}]\n' >"$T/check.yaml"
"$COACH" --home "$R" log "$T/check.yaml" >/dev/null
start 80 24 "$R"
wait_for check-home 'Today: day'
keys Enter
wait_for check-checkin 'How are you today?'
keys Enter
wait_for check-preview 'Enter start'
wait_for check-said 'the last set of Goblet squat checks your reps in reserve'
keys q q q
C="$T/circuit"
profile "$C" --weekdays mon,thu --minutes 20 --dumbbells 4,6,8,10,12 --program low-energy-circuit --start 2026-11-16
printf 'coach_session: 1\ndate: 2026-11-19\nprogram: low-energy-circuit\nexercises:\n  - id: goblet-squat\n    sets: [{reps: 12, load: 8, rir: 3}, {reps: 12, load: 8, rir: 3}]\n' >"$T/circuit.yaml"
"$COACH" --home "$C" log "$T/circuit.yaml" >/dev/null
start 80 24 "$C"
wait_for circuit-home 'Today: day'
keys Enter
wait_for circuit-checkin 'How are you today?'
keys Enter
wait_for circuit-preview 'Enter start'
lacks circuit-no-check 'checks your reps in reserve'
keys q q q

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
# --- mood after can be given later: home asks for it until it is given ---------------------
keys Enter
wait_for mood-later-asked 'How do you feel now? 1 very low'
# ended part-way: home shows it half done, not done
wait_for partly-done 'Thu ◑'
keys 4
wait_for mood-later-saved "Mood after today's session: 4"
lacks mood-later-gone 'How do you feel now?'
name=mood-later-in-the-log
if "$COACH" --home "$E" history --format csv | tail -n 1 | grep -q ',4$'; then ok; else bad "$("$COACH" --home "$E" history --format csv | tail -n 1)"; fi
keys q
wait_for end-quits 'EXITED 0'

# --- help names the real keys, from the key tables; q on every screen ---------------------
F="$T/first"
start 80 24 "$F"
wait_for keys-welcome 'Welcome to coach'
keys Enter
wait_for keys-parq 'Health questions'
keys '?'
wait_for keys-parq-backspace 'Backspace, Left *the question before'
keys x n n n n n n n n
wait_for keys-setup 'About you and your equipment'
keys '?'
wait_for keys-setup-tab 'Tab *the line below'
wait_for keys-setup-days '1-7 *on Days'
wait_for keys-setup-space 'Space *switch it'
keys x
# the arrows on the Days line choose a day, Space switches it (Mon and Thu are on)
keys Down Down
wait_for keys-days-hint 'Left and right choose a day'
keys Right Right Space
wait_for keys-days-wed '\[Wed\]'
keys Left Left Space
wait_for keys-days-mon-off 'Mon   Tue  \[Wed\] \[Thu\]'
keys Down Down
tm send-keys -t t -l '4,6,8'
keys Enter
wait_for keys-choose 'Programs that fit you'
name=keys-days-saved
if grep -q 'weekdays: \[wed, thu\]' "$F/config/profile.yaml"; then ok; else bad "$(grep weekdays "$F/config/profile.yaml")"; fi
keys '?'
wait_for keys-choose-esc 'Esc *back home'
keys x Enter
wait_for keys-home 'This week'
keys w
wait_for keys-week 'Week of'
keys '?'
wait_for keys-week-q 'q *quit'
keys x q
wait_for keys-week-quits 'EXITED 0'
start 80 24 "$F"
wait_for keys-home2 'This week'
keys p
wait_for keys-progress 'Strength days a week'
keys q
wait_for keys-progress-quits 'EXITED 0'

# the check-in: 1-5 named, sleep 10 can be typed, one hour is an hour
start 80 24 "$F"
wait_for ck-home 'This week'
keys Enter
wait_for ck-checkin 'How are you today?'
keys '?'
wait_for ck-help-digits '0-9 *answer 1 to 5'
keys x 3 3 3
wait_for ck-on-sleep 'hours last night'
keys 1
wait_for ck-one-hour '1 hour last night'
keys 0
wait_for ck-ten '10 hours last night'
keys Enter
wait_for ck-preview 'Enter start'
keys Enter
wait_for ck-set 'set 1 of'
keys Enter
wait_for ck-log 'Reps done'
keys '?'
wait_for keys-log-tab 'Tab *move between reps'
wait_for keys-log-digits '0-9 *type the number'
wait_for keys-log-updown 'Up, Down *one more (Up) or one fewer (Down)'
wait_for keys-log-backspace 'Backspace *take the last digit off'
keys x Escape q q
wait_for ck-quits 'EXITED 0'
name=ck-sleep-saved
if "$COACH" --home "$F" export --format yaml | grep -q 'sleep: 10'; then ok; else bad "$("$COACH" --home "$F" export --format yaml | grep -A6 checkin)"; fi

# a low day: m (the short session) is in the preview's help
L="$T/low"
profile "$L" --weekdays mon,thu --minutes 60 --dumbbells 4,6,8 --program gordon-home --start 2026-11-02
start 80 24 "$L"
wait_for low-home 'Today: day'
keys Enter
wait_for low-checkin 'How are you today?'
keys 2 2 2 Enter
wait_for low-preview 'm short session'
keys '?'
wait_for low-help-m 'm *the short session'
keys x q
wait_for low-quits 'EXITED 0'

# --- the bad-day path: the kind words, the short session and rest where the check-in leads --
B="$T/bad"
profile "$B" --weekdays mon,thu --minutes 45 --dumbbells 4,6,8 --program gordon-home --start 2026-11-23
start 80 24 "$B"
wait_for bad-home 'Today: day'
keys Enter
wait_for bad-checkin 'How are you today?'
keys 1 1 5 4 Enter
wait_for bad-kind 'Today sounds hard. Starting small usually helps'
wait_for bad-short 'm: the short session, about [0-9]* min'
wait_for bad-rest 'b here for the breathing alone'
name=bad-one-effort-line
screen
if [ "$(grep -c 'easier:' "$T/screen")" -eq 1 ] && grep -q 'easier: stop each set with 4 reps in reserve' "$T/screen"; then ok; else bad "effort lines: $(grep -c 'easier:' "$T/screen")"; fi
wait_for bad-rir-per-exercise 'Goblet squat .*4 in reserve'
full=$(sed -n 's/.*about \([0-9]*\) min .*·.*/\1/p' "$T/screen" | head -1)
short=$(sed -n 's/.*short session, about \([0-9]*\) min.*/\1/p' "$T/screen" | head -1)
keys m
wait_for bad-short-taken 'The short session, about'
name=bad-estimate-smaller
screen
now=$(sed -n 's/.*about \([0-9]*\) min .*·.*/\1/p' "$T/screen" | head -1)
if [ -n "$full" ] && [ -n "$now" ] && [ "$now" -lt "$full" ] && [ "$now" = "$short" ]; then ok; else bad "whole $full min, short said $short, taken $now"; fi
# each exercise's reason is on the preview, as coach today gives it
wait_for bad-reason '^    first time.*start with 4 kg'
# the breathing alone is there too, and leads home
keys m b
wait_for bad-breathe 'Slow breathing'
keys Enter
wait_for bad-breathe-home 'This week'
keys q
wait_for bad-quits 'EXITED 0'

# --- a bell and a flash when a rest ends; none when switched off or in quiet hours --------
# a program of the user's own with 2-second rests, so a rest ends while we watch
BEL=$(printf '\007')
# bell_home HOME: a new home following that program
bell_home() {
	mkdir -p "$1/data/programs"
	sed 's/^id: gentle-start/id: bell-test/; s/^name: "Gentle Start"/name: "Bell test"/; s/rest_s: 90/rest_s: 2/' \
		"$(dirname "$0")/../../programs/gentle-start.yaml" >"$1/data/programs/bell-test.yaml"
	profile "$1" --program bell-test --start 2026-11-23
}
# rest_end NAME HOME [ENV...]: a set entered, the rest left to run out; the pane's raw output in $T/raw
rest_end() {
	rn=$1 rh=$2
	shift 2
	start 80 24 "$rh" "$@"
	: >"$T/raw"
	tm pipe-pane -o -t t "cat >>'$T/raw'"
	wait_for "$rn-home" 'Today: day'
	keys Enter
	wait_for "$rn-checkin" 'How are you today?'
	keys s
	wait_for "$rn-preview" 'Enter start'
	keys Enter
	wait_for "$rn-set" 'set 1 of'
	keys Enter
	wait_for "$rn-log" 'Reps done'
	keys 1 0 Enter
	wait_for "$rn-over" 'Ready when you are'
	sleep 0.3
	keys q q
	wait_for "$rn-quits" 'EXITED 0'
}
bell_home "$T/bell1"
rest_end bell "$T/bell1"
name=bell-rings
if grep -q "$BEL" "$T/raw"; then ok; else bad "no BEL in the pane's output"; fi
name=bell-flashes
if grep -q "$ESC\[?5h" "$T/raw"; then ok; else bad "no flash (ESC [?5h) in the pane's output"; fi
bell_home "$T/bell2"
"$COACH" --home "$T/bell2" profile set interface.quiet_hours 22:00-07:00 >/dev/null
rest_end quiet "$T/bell2" COACH_TIME=23:30
name=bell-quiet-hours
if grep -q "$BEL" "$T/raw" || grep -q "$ESC\[?5h" "$T/raw"; then bad "a sound at 23:30 with quiet hours 22:00-07:00"; else ok; fi
bell_home "$T/bell3"
"$COACH" --home "$T/bell3" profile set interface.quiet_hours 22:00-07:00 >/dev/null
rest_end day "$T/bell3" COACH_TIME=12:00
name=bell-outside-quiet-hours
if grep -q "$BEL" "$T/raw"; then ok; else bad "no bell at noon"; fi
bell_home "$T/bell4"
"$COACH" --home "$T/bell4" profile set interface.bell false >/dev/null
rest_end off "$T/bell4"
name=bell-off
if grep -q "$BEL" "$T/raw"; then bad "a bell with interface.bell false"; else ok; fi

# --- charts on one scale per chart, with the numbers; the browser's week-by-week words -----
G="$T/charts"
profile "$G" --weekdays mon,thu --minutes 30 --dumbbells 4,6,8,10 --program gordon-home --start 2026-11-02
for d in 2026-11-05:3:4:10 2026-11-09:3:4:10 2026-11-12:2:3:10.5; do
	IFS=: read -r day before after load <<-END
	$d
	END
	printf 'coach_session: 1\ndate: %s\nprogram: gordon-home\nday: A\ncheckin: {mood: %s, energy: 3, anxiety: 2, sleep: 7}\nmood_after: %s\nexercises:\n  - id: goblet-squat\n    slot: goblet-squat\n    sets:\n      - {reps: 10, load: %s, rir: 2}\n' \
		"$day" "$before" "$after" "$load" | "$COACH" --home "$G" log - >/dev/null
done
start 80 24 "$G"
wait_for ch-home 'This week'
keys p
wait_for ch-progress 'Progress'
keys NPage
wait_for ch-mood 'Mood before and after sessions (one scale, 1 to 5)'
wait_for ch-before-avg 'before .*average 2.7'
wait_for ch-after-avg 'after .*average 3.7 (+1.0)'
name=ch-after-higher
b=$(sed -n 's/^ *before \([^ ]*\) .*/\1/p' "$T/screen")
a=$(sed -n 's/^ *after  *\([^ ]*\) .*/\1/p' "$T/screen")
if [ -n "$b" ] && [ "$b" != "$a" ]; then ok; else bad "before '$b' and after '$a' drawn the same"; fi
keys Escape
wait_for ch-home-again 'This week'
keys b
wait_for ch-browse 'choose a program'
keys g
i=0
while [ $i -lt 10 ]; do
	screen
	if grep -q 'Twenty minutes, twice a week' "$T/screen"; then break; fi
	keys Down
	i=$((i + 1))
done
keys Enter
i=0
while [ $i -lt 8 ] && ! grep -q 'Weeks 5-8' "$T/screen"; do keys NPage; screen; i=$((i + 1)); done
wait_for ch-browse-every 'Weeks 5-8: 2 sets of every exercise'
lacks ch-browse-not-first 'of the first exercise'
keys Escape Escape q
wait_for ch-quits 'EXITED 0'

# --- 40x12, the smallest size: each screen keeps what a person needs -------------------------
M="$T/small"
profile "$M" --weekdays mon,thu --minutes 30 --dumbbells 4,6,8 --program gordon-home --start 2026-11-23
start 40 12 "$M"
wait_for small-home-list '^   Goblet squat'
wait_for small-home-more 'more$'
wait_for small-home-week 'This week'
keys Enter
wait_for small-checkin-scale '^  Mood  *1   2  \[3\]  4   5'
lacks small-checkin-no-spill '^4'
wait_for small-checkin-words '1 very low ... 5 very good'
keys Enter
wait_for small-preview '1 x 8-12'
keys Enter
wait_for small-set 'set 1 of'
wait_for small-pacer '^   rep [0-9]'
wait_for small-keys 'Enter done'
keys q q
wait_for small-quits 'EXITED 0'

# --- first-run answers survive Ctrl-C -----------------------------------------------------------
W="$T/wizard"
start 80 24 "$W"
wait_for wiz-welcome 'Welcome to coach'
keys Enter
wait_for wiz-parq 'Health questions . 1 of 8'
keys y n n
wait_for wiz-four 'Health questions . 4 of 8'
keys C-c
wait_for wiz-ctrl-c 'EXITED 130'
name=wiz-kept-private
if [ "$(stat -c %a "$W/state/first-run" 2>/dev/null)" = 600 ]; then ok; else bad "$(ls -la "$W/state" 2>&1)"; fi
start 80 24 "$W"
wait_for wiz-taken-up 'Health questions . 4 of 8'
keys n n n n n
wait_for wiz-setup 'About you and your equipment'
keys Enter
wait_for wiz-choose 'Programs that fit you'
name=wiz-answer-kept
if grep -q 'parq_cleared: false' "$W/config/profile.yaml"; then ok; else bad "the first answer (yes) was lost: $(grep parq "$W/config/profile.yaml")"; fi
name=wiz-draft-gone
if [ ! -e "$W/state/first-run" ]; then ok; else bad "the draft outlived the profile"; fi
keys q
wait_for wiz-quits 'EXITED 0'

# --- 60x18: the welcome says there is more, and Down reaches the end of it ---------------------
start 60 18 "$T/welcome-small"
wait_for welcome-small 'Welcome to coach'
wait_for welcome-small-more 'more: Down'
keys Down Down Down Down
wait_for welcome-small-end 'About two minutes'
lacks welcome-small-no-more 'more: Down'
keys q
wait_for welcome-small-quits 'EXITED 0'

finish
