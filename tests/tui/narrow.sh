#!/bin/sh
# What a small or narrow terminal must not lose (issue 16), in English and in
# German (de_DE.UTF-8, compiled with localedef when the machine lacks it):
# the program being followed stays marked, whole, and selected in the
# chooser (c) and the browser (b) at 40x12, 60x18 and 80x24; the week
# screen's columns are as wide as their widest word (showed-up, erledigt),
# nothing on it is cut at 80x24, and at 40x12 every day's words, the totals
# (Down to Sunday), the question for a mood after and the answer are whole,
# as is any message (a session removed); who to call never splits a number
# across lines at 40 columns; the safety plan's rows wrap instead of being
# cut (its prompts in German at 80x24, a person's own number at 40x12); the
# preview gives the chosen exercise's reason whole at 80x24.
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
		# the key bar has room for help or quit, in either language
		wait_for "$lang-$size-chooser-help" ' ? \(help\|Hilfe\)\| q \(quit\|beenden\)'
		wait_for "$lang-$size-chooser-mark" "^ 3\. Resistance .*  $mark\$"
		selected "$lang-$size-chooser-selected" "$mark"
		keys b
		wait_for "$lang-$size-browse-mark" "^ Resistance .*  $mark"
		selected "$lang-$size-browse-selected" "$mark"
	done
done
# col NAME TEXT ROW1 ROW2: TEXT starts in the same column on the rows that
# begin with ROW1 and ROW2
col() {
	name=$1
	screen
	a=$(grep -- "^ $3" "$T/screen" | awk -v s="$2" '{ print index($0, s) }')
	b=$(grep -- "^ $4" "$T/screen" | awk -v s="$2" '{ print index($0, s) }')
	if [ -n "$a" ] && [ "$a" != 0 ] && [ "$a" = "$b" ]; then ok; else bad "'$2' at column $a and $b"; fi
}

# --- the week: Monday done with its mood, Wednesday and Thursday a walk ------------
Wk="$T/week"
profile "$Wk" --weekdays mon,thu --minutes 30 --dumbbells 4,6,8 --program gordon-home --start 2026-11-09
printf 'coach_session: 1\ndate: 2026-11-23\nprogram: gordon-home\ncheckin: {mood: 2, energy: 3, anxiety: 2, sleep: 7}\nmood_after: 3\nexercises:\n  - id: goblet-squat\n    slot: goblet-squat\n    sets: [{reps: 10, load: 8}, {reps: 10, load: 8}]\n' >"$T/s1.yaml"
printf 'coach_session: 1\ndate: 2026-11-25\naerobic: [{kind: walk, minutes: 30}]\n' >"$T/s2.yaml"
printf 'coach_session: 1\ndate: 2026-11-26\naerobic: [{kind: walk, minutes: 12}]\n' >"$T/s3.yaml"
for f in s1 s2 s3; do
	COACH_TODAY=2026-11-27 "$COACH" --home "$Wk" log "$T/$f.yaml" >/dev/null ||
		{ name="log $f"; bad "coach log refused"; }
done
for lang in en de; do
	if [ $lang = de ]; then
		[ -n "$DE" ] || continue
		env=$DE show='Stimmung' walk='ein Spaziergang, und er zählt' aer='+ 30 Min. Ausdauer'
		totals='Krafttage:' totals_end='von 150 Min\.' ask='keine Änderung)$' kept='Stimmung danach 4 für Mo 23\. Nov$'
		mon='Mo 23' thu='Do 26' dayA='Tag A' status='erledigt'
	else
		env="" show='mood' walk='a walk, and it counts' aer='+ 30 min aerobic'
		totals='Strength days' totals_end='150 min$' ask='change)$' kept='Mood after 4 kept for Mon 23 Nov\.$'
		mon='Mon 23' thu='Thu 26' dayA='day A' status='showed-up'
	fi
	# 80x24: the columns line up, every day's words whole
	# shellcheck disable=SC2086 # the locale's words, one each
	start 80 24 "$Wk" COACH_TODAY=2026-11-27 $env
	keys w
	wait_for "$lang-week" "$status"
	col "$lang-week-day-column" "$dayA" "$mon" "$thu"
	wait_for "$lang-week-mood" "$show 2 → 3"
	wait_for "$lang-week-walk" "$walk"
	wait_for "$lang-week-aerobic" "$aer"
	lacks "$lang-week-uncut" '…'
	# 40x12: each day's words below it, whole; Down to Sunday shows the totals
	# shellcheck disable=SC2086
	start 40 12 "$Wk" COACH_TODAY=2026-11-27 $env
	keys w
	wait_for "$lang-40-week" "$walk"
	wait_for "$lang-40-more" '── m'
	lacks "$lang-40-uncut" '…'
	keys Down Down
	wait_for "$lang-40-totals" "$totals"
	wait_for "$lang-40-totals-end" "$totals_end"
	lacks "$lang-40-totals-uncut" '…'
	# Monday's mood after, asked and answered, each whole
	keys Up Up Up Up Up Up
	wait_for "$lang-40-monday" "$show 2 → 3"
	keys a
	wait_for "$lang-40-ask" "$ask"
	keys 4
	wait_for "$lang-40-kept" "$kept"
	wait_for "$lang-40-mood-4" "$show 2 → 4"
	keys a 3
done
# a message is whole too: removing Monday's session at 40x12 (on a copy)
cp -r "$Wk" "$T/week2"
start 40 12 "$T/week2" COACH_TODAY=2026-11-27
keys w
keys Up Up Up Up
keys x
wait_for remove-asks 'any other key keeps it\.$'
keys x
wait_for remove-said 'progression worked out again\.$'
# scrolled NAME TEXT: TEXT is on one line of the screen, Down pressed until
# it shows (at most 60 times)
scrolled() {
	name=$1
	i=0
	while [ $i -lt 60 ]; do
		screen
		if grep -q -- "$2" "$T/screen"; then ok; return 0; fi
		keys Down
		i=$((i + 1))
	done
	bad "never showed '$2' on a line"
}

# --- who to call at 40x12: each number on one line ---------------------------------
start 40 12 "$P"
keys h
wait_for crisis 'Please read this first'
scrolled crisis-telefonseelsorge '0800 111 0 111'
keys PPage PPage PPage PPage PPage PPage PPage PPage PPage PPage
scrolled crisis-lifeline-text '0477 13 11 14'
keys Enter

# --- the safety plan: rows wrapped, never cut ------------------------------------------
if [ -n "$DE" ]; then
	# shellcheck disable=SC2086
	start 80 24 "$P" $DE
	keys h p
	wait_for safety-de 'Warnzeichen'
	wait_for safety-de-prompt 'beginnen könnte$'
	wait_for safety-de-prompt-2 '^     schützen$'
	lacks safety-de-uncut '…'
fi
S="$T/safety"
cp -r "$P" "$S"
start 40 12 "$S"
keys h p
wait_for safety 'Your safety plan'
keys Down Down Down
keys Enter
wait_for safety-edit '> _'
tm send-keys -t t -l 'Sam at work, or my sister Jo: 07700 900123 any time'
keys Enter
keys Up
keys Down
wait_for safety-own-number '07700 900123 any time'
lacks safety-uncut '…'

# --- the preview: the chosen exercise's reason whole --------------------------------
R="$T/preview"
cp -r "$P" "$R"
start 80 24 "$R"
wait_for preview-home 'Today: day A'
keys Enter 3 3 5 Enter
wait_for preview 'adjusted for you'
wait_for preview-reason-whole 'that finds your load'
keys Down
wait_for preview-reason-next 'that finds your load'
finish
