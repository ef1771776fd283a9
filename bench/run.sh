#!/bin/sh
# make bench: build for speed, generate a large catalogue and a ten-year log,
# and print every figure of issue 6 as a ratio measured in this run.
# Usage: run.sh BUILD_DIR  (a release build with bench/ and the coach in it)
set -eu
B=$1
COACH=$B/coach
W=$B/bench-data
rm -rf "$W"
mkdir -p "$W"
today=2026-11-26
export COACH_TODAY=$today
month_ago=$(date -u -d "$today - 30 days" +%F)
SRC=$(cd "$(dirname "$0")/.." && pwd)

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo

# --- the catalogue against the floor, at 10, 100 and 1,000 programs ----------------
for n in 10 100 1000; do
	"$B/bench/bench-gen" catalog "$W/cat$n" "$n" 500 >/dev/null
done
for n in 10 100 1000; do
	echo "== $n programs, 500 exercises"
	"$B/bench/bench-load" "$W/cat$n" 15
done
echo "the floor on its own:"
"$B/bench/yaml_floor" "$W/cat1000" 7
echo

# --- commands with a ten-year log against an empty one --------------------------------
"$B/bench/bench-gen" log "$W/home10" "$SRC/programs" 10
"$B/bench/bench-gen" log "$W/home1" "$SRC/programs" 1
mkdir -p "$W/home0/config"
cp "$W/home10/config/profile.yaml" "$W/home0/config/"

# best of N wall-clock milliseconds of a command
best() {
	n=$1
	shift
	b=999999
	i=0
	while [ $i -lt "$n" ]; do
		t0=$(date +%s%N)
		"$@" >/dev/null 2>&1
		t1=$(date +%s%N)
		t=$(((t1 - t0) / 1000))
		[ $t -lt $b ] && b=$t
		i=$((i + 1))
	done
	echo "$b"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

printf "%-34s %10s %10s %10s %7s\n" "command" "empty" "1 year" "10 years" "ratio"
for cmd in "today" "plan" "history --from $month_ago"; do
	e=$(best 9 "$COACH" --home "$W/home0" $cmd)
	o=$(best 9 "$COACH" --home "$W/home1" $cmd)
	t=$(best 9 "$COACH" --home "$W/home10" $cmd)
	printf "%-34s %8.1fms %8.1fms %8.1fms %7s\n" "coach $cmd" "$(echo "$e / 1000" | bc -l)" \
		"$(echo "$o / 1000" | bc -l)" "$(echo "$t / 1000" | bc -l)" "$(ratio "$t" "$e")"
done
echo "(target: 10 years / empty 1.5 or less)"
echo

# --- the interface: first frame and redraws, at ten years ---------------------------------
if command -v tmux >/dev/null; then
	for h in home0 home10; do
		rm -f "$W/frames-$h"
		tmux -L coach-bench -f /dev/null new-session -d -s b -x 100 -y 40 \
			"env TERM=xterm-256color LC_ALL=C.UTF-8 COACH_TODAY=$today COACH_BENCH_OUT='$W/frames-$h' '$COACH' --home '$W/$h'"
		i=0
		while [ ! -s "$W/frames-$h" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
		sleep 0.2
		tmux -L coach-bench kill-server 2>/dev/null || true
	done
	echo "interface, 100x40          empty log   10-year log   (target: redraw under 2 ms)"
	for k in first_frame_ms redraw_home_ms redraw_week_ms redraw_progress_ms; do
		printf "  %-24s %9s %13s\n" "$k" "$(awk -v k=$k '$1 == k { print $2 }' "$W/frames-home0")" \
			"$(awk -v k=$k '$1 == k { print $2 }' "$W/frames-home10")"
	done
	echo
fi

# --- peak resident memory at scale ---------------------------------------------------------
echo "peak resident memory (1,000 programs, 10-year log; target under 32 MB)"
rss() {
	/usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1
}
P="--programs $W/cat1000"
for cmd in "programs" "validate $W/cat1000" "today" "plan" "history --from $month_ago" \
	"history" "export --format yaml" "log $SRC/tests/data/good/session-two-documents.yaml"; do
	kb=$(rss "$COACH" --home "$W/home10" $P $cmd)
	printf "  %-44s %6.1f MB\n" "coach $cmd" "$(echo "$kb / 1024" | bc -l)"
done
