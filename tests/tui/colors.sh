#!/bin/sh
# Readable colours on any theme (issue 16): every coloured cell of the main
# screens, read with capture-pane -e, is measured against xterm's palette by
# contrast.py: 4.5:1 on a known background (COLORFGBG, or the profile's
# interface.colors), 3:1 on both black and white when it is not known.
# Usage: colors.sh COACH
set -u
COACH=$1
TUI_NAME=colors
. "$(dirname "$0")/lib.sh"
CONTRAST="$(dirname "$0")/contrast.py"
# home_for NAME: a new home with one session logged (the charts have something to draw)
home_for() {
	H="$T/home-$1"
	profile "$H" --weekdays mon,thu --minutes 30 --dumbbells 4,6,8 --program gordon-home --start 2026-11-02
	printf 'coach_session: 1\ndate: 2026-11-23\nprogram: gordon-home\nday: A\ncheckin: {mood: 3, energy: 3, anxiety: 2, sleep: 7}\nmood_after: 4\nexercises:\n  - id: goblet-squat\n    slot: goblet-squat\n    sets:\n      - {reps: 10, load: 4, rir: 2}\n' |
		"$COACH" --home "$H" log - >/dev/null
}
grab() { tm capture-pane -e -p -t t >"$T/$1-$2.esc"; }
# screens BG [ENV...]: home, week, progress, check-in, preview, a set, its entry, a rest
screens() {
	bg=$1
	shift
	rm -f "$T"/*.esc
	[ -d "$T/home-$bg" ] || home_for "$bg"
	start 80 24 "$H" "$@"
	wait_for "$bg-home" 'This week' && grab "$bg" home
	keys w
	wait_for "$bg-week" 'Week of' && grab "$bg" week
	keys Escape
	wait_for "$bg-back" 'This week'
	keys p
	wait_for "$bg-progress" 'Strength' && grab "$bg" progress
	keys Escape
	wait_for "$bg-back2" 'This week'
	keys Enter
	wait_for "$bg-checkin" 'How are you today?' && grab "$bg" checkin
	keys 2 2 4 Enter
	wait_for "$bg-preview" 'Enter start' && grab "$bg" preview
	keys Enter
	wait_for "$bg-breathe" 'Slow breathing' && grab "$bg" breathe
	keys Enter
	wait_for "$bg-set" 'set 1 of' && grab "$bg" set
	keys Enter
	wait_for "$bg-log" 'Reps done' && grab "$bg" log
	keys 9 Enter
	wait_for "$bg-rest" 'Rest ' && grab "$bg" rest
	keys q q
	wait_for "$bg-quits" 'EXITED 0'
}
measure() {
	name="contrast-$1"
	if python3 "$CONTRAST" "$2" "$T"/*.esc >"$T/contrast.out"; then ok; else
		fail=$((fail + 1))
		echo "FAIL: $name"
		cat "$T/contrast.out"
	fi
}
screens dark "COLORFGBG='15;0'"
measure dark dark
screens light "COLORFGBG='0;15'"
measure light light
screens unknown
measure unknown unknown
# the profile says which when the terminal does not
home_for profile-light
"$COACH" --home "$H" profile set interface.colors light >/dev/null
screens profile-light
measure profile-light light
# and none means none, as NO_COLOR does
home_for none
"$COACH" --home "$H" profile set interface.colors none >/dev/null
start 80 24 "$H"
wait_for none-home 'This week'
name=profile-colors-none
tm capture-pane -e -p -t t >"$T/none"
if grep -q "$(printf '\033')\[3[0-7]m\|$(printf '\033')\[38;5;" "$T/none"; then bad "colour escapes with interface.colors none"; else ok; fi
keys q
finish
