#!/bin/sh
# Every screen on a small terminal (issue 16): at 40x12 (and 60x18) each
# screen is reached in the real coach, and on each no line is wider than the
# terminal, the rule above the key bar is whole, the key bar names how to
# go on or back and help; and q does on each screen what its help says:
# it quits, except in a workout (q leaves it for later, at Home) and on
# who to call and its pages (q goes back; it never quits from there).
# Usage: small.sh COACH
set -u
COACH=$1
TUI_NAME=small
. "$(dirname "$0")/lib.sh"

# fits NAME WANT...: the screen at $W x $H: no line wider, the rule above the
# key bar whole (a list may say "more" or "end" on it), and the key bar names
# each WANT (a key label such as 'Enter' or 'Esc') and '? help' or 'q '
fits() {
	name="$W-$1"
	shift
	screen
	why=$(python3 - "$T/screen" "$W" "$H" "$@" <<'EOF'
import sys
path, w, h, want = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
lines = open(path, encoding="utf-8").read().split("\n")
if lines and lines[-1] == "":
    lines.pop()
lines += [""] * (h - len(lines))
bad = [f"line {i + 1} is {len(l)} wide" for i, l in enumerate(lines) if len(l) > w]
rule = lines[h - 2].replace(" more ", "").replace(" end ", "")
if len(lines[h - 2]) != w or set(rule) - set("─-"):
    bad.append(f"the rule above the key bar is not whole: '{lines[h - 2]}'")
bar = lines[h - 1]
if not bar.startswith(" ") or not ("? help" in bar or "q " in bar or "F1 " in bar):
    bad.append(f"the key bar is not a key bar: '{bar}'")
for k in want:
    if k not in bar:
        bad.append(f"the key bar does not name '{k}': '{bar}'")
print("; ".join(bad))
EOF
	)
	if [ -z "$why" ]; then ok; else bad "$why"; fi
}
# q NAME TEXT: q, then the screen shows TEXT (EXITED 0 when it quits)
q() {
	keys q
	wait_for "$W-q-$1" "$2"
}

tour() {
	W=$1 H=$2
	P="$T/p-$W"
	profile "$P" --weekdays mon,thu --minutes 30 --dumbbells 4,6,8 --program gordon-home \
		--start 2026-11-09
	F="$T/first-$W"
	# --- first run ---------------------------------------------------------------
	start "$W" "$H" "$F"
	wait_for "$W-welcome" 'Welcome to coach'
	fits welcome Enter
	q welcome 'EXITED 0'
	start "$W" "$H" "$F"
	wait_for "$W-welcome2" 'Welcome to coach'
	keys Enter
	wait_for "$W-parq" 'Health questions . 1 of 8'
	wait_for "$W-parq-question" 'pressure?'
	fits parq
	# the rest of the text scrolls into view
	keys Down Down Down Down Down
	wait_for "$W-parq-down" 'records it'
	fits parq-down
	keys n
	wait_for "$W-parq2" 'Health questions . 2 of 8'
	# q quits; the answer given is there at the next start
	q parq 'EXITED 0'
	start "$W" "$H" "$F"
	wait_for "$W-parq-kept" 'Health questions . 2 of 8'
	keys n n n n n n n
	wait_for "$W-setup" 'About you'
	fits setup Enter
	# every line can be reached: the last one scrolls into view
	keys Up
	wait_for "$W-setup-age" 'Age (if you'
	fits setup-age Enter
	keys Down Down Down
	wait_for "$W-setup-days" 'Left and right choose a day'
	fits setup-days Enter Esc
	# the Days line follows the arrows to Sunday
	keys Right Right Right Right Right Right
	wait_for "$W-setup-sun" 'Sun'
	q setup 'EXITED 0'

	# --- home and what it opens --------------------------------------------------
	start "$W" "$H" "$P"
	wait_for "$W-home" 'Today: day A'
	fits home Enter
	q home 'EXITED 0'
	for s in c:'Programs that fit you':Enter w:'Week of':Esc p:'Progress':Esc \
		b:'choose a program':Enter s:'A short questionnaire':Esc \
		a:'Aerobic minutes today':Enter:Esc; do
		key=${s%%:*}
		rest=${s#*:}
		text=${rest%%:*}
		want=$(echo "${rest#*:}" | tr : ' ')
		start "$W" "$H" "$P"
		wait_for "$W-home-$key" 'Today: day A'
		keys "$key"
		wait_for "$W-$key" "$text"
		# shellcheck disable=SC2086 # the keys wanted, one word each
		fits "$key" $want
		q "$key" 'EXITED 0'
	done
	# a program in full, a questionnaire's question
	start "$W" "$H" "$P"
	wait_for "$W-home-b2" 'Today: day A'
	keys b Enter
	wait_for "$W-browse-full" 'Needs:'
	fits browse-full Esc
	q browse-full 'EXITED 0'
	start "$W" "$H" "$P"
	wait_for "$W-home-s2" 'Today: day A'
	keys s Enter
	wait_for "$W-question" 'Over the last 2 weeks'
	# the count, the question and all four answers, whatever the size
	wait_for "$W-question-count" 'question 1 of 2'
	wait_for "$W-question-item" 'Little interest or pleasure'
	wait_for "$W-question-answers" '3  nearly every day'
	fits question Esc
	q question 'EXITED 0'
	# the longest question (PHQ-9's 8th) is whole: Down reads on where it
	# needs more lines than there are, the four answers stay in sight
	start "$W" "$H" "$P"
	wait_for "$W-home-s3" 'Today: day A'
	keys s Down Down Enter 0 0 0 0 0 0 0
	wait_for "$W-question-8" 'question 8 of 9'
	wait_for "$W-question-8-start" 'Moving or speaking so slowly'
	wait_for "$W-question-8-answers" '3  nearly every day'
	fits question-8 Esc
	keys Down Down
	wait_for "$W-question-8-end" 'than usual$'
	wait_for "$W-question-8-answers-end" '3  nearly every day'
	lacks "$W-question-8-no-more" 'more: Down'
	fits question-8-end Esc
	q question-8 'EXITED 0'

	# --- who to call and its pages: q goes back, never quits ------------------------
	start "$W" "$H" "$P"
	wait_for "$W-home-h" 'Today: day A'
	keys h
	wait_for "$W-crisis" 'Please read this first'
	fits crisis Enter
	q crisis 'Today: day A'
	keys h p
	wait_for "$W-safety" 'Your safety plan'
	fits safety Esc
	# the row above "more below" is a row of the list, never drawn over
	# (each row wrapped whole: its number too)
	keys Down Down Down
	wait_for "$W-safety-row-kept" '+ Someone I trust'
	wait_for "$W-safety-row-whole" '07700 900123")$'
	# while one is written, it stays in sight above the editor, whose
	# prompt is whole, and F1 (who to call) stays on the key bar
	keys Enter
	wait_for "$W-safety-edit" '> _'
	wait_for "$W-safety-edit-row" '+ Someone I trust'
	wait_for "$W-safety-edit-prompt" '900123")$'
	fits safety-edit Esc F1
	keys Escape
	q safety 'Please read this first'
	keys i
	wait_for "$W-about" 'What the coach can and cannot do'
	fits about Enter
	q about 'Please read this first'
	q crisis-again 'Today: day A'

	# --- a workout: check-in to the end ---------------------------------------------
	start "$W" "$H" "$P"
	wait_for "$W-home-w" 'Today: day A'
	keys Enter
	wait_for "$W-checkin" 'How are you today?'
	# the instruction is a whole sentence, every question in sight under it
	wait_for "$W-checkin-said" 'not a diagnosis\.$'
	wait_for "$W-checkin-all" 'Soreness'
	fits checkin
	q checkin 'EXITED 0'
	start "$W" "$H" "$P"
	wait_for "$W-home-w2" 'Today: day A'
	keys Enter 3 3 5 Enter
	wait_for "$W-preview" 'adjusted for you'
	fits preview Enter
	q preview 'EXITED 0'
	# a very bad day: the kind words have room to be read, a page at a
	# time (PgDn), the short session with them; an exercise still in sight
	B="$T/bad-$W"
	profile "$B" --weekdays mon,thu --minutes 30 --dumbbells 4,6,8 --program gordon-home \
		--start 2026-11-09
	start "$W" "$H" "$B"
	wait_for "$W-home-bad" 'Today: day A'
	keys Enter 1 1 5 4 Enter
	wait_for "$W-bad-kind" 'Today sounds hard'
	wait_for "$W-bad-kind-page" '10-minute'
	wait_for "$W-bad-exercise" 'Goblet squat'
	[ "$W" -lt 60 ] && keys NPage
	wait_for "$W-bad-kind-end" 'nothing counts against you'
	wait_for "$W-bad-short" 'm: the short session'
	fits preview-bad Enter
	q preview-bad 'EXITED 0'
	start "$W" "$H" "$P"
	wait_for "$W-home-w3" 'Today: day A'
	keys Enter 3 3 5 Enter Enter
	wait_for "$W-breathe" 'Slow breathing before you start'
	fits breathe Enter
	q breathe 'EXITED 0'
	start "$W" "$H" "$P"
	wait_for "$W-home-w4" 'Today: day A'
	keys Enter 3 3 3 Enter Enter
	wait_for "$W-set" 'set 1 of'
	fits set Enter
	keys x
	wait_for "$W-swap" 'Swap Goblet squat for'
	fits swap Enter
	keys Escape
	wait_for "$W-set-again" 'set 1 of'
	keys Enter
	wait_for "$W-logset" 'Reps done'
	# the load and the hint are whole
	wait_for "$W-logset-load" 'at 4 kg'
	wait_for "$W-logset-hint" 'asks first\.$\|then Enter\.$'
	fits logset Enter Esc
	keys 1 0 Enter
	wait_for "$W-rest" 'Rest'
	fits rest Enter
	# q leaves the workout for later: at Home, and Enter takes it up again
	q rest 'Saved. Enter takes'
	# Home says, in a whole sentence, that the session is under way
	wait_for "$W-under-way" '\(goes on\|left off\)\.$'
	keys Enter
	wait_for "$W-set-2" 'set 2 of'
	q set 'Saved. Enter takes'
	keys Enter
	wait_for "$W-set-2-again" 'set 2 of'
	keys Enter
	wait_for "$W-logset-2" 'Reps done'
	q logset 'Saved. Enter takes'
	keys Enter
	wait_for "$W-set-2-resumed" 'set 2 of'
	keys e e
	wait_for "$W-finish" 'Well done'
	fits finish
	q finish 'EXITED 0'

	# --- the next day: the week, and the past day's sets -------------------------------
	start "$W" "$H" "$P" COACH_TODAY=2026-11-27
	wait_for "$W-home-27" 'coach'
	keys w
	wait_for "$W-week" 'Week of'
	fits week Esc
	keys Up
	keys Enter
	wait_for "$W-day" 'the sets'
	fits day Esc
	q day 'EXITED 0'
}

tour 40 12
tour 60 18
finish
