#!/bin/sh
# coach status [--short] (issue 18): one line for a shell prompt or a tmux
# status bar, exit 0 whatever the state, --short within 40 columns.
. "$(dirname "$0")/lib.sh"

H="$T/home"
# one_line NAME: stdout is exactly one line, and with --short at most 40 columns
one_line() {
	n=$(wc -l <"$T/out")
	if [ "$n" -eq 1 ]; then ok; else bad "$n lines, expected one"; fi
}
narrow() {
	w=$(awk '{ if (length($0) > m) m = length($0) } END { print m + 0 }' "$T/out")
	if [ "$w" -le 40 ]; then ok; else bad "$w columns, expected at most 40"; fi
}

# no profile: says how to start, exit 0, nothing on stderr
run no-profile 0 "$COACH" --home "$H" status
out_has "coach profile init"
one_line
err_is_empty
run no-profile-short 0 "$COACH" --home "$H" status --short
out_has "coach profile init"
narrow
name=no-profile-nothing-made
if [ ! -e "$H" ]; then ok; else bad "status made $H"; fi

"$COACH" --home "$H" profile init --parq no,no,no,no,no,no,no --weekdays mon,thu --minutes 30 \
	--dumbbells 4,6 --program gordon-home --start 2026-11-23 >/dev/null

# a training day (Thursday 26 Nov) before anything is logged
run planned 0 "$COACH" --home "$H" status
out_has "coach: day A today, about [0-9]* min"
one_line
run planned-short 0 "$COACH" --home "$H" status --short
out_has "coach: day A"
narrow

# a rest day (Friday 27 Nov), with the week's aerobic minutes short: a walk
run rest 0 env COACH_TODAY=2026-11-27 "$COACH" --home "$H" status
out_has "coach: rest day"
out_has "a walk?"
one_line
run rest-short 0 env COACH_TODAY=2026-11-27 "$COACH" --home "$H" status --short
out_has "rest day"
narrow

# mid-session: two sets of today's in the log, no mood after yet
cat >"$T/part.yaml" <<'YAML'
coach_session: 1
date: 2026-11-26
program: gordon-home
day: A
checkin: {mood: 2, energy: 3, anxiety: 2, sleep: 7}
exercises:
  - id: goblet-squat
    slot: goblet-squat
    sets:
      - {reps: 10, load: 4, rir: 2}
      - {reps: 10, load: 4, rir: 2}
YAML
"$COACH" --home "$H" log "$T/part.yaml" >/dev/null 2>&1
run mid-session 0 "$COACH" --home "$H" status
out_has "under way, 2 sets in so far"
out_lacks "done today"
one_line
run mid-session-short 0 "$COACH" --home "$H" status --short
out_has "2 sets in"
narrow

# after the session: the mood after added, so the day is done
sed 's/^checkin: .*$/&\nmood_after: 4/' "$T/part.yaml" >"$T/done.yaml"
"$COACH" --home "$H" log --replace "$T/done.yaml" >/dev/null 2>&1
run done 0 "$COACH" --home "$H" status
out_has "coach: done today, mood 2 -> 4"
one_line
run done-short 0 "$COACH" --home "$H" status --short
out_has "done today"
narrow

# no week has counted yet (the first one still going): no weeks said at all
run none-counted-yet 0 "$COACH" --home "$H" status
out_lacks "weeks"

# reading only: the log and its folder are as they were, to the nanosecond
# of each file's time. SQLite's shared-memory index (coach.db-shm) is left
# out: any reader of a WAL database maps it and updates its read marks, and
# it holds no data (the database and its -wal are compared in full)
files() {
	(cd "$H" && find . ! -name '*-shm' -exec stat -c '%n %s %y' {} + | sort
		find . -type f ! -name '*-shm' -exec sha256sum {} + | sort)
}
files >"$T/before"
"$COACH" --home "$H" status >/dev/null 2>&1
"$COACH" --home "$H" status --short >/dev/null 2>&1
files >"$T/after"
name=writes-nothing
if cmp -s "$T/before" "$T/after"; then ok; else bad "$(diff "$T/before" "$T/after" | head -3)"; fi

# consistency in weeks when it fits (issue 18): three weeks of Mondays and
# Thursdays, then the fourth week going on
C="$T/weeks"
"$COACH" --home "$C" profile init --parq no,no,no,no,no,no,no --weekdays mon,thu --minutes 30 \
	--dumbbells 4,6 --program gordon-home --start 2026-11-02 >/dev/null
for d in 2026-11-02 2026-11-05 2026-11-09 2026-11-12 2026-11-16 2026-11-19; do
	printf 'coach_session: 1\ndate: %s\nprogram: gordon-home\nexercises:\n  - id: goblet-squat\n    sets: [{reps: 10, load: 4}]\n' "$d" >"$T/w.yaml"
	COACH_TODAY=$d "$COACH" --home "$C" log "$T/w.yaml" >/dev/null 2>&1
done
run weeks-rest 0 env COACH_TODAY=2026-11-24 "$COACH" --home "$C" status
out_has "coach: rest day.* · your strength days in 3 of the last 3 weeks$"
one_line
run weeks-rest-short 0 env COACH_TODAY=2026-11-24 "$COACH" --home "$C" status --short
out_has "coach: rest day.* · 3/3 weeks$"
narrow
run weeks-planned 0 env COACH_TODAY=2026-11-23 "$COACH" --home "$C" status
out_has "coach: day A today, about [0-9]* min · your strength days in 3 of the last 3 weeks$"
# --short: the day and its minutes leave no room, and the weeks are not cut in half
run weeks-planned-short 0 env COACH_TODAY=2026-11-23 "$COACH" --home "$C" status --short
out_has "^coach: day A"
out_lacks "weeks"
out_lacks "/"
narrow

finish status
