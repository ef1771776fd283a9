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
out_has '^  --home DIR  '
out_has '^  -h, --help  '
run help-c 0 env LC_ALL=C.UTF-8 "$COACH" --help
out_has '^usage: coach \[OPTIONS\]'
out_has '^Commands:$'
out_has '^  --home DIR  '

# one command's help: the descriptions German, the command, its options and
# their values as they are typed (a number keeps its point: --sleep 6.5)
run help-today-de 0 $DE "$COACH" today --help
out_has '^Aufruf: coach today \[--mood N --energy N --anxiety N --sleep H\] \[--short\]$'
out_has '^die heutige Einheit, an dich angepasst\.$'
out_has '^Zeigt die heutigen Übungen mit Sätzen, Wiederholungen, Gewicht'
out_has '^Optionen:$'
out_has '^  --mood N      1 sehr schlecht \.\. 5 sehr gut$'
out_has '^  --sleep H     Stunden Schlaf letzte Nacht, 0-16 (6\.5 geht auch)$'
out_has '^  --soreness N  1 keiner \.\. 5 sehr stark (optional)$'
out_has '^  --short       die kurze Einheit (schwacher Tag, Tag nach einem verpassten)$'
out_lacks 'Options:'
out_lacks 'reps in reserve'
out_lacks '6,5'
run help-today-c 0 env LC_ALL=C.UTF-8 "$COACH" today --help
out_has '^usage: coach today \[--mood N --energy N --anxiety N --sleep H\] \[--short\]$'
out_has '^Shows today.s exercises with sets, reps, load'
out_has '^Options:$'
out_has '^  --mood N      1 very low \.\. 5 very good$'
out_has '^  --sleep H     hours slept last night, 0-16 (6\.5 is fine)$'
out_has '^  --short       the short session (a low day, the day after a missed one)$'
out_lacks 'Einheit'
run help-plan-de 0 $DE "$COACH" help plan
out_has '^Aufruf: coach plan \[--week DATE\] | coach plan --format ical \[--weeks N\]$'
out_has '^Zeigt Montag bis Sonntag der Woche, in der DATE liegt'
out_has '^--format ical schreibt die Einheiten der nächsten N Wochen'
out_has 'coach plan --format ical > coach\.ics'
out_has '^  --week DATE  ein beliebiger Tag der gewünschten Woche'
out_has '^  --weeks N    mit --format ical: wie viele Wochen ab heute'
out_lacks 'Shows Monday'
run help-plan-c 0 env LC_ALL=C.UTF-8 "$COACH" help plan
out_has '^Shows Monday to Sunday of the week holding DATE'
out_has '^  --weeks N    with --format ical: how many weeks from today'
out_lacks 'Woche'
run help-safety-de 0 $DE "$COACH" help safety
out_has '^Was der Coach kann und was nicht$'
out_has 'stellt keine Diagnosen'
out_has '^Wen du anrufen kannst: coach crisis\. Dein Krisenplan: coach safety-plan\.$'

# every command's help, in German and in English: every line within 80
# columns (a long usage line wraps under its first argument), the usage the
# same words in both (names are typed, never translated), and the German's
# text its own, not the English's
cmds=$(env LC_ALL=C.UTF-8 "$COACH" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p')
de_cmds=$($DE "$COACH" --help | sed -n '/^Befehle:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p')
name=help-command-list
if [ "$(echo "$cmds" | wc -l)" -ge 20 ] && [ "$cmds" = "$de_cmds" ]; then ok; else bad "the command lists differ: $cmds / $de_cmds"; fi
for c in $cmds; do
	name=help-width-$c
	$DE "$COACH" help "$c" >"$T/de.help" 2>&1
	env LC_ALL=C.UTF-8 "$COACH" help "$c" >"$T/c.help" 2>&1
	w=$(LC_ALL=C.UTF-8 wc -L <"$T/de.help")
	wc=$(LC_ALL=C.UTF-8 wc -L <"$T/c.help")
	if [ "$w" -le 80 ] && [ "$wc" -le 80 ]; then ok; else bad "$c: a line is $w (German) / $wc (English) columns wide"; fi
	name=help-usage-$c
	u_de=$(sed -n '1,/^$/p' "$T/de.help" | tr -s ' \n' '  ' | sed 's/^Aufruf: //')
	u_c=$(sed -n '1,/^$/p' "$T/c.help" | tr -s ' \n' '  ' | sed 's/^usage: //')
	case $u_c in "coach $c"*) ok ;; *) bad "$c: usage is '$u_c'" ;; esac
	if [ "$u_de" = "$u_c" ]; then ok; else bad "$c: the German usage is '$u_de', the English '$u_c'"; fi
	name=help-german-$c
	# the text after the usage and the summary (its third paragraph), line for line
	awk 'NF == 0 { n++; next } n == 2' "$T/de.help" >"$T/de.text"
	awk 'NF == 0 { n++; next } n == 2' "$T/c.help" >"$T/c.text"
	# (names typed as they are, such as 'coach profile show', may be a line)
	same=$(grep -cxF -f "$T/c.text" "$T/de.text")
	lines=$(wc -l <"$T/de.text")
	if [ -s "$T/c.text" ] && [ $((same * 3)) -le "$lines" ]; then ok; else
		bad "$c: $same of $lines lines are the English text's"; fi
done

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

# the crisis words in German, every number exactly as in English: for every
# region, the digits of the German lines are those of the C locale's
run crisis-de-words 0 $DE "$COACH" --home "$H" crisis
out_has '^  Deutschland'
out_has 'TelefonSeelsorge: 0800 111 0 111 oder 0800 111 0 222 anrufen'
out_has 'Notruf: in akuter Gefahr: 112 anrufen'
out_has '^Wenn du Gedanken hast'
for cc in us ca gb ie au de eu other; do
	name=crisis-numbers-$cc
	env LC_ALL=C.UTF-8 "$COACH" --home "$H" crisis --country $cc | head -n 12 | tr -cs '0-9' '\n' >"$T/c.num"
	$DE "$COACH" --home "$H" crisis --country $cc | head -n 12 | tr -cs '0-9' '\n' >"$T/de.num"
	if [ -s "$T/c.num" ] && cmp -s "$T/c.num" "$T/de.num"; then ok; else bad "the numbers differ in German"; fi
done
# a catalogue whose translation got a number wrong: that line in English,
# with the right number; the rest still German
mkdir -p "$T/tampered/de/LC_MESSAGES"
sed 's/^msgstr "0800 111 0 111 oder/msgstr "0800 111 0 999 oder/' "$SRC/po/de.po" >"$T/tampered.po"
if grep -q '0800 111 0 999' "$T/tampered.po" &&
	msgfmt -o "$T/tampered/de/LC_MESSAGES/coach.mo" "$T/tampered.po"; then
	run crisis-tampered 0 env COACH_LOCALEDIR="$T/tampered" $DE "$COACH" --home "$H" crisis
	out_lacks '0800 111 0 999'
	out_has 'TelefonSeelsorge: call 0800 111 0 111 or 0800 111 0 222'
	out_has 'Notruf: in akuter Gefahr: 112 anrufen'
else
	name=tampered-catalogue; bad "could not make the tampered catalogue"
fi

# the questionnaires in the official German wording (PHQ-D; GAD-7 German)
run phq9-de 0 $DE "$COACH" --home "$H" screen phq9
out_has 'Wie oft fühlten Sie sich im Verlauf der letzten 2 Wochen'
out_has '1. Wenig Interesse oder Freude an Ihren Tätigkeiten'
out_has 'Gedanken, dass Sie lieber tot wären oder sich Leid zufügen möchten'
out_has '0 (überhaupt nicht), 1 (an einzelnen'
run gad7-de 0 $DE "$COACH" --home "$H" screen gad7
out_has 'Nervosität, Ängstlichkeit oder Anspannung'

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

# the command line's own sentences: counts with the language's plural, and
# a refusal; what is written (YAML, the catalogue's ids) stays as it is
run programs-de 0 $DE "$COACH" --home "$H" programs
out_has 'Programme\.  .coach show ID. zeigt eines davon\.'
out_has '^ID '
# the tables' headings and the words under them in German, their columns as
# wide as the German headings; the ids and patterns as they are typed; YAML
# keeps the file's words
run programs-table-de 0 $DE "$COACH" --home "$H" programs
out_has '^ID                       STUFE         TAGE MIN\. WOCHEN  AUSRÜSTUNG$'
out_has '^band-basics              Einsteiger       2   35      8  Widerstandsband$'
out_has '^barbell-5x5  *Einsteiger  *3  *55  *offen  Langhantel, Bank$'
out_lacks 'beginner'
run programs-yaml-de 0 $DE "$COACH" --home "$H" --format yaml programs
out_has '^  level: beginner$'
out_has '^  equipment: \[band\]$'
run programs-table-c 0 env LC_ALL=C.UTF-8 "$COACH" --home "$H" programs
out_has '^ID                       LEVEL         DAYS  MIN WEEKS  EQUIPMENT$'
out_has '^band-basics              beginner         2   35     8  band$'
run exercises-table-de 0 $DE "$COACH" --home "$H" exercises
out_has '^ID                           MUSTER     BRAUCHT                NAME$'
out_has '^dead-bug                     core       Körpergewicht          Dead bug$'
run exercises-yaml-de 0 $DE "$COACH" --home "$H" --format yaml exercises
out_has 'pattern: core, equipment: \[bodyweight\]}$'
# a program's level, equipment and goals, and its increment with the comma
run show-words-de 0 $DE "$COACH" --home "$H" show barbell-5x5
out_has '^Einsteiger, 3 Tage pro Woche'
out_has '^Ausrüstung: Langhantel, Bank$'
out_has '^Ziele: Kraft, Stimmung$'
out_has 'Tempo 2-0-2, dann +2,5 nach jeder vollständigen Einheit$'
out_lacks '+2\.5 nach'
run show-words-c 0 env LC_ALL=C.UTF-8 "$COACH" --home "$H" show barbell-5x5
out_has 'tempo 2-0-2, then +2\.5 after every full session$'
run validate-de 0 $DE "$COACH" --home "$H" validate "$SRC/programs/barbell-5x5.yaml"
out_has '^1 Datei geprüft: alles gültig'
# a file's problems in German, each after its 'PATH:LINE:COL: error:' as it is
# (tools read it); the keys and values named as the file writes them; as
# YAML the messages stay English
BAD=$SRC/tests/data/bad
run validate-bad-de 1 $DE "$COACH" --home "$H" validate "$BAD/program-missing-name.yaml" \
	"$BAD/program-equipment-typo.yaml" "$BAD/profile-unknown-key-typo.yaml" \
	"$BAD/program-yaml-tab-indent.yaml" "$BAD/empty.yaml" "$BAD/session-rir-11.yaml"
err_has "program-missing-name\.yaml:2:1: error: Programm: der nötige Schlüssel 'name' fehlt$"
err_has "program-equipment-typo\.yaml:8:13: error: 'equipment' 'dumbell' ist keins von bodyweight, .* oder cable (meintest du 'dumbbell'?)$"
err_has "profile-unknown-key-typo\.yaml:10:3: error: 'equipment': unbekannter Schlüssel 'benhc' (meintest du 'bench'?)$"
err_has 'program-yaml-tab-indent\.yaml:[0-9]*:[0-9]*: error: .*; YAML wird mit Leerzeichen eingerückt, nicht mit Tabs$'
err_has 'empty\.yaml: error: die Datei ist leer (kein YAML-Dokument darin)$'
err_has "session-rir-11\.yaml:12:35: error: 'rir' ist 11; es muss zwischen 0 und 10 liegen$"
err_has '^6 Fehler in 6 Dateien$'
err_lacks 'missing required key'
err_lacks 'is not one of'
run validate-bad-yaml-de 1 $DE "$COACH" --home "$H" --format yaml validate "$BAD/program-missing-name.yaml"
out_has "message: missing required key 'name' in a program}$"
out_lacks 'Schlüssel'
run validate-bad-c 1 env LC_ALL=C.UTF-8 "$COACH" --home "$H" validate "$BAD/program-missing-name.yaml"
err_has "program-missing-name\.yaml:2:1: error: missing required key 'name' in a program$"
run delete-none-de 1 $DE "$COACH" --home "$P" delete 2001-01-01 --yes
err_has 'keine Einheit am .* im Protokoll; nichts wurde entfernt'
run doctor-de 0 $DE "$COACH" --home "$P" doctor
out_has '^Katalog: ok'
out_has '^Profil: ok'

run show-de 0 $DE "$COACH" --home "$H" show gordon-home
out_has '2 Tage pro Woche, etwa 45 Min\., 8 Wochen'
out_has 'dann +2, wenn jeder Satz das obere Ende erreicht$'
out_has '^RIR (Wiederholungen in Reserve)'
run safety-plan-de 0 $DE "$COACH" --home "$H" safety-plan
out_has '^Du hast noch keinen Krisenplan'
out_has 'coach safety-plan add warning_signs'

# today's session in German: the readiness, the changes and their reasons,
# the advisories, each exercise's load with the decimal comma; the same
# session as YAML keeps the engine's sentences in English (for programs)
CK="--mood 1 --energy 2 --sleep 5.5 --anxiety 4"
run today-de 0 $DE "$COACH" --home "$P" today $CK
out_has '^Bereitschaft: schwach (Stimmung 1/5, Energie 2/5, Angst 4/5, 5,5 h'
out_has '^Für heute geändert:'
out_has 'für sich allein bringt dich der heutige Tag nicht weiter, und nichts von$'
out_has 'heute zählt gegen dich (ein schwacher Tag ist ein Haltetag)'
out_has '^Heute klingt schwer\.'
out_has '· [0-9]* Wdh\. in Reserve · 150 s Pause vor der nächsten$'
out_has 'das erste Mal: fang mit 2,5 kg'
out_lacks 'first time'
out_lacks 'reps in reserve'
out_lacks 'you said'
run today-yaml-de 0 $DE "$COACH" --home "$P" --format yaml today $CK
out_has "reasons: \[mood 1/5, energy 2/5, anxiety 4/5, slept 5.5 h\]"
out_has "why: a low day is a hold}"
out_has "^- 'Today sounds hard\."
out_has "'first time: start with 2.5 kg for up to 12 reps"
out_lacks 'Stimmung'
out_lacks 'Haltetag'
out_lacks '2,5'
run checkin-yaml-de 0 $DE "$COACH" --home "$P" --format yaml checkin --mood 1 --energy 2 --anxiety 4 --sleep 5.5
out_has 'reasons: \[mood 1/5, energy 2/5, anxiety 4/5, slept 5.5 h\]'
out_lacks 'Stimmung'
run checkin-text-de 0 $DE "$COACH" --home "$P" checkin --mood 1 --energy 2 --anxiety 4 --sleep 5.5
out_has 'Bereitschaft: schwach (Stimmung 1/5, Energie 2/5, Angst$'
out_has '^4/5, 5,5 h geschlafen)'
# an experiment in German: its question, block and advice, and the change it
# makes to today's session; its status as YAML keeps the engine's English
E=$T/e
"$COACH" --home "$E" profile init --weekdays mon,thu --minutes 30 --dumbbells 2.5,5 \
	--program gordon-home --parq no,no,no,no,no,no,no --start 2026-11-02 >/dev/null
run experiment-de 0 env COACH_TODAY=2026-11-30 $DE "$COACH" --home "$E" experiment start length --seed 3
out_has 'volle oder kurze Einheiten? 6 Blöcke von 14 Tagen'
out_has 'Block 1, bis 2026-12-13: kurze Einheiten (etwa 50 % der Sätze)\.$'
out_lacks 'short sessions'
run experiment-today-de 0 env COACH_TODAY=2026-11-30 $DE "$COACH" --home "$E" today
out_has 'Satz weniger: eine kurze Einheit (dein Experiment, Block 1 von 6: kurze'
run experiment-yaml-de 0 env COACH_TODAY=2026-11-30 $DE "$COACH" --home "$E" --format yaml experiment status
out_has '^question: full or short sessions$'
out_has 'arm: short sessions (about 50% of the sets)'
out_lacks 'Einheiten'
run experiment-status-de 0 env COACH_TODAY=2026-11-30 $DE "$COACH" --home "$E" experiment status
out_has '^Dein Experiment: volle oder kurze Einheiten?'
# a move refused in German: the reason too
run move-de 1 env COACH_TODAY=2026-11-30 $DE "$COACH" --home "$E" move 2026-12-01 2026-12-02
err_has 'an diesem Tag gibt es keine geplante oder verpasste Einheit zum Verlegen'
run move-past-de 1 env COACH_TODAY=2026-11-30 $DE "$COACH" --home "$E" move 2026-11-30 2026-11-29
err_has 'nur auf einen späteren Tag derselben Woche'

# why a program fits, in German; as YAML the reasons stay English
run recommend-de 0 $DE "$COACH" --home "$E" recommend
out_has 'passt zu deiner Ausrüstung'
out_has 'passt zu deiner Ausrüstung (Kurzhantel)$'
out_has 'zielt auf Stimmung, Angst'
run recommend-yaml-de 0 $DE "$COACH" --home "$E" --format yaml recommend
out_has '^  - fits your equipment'
out_has '^  - fits your equipment (dumbbell)$'
out_lacks 'Ausrüstung'
# and in English under C, word for word as before
run today-c 0 env LC_ALL=C.UTF-8 "$COACH" --home "$P" today $CK
out_has '^Readiness: low (mood 1/5, energy 2/5, anxiety 4/5, slept 5.5 h)$'
out_has 'on its own, today does not move you on, and nothing today counts against$'
out_has '^    1 x 8-12 at 2.5 kg · 4 reps in reserve · rest 150 s before the next$'

# the week, the record and the refusals of the command line in German
run plan-de 0 $DE "$COACH" --home "$P" plan
out_has '^Woche ab '
out_has '^  Do 26\. Nov  heute    Tag A$'
out_has '^Krafttage: 0 von 1 geplanten erledigt (WHO: 2 oder mehr pro Woche)$'
out_has '^Ausdauer: 0 von 150 Min\.$'
out_lacks 'Strength days'
run history-de 0 $DE "$COACH" --home "$P" history
out_has '^Noch keine Einheit eingetragen\.$'
run today-usage-de 2 $DE "$COACH" --home "$P" today tomorrow
err_has "^coach: today nimmt nur Optionen (siehe 'coach help today')$"
run log-usage-de 2 $DE "$COACH" --home "$P" log
err_has '^coach: log braucht eine Datei mit Einheiten'
run exercises-usage-de 2 $DE "$COACH" --home "$H" exercises squatt
err_has "^coach: kein Bewegungsmuster 'squatt' (meintest du 'squat'?)"
run profile-usage-de 2 $DE "$COACH" --home "$P" profile frobnicate
err_has "^coach: profile braucht init, show oder set, nicht 'frobnicate'"
run profile-init-bare-de 0 $DE "$COACH" --home "$T/p2" profile init --weekdays mon,thu
out_has '^Profil geschrieben nach '
out_has '^Gesundheit: Der PAR-Q+ wurde nicht beantwortet'
out_has '^  coach profile set health.parq_cleared true$'
run profile-show-de 0 $DE "$COACH" --home "$T/p2" profile show
out_has '^  weekdays    mon, thu$'
out_has '^  health      hypertension nein, PAR-Q+ nicht abgeklärt (nur leichte Sätze)$'
run profile-set-de 0 $DE "$COACH" --home "$T/p2" profile set minutes 40
out_has '^minutes ist jetzt 40$'
# a value refused in German, its numbers as they are typed
run profile-set-bad-de 1 $DE "$COACH" --home "$T/p2" profile set equipment.dumbbells 2.5,abc
err_has "^profile set equipment\.dumbbells: error: 'dumbbells' muss eine Zahl von 0\.25 bis 200 sein, nicht 'abc'$"
run profile-set-twice-de 1 $DE "$COACH" --home "$T/p2" profile set equipment.dumbbells 2.5,2.5
err_has "'dumbbells' nennt 2\.5 zweimal$"
# an import's account in German, counted with the language's plural
run import-de 0 $DE "$COACH" --home "$T/imp" import "$TESTS/data/import/strong.csv"
out_has '^Strong-Export: 2 Einheiten, 5 Sätze: 2 eingelesen, 0 schon im Protokoll\.$'
out_has "^  'Reverse Hyper (Machine)' (1 Satz)$"
run import-again-de 0 $DE "$COACH" --home "$T/imp" import "$TESTS/data/import/strong.csv"
out_has ': 0 eingelesen, 2 schon im Protokoll\.$'

# the report for a professional in German (when built with cairo and
# pdftotext can read it back); its dates and numbers as in English
"$COACH" --home "$P" report --output "$T/probe.pdf" >/dev/null 2>"$T/err"
if grep -q 'built without cairo' "$T/err" || ! command -v pdftotext >/dev/null; then
	echo "cli i18n: no cairo or no pdftotext: the German report is not read back"
else
	run report-de 0 $DE "$COACH" --home "$P" report --output "$T/r-de.pdf" --from 2026-09-07 --to 2026-11-26
	out_has 'geschrieben: zwei Seiten'
	pdftotext -layout "$T/r-de.pdf" "$T/out" 2>"$T/err"
	out_has '^Training und Stimmung: Bericht aus coach$'
	out_has '^2026-09-07 bis 2026-11-26\. Erstellt am 2026-11-26 von der Person'
	out_has '^Training im Vergleich zum Plan$'
	out_has 'von 12 Wochen mit 2 oder mehr Krafttagen'
	out_has 'erledigte Krafttage je Woche'
	out_has '^Stimmung vor und nach den Einheiten (1 sehr schlecht bis 5 sehr gut)$'
	out_has 'Fragebögen: Screening-Werte, keine Diagnose$'
	out_has 'ausgeprägt'
	out_has '^Was coach ist und was nicht$'
	out_has 'stellt nie Diagnosen'
	out_has 'Seite 1 von 2'
	out_has 'Seite 2 von 2'
	out_lacks 'Training and mood'
	out_lacks 'Page 1'
	out_lacks 'moderately severe'
	run report-c 0 env LC_ALL=C.UTF-8 "$COACH" --home "$P" report --output "$T/r-c.pdf" --from 2026-09-07 --to 2026-11-26
	pdftotext -layout "$T/r-c.pdf" "$T/out" 2>"$T/err"
	out_has '^Training and mood: a summary from coach$'
	out_has 'Page 2 of 2'
	out_lacks 'Seite'
fi

finish i18n
