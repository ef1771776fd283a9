#!/bin/sh
# Reading never writes (issue 16): every command that only reads, run on an
# empty --home, on an empty HOME with the XDG folders and on a set-up home,
# creates no file or folder, and leaves the profile and the log as they were.
. "$(dirname "$0")/lib.sh"

# the commands that only read; each runs with and without a profile
READERS='--help
--version
help
help today
help safety
programs
show gordon-home
exercises
today
today --format yaml
plan
plan --format ical
history
history --format csv
recommend
crisis
safety-plan
screen phq9
screen gad7
insights
doctor
status
status --short
profile show
export --format yaml'

# nothing NAME DIR: DIR holds nothing at all
nothing() {
	name=$1
	left=$(find "$2" -mindepth 1 | head -5)
	if [ -z "$left" ]; then ok; else bad "created: $left"; fi
}

printf "%s\n" "$READERS" | while IFS= read -r cmd; do
	# an empty --home
	mkdir -p "$T/h"
	# shellcheck disable=SC2086 # the command's words
	(cd "$T/h" && "$COACH" --home "$T/h/home" $cmd >/dev/null 2>&1)
	nothing "home: $cmd" "$T/h"
	rm -rf "$T/h"
	# an empty HOME, the XDG folders named but not there
	mkdir -p "$T/x"
	# shellcheck disable=SC2086
	(cd "$T/x" && HOME="$T/x" XDG_CONFIG_HOME="$T/x/c" XDG_DATA_HOME="$T/x/d" \
		XDG_STATE_HOME="$T/x/s" "$COACH" $cmd >/dev/null 2>&1)
	nothing "xdg: $cmd" "$T/x"
	rm -rf "$T/x"
	echo "$pass $fail" >"$T/count"
done
read -r pass fail <"$T/count"

# a set-up home with one session logged: reading adds no file, changes
# neither the profile nor the log
H="$T/set"
"$COACH" --home "$H" profile init --parq no,no,no,no,no,no,no --weekdays mon,thu --minutes 30 \
	--dumbbells 4,6 --program gordon-home >/dev/null
printf 'coach_session: 1\ndate: 2026-11-23\nprogram: gordon-home\nday: A\nexercises:\n  - id: goblet-squat\n    slot: goblet-squat\n    sets:\n      - {reps: 10, load: 4, rir: 2}\n' |
	"$COACH" --home "$H" log - >/dev/null
(cd "$H" && find . | sort) >"$T/files-before"
db=$("$COACH" --home "$H" history --format csv | md5sum)
prof=$(md5sum <"$H/config/profile.yaml")
printf "%s\n" "$READERS" | while IFS= read -r cmd; do
	# shellcheck disable=SC2086
	(cd "$H" && "$COACH" --home "$H" $cmd >/dev/null 2>&1)
	(cd "$H" && find . | sort) >"$T/files-after"
	name="set-up: $cmd"
	if cmp -s "$T/files-before" "$T/files-after"; then ok; else
		bad "created: $(diff "$T/files-before" "$T/files-after" | grep '^>' | head -3)"
	fi
	echo "$pass $fail" >"$T/count"
done
read -r pass fail <"$T/count"
name=set-up-profile-unchanged
if [ "$(md5sum <"$H/config/profile.yaml")" = "$prof" ]; then ok; else bad "the profile changed"; fi
name=set-up-log-unchanged
if [ "$("$COACH" --home "$H" history --format csv | md5sum)" = "$db" ]; then ok; else bad "the log changed"; fi
# and the set-up home's today, read, logs nothing
run today-logs-nothing 0 "$COACH" --home "$H" today
name=today-logs-nothing-csv
if [ "$("$COACH" --home "$H" history --format csv | wc -l)" -eq 2 ]; then ok; else bad "$("$COACH" --home "$H" history --format csv)"; fi

finish readonly
