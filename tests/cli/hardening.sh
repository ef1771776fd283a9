#!/bin/sh
# The cases of the reliability and security report (issue 15), each run on
# the built coach: private exports, symlinked homes, read-only commands,
# forgetting that forgets.  Usage: hardening.sh COACH
set -u
COACH=$1
T=$(mktemp -d /tmp/coach-hard-XXXXXX)
MNT=""
cleanup() {
	[ -n "$MNT" ] && umount "$MNT" 2>/dev/null
	rm -rf "$T"
}
trap cleanup EXIT
chmod 755 "$T"
export COACH_TODAY=2026-11-26
unset COACH_HOME XDG_CONFIG_HOME XDG_DATA_HOME XDG_STATE_HOME
pass=0
fail=0
skip=0
name=""
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $name: $*"; echo "  stdout: $(head -c 600 "$T/out")"; echo "  stderr: $(head -c 600 "$T/err")"; }
skipped() { skip=$((skip + 1)); echo "SKIP: $name: $*"; }
run() { # run NAME EXPECTED_RC COMMAND...
	name=$1; want=$2; shift 2
	"$@" >"$T/out" 2>"$T/err" </dev/null
	rc=$?
	if [ "$rc" -eq "$want" ]; then ok; else bad "exit status $rc, expected $want"; fi
}
out_has() { if grep -q -- "$1" "$T/out"; then ok; else bad "stdout lacks '$1'"; fi; }
err_has() { if grep -q -- "$1" "$T/err"; then ok; else bad "stderr lacks '$1'"; fi; }
check() { # check NAME CONDITION...: the condition (a command) holds
	name=$1; shift
	if "$@"; then ok; else bad "not true: $*"; fi
}
root=false
[ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null && root=true

session() { # session DATE
	printf 'coach_session: 1\ndate: %s\ncheckin: {mood: 1, energy: 2, anxiety: 5, sleep: 4}\nexercises:\n  - id: goblet-squat\n    sets: [{reps: 10, load: 6}, {reps: 9, load: 6}]\n' "$1"
}
home() { # home DIR: a profile, a session with a check-in, a PHQ-9 and a GAD-7
	"$COACH" --home "$1" profile init --parq no,no,no,no,no,no,no --dumbbells 4,6,8 --program gordon-home --start 2026-11-02 >/dev/null &&
		session 2026-11-24 >"$T/sess.yaml" &&
		"$COACH" --home "$1" log "$T/sess.yaml" >/dev/null &&
		"$COACH" --home "$1" screen phq9 --answers 3,2,3,1,3,2,3,1,2 >/dev/null 2>&1
	"$COACH" --home "$1" screen gad7 --answers 2,3,2,3,2,3,1 >/dev/null 2>&1
	[ -f "$1/data/coach.db" ]
}
H="$T/h"
home "$H" || { echo "cannot make a home"; exit 1; }

# --- 1. exports: created new, 0600, never through a link; --force replaces ---------
mkdir -m 777 "$T/shared"
: >"$T/shared/screen.csv"
chmod 666 "$T/shared/screen.csv"
$root && chown 65534:65534 "$T/shared/screen.csv"
ino=$(stat -c %i "$T/shared/screen.csv")
run export-existing-refused 1 "$COACH" --home "$H" export --format csv --output "$T/shared"
err_has 'screen.csv exists already'
err_has 'give --force'
check export-existing-untouched test ! -s "$T/shared/screen.csv"
check export-refused-writes-nothing test ! -e "$T/shared/session.csv"
(umask 022; "$COACH" --home "$H" export --format csv --output "$T/shared" --force >"$T/out" 2>"$T/err")
check export-force-exit test $? -eq 0
check export-force-new-inode test "$(stat -c %i "$T/shared/screen.csv")" != "$ino"
check export-force-0600 test "$(stat -c %a "$T/shared/screen.csv")" = 600
check export-force-ours test "$(stat -c %u "$T/shared/screen.csv")" = "$(id -u)"
check export-force-has-answers grep -q '3,2,3,1,3,2,3,1,2' "$T/shared/screen.csv"
check export-force-all-0600 test -z "$(find "$T/shared" -type f ! -perm 600)"
# a link in the export folder is never written through
mkdir "$T/linked"
ln -s "$T/target.csv" "$T/linked/checkin.csv"
run export-link-refused 1 "$COACH" --home "$H" export --format csv --output "$T/linked"
err_has 'checkin.csv exists already'
run export-link-force 0 "$COACH" --home "$H" export --format csv --output "$T/linked" --force
check export-link-target-untouched test ! -e "$T/target.csv"
check export-link-replaced test -f "$T/linked/checkin.csv" -a ! -L "$T/linked/checkin.csv"
# yaml to a file: --output is honoured, the data does not go to the terminal
(umask 022; "$COACH" --home "$H" export --format yaml --output "$T/all.yaml" >"$T/out" 2>"$T/err")
check export-yaml-output test $? -eq 0
check export-yaml-file grep -q '^coach_export: 1' "$T/all.yaml"
check export-yaml-0600 test "$(stat -c %a "$T/all.yaml")" = 600
check export-yaml-not-on-stdout test -z "$(grep phq9 "$T/out")"
ino=$(stat -c %i "$T/all.yaml")
run export-yaml-exists 1 "$COACH" --home "$H" export --format yaml --output "$T/all.yaml"
err_has 'exists already'
run export-yaml-force 0 "$COACH" --home "$H" export --format yaml --output "$T/all.yaml" --force
check export-yaml-force-new-inode test "$(stat -c %i "$T/all.yaml")" != "$ino"
ln -s "$T/elsewhere.yaml" "$T/link.yaml"
run export-yaml-link 1 "$COACH" --home "$H" export --format yaml --output "$T/link.yaml"
check export-yaml-link-untouched test ! -e "$T/elsewhere.yaml"

# --- 2. homes and data folders through links work; a link as the log is refused -------
mkdir -p "$T/var/home"
ln -s var/home "$T/homelink"
run link-home-init 0 env HOME="$T/homelink" "$COACH" profile init --parq no,no,no,no,no,no,no --dumbbells 4,6,8 --program gordon-home
run link-home-log 0 env HOME="$T/homelink" "$COACH" log "$T/sess.yaml"
run link-home-history 0 env HOME="$T/homelink" "$COACH" history
out_has 'Goblet squat'
cp -r "$H" "$T/real-h"
ln -s real-h "$T/h-link"
run link-dash-home 0 "$COACH" --home "$T/h-link" history
out_has 'Goblet squat'
session 2026-11-25 >"$T/sess2.yaml"
run link-dash-home-log 0 "$COACH" --home "$T/h-link" log "$T/sess2.yaml"
mkdir -p "$T/d/home/config" "$T/elsewhere-data"
cp "$H/config/profile.yaml" "$T/d/home/config/"
ln -s ../../elsewhere-data "$T/d/home/data"
run link-data-folder 0 "$COACH" --home "$T/d/home" log "$T/sess.yaml"
check link-data-folder-log test -s "$T/elsewhere-data/coach.db"
mkdir -p "$T/ll/config" "$T/ll/data"
cp "$H/config/profile.yaml" "$T/ll/config/"
cp "$H/data/coach.db" "$T/ll/real.db"
ln -s ../real.db "$T/ll/data/coach.db"
run link-as-log 1 "$COACH" --home "$T/ll" history
err_has 'coach.db is a symbolic link'
run link-as-log-write 1 "$COACH" --home "$T/ll" log "$T/sess.yaml"
err_has 'refuses to follow it'
rm "$T/ll/data/coach.db"
cp "$T/ll/real.db" "$T/ll/data/coach.db"
ln -s "$T/ll/shm-target" "$T/ll/data/coach.db-shm"
run link-as-shm 1 "$COACH" --home "$T/ll" log "$T/sess.yaml"
err_has 'coach.db-shm is a symbolic link'
check link-as-shm-target-untouched test ! -e "$T/ll/shm-target"

# --- 3. read-only commands open the log read-only -----------------------------------
# no log yet: reading makes none
"$COACH" --home "$T/fresh" profile init --parq no,no,no,no,no,no,no --dumbbells 4,6 --program gordon-home >/dev/null
run read-no-log 0 "$COACH" --home "$T/fresh" history
run read-no-log-today 0 "$COACH" --home "$T/fresh" today
check read-no-log-creates-nothing test ! -e "$T/fresh/data/coach.db"
# a full disk: reads still work (no write on open)
cp -r "$H" "$T/full"
for cmd in history today plan doctor "export --format yaml"; do
	# the limit is on files: the output goes to /dev/null and a pipe
	# shellcheck disable=SC2086
	res=$( (ulimit -f 0; "$COACH" --home "$T/full" $cmd 2>&1 >/dev/null; echo "rc=$?"))
	name="full-disk-$(echo "$cmd" | cut -d' ' -f1)"
	case $res in *rc=0) ok ;; *) bad "$res" ;; esac
done
# a log from a newer coach: refused, byte for byte unchanged, not switched to WAL
cp -r "$H" "$T/newer"
sqlite3 "$T/newer/data/coach.db" "pragma journal_mode=delete; pragma user_version=99" >/dev/null
sum=$(cat "$T/newer/data/coach.db"* | cksum)
run newer-history 1 "$COACH" --home "$T/newer" history
err_has 'from a newer coach (schema 99'
run newer-log 1 "$COACH" --home "$T/newer" log "$T/sess2.yaml"
err_has 'left as it is'
check newer-unchanged test "$(cat "$T/newer/data/coach.db"* | cksum)" = "$sum"
check newer-not-wal test "$(sqlite3 "$T/newer/data/coach.db" 'pragma journal_mode')" = delete
# another process holds the write lock (a long import) until every read is
# done: reads go on.  No clock: the lock is held until the reads are over,
# and a read that waited for it would wait for ever (bounded by timeout).
cp -r "$H" "$T/busy"
(
	# the writer says when it holds the lock (.shell), so nothing probes for it
	echo ".timeout 30000"
	echo "BEGIN IMMEDIATE; INSERT INTO meta VALUES('held', '1');"
	echo ".shell touch '$T/busy-held'"
	while [ ! -e "$T/busy-release" ]; do sleep 0.1; done
	echo "ROLLBACK;"
) | sqlite3 -bail "$T/busy/data/coach.db" &
lock=$!
i=0
while [ ! -e "$T/busy-held" ] && [ $i -lt 600 ]; do
	sleep 0.1
	i=$((i + 1))
done
check busy-lock-held test -e "$T/busy-held"
for cmd in history today plan "export --format yaml"; do
	# shellcheck disable=SC2086
	timeout 60 "$COACH" --home "$T/busy" $cmd >"$T/out" 2>"$T/err"
	rc=$?
	name="read-during-a-write-$(echo "$cmd" | cut -d' ' -f1)"
	if [ $rc -eq 0 ] && [ ! -e "$T/busy-release" ]; then ok; else bad "exit $rc"; fi
done
touch "$T/busy-release"
wait $lock
# a log on read-only media, as a user who cannot write there
cp -r "$H" "$T/ro"
sqlite3 "$T/ro/data/coach.db" "pragma wal_checkpoint(truncate)" >/dev/null
rm -f "$T/ro/data/coach.db-wal" "$T/ro/data/coach.db-shm"
RUN=""
RC=$COACH
if $root; then
	mkdir -p "$T/bin" && cp "$COACH" "$T/bin/coach" && chmod 755 "$T/bin/coach"
	cp -r "${COACH_DATADIR:-$(dirname "$0")/../..}/programs" "$T/programs"
	chmod -R a+rX "$T/programs"
	chown -R 65534:65534 "$T/ro"
	RUN="env COACH_DATADIR=$T setpriv --reuid=65534 --regid=65534 --clear-groups"
	RC="$T/bin/coach"
fi
chmod -R a-w "$T/ro"
sum=$(find "$T/ro" -type f -exec cksum {} + | sort)
for cmd in history today plan doctor "export --format yaml"; do
	# shellcheck disable=SC2086
	$RUN "$RC" --home "$T/ro" $cmd >"$T/out" 2>"$T/err"
	rc=$?
	name="read-only-media-$(echo "$cmd" | cut -d' ' -f1)"
	if [ $rc -eq 0 ]; then ok; else bad "exit $rc"; fi
done
grep -q 'phq9' "$T/out" && ok || { name=read-only-media-export-has-data; bad "no phq9 in the export"; }
check read-only-media-unchanged test "$(find "$T/ro" -type f -exec cksum {} + | sort)" = "$sum"
chmod -R u+w "$T/ro"

# --- 4. forget forgets -----------------------------------------------------------------
cp -r "$H" "$T/fg"
run forget 0 "$COACH" --home "$T/fg" forget --yes
out_has 'overwritten and removed'
check forget-gone test -z "$(find "$T/fg" -type f)"
# a log that cannot be opened: said, and still overwritten
cp -r "$H" "$T/fg2"
rm -f "$T/fg2/data/coach.db-wal" "$T/fg2/data/coach.db-shm"
printf 'phq9 3,2,3 this is not a database' >"$T/fg2/data/coach.db"
ln "$T/fg2/data/coach.db" "$T/fg2-keep"
run forget-damaged 0 "$COACH" --home "$T/fg2" forget --yes
err_has 'could not open the log to delete its rows'
check forget-damaged-overwritten test ! -s "$T/fg2-keep"
# a step that cannot be done: named, and the exit status says so
cp -r "$H" "$T/fg3"
mkdir -p "$T/fg3/config/safety-plan.yaml"
run forget-in-part 1 "$COACH" --home "$T/fg3" forget --yes
err_has 'cannot remove .*safety-plan.yaml'
err_has 'forgotten only in part'
check forget-in-part-log-gone test ! -e "$T/fg3/data/coach.db"
# the answers are gone from the disk, free blocks included (a real ext4 image)
name=forget-disk-image
if $root && command -v mkfs.ext4 >/dev/null && dd if=/dev/zero of="$T/disk.img" bs=1M count=16 status=none &&
	mkfs.ext4 -q -F "$T/disk.img" && mkdir "$T/mnt" && mount -o loop "$T/disk.img" "$T/mnt" 2>/dev/null; then
	MNT="$T/mnt"
	L="$T/mnt/home"
	home "$L"
	session 2026-11-25 >"$T/sess3.yaml"
	"$COACH" --home "$L" log "$T/sess3.yaml" >/dev/null
	"$COACH" --home "$L" screen phq9 --answers 3,2,3,1,3,2,3,1,2 --date 2026-11-25 >/dev/null 2>&1
	sync
	before=$(grep -c -a '3,2,3,1,3,2,3,1,2' "$T/disk.img")
	"$COACH" --home "$L" forget --yes >"$T/out" 2>"$T/err"
	sync
	umount "$MNT" && MNT=""
	after=$(grep -c -a '3,2,3,1,3,2,3,1,2\|2,3,2,3,2,3,1' "$T/disk.img")
	if [ "$before" -gt 0 ] && [ "$after" -eq 0 ]; then ok; else bad "answers on the disk: $before before forget, $after after"; fi
else
	skipped "needs root and a loop mount"
fi

# --- 5. nothing from outside reaches the terminal raw ---------------------------------
ESC=$(printf '\033')
raw() { # raw FILE: true when it holds ESC, BEL, a C1 CSI, RLO or a byte that is not UTF-8
	grep -q "$ESC\|$(printf '\007')\|$(printf '\302\233')\|$(printf '\342\200\256')" "$1" ||
		! iconv -f UTF-8 -t UTF-8 "$1" >/dev/null 2>&1
}
printf 'Date,Workout Name,Exercise Name,Set Order,Weight,Weight Unit,Reps\n2026-10-05 18:02:11,E,\033]0;PWNED\007\033[31mRED\033[0m \342\200\256bidi \302\233x \377,1,60,kg,5\n' >"$T/esc.csv"
run escape-import-names 0 "$COACH" --home "$H" import --dry-run "$T/esc.csv"
check escape-import-names-not-raw sh -c "! { $(command -v grep) -q \"$ESC\" '$T/out'; }"
out_has '\\x1b\]0;PWNED\\x07\\x1b\[31mRED'
out_has '<U+202E>bidi <U+009B>x \\xff'
name=escape-import-stdout-clean; if raw "$T/out"; then bad "raw bytes on stdout"; else ok; fi
printf 'Date,Workout Name,Exercise Name,Set Order,Weight,Weight Unit,Reps\n\033[2J\033[31mboom,E,Squat,1,60,kg,5\n' >"$T/esc2.csv"
run escape-import-date 1 "$COACH" --home "$H" import --strict --dry-run "$T/esc2.csv"
err_has "x1b\\[2J\\\\x1b\\[31mboom' in column 'Date' is not a date"
name=escape-import-stderr-clean; if raw "$T/err"; then bad "raw bytes on stderr"; else ok; fi
mkdir "$T/escname"
printf 'coach_program: 1\nid: Bad\n' >"$T/escname/$(printf '\033]0;OWNED\007\033[2J').yaml"
run escape-file-name 1 "$COACH" --home "$H" --programs "$T/escname" programs
err_has 'escname/\\x1b\]0;OWNED\\x07\\x1b\[2J.yaml:1:1: error:'
name=escape-file-name-clean; if raw "$T/err"; then bad "raw bytes on stderr"; else ok; fi
# a value with newlines stays in its one diagnostic
printf 'coach_session: 1\ndate: 2026-11-20\nprogram: "a\\nb\\n/x.yaml:1:1: error: fake"\nexercises: []\n' >"$T/nl.yaml"
run escape-one-line 1 "$COACH" --home "$H" validate "$T/nl.yaml"
name=escape-one-line-count; if ! grep -q '^/x.yaml' "$T/err" && grep -q "'a\\\\nb\\\\n/x.yaml:1:1: error: fake'" "$T/err"; then ok; else bad "a value printed on lines of its own"; fi

# --- 6. import: linear, the log's limits, clear messages, no undefined behaviour ---------
I="$T/imp"
"$COACH" --home "$I" profile init --parq no,no,no,no,no,no,no --dumbbells 4,6,8 --program gordon-home >/dev/null
hs='Date,Workout Name,Exercise Name,Set Order,Weight,Weight Unit,Reps'
printf '%s\n2026-10-05 08:00:00,Morning,Push-up,1,0,kg,10\n2026-10-05 18:00:00,Evening,Push-up,1,0,kg,10\n' "$hs" >"$T/twice.csv"
run import-same-day-twice 0 "$COACH" --home "$I" import "$T/twice.csv"
out_has '2 sessions, 2 sets: 2 imported, 0 already in the log'
run import-same-day-twice-again 0 "$COACH" --home "$I" import "$T/twice.csv"
out_has '0 imported, 2 already in the log'
# the 50-set limit coach log has: one workout of 60 sets of one exercise is refused
{ echo "$hs"; i=1; while [ $i -le 60 ]; do echo "2026-10-06 08:00:00,Big,Push-up,$i,0,kg,10"; i=$((i + 1)); done; } >"$T/sixty.csv"
run import-sixty-sets 1 "$COACH" --home "$I" import "$T/sixty.csv"
err_has "sixty.csv:52:1: error: the workout '2026-10-06 08:00:00|Big' has more than 50 sets of 'Push-up' in a row"
err_has 'nothing was imported'
# numbers: the column and the value are named; no sign, hex, inf or fraction of a rep
for v in -60 0x3C inf 1e3; do
	printf '%s\n2026-10-07 08:00:00,W,Squat (Barbell),1,%s,kg,5\n' "$hs" "$v" >"$T/num.csv"
	run "import-weight-$v" 1 "$COACH" --home "$I" import --strict --dry-run "$T/num.csv"
	err_has "num.csv:2:41: error: '$v' in column 'Weight' is not a weight"
done
printf '%s\n2026-10-07 08:00:00,W,Squat (Barbell),1,60,kg,5.4\n' "$hs" >"$T/reps.csv"
run import-fraction-of-a-rep 1 "$COACH" --home "$I" import --strict --dry-run "$T/reps.csv"
err_has "'5.4' in column 'Reps' is not a whole number of reps"
printf 'Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps\n2026-10-07 08:00:00;W;Goblet Squat;1;62,5;kg;5\n' >"$T/comma.csv"
run import-decimal-comma 0 "$COACH" --home "$I" import "$T/comma.csv"
run import-decimal-comma-load 0 "$COACH" --home "$I" history --from 2026-10-07 --to 2026-10-07 --format csv
out_has '62.5'
# a NUL byte, a year of 2147483647, a header of more than 32 columns
printf '%s\n2026-10-07 08:00:00,W,Squat\000(Barbell),1,60,kg,5\n' "$hs" >"$T/nul.csv"
run import-nul 1 "$COACH" --home "$I" import --dry-run "$T/nul.csv"
err_has 'a NUL byte'
printf '"title","start_time","exercise_title","set_type","weight_kg","reps"\n"Push","15 Jan 2147483647, 08:30","Bench Press (Dumbbell)","normal",20,10\n' >"$T/year.csv"
run import-huge-year 1 "$COACH" --home "$I" import --strict --dry-run "$T/year.csv"
err_has "'15 Jan 2147483647, 08:30' in column 'start_time' is not a date"
{
	i=1
	printf 'Extra1'
	while [ $i -lt 40 ]; do printf ',Extra%d' $i; i=$((i + 1)); done
	printf ',%s\n' "$hs"
	i=1
	printf 'x'
	while [ $i -lt 40 ]; do printf ',x'; i=$((i + 1)); done
	printf ',2026-10-08 08:00:00,W,Goblet Squat,1,10,kg,8\n'
} >"$T/wide.csv"
run import-wide-header 0 "$COACH" --home "$I" import --dry-run "$T/wide.csv"
out_has '1 session, 1 set'
# memory does not grow with the file: 100,000 rows in 30 MB of address space
{
	echo "$hs"
	awk 'BEGIN { for (i = 0; i < 100000; i++) { d = int(i / 25); printf "20%02d-%02d-%02d 08:00:00,W%d,Goblet Squat,%d,10,kg,8\n", 10 + int(d / 336), 1 + int(d / 28) % 12, 1 + d % 28, d, i % 25 + 1 } }'
} >"$T/many.csv"
name=import-100k-rows-small-memory
if ldd "$COACH" 2>/dev/null | grep -q 'libasan\|libtsan'; then
	skipped "a sanitizer build reserves terabytes of address space"
else
	res=$( (ulimit -v 60000; "$COACH" --home "$I" import --dry-run "$T/many.csv" 2>&1; echo "rc=$?"))
	case $res in *'4000 sessions, 100000 sets'*rc=0) ok ;; *) bad "$res" ;; esac
fi

echo "hardening: $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
