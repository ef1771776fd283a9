#!/bin/sh
# The replay checkpoint (each slot's progression replayed up to a session,
# kept in the log) never changes what the coach says: a log written one
# session at a time, then corrected far back (a session replaced, a date
# deleted) and moved to another program, prescribes exactly what a fresh
# home given the final sessions at once prescribes, and what the same log
# says with its checkpoint taken away.
. "$(dirname "$0")/lib.sh"
export COACH_TODAY=2026-11-27 # a Friday, a training day

home() {
	"$COACH" --home "$1" profile init --weekdays mon,wed,fri --minutes 60 \
		--dumbbells 4,6,8,10,12,14,16,18 --program gordon-home >/dev/null &&
		"$COACH" --home "$1" profile set start 2026-10-05 >/dev/null
}
# session DATE I [LOAD_EXTRA]: day I of the script, as a file of its own
session() {
	r=$((8 + $2 % 5))
	l=$((6 + ($2 / 4) * 2 + ${3:-0}))
	echo "coach_session: 1"
	echo "date: $1"
	[ $(($2 % 5)) -eq 3 ] && echo "checkin: {mood: 2, energy: 2, anxiety: 5, sleep: 5}"
	echo "exercises:"
	for x in goblet-squat dumbbell-floor-press dumbbell-row; do
		echo "  - {id: $x, sets: [{reps: $r, load: $l, rir: 2}, {reps: $((r - 1)), load: $l, rir: $(($2 % 3))}]}"
	done
}
home "$T/a"
home "$T/b"
: >"$T/all.yaml"
i=0
d=$(date -u -d 2026-10-05 +%s)
end=$(date -u -d 2026-11-25 +%s)
while [ "$d" -le "$end" ]; do
	day=$(date -u -d "@$d" +%F)
	case $(date -u -d "@$d" +%u) in
	1 | 3 | 5)
		session "$day" $i >"$T/s-$day.yaml"
		"$COACH" --home "$T/a" log "$T/s-$day.yaml" >/dev/null 2>>"$T/log-err" ||
			echo "$day refused" >>"$T/log-err"
		i=$((i + 1))
		;;
	esac
	d=$((d + 86400))
done
name=logged-one-by-one
if [ ! -s "$T/log-err" ]; then ok; else bad "$(head -3 "$T/log-err")"; fi
if command -v sqlite3 >/dev/null; then
	name=checkpoint-kept
	n=$(sqlite3 "$T/a/data/coach.db" "SELECT through FROM replay_checkpoint")
	want=$(($(date -u -d 2026-11-25 +%s) / 86400))
	if [ "$n" = "$want" ]; then ok; else bad "checkpoint through '$n', expected $want"; fi
fi

# corrections on or before the checkpoint: 2026-11-23 done much heavier,
# then 2026-11-25 (the checkpoint's last session) and 2026-10-21 deleted
session 2026-11-23 20 6 >"$T/s-2026-11-23.yaml"
run replace 0 "$COACH" --home "$T/a" log --replace "$T/s-2026-11-23.yaml"
for day in 2026-11-25 2026-10-21; do
	run "delete $day" 0 "$COACH" --home "$T/a" delete $day --yes
	rm "$T/s-$day.yaml"
done
for f in "$T"/s-*.yaml; do
	[ -s "$T/all.yaml" ] && echo --- >>"$T/all.yaml"
	cat "$f" >>"$T/all.yaml"
done
run fresh 0 "$COACH" --home "$T/b" log "$T/all.yaml"

# same COMMAND...: the two homes (and a without its checkpoint) say the same
same() {
	name="same: $*"
	"$COACH" --home "$T/a" "$@" >"$T/out-a" 2>&1
	"$COACH" --home "$T/b" "$@" >"$T/out-b" 2>&1
	if cmp -s "$T/out-a" "$T/out-b"; then ok; else bad "$(diff "$T/out-a" "$T/out-b" | head -8)"; fi
	if command -v sqlite3 >/dev/null; then
		rm -rf "$T/c"
		cp -r "$T/a" "$T/c"
		sqlite3 "$T/c/data/coach.db" "DELETE FROM replay_checkpoint"
		"$COACH" --home "$T/c" "$@" >"$T/out-c" 2>&1
		name="same without the checkpoint: $*"
		if cmp -s "$T/out-a" "$T/out-c"; then ok; else bad "$(diff "$T/out-a" "$T/out-c" | head -8)"; fi
	fi
}
same today
cp "$T/out-a" "$T/today-a"
name=today-has-loads
if grep -qi "goblet squat" "$T/today-a" && grep -q " kg" "$T/today-a"; then ok; else bad "no goblet squat load: $(cat "$T/today-a")"; fi
same today --format yaml
same plan

# the profile changes: its checkpoint is no longer used
for h in a b; do "$COACH" --home "$T/$h" profile set equipment.dumbbells 4,6,8,10,12 >/dev/null; done
same today
for h in a b; do "$COACH" --home "$T/$h" profile set program barbell-5x5 >/dev/null; done
same today
# two years in one file: coach log folds the older sessions as it goes, and
# the checkpoint it keeps at the end prescribes what no checkpoint does
end=$(date -u -d "$COACH_TODAY" +%s)
awk -v n=620 -v end="$end" -f "$SRC/bench/sessions.awk" >"$T/two-years.yaml"
for h in a b; do
	rm -rf "${T:?}/$h"
	"$COACH" --home "$T/$h" profile init --weekdays mon,tue,wed,thu,fri,sat --minutes 60 \
		--dumbbells 2,4,6,8,10,12,14,16,18,20 --program gordon-home >/dev/null
	"$COACH" --home "$T/$h" profile set start "$(sed -n 's/^date: //p' "$T/two-years.yaml" | head -n 1)" >/dev/null
done
name=two-years-logged
if "$COACH" --home "$T/a" log "$T/two-years.yaml" >"$T/out" 2>&1 && grep -q "Logged 620 sessions" "$T/out"; then ok; else bad "$(head -3 "$T/out")"; fi
name=two-years-checkpoint-kept
if ! command -v sqlite3 >/dev/null || [ "$(sqlite3 "$T/a/data/coach.db" "SELECT count(*) FROM replay_checkpoint")" = 1 ]; then ok; else bad "no checkpoint after coach log"; fi
# b: the same sessions, a year at a time
awk '/^---/ { n++ } n <= 310' "$T/two-years.yaml" >"$T/year-1.yaml"
awk '/^---/ { n++ } n > 310' "$T/two-years.yaml" >"$T/year-2.yaml"
"$COACH" --home "$T/b" log "$T/year-1.yaml" >/dev/null && "$COACH" --home "$T/b" log "$T/year-2.yaml" >/dev/null
same today --format yaml
same plan --format yaml
finish checkpoint
