# tests/tui/lib.sh - the harness every interface test sources: the real coach
# in a private tmux server, keys sent with send-keys, the screen read with
# capture-pane.  Set COACH (the binary) and TUI_NAME (a word for the temp
# directory and the tmux socket) before sourcing.
T=$(mktemp -d "/tmp/coach-$TUI_NAME-XXXXXX")
n=0
SOCK="coach-$TUI_NAME-$$-$n"
tm() { tmux -L "$SOCK" "$@"; }
trap 'tm kill-server 2>/dev/null; rm -rf "$T"' EXIT
# each session gets its own server, so a dying one never races a new one
next_server() {
	tm kill-server 2>/dev/null
	n=$((n + 1))
	SOCK="coach-$TUI_NAME-$$-$n"
}
pass=0
fail=0
name=""
export COACH_TODAY="${COACH_TODAY:-2026-11-26}"

screen() { tm capture-pane -p -t t >"$T/screen" 2>/dev/null; }
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $name: $*"; echo "--- screen:"; cat "$T/screen"; echo "---"; }
# wait_for NAME TEXT: the screen shows TEXT within 5 seconds (wait_long: 20)
wait_tenths=50
wait_for() {
	name=$1
	i=0
	while [ $i -lt "$wait_tenths" ]; do
		screen
		if grep -q -- "$2" "$T/screen"; then ok; return 0; fi
		sleep 0.1
		i=$((i + 1))
	done
	bad "screen never showed '$2'"
	return 1
}
wait_long() {
	wait_tenths=200
	wait_for "$@"
	r=$?
	wait_tenths=50
	return $r
}
# lacks NAME TEXT: the screen does not show TEXT now
lacks() {
	name=$1
	screen
	if grep -q -- "$2" "$T/screen"; then bad "screen still shows '$2'"; else ok; fi
}
# check NAME COMMAND...: the command succeeds
check() {
	name=$1
	shift
	if "$@"; then ok; else bad "failed: $*"; fi
}
keys() { tm send-keys -t t "$@"; sleep 0.15; }
# start COLS ROWS HOME [ENV...]
start() {
	next_server
	cols=$1 rows=$2 home=$3
	shift 3
	tm -f /dev/null new-session -d -s t -x "$cols" -y "$rows" \
		"env TERM=xterm-256color LC_ALL=C.UTF-8 $* '$COACH' --home '$home'; echo EXITED \$?; sleep 60"
}
# a profile made with the command line: profile HOME [profile init options...]
profile() {
	h=$1
	shift
	"$COACH" --home "$h" profile init --parq no,no,no,no,no,no,no "$@" >/dev/null
}
finish() {
	echo "$TUI_NAME: $pass passed, $fail failed"
	[ "$fail" -eq 0 ]
}
