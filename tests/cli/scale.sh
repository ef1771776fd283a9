#!/bin/sh
# One file of many sessions is logged as if each had been logged on its own:
# coach log reads the history once for the file and moves it on session by
# session (rx_history_advance), and what it stores (each set's target, the
# week, the hold, each slot's progression) must be exactly what logging the
# sessions one file at a time stores, where every prescription reads the log
# whole.  The file has long breaks, low days, a session dated back, another
# program and two sessions on one date (each logged with --add, as a
# second session that day is when it comes in a file of its own).
. "$(dirname "$0")/lib.sh"

F=$T/many.yaml
: >"$F"
i=0
d=$(date -u -d 2026-01-05 +%s)
while [ $i -lt 48 ]; do
	case $((i % 16)) in
	7) step=25 ;;  # a break long enough to count as time off
	13) step=0 ;;  # a second session the same day
	*) step=$((1 + i % 3)) ;;
	esac
	d=$((d + step * 86400))
	day=$(date -u -d "@$d" +%F)
	[ $((i % 19)) -eq 18 ] && day=$(date -u -d "@$((d - 9 * 86400))" +%F) # dated back
	[ $i -gt 0 ] && echo --- >>"$F"
	{
		echo "coach_session: 1"
		echo "date: $day"
		if [ $((i % 11)) -eq 5 ]; then
			echo "program: first-steps-bodyweight"
			echo "exercises:"
			echo "  - {id: push-up, sets: [{reps: $((4 + i % 7)), rir: 2}]}"
		else
			[ $((i % 5)) -eq 2 ] && echo "checkin: {mood: 1, energy: 2, anxiety: 5, sleep: 5}"
			echo "exercises:"
			r=$((8 + i % 5))
			l=$((6 + (i / 6) * 2))
			for x in goblet-squat dumbbell-floor-press dumbbell-row crunch; do
				echo "  - {id: $x, sets: [{reps: $r, load: $l, rir: 2}, {reps: $((r - 1)), load: $l, rir: 1}]}"
			done
		fi
	} >>"$F"
	i=$((i + 1))
done

home() {
	"$COACH" --home "$1" profile init --weekdays mon,wed,fri --minutes 60 \
		--dumbbells 4,6,8,10,12,14,16,18 --program gordon-home >/dev/null &&
		"$COACH" --home "$1" profile set start 2026-01-05 >/dev/null
}
home "$T/one"
home "$T/each"
run log-many 0 "$COACH" --home "$T/one" log "$F"
out_has 'Logged 48 sessions'
awk -v d="$T/part" 'BEGIN { n = 0 } /^---$/ { n++; next } { print > (d "-" sprintf("%03d", n) ".yaml") }' "$F"
name=log-each
fails=0
for p in "$T"/part-*.yaml; do
	"$COACH" --home "$T/each" log --add "$p" >/dev/null 2>"$T/err" || fails=$((fails + 1))
done
if [ $fails -eq 0 ]; then ok; else bad "$fails of the single files were refused"; fi
"$COACH" --home "$T/one" export --format csv --output "$T/x-one" >/dev/null
"$COACH" --home "$T/each" export --format csv --output "$T/x-each" >/dev/null
name=targets-kept
n=$(awk -F, 'NR > 1 && $11 != "" { n++ } END { print n + 0 }' "$T/x-one/set_log.csv")
if [ "$n" -gt 50 ]; then ok; else bad "only $n sets with a target in set_log.csv"; fi
name=holds-kept
n=$(awk -F, 'NR > 1 && $6 == 1 { n++ } END { print n + 0 }' "$T/x-one/session.csv")
if [ "$n" -gt 3 ]; then ok; else bad "only $n sessions held for a low day"; fi
for t in set_log slot_state; do
	name="same-$t"
	if cmp -s "$T/x-one/$t.csv" "$T/x-each/$t.csv"; then ok; else
		bad "$(diff "$T/x-one/$t.csv" "$T/x-each/$t.csv" | head -6)"
	fi
done
# the sessions without the time each was written
name=same-session
cut_created() { awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "logged_at") k = i } { $k = ""; print }' OFS=, "$1"; }
if [ "$(cut_created "$T/x-one/session.csv")" = "$(cut_created "$T/x-each/session.csv")" ]; then ok; else
	bad "$(diff "$T/x-one/session.csv" "$T/x-each/session.csv" | head -6)"
fi

# Years of sessions in one file: more than the 1 MiB of other YAML files
# (1,400 sessions, 1.1 MB) is logged whole.
home "$T/years"
awk -v n=1400 -v end="$(date -u -d "$COACH_TODAY" +%s)" -f "$SRC/bench/sessions.awk" >"$T/years.yaml"
name=years-file-size
if [ "$(stat -c %s "$T/years.yaml")" -gt 1048576 ]; then ok; else bad "the file is not over 1 MiB"; fi
run log-years 0 "$COACH" --home "$T/years" log "$T/years.yaml"
out_has 'Logged 1400 sessions (28000 sets)'

# Ten years with a note on every session: over 8 MiB (the old limit, when
# the file was read whole), read one session at a time.  A mistake in one of
# the last sessions changes nothing and is reported at its line; the same
# file without it is then logged whole, which it could not be if any session
# of the refused file had stayed (each date would be refused as logged).
home "$T/decade"
awk -v n=3100 -v end="$(date -u -d "$COACH_TODAY" +%s)" -f "$SRC/bench/sessions.awk" |
	awk 'BEGIN { for (i = 0; i < 199; i++) note = note "felt good " }
	     { print } /^day: / { print "notes: " note }' >"$T/decade.yaml"
name=decade-file-size
if [ "$(stat -c %s "$T/decade.yaml")" -gt 8388608 ]; then ok; else bad "the file is not over 8 MiB"; fi
line=$(grep -n '^date: ' "$T/decade.yaml" | tail -n 3 | head -n 1 | cut -d: -f1)
sed "${line}s/^date: .*/date: 2026-02-30/" "$T/decade.yaml" >"$T/decade-bad.yaml"
run log-decade-bad 1 "$COACH" --home "$T/decade" log "$T/decade-bad.yaml"
err_has "decade-bad.yaml:$line:7: error: 'date' 2026-02-30 is not a real date"
err_has 'nothing was logged'
run log-decade 0 "$COACH" --home "$T/decade" log "$T/decade.yaml"
out_has 'Logged 3100 sessions (62000 sets)'

# Past 256 MiB a file is refused before it is read.
truncate -s 270000000 "$T/huge.yaml"
run log-too-large 1 "$COACH" --home "$T/years" log "$T/huge.yaml"
err_has 'larger than 262144 KiB'
# From standard input the size is not known before: the reading stops at the
# first problem (here a megabyte of nothing that is a session), whatever follows.
name=log-huge-stdin
yes '# a line of padding' | head -c 300000000 | "$COACH" --home "$T/years" log - >"$T/out" 2>"$T/err"
rc=$?
if [ $rc -eq 1 ] && grep -q 'larger than 1024 KiB' "$T/err"; then ok; else bad "exit $rc"; fi

finish scale
