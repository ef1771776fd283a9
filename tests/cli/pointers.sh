#!/bin/sh
# Every pointer a message gives is a command that works at that moment
# (issue 16): each message that names a command is read on a fresh setup,
# the command it names is taken from it, run as it stands (a placeholder
# filled in), and must succeed.
. "$(dirname "$0")/lib.sh"

# said NAME TEXT: the last output, its lines joined (a command may wrap),
# names TEXT
said() {
	name=$1
	if tr '\n' ' ' <"$T/out" | tr -s ' ' | grep -qF -- "$2"; then ok; else bad "no pointer '$2'"; fi
}

# recommend on an empty home: the command it ends with starts a profile
E="$T/new"
run recommend-new 0 "$COACH" --home "$E" recommend
said recommend-new-pointer 'coach profile init --program ID'
out_lacks 'coach profile set program ID'
run recommend-new-follow 0 "$COACH" --home "$E" profile init --program gentle-start
run recommend-new-chosen 0 "$COACH" --home "$E" profile show
out_has 'gentle-start'

# a profile without a program: the pointers of today's refusal work
N="$T/noprog"
"$COACH" --home "$N" profile init --parq no,no,no,no,no,no,no --weekdays mon,thu >/dev/null
run noprog-today 1 "$COACH" --home "$N" today
err_has "'coach recommend' suggests one"
err_has "'coach profile set program ID' chooses it"
run noprog-recommend 0 "$COACH" --home "$N" recommend
said noprog-recommend-pointer 'Choose one with: coach profile set program ID'
run noprog-programs 0 "$COACH" --home "$N" programs
run noprog-set 0 "$COACH" --home "$N" profile set program gordon-home
run noprog-today-now 0 "$COACH" --home "$N" today

# PAR-Q+ YES: the clearance command is named, and recording it lifts the light sets
P="$T/parq"
run parq-init 0 "$COACH" --home "$P" profile init --parq yes,no,no,no,no,no,no --weekdays mon,thu \
	--minutes 30 --dumbbells 4,6 --program gentle-start
said parq-init-pointer "coach profile set health.parq_cleared true"
said parq-init-bp "coach profile set health.hypertension true"
run parq-today 0 "$COACH" --home "$P" today
said parq-today-pointer "record it with 'coach profile set health.parq_cleared true'"
run parq-clear 0 "$COACH" --home "$P" profile set health.parq_cleared true
run parq-today-cleared 0 "$COACH" --home "$P" today
out_lacks 'parq_cleared'
run parq-bp 0 "$COACH" --home "$P" profile set health.hypertension true

# no PAR-Q answers at all: both ways out work
Q="$T/noparq"
run noparq-init 0 "$COACH" --home "$Q" profile init --program gentle-start
said noparq-force "coach profile init --force --parq no,no,no,no,no,no,no"
run noparq-force-run 0 "$COACH" --home "$Q" profile init --force --parq no,no,no,no,no,no,no \
	--program gentle-start
run noparq-clear 0 "$COACH" --home "$Q" profile set health.parq_cleared true

# a missed day: the move it offers, to a later free day
M="$T/missed"
"$COACH" --home "$M" profile init --parq no,no,no,no,no,no,no --weekdays mon,thu --minutes 30 \
	--dumbbells 4,6 --program gordon-home --start 2026-11-02 >/dev/null
run missed-plan 0 "$COACH" --home "$M" plan
said missed-pointer 'coach move 2026-11-23 DATE'
run missed-move 0 "$COACH" --home "$M" move 2026-11-23 2026-11-27
run missed-moved 0 "$COACH" --home "$M" plan
out_has 'moved'

# a very bad day: the check-in points at today and the short session
run bad-checkin 0 "$COACH" --home "$M" checkin --mood 1 --energy 1 --anxiety 5 --sleep 4
said bad-checkin-today "'coach today' shows the session"
run bad-today 0 "$COACH" --home "$M" today
said bad-today-short 'coach today --short'
run bad-short 0 "$COACH" --home "$M" today --short

# the crisis screen's pointers: one country, set once
run crisis 0 "$COACH" --home "$M" crisis
said crisis-country 'coach crisis --country gb'
said crisis-set-country "'coach profile set country gb'"
said crisis-people 'coach safety-plan add people'
run crisis-country-run 0 "$COACH" --home "$M" crisis --country gb
run crisis-set-country-run 0 "$COACH" --home "$M" profile set country gb
run crisis-people-run 0 "$COACH" --home "$M" safety-plan add people "Sam: 07700 900123"
run crisis-plan-edit 0 env EDITOR=true VISUAL=true "$COACH" --home "$M" safety-plan edit

# the destructive commands' second step is named and works (in scratch homes)
printf 'coach_session: 1\ndate: 2026-11-23\nprogram: gordon-home\nday: A\nexercises:\n  - id: goblet-squat\n    slot: goblet-squat\n    sets:\n      - {reps: 10, load: 4, rir: 2}\n' |
	"$COACH" --home "$M" log - >/dev/null
run delete-asks 2 "$COACH" --home "$M" delete 2026-11-23
if grep -qF 'coach delete 2026-11-23 --yes' "$T/err" "$T/out"; then ok; else bad "no 'coach delete 2026-11-23 --yes'"; fi
run delete-yes 0 "$COACH" --home "$M" delete 2026-11-23 --yes
run forget-asks 2 "$COACH" --home "$M" forget
err_has 'To delete everything, run: coach forget --yes'
run forget-yes 0 "$COACH" --home "$M" forget --yes

finish pointers
