#!/usr/bin/env bash
# The terminal after every signal that ends a process by default: the
# interface is started in tmux, the signal is sent to it, and the shell that
# started it must find its terminal as it left it: the same stty settings,
# the alternate screen off, the cursor shown, the exit status 128 + signal.
# Usage: signals.sh COACH
set -u
COACH=$1
T=$(mktemp -d /tmp/coach-signals-XXXXXX)
SOCK="coach-signals-$$"
S=$SOCK
trap 'tmux -L "$S" kill-server 2>/dev/null; rm -rf "$T"' EXIT
export COACH_TODAY=2030-01-01
H="$T/home"
"$COACH" --home "$H" profile init --parq no,no,no,no,no,no,no --dumbbells 4,6,8 --program gordon-home --start 2026-01-05 >/dev/null
pass=0
fail=0
# KILL and STOP cannot be caught; TSTP, TTIN and TTOU stop, and WINCH, CHLD,
# URG and CONT are ignored by default: every other signal ends the process.
sigs="HUP INT QUIT ILL TRAP ABRT BUS FPE USR1 SEGV USR2 PIPE ALRM TERM STKFLT XCPU XFSZ VTALRM PROF IO PWR SYS"
rt=$(kill -l RTMIN)
rtmax=$(kill -l RTMAX)
while [ "$rt" -le "$rtmax" ]; do
	sigs="$sigs $rt"
	rt=$((rt + 1))
done
pane() { tmux -L "$S" capture-pane -p -t t 2>/dev/null; }
wait_for() { # wait_for PATTERN: up to 5 s
	local i=0
	while [ $i -lt 100 ] && ! pane | grep -q "$1"; do
		sleep 0.05
		i=$((i + 1))
	done
}
n=0
for sig in $sigs; do
	case $sig in
	[0-9]*) num=$sig name="terminal-after-signal-$sig" ;;
	*) num=$(kill -l "$sig") name="terminal-after-SIG$sig" ;;
	esac
	rm -f "$T/pid" "$T/before" "$T/after"
	S="$SOCK-$num" # a server of its own, so none races the last one's exit
	tmux -L "$S" -f /dev/null new-session -d -s t -x 80 -y 24 \
		"ulimit -c 0; stty -g >'$T/before'; sh -c 'echo \$\$ >\"$T/pid\"; exec env TERM=xterm-256color LC_ALL=C.UTF-8 \"$COACH\" --home \"$H\"'; echo EXITED \$?; stty -g >'$T/after'; echo SHELL-BACK; sleep 30"
	wait_for 'This week\|Today'
	alt_before=$(tmux -L "$S" display -p -t t '#{alternate_on}')
	kill "-$num" "$(cat "$T/pid")" 2>/dev/null
	wait_for SHELL-BACK
	state=$(tmux -L "$S" display -p -t t 'alt=#{alternate_on} cursor=#{cursor_flag}')
	exited=$(pane | sed -n 's/^EXITED //p')
	if [ "$alt_before" = 1 ] && [ "$state" = "alt=0 cursor=1" ] && [ -s "$T/after" ] &&
		cmp -s "$T/before" "$T/after" && [ "$exited" = $((128 + num)) ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: $name: before alt=$alt_before; after $state, exit '$exited' (want $((128 + num))), stty $(cat "$T/before" 2>/dev/null) -> $(cat "$T/after" 2>/dev/null)"
	fi
	n=$((n + 1))
	tmux -L "$S" kill-server 2>/dev/null
done
echo "signals: $n signals, $pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$n" -ge 50 ]
