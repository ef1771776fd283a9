#!/bin/sh
# The interface in German: under de_DE.UTF-8 (compiled with localedef when
# the machine lacks it) home's key bar, the week screen's words, its dates in
# the locale's order and a load with the decimal comma; c on the week screen
# writes the calendar file (asked first) that coach plan --format ical
# writes.  Usage: i18n.sh COACH
COACH=$1
TUI_NAME=tui-i18n
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/../locale.sh"
if ! use_locale de_DE.UTF-8 "$T/locales"; then
	echo "tui-i18n: de_DE.UTF-8 cannot be made here (localedef, package locales)"
	exit 77
fi
H=$T/home
profile "$H" --weekdays mon,thu --minutes 30 --dumbbells 2.5,5,7.5,10 --program gordon-home \
	--start 2026-11-02
DE="LC_ALL=de_DE.UTF-8 LANGUAGE= ${LOCPATH:+LOCPATH=$LOCPATH}"

start 80 24 "$H" "$DE"
wait_for home-keys 'w Woche'
wait_for home-date 'Do 26. Nov'
wait_for home-decimal-comma '[0-9],5 kg'
lacks home-no-point '[0-9]\.5 kg'
# Home's own lines: today, the week at a glance in the locale's weekdays, the
# mood line
wait_for home-today 'Heute: Tag A, etwa [0-9]* Min\.'
wait_for home-week '^ Woche  *Mo [^ ]*  Di [^ ]*  Mi [^ ]*  Do [^ ]*  Fr'
wait_for home-week-count 'von 2 erledigt'
wait_for home-mood '^ Stimmung   sag nach einer Einheit'
lacks home-no-english 'This week'
# the questionnaires' menu: each scale named in German
keys s
wait_for screens-de 'Ein kurzer Fragebogen (freiwillig)'
wait_for screens-de-phq9 'PHQ-9: neun Fragen zur Stimmung'
keys Escape
wait_for home-back 'w Woche'
keys w
wait_for week-title 'Woche vom Mo 23. Nov .*Do 26. Nov · Woche 4 von 8'
wait_for week-today 'Do 26. Nov .*heute'
wait_for week-rest 'Fr 27. Nov .*Ruhetag'
wait_for week-totals 'Krafttage: .* Ausdauer: '
wait_for week-keys 'm verlegen'
keys '?'
wait_for week-help 'Tasten: die Woche'
wait_for week-help-calendar 'als Kalenderdatei'
keys Escape
keys c
wait_for calendar-asks 'für deinen Kalender'
check calendar-not-yet test ! -e "$H/data/coach-plan.ics"
keys c
wait_for calendar-written 'Kalender geschrieben'
check calendar-file grep -q '^BEGIN:VCALENDAR' "$H/data/coach-plan.ics"
check calendar-mode test "$(stat -c %a "$H/data/coach-plan.ics")" = 600
check calendar-german grep -q 'SUMMARY:coach: Tag A' "$H/data/coach-plan.ics"
check calendar-same-as-cli sh -c "'$COACH' --home '$H' plan --format ical | grep '^UID' | cmp -s - \"\$(grep '^UID' '$H/data/coach-plan.ics' >'$T/u'; echo '$T/u')\""
# who to call, in German: the locale's country's lines, every number as checked
keys h
wait_for crisis-title 'Bitte lies das zuerst'
wait_for crisis-germany 'Deutschland'
wait_for crisis-number 'TelefonSeelsorge: 0800 111 0 111 oder 0800 111 0 222'
wait_for crisis-emergency 'in akuter Gefahr: 112 anrufen'
keys Enter
keys q
wait_for quit 'EXITED 0'

# a session in German: the preview's changes with their reasons, the set,
# the rest screen and the end
start 80 24 "$H" "$DE"
wait_for home-again 'w Woche'
keys Enter
wait_for checkin-de 'Do 26. Nov'
# the check-in's questions and the words at both ends of each scale
wait_for checkin-de-title 'Wie geht es dir heute?'
wait_for checkin-de-mood 'Stimmung  *sehr schlecht  *1    2   \[3\]   4    5   sehr gut'
wait_for checkin-de-energy 'Energie  *erschöpft  .*voller Energie'
wait_for checkin-de-anxiety 'Angst  *ruhig  .*sehr ängstlich'
wait_for checkin-de-sleep 'Schlaf  *7 Stunden letzte Nacht'
wait_for checkin-de-soreness 'Muskelkater keiner  .*sehr stark  *(optional)$'
lacks checkin-no-english 'very low'
keys 2 Enter
wait_for preview-de-title 'Heute, an dich angepasst, etwa [0-9]* Min\.'
wait_for preview-de-reason 'schwacher Tag ist ein Haltetag)'
lacks preview-no-english 'a low day is a hold'
keys Enter
wait_for set-de 'Satz 1 von [0-9]'
wait_for set-de-rir 'Wdh\. in Reserve auf'
keys Enter
wait_for set-de-reps 'Wiederholungen geschafft'
keys Enter
wait_for set-de-asks "in Reserve. Enter trägt es ein"
keys Enter
wait_for rest-de '^ Pause [0-9]:[0-9][0-9]'
wait_for rest-de-next 'als Nächstes: .*, Satz 1 von'
lacks rest-no-english '^ Rest [0-9]'
keys e
wait_for end-asks-de "Die heutige Einheit hier beenden, mit 1 eingetragenem Satz."
keys e
wait_for end-de 'Gut gemacht'
wait_for end-de-sets '1 Satz eingetragen'
keys q
wait_for quit-session 'EXITED 0'

# at 40 columns the German key bar keeps how to go on and back (Enter, Esc)
# before quit: aerobic minutes lost its Esc to "q beenden"; Home, the
# check-in and aerobic minutes fit in German (a home with no session yet)
H40=$T/home40
profile "$H40" --weekdays mon,thu --minutes 30 --dumbbells 2.5,5,7.5,10 --program gordon-home \
	--start 2026-11-02
start 40 12 "$H40" "$DE"
wait_for home-40 'beenden'
wait_for home-40-week '^ Woche  *Mo [^ ]*  Di [^ ]*  Mi [^ ]*  Do [^ ]*$'
keys Enter
# narrow: the numbers only, the chosen line's words below them
wait_for checkin-40 '^  Muskelkater  1   2   3   4   5'
wait_for checkin-40-words '^  1 sehr schlecht \.\.\. 5 sehr gut$'
keys Escape
wait_for home-40-again 'beenden'
keys a
wait_for aerobic-40 'Ausdauerminuten heute'
wait_for aerobic-40-minutes '30 Minuten Gehen'
wait_for aerobic-40-esc ' Enter eintragen  Esc zurück .* ? Hilfe$'
keys q
wait_for quit-40 'EXITED 0'

# the first run in German at 40x12: the welcome, the PAR-Q+ questions (the
# catalogue's own German, not the official form's), the profile's lines and
# their hints, the programs that fit
F=$T/first
mkdir -p "$F"
start 40 12 "$F" "$DE"
wait_for welcome-de 'Willkommen bei coach'
wait_for welcome-de-text 'coach begleitet Krafttraining zu'
wait_for welcome-de-more 'mehr: '
keys Enter
wait_for parq-de-count 'Gesundheit . 1 von 8'
wait_for parq-de-q1 'Hat dir deine Ärztin oder dein Arzt'
wait_for parq-de-answers 'y  ja       n  nein'
lacks parq-no-english 'Has your doctor'
keys n n
wait_for parq-de-q3 'Verlierst du wegen Schwindel das'
keys n n n n n
wait_for parq-de-bp 'hohen Blutdruck (Hypertonie)?'
keys n
wait_for setup-de-title 'Du und deine Ausrüstung'
wait_for setup-de-level 'Stufe  *< Einsteiger >'
wait_for setup-de-days 'Trainingstage  *\[Mo\]'
wait_for setup-de-hint 'Links und rechts ändern die Wahl\.'
keys Down Down Down Down
wait_for setup-de-dumbbell-hint 'Tippe deine Gewichte, durch Kommas'
# what is typed stays as typed: two dumbbells, 1.25 and 2.5, never "1,25,2,5"
keys 1 . 2 5 , 2 . 5
wait_for setup-de-typed 'Kurzhanteln *1\.25,2\.5_$'
lacks setup-de-no-comma '1,25,2,5'
keys BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace
wait_for setup-de-erased 'Kurzhanteln *_$'
# a value refused in German (the profile's own check, as the command line's)
keys a b c Enter
wait_for setup-de-refused "^ Deine Kurzhanteln: 'dumbbells' muss"
# what to type keeps its point: "0,25" would be two loads
wait_for setup-de-refused-point 'von 0\.25 bis 200'
lacks setup-de-refused-comma '0,25'
lacks setup-de-refused-english 'must be a number'
keys BSpace BSpace BSpace
wait_for setup-de-erased-again 'Kurzhanteln *_$'
keys Enter
wait_for choose-de 'Programme für dich'
wait_for choose-de-week 'Woche 1, Tag A:'
wait_for choose-de-reason 'passt zu deiner Ausrüstung'
keys q
wait_for quit-first 'EXITED 0'

# the program browser, progress, the safety plan and what the coach can do,
# in German; a load with the decimal comma, a number typed in the safety plan
# as it was typed
printf 'coach_session: 1\ndate: 2026-11-23\nexercises:\n  - id: goblet-squat\n    sets:\n      - {reps: 8, load: 7.5, rir: 2}\n' >"$T/s.yaml"
"$COACH" --home "$H" log "$T/s.yaml" >/dev/null
start 80 24 "$H" "$DE"
wait_for home-more 'w Woche'
keys b
wait_for browse-de-title 'coach · ein Programm wählen  *11 Programme'
wait_for browse-de-level '^ Gym machines: top set and back-off sets  *Fortgeschritten 2x/Wo\.  50 Min\.$'
wait_for browse-de-needs '^ Braucht: Kurzhantel$'
wait_for browse-de-goals '^ Ziele: Angst, Stimmung, Kraft$'
lacks browse-no-english 'days a week'
keys Enter
keys PageDown PageDown PageDown PageDown PageDown PageDown
wait_for browse-de-weeks '^   *Wochen\? [0-9-]*: [0-9] Sätze\? jeder Übung, [0-9] Wdh\. in Reserve'
keys Escape Escape
wait_for home-from-browse 'w Woche'
keys p
wait_for progress-de-title '^ Fortschritt '
wait_for progress-de-strength 'Kraft (geschätztes Ein-Wiederholungs-Maximum'
wait_for progress-de-load 'Goblet squat: bestes [0-9]*,[0-9] kg'
wait_for progress-de-volume '^     Volumen .* diese Woche'
wait_for progress-de-days 'Krafttage pro Woche (Ziel 2)'
lacks progress-no-point 'bestes [0-9]*\.[0-9]'
lacks progress-no-english 'Strength days'
keys Escape
wait_for home-from-progress 'w Woche'
keys h
wait_for crisis-again 'Bitte lies das zuerst'
keys i
wait_for about-de 'Was der Coach kann und was nicht'
wait_for about-de-text 'stellt keine Diagnosen'
lacks about-no-english 'cannot call anyone'
keys Escape
wait_for crisis-back 'Bitte lies das zuerst'
keys p
wait_for safety-de-title 'Dein Krisenplan'
wait_for safety-de-signs '^ Warnzeichen$'
wait_for safety-de-reasons '^ Gründe zu leben$'
lacks safety-no-english 'Warning signs'
keys Down Down Down Enter
wait_for safety-de-editor 'Menschen, die ich um Hilfe bitten kann'
keys S a m : Space 0 3 0 . 1 2 3 4 5
wait_for safety-de-typing '> Sam: 030\.12345_'
keys Enter
wait_for safety-de-saved '^   - Sam: 030\.12345$'
lacks safety-de-no-comma '030,12345'
check safety-de-file grep -q '030\.12345' "$H/config/safety-plan.yaml"
keys q
wait_for crisis-after-plan 'Bitte lies das zuerst'
keys Space Space Space
wait_for crisis-de-own 'Sam: 030\.12345'
lacks crisis-de-no-comma '030,12345'
keys Enter
keys q
wait_for quit-more 'EXITED 0'

# the same screens in English under C: the words, dates and point as before
start 80 24 "$H"
wait_for home-keys-c 'w week'
keys w
wait_for week-title-c 'Week of Mon 23 Nov'
keys q
finish
