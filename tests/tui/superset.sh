#!/bin/sh
# Interface test, supersets (issue 19): the low-energy circuit is one superset
# of four exercises done in rounds; the workout goes from a set of one straight
# to a set of the next, and rests only after the round's last.  Usage:
# superset.sh COACH
set -u
COACH=$1
TUI_NAME=tui-superset
. "$(dirname "$0")/lib.sh"

P="$T/circuit"
profile "$P" --level intermediate --weekdays mon,thu --minutes 60 --dumbbells 2,4,6,8,10,12 \
	--program low-energy-circuit --start 2026-11-02
start 80 24 "$P"
wait_for home 'Today: day'
keys Enter
wait_for checkin 'How are you today?'
keys Enter
wait_for preview 'Enter start'
keys Enter
# log_one NAME: the set on screen logged at its target (Enter, and Enter to the question)
log_one() {
	keys Enter
	wait_for "$1-log" 'Reps done'
	keys Enter
	wait_for "$1-asks" 'in reserve? Enter logs it'
	keys Enter
}
for round in 1 2; do
	wait_for "r$round-a" "Goblet squat . set $round of 3"
	wait_for "r$round-a-next" "Superset 1, round $round of 3: next Push-up, no rest"
	log_one "r$round-a"
	# a set of A, then straight to a set of B: no rest screen between
	wait_for "r$round-b" "Push-up . set $round of 3"
	lacks "r$round-no-rest-a" '^ Rest '
	log_one "r$round-b"
	wait_for "r$round-c" "One-arm dumbbell row . set $round of 3"
	lacks "r$round-no-rest-b" '^ Rest '
	log_one "r$round-c"
	wait_for "r$round-d" "Single-leg glute bridge . set $round of 3"
	wait_for "r$round-d-last" "Superset 1, round $round of 3: the round's last, then rest 90 s"
	log_one "r$round-d"
	# the round's last set: then the rest, before the next round's first
	wait_for "r$round-rest" '^ Rest 1:[23]'
	wait_for "r$round-rest-next" "next: Goblet squat, set $((round + 1)) of 3"
	keys Enter
done
wait_for r3-a 'Goblet squat . set 3 of 3'
keys q
wait_for left 'under way: 8 sets in the log'
# taken up again: in round 3, at its first exercise
keys Enter
wait_for resumed 'Goblet squat . set 3 of 3'
wait_for resumed-round 'Superset 1, round 3 of 3: next Push-up, no rest'
keys q
wait_for left-again 'under way: 8 sets in the log'
keys q
wait_for quits 'EXITED 0'
# the log has each set under its own exercise, in the order done
name=log-order
got=$("$COACH" --home "$P" history --format csv | tail -n +2 | cut -d, -f1-6 | wc -l)
if [ "$got" -eq 8 ]; then ok; else bad "$got sets in the log, expected 8"; fi
finish
