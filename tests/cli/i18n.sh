#!/bin/sh
# The coach in the person's language (gettext, po/de.po) and formats:
# German --help and errors under de_DE.UTF-8 (the locale compiled with
# localedef when the machine lacks it), English under C, the crisis
# contacts of the locale's country when none is named, and a missing or
# broken catalogue never in the way of the numbers.
. "$(dirname "$0")/lib.sh"
. "$TESTS/locale.sh"
if ! use_locale de_DE.UTF-8 "$T/locales"; then
	echo "cli i18n: de_DE.UTF-8 cannot be made here (localedef, package locales)"
	exit 77
fi
DE="env LC_ALL=de_DE.UTF-8 LANGUAGE="
H=$T/none

run help-de 0 $DE "$COACH" --help
out_has '^Aufruf: coach \[OPTIONEN\]'
out_has 'Befehle:'
out_has '^  crisis     wen du jetzt anrufen kannst'
out_has 'In einer Krise:'
# every line of the German help fits 80 columns, as the English does
w=$(LC_ALL=C.UTF-8 wc -L <"$T/out")
if [ "$w" -le 80 ]; then ok; else bad "a line is $w columns wide"; fi
run help-c 0 env LC_ALL=C.UTF-8 "$COACH" --help
out_has '^usage: coach \[OPTIONS\]'

run error-de 2 $DE "$COACH" --home "$H" frobnicate
err_has "^coach: kein Befehl 'frobnicate' (siehe 'coach --help')"
run error-option-de 2 $DE "$COACH" --home "$H" --format xml programs
err_has "^coach: --format muss text, yaml, csv oder ical sein, nicht 'xml'"
run help-command-de 0 $DE "$COACH" help crisis
out_has '^Aufruf: coach crisis'
out_has 'sonst das Land deiner Sprache'

# a locale the machine does not have: English, and never an error
run locale-missing 0 env LC_ALL=xx_YY.UTF-8 "$COACH" --help
out_has '^usage: coach'

# no country named anywhere: the locale's country's lines, and it says so
run crisis-locale-country 0 $DE "$COACH" --home "$H" crisis
out_has 'TelefonSeelsorge'
out_has '0800 111 0 111'
out_lacks 'Samaritans'
out_has 'Land deiner Spracheinstellung'
# a country named wins over the locale's
run crisis-named-wins 0 $DE "$COACH" --home "$H" crisis --country gb
out_has 'Samaritans'
out_lacks 'TelefonSeelsorge'
# a locale whose country keeps no lines: every region, as before
run crisis-other-locale 0 env LC_ALL=C.UTF-8 "$COACH" --home "$H" crisis
out_has 'Samaritans'
out_has 'TelefonSeelsorge'

# a broken catalogue (garbage where coach.mo should be), and an empty folder:
# English, the numbers all the same
mkdir -p "$T/broken/de/LC_MESSAGES" "$T/empty"
head -c 4096 /dev/urandom >"$T/broken/de/LC_MESSAGES/coach.mo"
for dir in broken empty; do
	run crisis-catalogue-$dir 0 env COACH_LOCALEDIR="$T/$dir" $DE "$COACH" --home "$H" crisis
	out_has '0800 111 0 111'
	out_has '112'
	out_has '^Please read this first'
done

# what is written stays in the C locale's numbers: a profile and a check-in
# under de_DE keep the decimal point in the files
P=$T/p
run profile-init-de 0 $DE "$COACH" --home "$P" profile init --weekdays mon,thu --minutes 30 \
	--dumbbells 2.5,5 --program gordon-home --parq no,no,no,no,no,no,no
run checkin-de 0 $DE "$COACH" --home "$P" checkin --mood 3 --energy 3 --anxiety 2 --sleep 6.5
run export-de 0 $DE "$COACH" --home "$P" export --format yaml
out_has 'sleep: 6.5'
out_has '2.5'
out_lacks '6,5'

finish i18n
