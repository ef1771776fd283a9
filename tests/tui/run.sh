#!/bin/sh
# Interface tests: drive the real coach in a private tmux server with
# send-keys and read the screen with capture-pane.  Usage: run.sh COACH
set -u
COACH=$1
T=$(mktemp -d /tmp/coach-tui-XXXXXX)
n=0
SOCK="coach-test-$$-$n"
tm() { tmux -L "$SOCK" "$@"; }
trap 'tm kill-server 2>/dev/null; rm -rf "$T"' EXIT
# each session gets its own server, so a dying one never races a new one
next_server() {
	tm kill-server 2>/dev/null
	n=$((n + 1))
	SOCK="coach-test-$$-$n"
}
pass=0
fail=0
name=""

screen() { tm capture-pane -p -t t >"$T/screen" 2>/dev/null; }
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $name: $*"; echo "--- screen:"; cat "$T/screen"; echo "---"; }
# wait_for NAME TEXT: the screen shows TEXT within 5 seconds
wait_for() {
	name=$1
	i=0
	while [ $i -lt 50 ]; do
		screen
		if grep -q -- "$2" "$T/screen"; then ok; return 0; fi
		sleep 0.1
		i=$((i + 1))
	done
	bad "screen never showed '$2'"
	return 1
}
lacks() {
	name=$1
	screen
	if grep -q -- "$2" "$T/screen"; then bad "screen still shows '$2'"; else ok; fi
}
start() {
	next_server
	tm -f /dev/null new-session -d -s t -x "$1" -y "$2" \
		"env TERM=xterm-256color LC_ALL=C.UTF-8 $3 '$COACH' --home '$T/home'; echo EXITED \$?; sleep 30"
}

# --- browse the catalogue at 80x24 ---------------------------------------------
start 80 24 ""
wait_for opens 'choose a program'
wait_for lists-programs 'Gordon'
wait_for keybar 'q quit'
wait_for first-summary 'resistance bands'
tm send-keys -t t Down
wait_for down-moves 'Barbell sessions\|five sets of five'
tm send-keys -t t j
wait_for vi-keys 'ladders'
tm send-keys -t t Enter
wait_for open-full 'Evidence:'
wait_for full-names-the-program 'coach . First Steps (bodyweight)'
wait_for full-keys 'Esc back'
tm send-keys -t t NPage NPage NPage NPage NPage NPage
wait_for pages-to-the-end ' end '
wait_for last-page-is-not-blank 'Day B'
tm send-keys -t t '?'
wait_for full-help 'Keys: reading a program'
tm send-keys -t t x
tm send-keys -t t Escape
wait_for back-to-list 'choose a program'
tm send-keys -t t '?'
wait_for help 'Keys: choosing a program'
wait_for help-lists-keys 'quit the coach'
tm send-keys -t t x
wait_for help-closes 'q quit'

# --- resize: too small, then large with side-by-side details -------------------
tm resize-window -t t -x 30 -y 8
wait_for too-small 'Terminal too small'
tm resize-window -t t -x 40 -y 12
wait_for minimum-size 'choose a program'
tm resize-window -t t -x 120 -y 40
wait_for large-side-by-side 'Band Basics.*First Steps (bodyweight)'
wait_for large-days 'Day A'
tm resize-window -t t -x 80 -y 24
wait_for back-to-80 'choose a program'
wait_for narrow-details-below 'Needs: bodyweight'
lacks narrow-not-side-by-side 'Band Basics.*First Steps (bodyweight)'

# --- quit -----------------------------------------------------------------------
tm send-keys -t t q
wait_for quits 'EXITED 0'

# --- a broken program of the user's own is reported on screen ----------------------
mkdir -p "$T/home/data/programs"
printf 'coach_program: 1\nid: broken\n' >"$T/home/data/programs/broken.yaml"
start 80 24 ""
wait_for own-problems 'problems in your own program files'
tm send-keys -t t q
wait_for own-problems-quits 'EXITED 0'
rm -rf "$T/home/data/programs"

# --- NO_COLOR: no colour escapes on screen ---------------------------------------
start 80 24 "NO_COLOR=1"
wait_for no-color-opens 'choose a program'
name=no-color
tm capture-pane -e -p -t t >"$T/esc"
if grep -q "$(printf '\033')\[3[0-7]m\|$(printf '\033')\[38;5;" "$T/esc"; then bad "colour escapes with NO_COLOR"; else ok; fi
tm send-keys -t t q
wait_for no-color-quits 'EXITED 0'

# --- colour is used when allowed ---------------------------------------------------
start 80 24 ""
wait_for color-opens 'choose a program'
name=color
tm capture-pane -e -p -t t >"$T/esc"
if grep -q "$(printf '\033')\[3[0-7]m\|$(printf '\033')\[38;5;\|$(printf '\033')\[1;3" "$T/esc"; then ok; else bad "no colour escapes"; fi

# --- SIGTERM and Ctrl-C leave a clean exit ------------------------------------------
tm send-keys -t t C-c
wait_for ctrl-c-quits 'EXITED'

# --- ASCII fallback when the locale is not UTF-8 ------------------------------------
next_server
tm -f /dev/null new-session -d -s t -x 80 -y 24 \
	"env TERM=xterm-256color LC_ALL=C '$COACH' --home '$T/home'; echo EXITED \$?; sleep 30"
wait_for ascii-opens 'coach - choose a program'
wait_for ascii-keys 'Up/Dn choose'
tm send-keys -t t q
wait_for ascii-quits 'EXITED 0'

echo "tui: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
