#!/bin/sh
# make bench: build for speed, generate a large catalogue and a ten-year log,
# and print every figure of issues 6 and 15 as a ratio (or a bound) measured
# in this run.
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
# the person logs yesterday's session, as they do after each one: coach log
# (like the interface) keeps the replay checkpoint the reading commands
# start from, which a log written by bench-gen straight into SQLite lacks
yesterday=$(date -u -d "$today - 1 day" +%F)
printf 'coach_session: 1\ndate: %s\nexercises:\n  - id: goblet-squat\n    sets: [{reps: 10, load: 8}, {reps: 10, load: 8}]\n' \
	"$yesterday" >"$W/yesterday.yaml"
for y in 1 10; do
	"$COACH" --home "$W/home$y" log --replace "$W/yesterday.yaml" >/dev/null
done

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
# yesterday logged with this catalogue: its checkpoint is for these files
"$COACH" --home "$W/home10" $P log --replace "$W/yesterday.yaml" >/dev/null
for cmd in "programs" "validate $W/cat1000" "today" "plan" "history --from $month_ago" \
	"history" "export --format yaml" "log $SRC/tests/data/good/session-two-documents.yaml"; do
	kb=$(rss "$COACH" --home "$W/home10" $P $cmd)
	printf "  %-44s %6.1f MB\n" "coach $cmd" "$(echo "$kb / 1024" | bc -l)"
done
echo

# --- linear at any size (issue 15): each a ratio or a bound measured here ------------------
# CPU seconds (user + system) of a command: the process's own work, which
# other load on the machine changes less than the wall clock
cpu() {
	/usr/bin/time -f '%U %S' "$@" 2>&1 >/dev/null | tail -n 1 | awk '{ printf "%.3f", $1 + $2 }'
}
end=$(date -u -d "$today" +%s)
awk -v n=310 -v end="$end" -f "$SRC/bench/sessions.awk" >"$W/log-1y.yaml"
awk -v n=3100 -v end="$end" -f "$SRC/bench/sessions.awk" >"$W/log-10y.yaml"
# a new home whose program started with the file $1
log_home() {
	h="$W/loghome"
	rm -rf "$h"
	"$COACH" --home "$h" profile init --weekdays mon,tue,wed,thu,fri,sat --minutes 60 \
		--dumbbells 2,4,6,8,10,12,14,16,18,20 --program gordon-home >/dev/null
	"$COACH" --home "$h" profile set start "$(sed -n 's/^date: //p' "$1" | head -n 1)" >/dev/null
}
# best of 3, each into a new home
log_cpu() {
	b=999999
	for i in 1 2 3; do
		log_home "$1"
		t=$(cpu "$COACH" --home "$h" log "$1")
		b=$(awk -v a="$t" -v b="$b" 'BEGIN { print (a < b ? a : b) }')
	done
	echo "$b"
}
l1=$(log_cpu "$W/log-1y.yaml")
l10=$(log_cpu "$W/log-10y.yaml")
echo "coach log of one file, CPU s   1 year (310 sessions, 6,200 sets)   10 years (3,100, 62,000)   ratio"
printf "  %-29s %10s %27s %14s  (target 12 or less; linear is 10)\n" "" "$l1" "$l10" "$(ratio "$l10" "$l1")"
# peak memory of the same two files (each into a new home): a file is read one
# session at a time, so ten times the sessions should not take more memory
log_rss() {
	log_home "$1"
	rss "$COACH" --home "$h" log "$1"
}
r1=$(log_rss "$W/log-1y.yaml")
r10=$(log_rss "$W/log-10y.yaml")
echo "coach log of one file, peak MB  1 year                              10 years                  ratio"
printf "  %-29s %10.1f %27.1f %14s  (target 1.1 or less: memory does not grow with the file)\n" "" \
	"$(echo "$r1 / 1024" | bc -l)" "$(echo "$r10 / 1024" | bc -l)" "$(ratio "$r10" "$r1")"

awk -v rows=900000 -f "$SRC/bench/strong.awk" >"$W/strong-900k.csv"
h="$W/importhome"
rm -rf "$h"
"$COACH" --home "$h" profile init --weekdays mon,thu --minutes 30 --dumbbells 4,6,8 \
	--program gordon-home >/dev/null
kb=$( (/usr/bin/time -f '%M' "$COACH" --home "$h" import "$W/strong-900k.csv" >"$W/import.out") 2>&1 | tail -n 1)
printf "coach import of 900,000 rows (%s MB): %s\n" \
	"$(awk -v b="$(stat -c %s "$W/strong-900k.csv")" 'BEGIN { printf "%.1f", b / 1e6 }')" "$(cat "$W/import.out")"
printf "  peak resident memory %.1f MiB  (target under 64 MiB)\n" "$(echo "$kb / 1024" | bc -l)"

# instructions, not time: callgrind counts what each runs, whatever the machine does
if ! command -v valgrind >/dev/null; then
	apt-get install -y -qq valgrind >/dev/null 2>&1 || true
fi
if command -v valgrind >/dev/null; then
	cg() { # cg OUT FUNCTION...: instructions inside the functions, one load of cat1000
		out=$1
		shift
		toggles=""
		for f in "$@"; do toggles="$toggles --toggle-collect=$f"; done
		# shellcheck disable=SC2086
		valgrind --tool=callgrind --callgrind-out-file="$out" $toggles \
			"$B/bench/bench-load" "$W/cat1000" 1 >/dev/null 2>&1
		sed -n 's/^totals: *//p' "$out"
	}
	fl=$(cg "$W/cg.floor" floor_walk)
	ci=$(cg "$W/cg.coach" catalog_add_dir catalog_check)
	echo "catalogue of 1,000 programs, instructions (callgrind)"
	printf "  libyaml floor %6.1f M   coach load and validate %6.1f M   ratio %s  (target 1.3 or less)\n" \
		"$(echo "$fl / 1000000" | bc -l)" "$(echo "$ci / 1000000" | bc -l)" "$(ratio "$ci" "$fl")"
else
	echo "catalogue in instructions: skipped (valgrind is not installed and could not be)"
fi
