#!/bin/sh
# Limits and hostile conditions: a full disk, files far too large, two coaches
# logging at once.
# Usage: limits.sh COACH
set -u
COACH=$1
T=$(mktemp -d /tmp/coach-limits-XXXXXX)
trap 'rm -rf "$T"' EXIT
export COACH_TODAY=2030-01-01
pass=0
fail=0
name=""
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $name: $*"; }
H="$T/home"
"$COACH" --home "$H" profile init --parq no,no,no,no,no,no,no --dumbbells 4,6,8 --program gordon-home --start 2026-01-05 >/dev/null

session() { # session DATE SETS
	printf 'coach_session: 1\ndate: %s\nexercises:\n  - id: goblet-squat\n    sets:\n' "$1"
	i=0
	while [ $i -lt "$2" ]; do printf '      - {reps: 10, load: 6}\n'; i=$((i + 1)); done
}

# --- a full disk: a clear error, and what was logged before is intact -----------
session 2026-02-02 3 >"$T/first.yaml"
"$COACH" --home "$H" log "$T/first.yaml" >/dev/null
size=$(du -k "$H/data/coach.db" | cut -f1)
: >"$T/big.yaml"
d=0
while [ $d -lt 40 ]; do
	[ $d -gt 0 ] && echo '---' >>"$T/big.yaml"
	session "$(date -u -d "2026-03-01 + $d days" +%F)" 50 >>"$T/big.yaml"
	d=$((d + 1))
done
name=disk-full
(ulimit -f $((size + 8)); "$COACH" --home "$H" log "$T/big.yaml" >"$T/out" 2>"$T/err")
rc=$?
if [ $rc -eq 1 ] && grep -q 'nothing was logged' "$T/err"; then ok; else bad "exit $rc: $(cat "$T/err")"; fi
name=disk-full-log-intact
if "$COACH" --home "$H" doctor >/dev/null 2>&1 &&
	[ "$("$COACH" --home "$H" history --format csv | tail -n +2 | wc -l)" -eq 3 ]; then ok; else bad "$("$COACH" --home "$H" doctor 2>&1)"; fi
name=disk-full-profile
cp "$H/config/profile.yaml" "$T/before.yaml"
(ulimit -f 0; "$COACH" --home "$H" profile set minutes 45 >"$T/out" 2>"$T/err")
if [ $? -eq 1 ] && cmp -s "$T/before.yaml" "$H/config/profile.yaml"; then ok; else bad "$(cat "$T/err")"; fi

# --- a home that cannot be written: a clear error ---------------------------------
name=unwritable-home
: >"$T/not-a-dir"
"$COACH" --home "$T/not-a-dir/home" profile init --parq no,no,no,no,no,no,no >"$T/out" 2>"$T/err"
if [ $? -eq 1 ] && grep -q 'cannot create' "$T/err"; then ok; else bad "$(cat "$T/err")"; fi

# --- a read-only home with data in it: a clear error, and the data intact --------------
# root writes through permissions, so as root the coach runs as nobody (setpriv)
R="$T/ro"
"$COACH" --home "$R" profile init --parq no,no,no,no,no,no,no --dumbbells 4,6 --program gordon-home >/dev/null
session 2026-02-02 2 >"$T/ro1.yaml"
"$COACH" --home "$R" log "$T/ro1.yaml" >/dev/null
session 2026-02-03 2 >"$T/ro2.yaml"
chmod 755 "$T"
as_user=""
RCOACH=$COACH
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null; then
	chown -R 65534:65534 "$R"
	# nobody may not reach the checkout (root's own home is 0700): it runs a
	# copy of the coach with a copy of the catalogue that it can read
	mkdir -p "$T/ro-share/bin"
	cp "$COACH" "$T/ro-share/bin/coach"
	cp -r "${COACH_DATADIR:-$(dirname "$0")/../..}/programs" "$T/ro-share/programs"
	chmod -R a+rX "$T/ro-share"
	RCOACH="$T/ro-share/bin/coach"
	as_user="env COACH_DATADIR=$T/ro-share setpriv --reuid=65534 --regid=65534 --clear-groups"
fi
chmod -R a-w "$R"
cp "$R/config/profile.yaml" "$T/ro-profile.yaml"
cp "$R/data/coach.db" "$T/ro-log.db"
name=read-only-home-log
$as_user "$RCOACH" --home "$R" log "$T/ro2.yaml" >"$T/out" 2>"$T/err"
if [ $? -eq 1 ] && grep -q 'cannot open the log.*Permission denied' "$T/err"; then ok; else bad "$(cat "$T/err")"; fi
name=read-only-home-profile
$as_user "$RCOACH" --home "$R" profile set minutes 45 >"$T/out" 2>"$T/err"
if [ $? -eq 1 ] && grep -q 'cannot create a file in' "$T/err"; then ok; else bad "$(cat "$T/err")"; fi
name=read-only-home-intact
if cmp -s "$R/config/profile.yaml" "$T/ro-profile.yaml" && cmp -s "$R/data/coach.db" "$T/ro-log.db"; then ok; else bad "the data changed"; fi
chmod -R u+w "$R"
chown -R "$(id -u):$(id -g)" "$R" 2>/dev/null

# --- files far too large, and absurd values ------------------------------------------
name=file-too-large
head -c 2000000 /dev/zero | tr '\0' '#' >"$T/huge.yaml"
"$COACH" validate "$T/huge.yaml" >"$T/out" 2>"$T/err"
if [ $? -eq 1 ] && grep -q 'larger than 1024 KiB' "$T/err"; then ok; else bad "$(cat "$T/err")"; fi
name=many-sets-refused
session 2026-04-01 60 >"$T/sets.yaml"
"$COACH" --home "$H" log "$T/sets.yaml" >"$T/out" 2>"$T/err"
if [ $? -eq 1 ] && grep -q 'at most 50 sets' "$T/err"; then ok; else bad "$(cat "$T/err")"; fi
name=date-9999-refused
printf 'coach_session: 1\ndate: 9999-01-01\nexercises:\n  - id: goblet-squat\n    sets: [{reps: 5}]\n' >"$T/far.yaml"
"$COACH" --home "$H" log "$T/far.yaml" >"$T/out" 2>"$T/err"
if [ $? -eq 1 ] && grep -q 'out of range' "$T/err"; then ok; else bad "$(cat "$T/err")"; fi

# --- two coaches logging into one home at once: nothing lost, neither fails ----------
name=two-coaches
for w in 1 2; do
	(
		k=0
		while [ $k -lt 15 ]; do
			session "$(date -u -d "2027-0$w-01 + $k days" +%F)" 2 >"$T/w$w-$k.yaml"
			"$COACH" --home "$H" log "$T/w$w-$k.yaml" >/dev/null 2>>"$T/w$w.err" || echo fail >>"$T/w$w.err"
			k=$((k + 1))
		done
	) &
done
wait
n=$("$COACH" --home "$H" history --from 2027-01-01 --to 2027-12-31 --format csv | tail -n +2 | wc -l)
if [ "$n" -eq 60 ] && ! grep -q fail "$T"/w*.err 2>/dev/null; then ok; else bad "$n sets of 60; $(cat "$T"/w*.err 2>/dev/null)"; fi

# (the terminal after each signal: tests/tui/signals.sh)

echo "reliability limits: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
