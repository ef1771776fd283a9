#!/bin/sh
# Text from outside drawn by the interface goes through the command line's
# filter (termsafe): a name in the log holding an OSC title sequence, a
# colour escape and a bidi override shows on the Progress screen as visible
# text (\x1b]0;..., <U+202E>), and the terminal obeys none of it (the pane's
# title is not set).  The name is put into the log as a damaged or edited
# log could hold it: an exercise the catalogue does not have, shown by its
# name as the log holds it.  Usage: termsafe.sh COACH
set -u
COACH=$1
T=$(mktemp -d /tmp/coach-tui-termsafe-XXXXXX)
S="coach-tui-termsafe-$$"
trap 'tmux -L "$S" kill-server 2>/dev/null; rm -rf "$T"' EXIT
export COACH_TODAY=2026-11-26
H="$T/home"
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
"$COACH" --home "$H" profile init --parq no,no,no,no,no,no,no --dumbbells 4,6,8 \
	--program gordon-home --start 2026-10-05 >/dev/null || bad "profile init"
cat >"$T/s.yaml" <<'YAML'
coach_session: 1
date: 2026-11-23
exercises:
  - id: goblet-squat
    sets:
      - {reps: 10, load: 8, rir: 2}
YAML
"$COACH" --home "$H" log "$T/s.yaml" >/dev/null || bad "log"
name=$(printf 'Evil\033]0;PWNED\007\033[31mRed\342\200\256Back')
sqlite3 "$H/data/coach.db" "UPDATE set_log SET exercise = '$name'" || bad "sqlite3"
pane() { tmux -L "$S" capture-pane -p -t t 2>/dev/null; }
wait_for() { # wait_for PATTERN: up to 10 s
	i=0
	while [ $i -lt 200 ] && ! pane | grep -qF -- "$1"; do
		sleep 0.05
		i=$((i + 1))
	done
	pane | grep -qF -- "$1"
}
tmux -L "$S" -f /dev/null new-session -d -s t -x 100 -y 40 \
	"env TERM=xterm-256color LC_ALL=C.UTF-8 '$COACH' --home '$H'; sleep 30"
tmux -L "$S" set -g set-titles off >/dev/null 2>&1
wait_for 'p progress' || bad "home screen: $(pane | head -5)"
tmux -L "$S" send-keys -t t p
if wait_for 'Evil\x1b]0;PWNED\x07\x1b[31mRed<U+202E>Back'; then ok; else
	bad "the name is not shown as visible text: $(pane | grep -i evil)"
fi
title=$(tmux -L "$S" display -p -t t '#{pane_title}')
if [ "$title" != PWNED ]; then ok; else bad "the pane title was set by the name"; fi
tmux -L "$S" send-keys -t t q
sleep 0.3
tmux -L "$S" send-keys -t t q
echo "tui termsafe: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
