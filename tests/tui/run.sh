#!/bin/sh
# Interface tests: drive the real coach in a private tmux server with
# send-keys and read the screen with capture-pane.  Usage: run.sh COACH
set -u
COACH=$1
TUI_NAME=tui
. "$(dirname "$0")/lib.sh"

# --- first run: welcome, PAR-Q+, profile, a program chosen -----------------------
H="$T/first"
start 80 24 "$H"
wait_for welcome 'Welcome to coach'
wait_for not-a-diagnosis 'not a diagnosis'
keys Enter
wait_for parq 'Health questions'
wait_for parq-question 'heart condition'
keys n n n n n n n
wait_for hypertension-question 'high blood pressure (hypertension)'
keys n
wait_for setup 'About you and your equipment'
keys Down Down Down Down
tm send-keys -t t -l '4,6,8'
keys Enter
wait_for choose 'Programs that fit you'
wait_for choose-reasons 'fits your equipment'
wait_for choose-week-1 'Week 1, day A'
keys Enter
wait_for home 'Today: day'
wait_for home-week 'This week'
wait_for home-week-count '0 done of 1 planned'
# at 80 columns every home key fits, and crisis help is always named
wait_for home-keybar-80 'Enter start  h help now  w week  p progress  b browse  s mood'
name=first-run-writes-profile
if grep -q '^program: ' "$H/config/profile.yaml" && grep -q 'dumbbells: \[4, 6, 8\]' "$H/config/profile.yaml"; then ok; else bad "profile: $(cat "$H/config/profile.yaml")"; fi

# --- a full workout, every set logged, then the week shows the day done ------------
keys Enter
wait_for checkin 'How are you today?'
wait_for checkin-words 'very anxious'
keys Enter
wait_for preview 'Today'
keys Enter
wait_for first-set 'set 1 of'
wait_for breathing-cue 'Exhale as you'
sets=0
i=0
while [ $i -lt 40 ]; do
	screen
	if grep -q 'Well done' "$T/screen"; then break; fi
	# an entry left at the target asks once before it logs it
	if grep -q 'Enter logs it; or type' "$T/screen"; then keys Enter;
	elif grep -q 'Reps done\|Seconds held' "$T/screen"; then keys Enter; sets=$((sets + 1));
	elif grep -q '^ Rest ' "$T/screen"; then keys Enter;
	elif grep -q 'set [0-9]* of' "$T/screen"; then keys Enter;
	else sleep 0.1; fi
	i=$((i + 1))
done
wait_for workout-done 'Well done'
wait_for summary-sets "$sets sets logged"
keys 4
wait_for mood-after 'now\.'
wait_for feeling-asked 'how did the session feel? -5 very bad, 0 neutral, +5 very good'
keys -l -
wait_for feeling-minus 'Minus: now 1'
keys 2
wait_for feeling-said 'The session felt -2, bad'
lacks feeling-asked-once 'how did the session feel'
keys Enter
wait_for home-done 'in the log. Well done'
keys w
wait_for week-shows-done 'done'
wait_for week-strength-days 'Strength days 1 done of 1 planned'
keys Escape
rows=$("$COACH" --home "$H" history --format csv | tail -n +2 | wc -l)
name=every-set-in-the-log; if [ "$rows" -eq "$sets" ] && [ "$sets" -gt 0 ]; then ok; else bad "$rows rows for $sets sets"; fi
name=mood-after-in-the-log
if "$COACH" --home "$H" history --format csv | tail -n 1 | grep -q ',4$'; then ok; else bad "no mood after"; fi
name=feeling-in-the-log
if "$COACH" --home "$H" history | grep -q 'mood [1-5] -> 4  feeling -2 (-5 to +5)'; then ok; else bad "no feeling in history"; fi

# --- help, progress and the program browser ------------------------------------------
keys '?'
wait_for help 'Keys: home'
keys x
keys p
wait_for progress 'Strength days a week'
keys NPage NPage NPage NPage NPage
wait_for progress-insights 'What seems to help you'
wait_for progress-not-enough 'Not enough data yet'
lacks progress-no-went-best 'Went best'
keys Escape b
wait_for browse 'choose a program'
keys Down j Enter
wait_for browse-full 'Evidence:'
keys NPage NPage NPage NPage NPage NPage
wait_for browse-pages-to-end ' end '
keys Escape Escape
wait_for back-home 'This week'

# --- resize: too small, the minimum, large, and back -----------------------------------
tm resize-window -t t -x 30 -y 8
wait_for too-small 'Terminal too small'
tm resize-window -t t -x 40 -y 12
wait_for minimum-size 'coach'
tm resize-window -t t -x 120 -y 40
wait_for large 'This week'
tm resize-window -t t -x 80 -y 24
wait_for back-to-80 'This week'
keys q
wait_for quits 'EXITED 0'

# --- a low check-in: fewer sets and the reasons -----------------------------------------
L="$T/low"
"$COACH" --home "$L" profile init --parq no,no,no,no,no,no,no --weekdays mon,thu --minutes 60 --dumbbells 4,6,8 \
	--program gordon-home --start 2026-11-02 >/dev/null
start 80 24 "$L"
wait_for low-home 'Today: day'
keys Enter
wait_for low-checkin 'How are you today?'
keys 2 3 2 Enter
wait_for low-preview 'one set fewer'
wait_for low-reason 'you said mood 2/5'
wait_for low-one-set '1 x 8-12'
wait_for low-short-offered 'm short session'
keys m
wait_for low-short-taken 'you chose the short session'
keys Escape q
wait_for low-quits 'EXITED 0'

# --- a low check-in with a record: the person's own evidence in the preview ---------------
E="$T/evidence"
"$COACH" --home "$E" profile init --parq no,no,no,no,no,no,no --weekdays mon,thu --minutes 60 --dumbbells 4,6,8 \
	--program gordon-home --start 2026-11-02 >/dev/null
# five sessions begun at mood 2, finished at 4, 4, 3, 4, 5: 4 on average
for x in 02:4 05:4 09:3 12:4 16:5; do
	printf 'coach_session: 1\ndate: 2026-11-%s\ncheckin: {mood: 2, energy: 3, anxiety: 2, sleep: 7}\nmood_after: %s\nexercises:\n  - id: goblet-squat\n    sets: [{reps: 10, load: 6}]\n' \
		"${x%:*}" "${x#*:}" >"$T/e.yaml"
	"$COACH" --home "$E" log "$T/e.yaml" >/dev/null
done
start 80 24 "$E"
wait_for ev-home 'Today: day'
keys Enter
wait_for ev-checkin 'How are you today?'
keys 2 3 2 Enter
wait_for ev-preview 'one set fewer'
wait_for ev-own-record 'The last 5 times you started a session at mood 2'
keys Escape q
wait_for ev-quits 'EXITED 0'

# --- an anxious check-in: the breathing comes first ----------------------------------------
start 80 24 "$L"
wait_for anx-home 'Today: day'
keys Enter
wait_for anx-checkin 'How are you today?'
keys 3 3 4 Enter
wait_for anx-breathing-offered 'Before you start: 2 minutes of slow breathing'
keys Enter
wait_for anx-breathing 'Slow breathing before you start'
wait_for anx-pacer 'breathe in'
keys Enter
wait_for anx-first-set 'set 1 of'
# one 's' only asks; another key keeps the exercise
keys s
wait_for skip-asks 's again skips the rest of'
keys p
lacks skip-kept 's again skips'
wait_for skip-kept-set 'set 1 of'
keys p

# --- SIGKILL during a rest keeps every set entered before it -------------------------------
keys Enter
wait_for kill-log 'Reps done'
keys 1 0 Enter
wait_for kill-rest 'Rest '
pkill -9 -f -- "^$COACH --home $L\$" 2>/dev/null
sleep 0.3
rows=$("$COACH" --home "$L" history --format csv | tail -n +2 | wc -l)
name=kill-keeps-the-set; if [ "$rows" -eq 1 ]; then ok; else bad "$rows sets in the log after SIGKILL"; fi
name=kill-log-intact
if "$COACH" --home "$L" export --format yaml | grep -q 'set_no: 1'; then ok; else bad "export lacks the set"; fi

# --- leaving mid-workout keeps the place: Enter at home goes on where it stopped ---------
start 80 24 "$L"
wait_for resume-home 'under way: 1 set in the log'
wait_for resume-key 'Enter go on'
keys Enter
wait_for resume-next-set 'Goblet squat . set 2 of 2'
keys Enter
wait_for resume-log 'Reps done'
keys Enter
wait_for resume-asks 'in reserve? Enter logs it'
keys Enter
wait_for resume-rest 'Rest '
# u takes the set just entered back out: enter it again, and the count is unchanged
keys u
wait_for undo-message 'out of the log: enter it again'
wait_for undo-hint 'What you entered before is filled in'
wait_for undo-reenter 'Reps done'
keys 1 1 Enter
wait_for undo-rest 'Rest '
keys q
wait_for resume-saved 'Saved. Enter takes the session up again'
wait_for resume-two 'under way: 2 sets in the log'
# s twice skips the rest of an exercise: the next one comes up at set 1
keys Enter
wait_for skip-before 'set [0-9] of'
before=$(sed -n 1p "$T/screen")
keys s s
wait_for skip-next 'set 1 of'
name=skip-moves-on; screen
if [ "$(sed -n 1p "$T/screen")" != "$before" ]; then ok; else bad "still on: $before"; fi
keys q
wait_for skip-home 'under way: 2 sets in the log'
keys q
wait_for resume-quits 'EXITED 0'

# --- a questionnaire: PHQ-9 question 9 shows the crisis contacts first ---------------------
start 80 24 "$L"
wait_for q-home 'This week'
keys s
wait_for q-menu 'A short questionnaire'
keys Down Down Enter
wait_for q-first 'question 1 of 9'
keys 0 0 0 0 0 0 0 0
wait_for q-nine 'better off dead'
keys 1
wait_for crisis-first 'Please read this first'
wait_for crisis-contacts 'Samaritans\|988'
keys Enter
wait_for q-result 'nine questions on mood: 1 of 27'
keys Enter
# h at home: the crisis contacts, and Esc goes back like everywhere else
wait_for q-back-home 'This week'
keys h
wait_for help-now 'Please read this first'
keys Escape
wait_for help-now-esc 'This week'
keys q
wait_for q-quits 'EXITED 0'

# --- NO_COLOR, and colour when allowed --------------------------------------------------
start 80 24 "$L" NO_COLOR=1
wait_for no-color-opens 'This week'
name=no-color
tm capture-pane -e -p -t t >"$T/esc"
if grep -q "$(printf '\033')\[3[0-7]m\|$(printf '\033')\[38;5;" "$T/esc"; then bad "colour escapes with NO_COLOR"; else ok; fi
# --- coach forget while the interface is open: it says so and writes nothing more ------
keys q
F="$T/forget"
"$COACH" --home "$F" profile init --parq no,no,no,no,no,no,no --dumbbells 4,6,8 --program gordon-home >/dev/null
start 80 24 "$F"
wait_for forget-home 'Today: day'
keys Enter
wait_for forget-checkin 'How are you today?'
keys 3 3 4 Enter
wait_for forget-breathing 'Before you start'
keys Enter
keys Enter
wait_for forget-set 'set 1 of'
"$COACH" --home "$F" forget --yes >/dev/null
keys Enter
wait_for forget-log 'Reps done'
keys 9 Enter
wait_for forget-noticed 'was removed after the coach opened it'
keys q
keys q
name=forget-nothing-written
if [ ! -e "$F/data/coach.db" ] && [ ! -e "$F/data/coach.db-wal" ]; then ok; else bad "$(ls -la "$F/data")"; fi

start 80 24 "$L"
wait_for color-opens 'This week'
name=color
tm capture-pane -e -p -t t >"$T/esc"
if grep -q "$(printf '\033')\[3[0-7]m\|$(printf '\033')\[38;5;\|$(printf '\033')\[1;3" "$T/esc"; then ok; else bad "no colour escapes"; fi
keys C-c
wait_for ctrl-c-quits 'EXITED'

# --- the ASCII fallback when the locale is not UTF-8 -------------------------------------
next_server
tm -f /dev/null new-session -d -s t -x 80 -y 24 \
	"env TERM=xterm-256color LC_ALL=C '$COACH' --home '$L'; echo EXITED \$?; sleep 60"
wait_for ascii-opens ' - week [0-9]* of [0-9]*$'
lacks ascii-no-utf8-rule '─'
keys q
wait_for ascii-quits 'EXITED 0'

finish
