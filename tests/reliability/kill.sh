#!/bin/sh
# Crash safety, measured: SIGKILL at random points while the coach logs and
# while it saves the profile.  After each kill the log must pass SQLite's
# integrity check, hold every session the coach acknowledged, and hold no
# half session; the profile must be whole and valid.
# Usage: kill.sh COACH [TRIALS]
set -u
COACH=$1
TRIALS=${2:-50}
T=$(mktemp -d /tmp/coach-kill-XXXXXX)
trap 'rm -rf "$T"' EXIT
export COACH_TODAY=2030-01-01
H="$T/home"
"$COACH" --home "$H" profile init --parq no,no,no,no,no,no,no --dumbbells 4,6,8,10 --program gordon-home \
	--start 2026-01-05 >/dev/null || exit 1
pass=0
fail=0
killed_mid=0
bad() { fail=$((fail + 1)); echo "FAIL: trial $trial: $*"; }

# the random delay: 0 to 119 ms, from /dev/urandom
delay() { od -An -N2 -tu2 /dev/urandom | awk '{ printf "%.3f", ($1 % 120) / 1000 }'; }

for trial in $(seq 1 "$TRIALS"); do
	: >"$T/acks"
	for k in 1 2 3 4 5 6; do
		day=$(date -u -d "2026-01-05 + $((trial * 7 + k)) days" +%F)
		printf 'coach_session: 1\ndate: %s\nexercises:\n  - id: goblet-squat\n    sets: [{reps: 10, load: 8}, {reps: 10, load: 8}, {reps: 9, load: 8}]\n' "$day" >"$T/s$k.yaml"
		echo "$day" >"$T/d$k"
	done
	(
		for k in 1 2 3 4 5 6; do
			if "$COACH" --home "$H" log "$T/s$k.yaml" >/dev/null 2>&1; then
				cat "$T/d$k" >>"$T/acks"
			fi
		done
	) &
	loop=$!
	sleep "$(delay)"
	kill -STOP "$loop" 2>/dev/null
	pkill -9 -f -- "log $T/s" 2>/dev/null && killed_mid=$((killed_mid + 1))
	kill -9 "$loop" 2>/dev/null
	wait "$loop" 2>/dev/null
	if ! "$COACH" --home "$H" doctor >"$T/doctor" 2>&1; then
		bad "doctor: $(cat "$T/doctor")"
		continue
	fi
	"$COACH" --home "$H" history --format csv >"$T/csv" 2>/dev/null
	# every acknowledged session is there, whole
	ok=1
	while read -r day; do
		n=$(grep -c "^$day," "$T/csv")
		if [ "$n" -ne 3 ]; then bad "acknowledged $day has $n sets"; ok=0; fi
	done <"$T/acks"
	# no session is there by halves
	half=$(cut -d, -f1 "$T/csv" | tail -n +2 | sort | uniq -c | awk '$1 != 3' | head -n 1)
	if [ -n "$half" ]; then bad "a half session: $half"; ok=0; fi
	[ $ok -eq 1 ] && pass=$((pass + 1))
done

# profile saves: killed at random, never torn, never empty
for trial in $(seq 1 "$TRIALS"); do
	(
		for m in 20 25 30 35 40 45 50 55; do
			"$COACH" --home "$H" profile set minutes "$m" >/dev/null 2>&1
		done
	) &
	loop=$!
	sleep "$(delay)"
	pkill -9 -P "$loop" 2>/dev/null
	kill -9 "$loop" 2>/dev/null
	wait "$loop" 2>/dev/null
	if "$COACH" --home "$H" validate "$H/config/profile.yaml" >/dev/null 2>&1; then
		pass=$((pass + 1))
	else
		bad "profile after a kill: $(head -c 300 "$H/config/profile.yaml")"
	fi
	leftover=$(find "$H/config" -name '.profile.yaml.*' | head -n 1)
	if [ -n "$leftover" ]; then rm -f "$H"/config/.profile.yaml.*; fi
done

sessions=$("$COACH" --home "$H" history --format csv | tail -n +2 | cut -d, -f1 | sort -u | wc -l)
echo "kill trials: $TRIALS log trials ($killed_mid killed a coach mid-write), $TRIALS profile trials, $sessions sessions in the log"
echo "reliability: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
