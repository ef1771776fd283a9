#!/bin/sh
# What a small or narrow terminal must not lose (issue 16), in English and in
# German (de_DE.UTF-8, compiled with localedef when the machine lacks it):
# the program being followed stays marked, whole, and selected in the
# chooser (c) and the browser (b) at 40x12, 60x18 and 80x24.
# Usage: narrow.sh COACH
set -u
COACH=$1
TUI_NAME=narrow
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/../locale.sh"
ESC=$(printf '\033')
DE=""
if use_locale de_DE.UTF-8 "$T/locales"; then
	DE="LC_ALL=de_DE.UTF-8 LANGUAGE= ${LOCPATH:+LOCPATH=$LOCPATH}"
else
	echo "narrow: de_DE.UTF-8 cannot be made here (localedef, package locales): English only"
fi

# selected NAME TEXT: the line showing TEXT is the selection (reverse)
selected() {
	name=$1
	tm capture-pane -e -p -t t >"$T/esc"
	if grep -- "$2" "$T/esc" | grep -q "$ESC\[[0-9;]*7m"; then ok; else bad "the line with '$2' is not the selected one"; fi
}

P="$T/p"
profile "$P" --weekdays mon,thu --minutes 30 --dumbbells 4,6,8 --program gordon-home --start 2026-11-09

for lang in en de; do
	if [ $lang = de ]; then
		[ -n "$DE" ] || continue
		env=$DE mark='(deins, Woche 3)' today_line='Heute: Tag A'
	else
		env="" mark='(yours, week 3)' today_line='Today: day A'
	fi
	for size in 40x12 60x18 80x24; do
		W=${size%x*} H=${size#*x}
		# shellcheck disable=SC2086 # the locale's words, one each
		start "$W" "$H" "$P" $env
		wait_for "$lang-$size-home" "$today_line"
		keys c
		wait_for "$lang-$size-chooser-mark" "^ 3\. Resistance .*  $mark\$"
		selected "$lang-$size-chooser-selected" "$mark"
		keys b
		wait_for "$lang-$size-browse-mark" "^ Resistance .*  $mark"
		selected "$lang-$size-browse-selected" "$mark"
	done
done
finish
