#!/bin/sh
# coach plan --format ical: the next weeks' planned sessions as RFC 5545,
# parsed back with libical (tests/ical/ical-read.c) and checked as a
# calendar receives them: CRLF line ends, lines folded at 75 octets without
# splitting a character, a UID and DTSTAMP on every event, the same UIDs on
# a second run (so a re-import updates), one event per planned day, the
# profile's train_at as the time, a reminder, the words in the locale's
# language.  Usage: ical.sh COACH TESTS_DIR ICAL_READ
. "$(dirname "$0")/lib.sh"
READ=$3
H=$T/home
export LC_ALL=C.UTF-8

# the framing of every physical line of $1: CRLF, at most 75 octets, a
# continuation line starts with a space, and each line is whole UTF-8
framing() {
	if [ "$(tr -cd '\r' <"$1" | wc -c)" -eq "$(wc -l <"$1")" ] &&
		! grep -q "$(printf '[^\r]$')" "$1"; then ok; else bad "$1: a line does not end in CRLF"; fi
	long=$(LC_ALL=C awk '{ sub(/\r$/, ""); if (length($0) > 75) print NR": "length($0) }' "$1")
	if [ -z "$long" ]; then ok; else bad "$1: lines over 75 octets: $long"; fi
	if iconv -f UTF-8 -t UTF-8 "$1" >/dev/null 2>&1 &&
		! LC_ALL=C grep -q "$(printf '^[\200-\277]')" "$1"; then ok; else bad "$1: a fold splits a character"; fi
}

run init 0 "$COACH" --home "$H" profile init --weekdays mon,wed,fri --minutes 30 --dumbbells 4,6,8 \
	--program gordon-home --parq no,no,no,no,no,no,no --start 2026-11-02
run ical 0 "$COACH" --home "$H" plan --format ical
cp "$T/out" "$T/a.ics"
err_is_empty
out_has '^BEGIN:VCALENDAR'
framing "$T/a.ics"
run parse 0 "$READ" "$T/a.ics"
cp "$T/out" "$T/a.txt"
# planned FROM TO: the days coach plan shows as planned, FROM <= date < TO
planned() {
	total=0
	for wk in 2026-11-26 2026-12-03 2026-12-10 2026-12-17 2026-12-24; do
		"$COACH" --home "$H" plan --week "$wk" --format yaml >"$T/p.yaml" || bad "plan --week $wk"
		n=$(awk -v from="$1" -v to="$2" '/status: planned/ {
			match($0, /date: [0-9-]+/); d = substr($0, RSTART + 6, 10); if (d >= from && d < to) n++ }
			END { print n + 0 }' "$T/p.yaml")
		total=$((total + n))
	done
	echo "$total"
}
# one event per planned day of the next 4 weeks, as coach plan counts them
want=$(planned 2026-11-26 2026-12-24)
got=$(wc -l <"$T/a.txt")
name=count
if [ "$got" -eq "$want" ] && [ "$got" -ge 8 ]; then ok; else bad "$got events, $want planned days"; fi
# today (a Thursday, not a training day here) is not in it; Friday is, all day
if grep -q "^coach-20261127@coach	20261127	20261128	coach: day A, about [0-9]* min	32400$" "$T/a.txt"; then ok; else bad "no all-day event on Fri 27 Nov reminding at 9:00"; fi
if grep -q '^coach-20261126' "$T/a.txt"; then bad "a rest day has an event"; else ok; fi
# every UID differs, and a second run gives the same ones (re-import updates)
if [ "$(cut -f1 "$T/a.txt" | sort -u | wc -l)" -eq "$got" ]; then ok; else bad "UIDs repeat"; fi
"$COACH" --home "$H" plan --format ical >"$T/b.ics"
"$READ" "$T/b.ics" >"$T/b.txt"
name=stable-uids
cut -f1 "$T/a.txt" >"$T/a.uid"
cut -f1 "$T/b.txt" >"$T/b.uid"
if cmp -s "$T/a.uid" "$T/b.uid"; then ok; else bad "the UIDs changed between two runs"; fi

run weeks-1 0 "$COACH" --home "$H" plan --format ical --weeks 1
"$READ" "$T/out" >"$T/w1.txt" || bad "--weeks 1 does not parse"
want=$(planned 2026-11-26 2026-12-03)
if [ "$(wc -l <"$T/w1.txt")" -eq "$want" ] && [ "$want" -ge 1 ]; then ok; else bad "--weeks 1: $(wc -l <"$T/w1.txt") events, not $want"; fi
run weeks-bad 2 "$COACH" --home "$H" plan --format ical --weeks 0
err_has 'weeks takes a whole number from 1 to 52'
run weeks-without-ical 2 "$COACH" --home "$H" plan --weeks 2
run ical-elsewhere 2 "$COACH" --home "$H" today --format ical
err_has 'ical is for plan'

# a time of day: the session at 18:00 (floating local time), lasting its
# estimate, reminded 30 minutes before
run train-at 0 "$COACH" --home "$H" profile set train_at 18:00
run train-at-bad 1 "$COACH" --home "$H" profile set train_at 25:00
err_has "'train_at' is a time of day HH:MM"
run ical-time 0 "$COACH" --home "$H" plan --format ical
cp "$T/out" "$T/t.ics"
out_has "$(printf '^DTSTART:20261127T180000\r$')"
framing "$T/t.ics"
run parse-time 0 "$READ" "$T/t.ics"
if grep -q "^coach-20261127@coach	20261127T180000	20261127T18[0-5][0-9]00	coach: day A, about [0-9]* min	-1800$" "$T/out"; then ok; else bad "no 18:00 event with a reminder 30 min before"; fi

# a long name with characters of several bytes: folded at 75 octets, never
# inside a character, and read back whole
mkdir -p "$T/progs"
sed -e 's/^id: .*/id: umlaut-test/' \
	-e 's/^name: .*/name: "Übungen für Körper und Stimmung — Kraft, Ausdauer, Gelöstheit, Ruhe und Mut"/' \
	"$SRC/programs/gordon-home.yaml" >"$T/progs/umlaut.yaml"
run umlaut-program 0 "$COACH" --home "$H" --programs "$T/progs" profile set program umlaut-test
run ical-umlaut 0 "$COACH" --home "$H" --programs "$T/progs" plan --format ical --weeks 1
cp "$T/out" "$T/u.ics"
framing "$T/u.ics"
run parse-umlaut 0 "$READ" "$T/u.ics"

# in German: the words of the locale, the dates and UIDs the same
. "$TESTS/locale.sh"
if use_locale de_DE.UTF-8 "$T/locales"; then
	run ical-de 0 env LC_ALL=de_DE.UTF-8 "$COACH" --home "$H" --programs "$T/progs" plan --format ical --weeks 1
	cp "$T/out" "$T/de.ics"
	framing "$T/de.ics"
	run parse-de 0 "$READ" "$T/de.ics"
	out_has "coach: Tag A, etwa [0-9]* Min\."
	cut -f1 "$T/out" >"$T/de.uid"
	"$READ" "$T/u.ics" | cut -f1 >"$T/u.uid"
	if cmp -s "$T/de.uid" "$T/u.uid"; then ok; else bad "the German file's UIDs differ"; fi
fi

finish ical
