#!/bin/sh
# Trajectories: scripted people trained for eight weeks through the real
# binary (`coach today --format yaml`, then `coach log` of what they did), and
# the whole load curve checked against coaching-rules.md and science.md, not
# against the coach's own output.
# Usage: trajectories.sh COACH TESTDIR
set -u
COACH=$1
DIR=$2
T=$(mktemp -d /tmp/coach-traj-XXXXXX)
trap '[ -n "${KEEP:-}" ] || rm -rf "$T"' EXIT
unset COACH_HOME COACH_TODAY
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $1: $2"; }
check() { # check NAME RESULT: RESULT is "ok", or says what is wrong
	if [ "$2" = ok ]; then ok; else bad "$1" "$2"; fi
}
none() { # none NAME COUNT WHAT: no COUNT of WHAT
	if [ "$2" -eq 0 ]; then ok; else bad "$1" "$2 $3"; fi
}
next_day() { date -u -d "$1 + 1 day" +%F; }

START=2026-10-05 # a Monday
END=2026-11-29   # the end of week 8
DUMBBELLS=2,4,6,8,10,12,14,16,18,20,22,24

# init HOME ARGS...: a profile for gordon-home on Mondays and Thursdays
init() {
	h=$1
	shift
	"$COACH" --home "$T/$h" profile init --parq no,no,no,no,no,no,no --weekdays mon,thu --minutes 60 \
		--program gordon-home --start $START "$@" >/dev/null 2>"$T/err" ||
		echo "  (profile init --parq no,no,no,no,no,no,no failed: $(cat "$T/err"))"
}

# train HOME EFFORT FROM TO [CHECKIN-FLAGS [SKIP [SWAP-ON SWAP]]]: every planned day from FROM
# to TO: today, then log what the person did.  SKIP: an awk condition on n (the planned day's
# number, 1-based) for days missed.  The curve goes to $T/HOME.curve, the today outputs to
# $T/HOME.DATE.
train() {
	h=$1 effort=$2 d=$3 to=$4 flags=${5:-} skip=${6:-0} swap_on=${7:-} swap=${8:-}
	map=""
	if [ -n "$flags" ]; then
		map=$(echo "$flags" | awk '{ printf "{mood: %s, energy: %s, anxiety: %s, sleep: %s}", $2, $4, $6, $8 }')
	fi
	n=0
	done_n=$(cat "$T/$h.trained" 2>/dev/null || echo 0)
	while [ "$(echo "$d $to" | awk '{ print ($1 <= $2) }')" = 1 ]; do
		# shellcheck disable=SC2086
		"$COACH" --home "$T/$h" --date "$d" today --format yaml $flags >"$T/$h.$d" 2>"$T/err" ||
			echo "  (today $d failed: $(cat "$T/err"))"
		if [ -n "${CF:-}" ]; then # the same day as it would have been with other answers
			# shellcheck disable=SC2086
			"$COACH" --home "$T/$h" --date "$d" today --format yaml $CF >"$T/$h.cf.$d" 2>/dev/null
		fi
		if grep -q '^rest_day: false' "$T/$h.$d"; then
			n=$((n + 1))
			if [ "$(awk -v n=$n "BEGIN { print ($skip) ? 1 : 0 }")" = 0 ]; then
				sw=""
				[ "$d" = "$swap_on" ] && sw=$swap
				awk -v date="$d" -v effort="$effort" -v session="$done_n" -v checkin="$map" \
					-v loads_have="$DUMBBELLS" \
					-v swap="$sw" -v curve="$T/$h.curve" -f "$DIR/cli/persona.awk" \
					"$T/$h.$d" >"$T/$h.session"
				"$COACH" --home "$T/$h" --date "$d" log "$T/$h.session" >/dev/null 2>"$T/err" ||
					echo "  (log $d failed: $(cat "$T/err"))"
				done_n=$((done_n + 1))
			fi
		fi
		d=$(next_day "$d")
	done
	echo $done_n >"$T/$h.trained"
}
# load FILE ID: the load of exercise ID in a today output
load() { awk -v id="$2" '/^- id: / { cur = $3 } cur == id && $1 == "load:" { print $2; exit }' "$1"; }
# curve HOME SLOT: "date load sets rir reps_min reps_max" of one slot, in order
curve() { awk -v s="$2" '$2 == s { print $1, $4, $5, $6, $7, $8 }' "$T/$1.curve"; }
show() { # show HOME SLOT: the curve on one line, for the log
	printf '%s %s:' "$1" "$2"
	curve "$1" "$2" | awk '{ printf " %s", $2 }'
	echo
}
# E HOME-SESSION-INDEX EXERCISE: the persona's true 1RM (persona.awk's table, +1% a session)
# is computed inside the checks below from the session number (its line in the curve).
STRENGTH='BEGIN { s["goblet-squat"] = 30; s["dumbbell-lateral-raise"] = 9; s["barbell-back-squat"] = 80 }'

NORM="--mood 3 --energy 3 --anxiety 2 --sleep 7"
ANX="--mood 3 --energy 3 --anxiety 4 --sleep 7"
LOW="--mood 2 --energy 3 --anxiety 2 --sleep 7"

# --- a normal trainee: steady progress to the trial's working range ---------------
init normal --level beginner --dumbbells $DUMBBELLS
train normal honest $START $END "$NORM"
show normal goblet-squat
show normal dumbbell-lateral-raise
check normal-sixteen-sessions "$(curve normal goblet-squat | awk 'END { print (NR == 16) ? "ok" : NR " sessions" }')"
# double progression never takes a load away from someone who keeps reaching the top
check normal-squat-never-lighter "$(curve normal goblet-squat | awk 'NR > 1 && $2 < p { bad = bad " " $1 } { p = $2 }
	END { print bad == "" ? "ok" : "lighter on" bad }')"
# calibration (coaching-rules.md 1.1): the first session works up from the lightest dumbbell,
# and the first working load comes from its estimate, not one dumbbell step at a time: in the
# familiarisation weeks (12 reps, 3 in reserve) 50-75% of the true max, and by week 3 (the
# fifth session) the trial's working range, 60% or more
check normal-calibrated "$(curve normal goblet-squat | awk '
	{ e = 30 * (1 + 0.01 * (NR - 1)); p[NR] = $2 / e }
	END { print (p[2] >= 0.5 && p[2] <= 0.75 && p[5] >= 0.6) ? "ok" : sprintf("%.0f%% then %.0f%%", p[2] * 100, p[5] * 100) }')"
# by week 8 the trial's working dose, about 70-80% of e1RM (NCT06804629): here 60-85%
# of the persona's true 1RM, which grows 1% a session
check normal-ends-in-the-working-range "$(curve normal goblet-squat | awk "$STRENGTH"'
	{ n++; l = $2 } END { e = 30 * (1 + 0.01 * (n - 1)); p = l / e
	print (p >= 0.6 && p <= 0.85) ? "ok" : sprintf("%s kg is %.0f%% of %.1f", l, p * 100, e) }')"
# coming down: only after two sessions in a row at the heavier load (both under 8 reps here)
check normal-down-only-after-two-under "$(curve normal dumbbell-lateral-raise | awk '
	$2 < p && !(n >= 2) { bad = bad " " $1 } { if ($2 == p) n++; else n = 1; p = $2 }
	END { print bad == "" ? "ok" : "down after one session on" bad }')"

# --- anxious at every check-in: still moves on, more carefully ---------------------
# coaching-rules.md 1.1: a step up is taken once the load has been done in full on N
# anxious days (N = 2 in the policy), under 70% of the estimated max, with breathing.
init anxious --level beginner --dumbbells $DUMBBELLS
train anxious honest $START $END "$ANX"
show anxious goblet-squat
# the active arm, not the sham (NCT06804629: about 70-80% against 20%): after the
# calibration, 50% of the true max or more, and 60% or more by the end
check anxious-progresses "$(curve anxious goblet-squat | awk '
	{ e = 30 * (1 + 0.01 * (NR - 1)); p = $2 / e; if (NR > 1 && p < 0.5) bad = bad " " $1 }
	END { print (bad == "" && p >= 0.6) ? "ok" : sprintf("under 50%% on%s; %.0f%% at the end", bad, p * 100) }')"
# after the calibration every load is done at least twice before the next (N = 2), and
# never lighter
check anxious-each-load-twice "$(curve anxious goblet-squat | awk '
	NR > 2 && $2 != p && n < 2 { bad = bad " " $1 } NR > 2 && $2 < p { bad = bad " lighter:" $1 }
	{ if ($2 == p) n++; else n = 1; p = $2 } END { print bad == "" ? "ok" : "moved on after one on" bad }')"
# under 70% of the persona's true max throughout (Strickland & Smith 2014)
check anxious-under-the-cap "$(curve anxious goblet-squat | awk '
	{ e = 30 * (1 + 0.01 * (NR - 1)); if ($2 > 0.70 * e) bad = bad " " $1 }
	END { print bad == "" ? "ok" : "over 70% on" bad }')"
check anxious-rir-floor "$(curve anxious goblet-squat | awk '$4 < 3 { bad = bad " " $1 }
	END { print bad == "" ? "ok" : "RIR under 3 on" bad }')"
# and never slower for it: never two held days in a row (the step-up day counts as the
# first of N = 2; the reps above the range on a held day are a choice, 12 counts in full)
# reps before load (coaching-rules.md 1.1): while the step up waits, up to 2 more reps at
# the load done (policy progression.careful_extra_reps); on the day it is taken, the range
n=0 held=0 was=0
for f in "$T"/anxious.2026-*; do
	grep -q '^rest_day: false' "$f" || continue
	why=$(awk '/^- id: goblet-squat/ { a = 1 } a && /^- id: dumbbell-floor-press/ { exit } a' "$f")
	r=$(echo "$why" | awk '$1 == "reps_max:" { print $2 }')
	if echo "$why" | grep -q 'no step up on an anxious day yet'; then
		held=$((held + 1))
		[ "$r" = 14 ] || { n=$((n + 1)); echo "  held ${f##*.}: reps_max $r"; }
		[ $was = 0 ] || { n=$((n + 1)); echo "  held twice in a row: ${f##*.}"; }
		was=1
	else
		[ "$r" = 12 ] || { n=$((n + 1)); echo "  ${f##*.}: reps_max $r"; }
		was=0
	fi
done
none anxious-reps-before-load $n "sessions not as the rule says"
check anxious-steps-were-held "$([ $held -ge 3 ] && echo ok || echo "$held held days")"
n=0
for f in "$T"/anxious.2026-*; do
	grep -q '^rest_day: false' "$f" || continue
	grep -q '^breathing_before: {pattern: paced' "$f" || n=$((n + 1))
done
none anxious-breathing-every-session $n "sessions without the breathing first"

# --- low at every check-in: a hold each day, yet not frozen -------------------------
init low --level beginner --dumbbells $DUMBBELLS
train low honest $START $END "$LOW"
show low goblet-squat
check low-progresses "$(curve low goblet-squat | awk '
	{ e = 30 * (1 + 0.01 * (NR - 1)); p = $2 / e; if (NR > 1 && p < 0.5) bad = bad " " $1 }
	END { print (bad == "" && p >= 0.6) ? "ok" : sprintf("under 50%% on%s; %.0f%% at the end", bad, p * 100) }')"
check low-each-load-twice "$(curve low goblet-squat | awk '
	NR > 2 && $2 != p && n < 2 { bad = bad " " $1 } { if ($2 == p) n++; else n = 1; p = $2 }
	END { print bad == "" ? "ok" : "moved on after one on" bad }')"
n=0
for f in "$T"/low.2026-*; do
	grep -q '^rest_day: false' "$f" || continue
	grep -q '^hold: true' "$f" || n=$((n + 1))
done
none low-every-day-a-hold $n "sessions not held"
# one bad day stays a hold: one low day in a normal run takes no step up
init oneLow --level beginner --dumbbells $DUMBBELLS
train oneLow honest $START 2026-10-29 "$NORM"
train oneLow honest 2026-11-02 2026-11-02 "$LOW"
check one-low-day-is-a-hold "$(curve oneLow goblet-squat | awk '{ d[NR] = $2 } END {
	print (d[NR] == d[NR - 1]) ? "ok" : "the low day moved " d[NR - 1] " to " d[NR] }')"

# --- a low day now and then, every set at the top (newcomer-month finding 3) ---------------
# coaching-rules.md: a low day is a hold, no progression from it; 1.1: the step is taken once
# the load was done in full on careful_days (2) such days.  Every third session is low, and
# the person stops with the reserve asked (honest): the session after a low day is never ahead of
# where the same day as an ordinary one would have put it (its load, then its range).
init lowTop --level beginner --dumbbells $DUMBBELLS
day=$START k=0 lows=""
while [ "$(echo "$day $END" | awk '{ print ($1 <= $2) }')" = 1 ]; do
	case $(date -u -d "$day" +%a) in
	Mon | Thu)
		k=$((k + 1))
		if [ $((k % 3)) = 0 ]; then
			CF="$NORM" train lowTop honest "$day" "$day" "$LOW"
			lows="$lows $day"
		else
			train lowTop honest "$day" "$day" "$NORM"
		fi
		;;
	esac
	day=$(next_day "$day")
done
show lowTop goblet-squat
range() { awk -v id="$2" '/^- id: / { cur = $3 } cur == id && $1 == "reps_max:" { print $2; exit }' "$1"; }
n=0 seen=0
for slot in goblet-squat dumbbell-row dumbbell-lateral-raise; do
	for low in $lows; do
		cf="$T/lowTop.cf.$low"
		after=$(curve lowTop $slot | awk -v d="$low" 'p == d { print $2, $6; exit } { p = $1 }')
		[ -n "$after" ] || continue
		seen=$((seen + 1))
		want="$(load "$cf" $slot) $(range "$cf" $slot)"
		[ "$(echo "$after $want" | awk '{ print ($1 < $3 - 1e-9 || ($1 <= $3 + 1e-9 && $2 <= $4)) }')" = 1 ] ||
			{ n=$((n + 1)); echo "  $slot after the low day $low: $after (load, reps_max), an ordinary day: $want"; }
	done
done
check low-top-days-seen "$([ $seen -ge 10 ] && echo ok || echo "$seen sessions after a low day")"
none low-top-day-never-moves-on $n "sessions moved on by a low day"
# and it still moves on, with the ordinary days
check low-top-still-progresses "$(curve lowTop goblet-squat | awk 'NR == 2 { f = $2 } { l = $2 }
	END { print (l >= f + 6) ? "ok" : "from " f " to " l " kg" }')"

# --- one pair of dumbbells for eight weeks (newcomer-month finding 4) -------------------
# README: where the next weight is a big jump the range grows first, 8-12 to 8-15
# (policy progression.extend_reps); with no heavier weight at all, the same: the reps are
# the progress, and the coach says a heavier pair is the next step, never "add reps" with
# the target still 8-12.
init one --level beginner --dumbbells 6
DUMBBELLS=6 train one honest $START $END "$NORM"
show one goblet-squat
check one-weight-load "$(curve one goblet-squat | awk '$2 != 6 { bad = bad " " $1 "=" $2 }
	END { print (NR == 16 && bad == "") ? "ok" : NR " sessions, not 6 kg on" bad }')"
# the range: 8-12 until every set reached 12, then 8-15 for good (never back to 12)
check one-weight-range-grows "$(curve one goblet-squat | awk '
	$6 == 15 { grown = 1 } grown && $6 != 15 { bad = bad " " $1 "=" $6 } $6 != 12 && $6 != 15 { bad = bad " " $1 "=" $6 }
	END { print (grown && bad == "") ? "ok" : "ranges:" bad (grown ? "" : " never 8-15") }')"
check one-weight-grows-early "$(curve one goblet-squat | awk 'NR <= 4 && $6 == 15 { ok = 1 } END { print ok ? "ok" : "still 8-12 after 4 sessions" }')"
n=0 said=0
for f in "$T"/one.2026-*; do
	grep -q '^rest_day: false' "$f" || continue
	grep -q 'add reps' "$f" && { n=$((n + 1)); echo "  ${f##*.}: says add reps"; }
	grep -q 'a heavier pair of dumbbells is the next step' "$f" && said=$((said + 1))
done
none one-weight-never-add-reps $n "sessions saying 'add reps'"
# the first time (newcomer-month finding 11): nothing heavier to work up to, so no "take a
# weight about half as heavy again"
check one-weight-first-time "$(grep -q 'half as heavy again' "$T/one.$START" && echo "the first day says take a heavier weight" ||
	{ grep -q 'first time: 6 kg is the weight you have' "$T/one.$START" && echo ok || echo "no first-time words"; })"
check one-weight-names-the-next-step "$([ $said -ge 10 ] && echo ok || echo "said on $said sessions")"

# --- the Low-energy circuit for eight weeks: never a set to failure (finding 6) ---------
# Its page says "nothing here goes near failure" (no_failure: true, coach-programs(5)): the
# beginner weeks' reps-in-reserve check ("go on until you could not do one more") never
# comes, on any day, while the same weeks of gordon-home (the normal trainee) do have it.
"$COACH" --home "$T/nofail" profile init --parq no,no,no,no,no,no,no --weekdays tue,fri --minutes 20 \
	--level beginner --program low-energy-circuit --start $START --dumbbells $DUMBBELLS >/dev/null 2>&1
train nofail honest $START $END "$NORM"
show nofail goblet-squat
n=0 s=0
for f in "$T"/nofail.2026-*; do
	grep -q '^rest_day: false' "$f" || continue
	s=$((s + 1))
	if grep -q 'rir_check: true' "$f" || grep -q 'could not do one more' "$f"; then
		n=$((n + 1))
		echo "  nofail ${f##*.}: a set to failure"
	fi
done
check nofail-sixteen-sessions "$([ $s = 16 ] && echo ok || echo "$s sessions")"
none nofail-never-to-failure $n "sessions with a set to failure"
check nofail-still-progresses "$(curve nofail goblet-squat | awk 'NR == 2 { f = $2 } { l = $2 }
	END { print (l > f) ? "ok" : "from " f " to " l " kg" }')"
check gordon-has-the-check "$(cat "$T"/normal.2026-* | grep -c 'rir_check: true' | awk '{ print ($1 > 0) ? "ok" : "no check set in the normal trainee" }')"

# --- half sessions: half the prescribed sets is not a success ------------------------
init half --level beginner --dumbbells $DUMBBELLS
train half half $START $END "$NORM"
show half goblet-squat
for slot in goblet-squat dumbbell-floor-press dumbbell-row dumbbell-lateral-raise; do
	check "half-never-progresses-$slot" "$(curve half $slot | awk '
		$3 >= 2 && !seen { seen = 1; m = $2 } seen && $2 > m { bad = bad " " $1 "=" $2 }
		END { print !seen ? "never two sets" : bad == "" ? "ok" : "up from " m " on" bad }')"
done
grep -q 'same load: 1 of the 2 sets were logged last time' "$T/half.2026-11-26" && ok ||
	bad half-says-why "no '1 of the 2 sets' in the last prescription"

# --- a swap: one session of another lift leaves the original where it was -----------
# coaching-rules.md 1.1: a swap never moves the original slot's progression.  On the fourth
# session the person does a dumbbell split squat instead of the goblet squat; the next
# session's goblet squat is what was due on the swap day, and the curve never goes lighter.
init swap --level beginner --dumbbells $DUMBBELLS
train swap honest $START $END "$NORM" 0 2026-10-15 goblet-squat=dumbbell-split-squat
own() { awk -v s="$2" '$2 == s && $3 == s { print $4 }' "$T/$1.curve" | tr '\n' ' '; }
echo "swap goblet-squat: $(own swap goblet-squat)"
check swap-keeps-the-progression "$(curve swap goblet-squat | awk '$1 == "2026-10-15" { due = $2; n = NR }
	NR == n + 1 && n { back = $2 } NR > 2 && $2 < p { bad = bad " " $1 } { p = $2 }
	END { print (due != "" && back == due && bad == "") ? "ok" : "due " due ", back at " back ", lighter on" bad }')"
check swap-day-was-a-stand-in "$(awk '$1 == "2026-10-15" && $2 == "goblet-squat" { print $3 }' "$T/swap.curve" |
	awk '{ print $1 == "dumbbell-split-squat" ? "ok" : "on the swap day: " $1 }')"

# --- no equipment: gordon-home with no dumbbells at all ------------------------------
# coaching-rules.md 1.1 and review U4: the same pattern and joint action, never a burpee for
# a beginner, never one exercise twice, and the raise and the curl left out (nothing without
# weights works them the same way), with the reason, every session of the eight weeks.
init bare --level beginner
train bare honest $START $END "$NORM"
n=0 s=0 sets=""
for f in "$T"/bare.2026-*; do
	grep -q '^rest_day: false' "$f" || continue
	s=$((s + 1))
	ids=$(awk '/^- id: / { print $3 }' "$f" | tr '\n' ' ')
	[ "$ids" = "assisted-squat wall-push-up hip-hinge-drill towel-door-row reverse-lunge crunch " ] ||
		{ n=$((n + 1)); echo "  bare ${f##*.}: $ids"; }
	[ "$(awk '/^- id: / { print $3 }' "$f" | sort | uniq -d)" = "" ] || { n=$((n + 1)); echo "  twice: ${f##*.}"; }
	grep -q 'Dumbbell lateral raise left out today' "$f" && grep -q 'Dumbbell biceps curl left out today' "$f" ||
		{ n=$((n + 1)); echo "  no reason for leaving out: ${f##*.}"; }
	sets="$sets$(awk '/^- id: assisted-squat/ { a = 1 } a && $1 == "sets:" { print $2; exit }' "$f")"
done
none bare-fitting-stand-ins-every-session $n "sessions with another choice"
check bare-sixteen-sessions "$([ $s = 16 ] && echo ok || echo "$s sessions")"
# familiarisation (weeks 1-2, one set), then the program's two sets
check bare-sets-curve "$([ "$sets" = 1111222222222222 ] && echo ok || echo "sets $sets")"

# --- misses: every third planned day missed ------------------------------------------
init miss --level beginner --dumbbells $DUMBBELLS
train miss honest $START $END "$NORM" 'n % 3 == 0'
show miss goblet-squat
check miss-still-progresses "$(curve miss goblet-squat | awk 'NR == 1 { f = $2 } NR > 1 && $2 < p { bad = 1 } { p = $2 }
	END { print (!bad && p > f) ? "ok" : "from " f " to " p }')"
check miss-week-follows-the-calendar "$(awk '$1 == "week:" { print $2 }' "$T/miss.2026-11-26" | awk '{ print $1 == 8 ? "ok" : "week " $1 }')"

# --- 18 days off after week 2: the program resumes, it does not skip ahead ----------------
# (newcomer's month, finding 7) coaching-rules.md: the time-off cut starts after 28 days;
# science.md rule 12 and Mujika & Padilla 2001: a break of 4 weeks or less resumes near the
# prior load (strength is kept).  Policy short_break: the weeks without a session are not
# counted, and the first session back repeats the last one's load, one set fewer, with a
# welcome back; after it the program goes on as before.
# sessions HOME: "date week" of each planned day trained, in order
sessions() {
	for f in "$T/$1".20*; do
		grep -q '^rest_day: false' "$f" || continue
		echo "${f##*.} $(wk "$f")"
	done
}
wk() { awk '$1 == "week:" { print $2; exit }' "$1"; }
# sets HOME DATE ID: the sets prescribed for exercise ID that day
sets_of() { awk -v id="$3" '/^- id: / { a = ($3 == id) } a && $1 == "sets:" { print $2; exit }' "$T/$1.$2"; }
init brk --level beginner --dumbbells $DUMBBELLS
train brk honest $START 2026-10-15 "$NORM"
train brk honest 2026-11-02 2026-12-13 "$NORM"
show brk goblet-squat
check brk-sixteen-sessions "$(curve brk goblet-squat | awk 'END { print (NR == 16) ? "ok" : NR " sessions" }')"
# weeks 1 and 2, then 18 days off (Thu 15 Oct to Mon 2 Nov: the calendar's weeks 3 and 4
# untrained), and back in week 3, not the calendar's week 5; two sessions a week to week 8
check brk-weeks-resume "$(sessions brk | awk '{ w = w " " $2 } END {
	print (w == " 1 1 2 2 3 3 4 4 5 5 6 6 7 7 8 8") ? "ok" : "weeks" w }')"
check brk-back-in-week-3 "$(w=$(wk "$T/brk.2026-11-02"); [ "$w" = 3 ] && echo ok || echo "week $w")"
# the load curve: the first session back at the load of the last one before the break (no
# cut under 28 days, no step up either), one set fewer than its week's 2; then on as before:
# never lighter, and stepping up again by the end
check brk-first-back-same-load "$(curve brk goblet-squat | awk '$1 == "2026-10-15" { a = $2 } $1 == "2026-11-02" { b = $2; s = $3 }
	END { print (a != "" && b == a && s == 1) ? "ok" : "last " a " kg, back " b " kg x " s " sets" }')"
check brk-second-back-full-sets "$(s=$(sets_of brk 2026-11-05 goblet-squat); [ "$s" = 2 ] && echo ok || echo "$s sets")"
check brk-never-lighter "$(curve brk goblet-squat | awk 'NR > 1 && $2 < p { bad = bad " " $1 } { p = $2 }
	END { print bad == "" ? "ok" : "lighter on" bad }')"
check brk-steps-up-after "$(curve brk goblet-squat | awk '$1 == "2026-11-02" { b = $2 } { z = $2 }
	END { print (z > b) ? "ok" : "from " b " to " z " kg" }')"
# the same person without the break steps up on the day the one back from it holds
check brk-the-hold-is-the-break "$(curve normal goblet-squat | awk 'NR == 4 { a = $2 } NR == 5 { b = $2 } END { print (b > a) ? "ok" : "no step up at session 5: " a " then " b }')"
# welcome back, on the first day back only
grep -q 'Welcome back. It has been 18 days since your last session' "$T/brk.2026-11-02" && ok ||
	bad brk-welcome-back "$(grep -i -A3 advisor "$T/brk.2026-11-02" | head -5)"
grep -q 'Welcome back' "$T/brk.2026-11-05" && bad brk-welcome-once "said again on 5 Nov" || ok
"$COACH" --home "$T/brk" --date 2026-11-02 today >"$T/brk.text" 2>&1
grep -q '^Welcome back. It has been 18 days since your last session' "$T/brk.text" && ok ||
	bad brk-welcome-back-text "$(head -8 "$T/brk.text")"
# and a single missed week is a week not trained either: back from it, the next week
init brk1 --level beginner --dumbbells $DUMBBELLS
train brk1 honest $START 2026-10-15 "$NORM"
train brk1 honest 2026-10-26 2026-10-29 "$NORM"
check brk1-week-resumes "$(w=$(wk "$T/brk1.2026-10-26"); [ "$w" = 3 ] && echo ok || echo "week $w")"
grep -q 'Welcome back' "$T/brk1.2026-10-26" && bad brk1-no-welcome "11 days is no break" || ok

# the newcomer's B: the Low-energy circuit on Tuesdays and Fridays with 2-8 kg, two weeks,
# then 18 days off (Fri 16 Oct to Tue 3 Nov): back in week 3 at the same dumbbell, the same
# sets and the same step of the push-up ladder as the last session, not double the load,
# more sets and a harder step
"$COACH" --home "$T/brkc" profile init --parq no,no,no,no,no,no,no --weekdays tue,fri --minutes 20 \
	--program low-energy-circuit --start $START --level beginner --dumbbells 2,4,6,8 >/dev/null 2>&1
keep=$DUMBBELLS
DUMBBELLS=2,4,6,8
train brkc top $START 2026-10-16 "$NORM"
train brkc top 2026-11-03 2026-12-13 "$NORM"
DUMBBELLS=$keep
show brkc goblet-squat
check brkc-weeks-resume "$(sessions brkc | awk '{ w = w " " $2 } END {
	print (w == " 1 1 2 2 3 3 4 4 5 5 6 6 7 7 8 8") ? "ok" : "weeks" w }')"
check brkc-first-back-same-load "$(curve brkc goblet-squat | awk '$1 == "2026-10-16" { a = $2; as = $3 } $1 == "2026-11-03" { b = $2; s = $3 }
	END { print (a != "" && b == a && s == as) ? "ok" : "last " a " kg x " as ", back " b " kg x " s }')"
ladder() { awk '/^- id: / { id = $3 } $1 == "slot:" && $2 == "push-up" { print id; exit }' "$T/brkc.$1"; }
check brkc-same-step "$(a=$(ladder 2026-10-16) b=$(ladder 2026-11-03); [ -n "$a" ] && [ "$a" = "$b" ] && echo ok || echo "$a, then $b")"
grep -q 'Welcome back. It has been 18 days' "$T/brkc.2026-11-03" && ok || bad brkc-welcome-back "not said"

# --- short nights: 5.5 h before every session ----------------------------------------
# coaching-rules.md: lower body -5% (Craven 2022: -3.4%); 1.1: never a cut far beyond the
# rule's because of the weights a person has; the day's load against the same day at 7 h.
init short --level beginner --dumbbells $DUMBBELLS
CF="$NORM" train short honest $START $END "--mood 3 --energy 3 --anxiety 2 --sleep 5.5"
show short goblet-squat
n=0
for f in "$T"/short.2026-*; do
	d=${f##*.}
	grep -q '^rest_day: false' "$f" || continue
	a=$(load "$f" goblet-squat) b=$(load "$T/short.cf.$d" goblet-squat)
	[ "$(echo "$a $b" | awk '{ print ($1 >= 0.9 * 0.95 * $2 - 1e-9) }')" = 1 ] ||
		{ n=$((n + 1)); echo "  short night $d: $a kg against $b"; }
done
none short-night-never-cut-past-10-percent $n "sessions more than 10% under the rule's 5% cut"
check short-nights-still-progress "$(curve short goblet-squat | awk 'NR == 1 { f = $2 } { l = $2 }
	END { print (l >= f + 8) ? "ok" : "from " f " to " l " kg" }')"
# never frozen: two short nights done in full at the lighter load make short nights the
# person's normal, and the cut stops (policy progression.careful_days)
check short-nights-never-frozen "$(curve short goblet-squat | awk '$2 == 24 { exit } { if ($2 == p) n++; else n = 1; p = $2; if (n > m) m = n }
	END { print (m <= 3) ? "ok" : "the same load " m " sessions in a row" }')"

# --- two months off: the block resumes, lighter, and the program ends as a state -----
# coaching-rules.md: > 56 days: loads x 0.8, one set fewer; 1.1: the week counter holds
# through the break, and the end of the program is named.
init off --level beginner --dumbbells $DUMBBELLS
train off honest $START 2026-10-29 "$NORM"
"$COACH" --home "$T/off" --date 2026-12-28 plan >"$T/off.plan" 2>&1
train off honest 2026-12-28 2027-01-24 "$NORM"
"$COACH" --home "$T/off" --date 2027-01-25 plan >"$T/off.plan.end" 2>&1
show off goblet-squat
wk() { awk '$1 == "week:" { print $2; exit }' "$1"; }
check off-resumes-week-5 "$(w=$(wk "$T/off.2026-12-28"); [ "$w" = 5 ] && echo ok || echo "week $w")"
# coach plan counts the weeks as today does: the held week, not the calendar's (week 13)
check off-plan-shows-the-held-week "$(tr -s '\n ' ' ' <"$T/off.plan" | grep -q '· week 5 ' && echo ok || head -2 "$T/off.plan")"
check off-plan-names-the-end "$(tr -s '\n ' ' ' <"$T/off.plan.end" | grep -q 'week 9 (the 8 weeks are done)' && echo ok || head -2 "$T/off.plan.end")"
check off-never-past-week-8 "$(for f in "$T"/off.202*; do wk "$f"; done | awk '$1 > 8 { bad = bad " " $1 }
	END { print bad == "" ? "ok" : "weeks" bad }')"
check off-first-back-lighter "$(curve off goblet-squat | awk '$1 == "2026-10-29" { a = $2 } $1 == "2026-12-28" { b = $2; s = $3 }
	END { print (b < a && b >= 0.8 * 0.9 * a - 1e-9 && s == 1) ? "ok" : a " kg, then " b " kg x " s " sets" }')"
"$COACH" --home "$T/off" --date 2027-01-25 today --format yaml >"$T/off.end" 2>&1
check off-program-complete "$(grep -q '^program_complete: true' "$T/off.end" && grep -q '^next_program: [a-z]' "$T/off.end" &&
	grep -q 'Program complete' "$T/off.end" && echo ok || echo "not named: $(grep -i complete "$T/off.end")")"
check off-sixteen-sessions-in-all "$(curve off goblet-squat | awk 'END { print (NR == 16) ? "ok" : NR " sessions" }')"

# --- high blood pressure: limits on the load itself --------------------------------
# coaching-rules.md 1.1 and ACSM's FITT for hypertension (science.md): at most 70% of the
# estimated max in the policy, 8 or more reps, RIR >= 2; a set logged below the floor is
# "target not met".  On barbell-5x5, three days a week.
init5() {
	h=$1
	shift
	"$COACH" --home "$T/$h" profile init --parq no,no,no,no,no,no,no --level intermediate --weekdays mon,wed,fri \
		--minutes 90 --bar 20 --plates 1.25,2.5,5,10,10,20 --bench --program barbell-5x5 \
		--start $START "$@" >/dev/null 2>"$T/err" || echo "  (profile init --parq no,no,no,no,no,no,no failed: $(cat "$T/err"))"
}
# two weeks honest, then every set logged at failure (RIR 0), as in the review
init5 hyperFail --hypertension
train hyperFail honest $START 2026-10-16 "$NORM"
train hyperFail failure 2026-10-19 $END "$NORM"
show hyperFail barbell-back-squat
check hyper-at-least-8-reps "$(curve hyperFail barbell-back-squat | awk '$5 < 8 || $4 < 2 { bad = bad " " $1 }
	END { print bad == "" ? "ok" : "under 8 reps or RIR 2 on" bad }')"
# from the first failure on: never heavier, and never over 70% of the max that the last
# session's logged failures give (8 reps at RPE 10 = 78.6% of 1RM, RTS) unless it is the bar
check hyper-failure-never-over-the-cap "$(curve hyperFail barbell-back-squat | awk '
	$1 > "2026-10-19" && $2 > 20 && $2 > 0.70 * p / 0.786 + 1e-9 { bad = bad " " $1 "=" $2 }
	$1 > "2026-10-19" && $2 > p { bad = bad " heavier:" $1 } { p = $2 }
	END { print bad == "" ? "ok" : "over the cap on" bad }')"
check hyper-failure-comes-down "$(curve hyperFail barbell-back-squat | awk '$1 == "2026-10-16" { a = $2 } { z = $2 }
	END { print z < a ? "ok" : "from " a " to " z }')"
grep -q 'target not met' "$T/hyperFail.2026-11-27" && ok || bad hyper-says-target-not-met "not said"
# honest at RIR 2: progresses, at most 70% of the true max (80 kg, +1% a session)
init5 hyperHonest --hypertension
train hyperHonest honest $START $END "$NORM"
show hyperHonest barbell-back-squat
# after the calibration, ACSM's hypertension range: 60% of the starting max or more, never
# lighter, and (below) never over 70% of the true max
check hyper-honest-in-acsm-range "$(curve hyperHonest barbell-back-squat | awk '
	NR > 1 && ($2 < 0.6 * 80 || $2 < p) { bad = bad " " $1 "=" $2 } { p = $2 }
	END { print bad == "" ? "ok" : "under 60% or lighter on" bad }')"
# and not frozen at the first cap: sets kept far from failure still move the estimate on
# (policy rir_model.far_rir_error), so at the end still 60% or more of the true max
check hyper-honest-not-frozen "$(curve hyperHonest barbell-back-squat | awk '
	{ e = 80 * (1 + 0.01 * (NR - 1)); p = $2 / e; l = $2 } NR == 2 { f = $2 }
	END { print (l > f && p >= 0.6) ? "ok" : sprintf("from %s to %s, %.0f%% at the end", f, l, p * 100) }')"
check hyper-honest-under-70 "$(curve hyperHonest barbell-back-squat | awk '
	{ e = 80 * (1 + 0.01 * (NR - 1)); if ($2 > 0.70 * e + 1e-9) bad = bad " " $1 "=" $2 }
	END { print bad == "" ? "ok" : "over 70% of the true max on" bad }')"
"$COACH" --home "$T/hyperHonest" recommend --format yaml >"$T/rec" 2>&1
check hyper-recommend-ranks-5x5-down "$(awk '/^- id: / { n++ } /^- id: barbell-5x5/ { r = n }
	/^- id: gordon-home/ { g = n } END { print (r > g) ? "ok" : "barbell-5x5 " r ", gordon-home " g }' "$T/rec")"

# --- every set at the top of the range: about +5%, the range longer before a big jump --
# coaching-rules.md, progression; policy progression: increment_pct 5, max_jump_pct 15,
# extend_reps 3.  The person does every prescribed set at the top of the range, at the
# reps in reserve asked.  Derived by hand for the goblet squat, dumbbells 2-24 kg in 2 kg
# steps, 16 sessions (weeks 1-2 one set, RIR 3; then two, RIR 2; 8-12):
#   1  2 kg x 12, the calibration at the lightest: +5% is 2.1, the next is 4, +100%: 8-15
#   2  2 x 15: the jump to 4 (reps back to 8-12)
#   3  4 x 12: 4.2 -> 6 is +50%: 8-15          4  4 x 15 -> 6
#   5  6 x 12: 6.3 -> 8 is +33%: 8-15          6  6 x 15 -> 8
#   7  8 x 12: 8.4 -> 10 is +25%: 8-15         8  8 x 15 -> 10
#   9  10 x 12: 10.5 -> 12 is +20%: 8-15       10 10 x 15 -> 12
#   11 12 x 12: 12.6 -> 14 is +17%: 8-15       12 12 x 15 -> 14
#   13 14 x 12: 14.7 -> 16 is +14%, under 15%: straight to 16
#   14 16 x 12 -> 18 (+12.5%)    15 18 x 12 -> 20 (+11%)    16 20 kg
init top --level beginner --dumbbells $DUMBBELLS
train top top $START $END "$NORM"
show top goblet-squat
check top-squat-curve "$(curve top goblet-squat | awk '{ printf "%s%s/%s", (NR > 1 ? " " : ""), $2, $6 }
	END { print "" }' | awk -v want="2/12 2/15 4/12 4/15 6/12 6/15 8/12 8/15 10/12 10/15 12/12 12/15 14/12 16/12 18/12 20/12" '
	{ print $0 == want ? "ok" : "load/reps_max " $0 " where the rule gives " want }')"
# the range only ever grows by extend_reps, the bottom stays 8, and the load never drops
check top-range-8-12-or-8-15 "$(curve top goblet-squat | awk '$5 != 8 || ($6 != 12 && $6 != 15) { bad = bad " " $1 }
	END { print bad == "" ? "ok" : "range off on" bad }')"
check top-never-lighter "$(curve top goblet-squat | awk 'NR > 1 && $2 < p { bad = bad " " $1 } { p = $2 }
	END { print bad == "" ? "ok" : "lighter on" bad }')"
# no step up in load is ever more than 15% without the longer range done first: a load
# more than 15% above the last comes only after a session at 8-15
check top-no-big-jump-unearned "$(curve top goblet-squat | awk 'NR > 1 && $2 > p * 1.15 + 1e-9 && ph != 15 { bad = bad " " $1 }
	{ p = $2; ph = $6 } END { print bad == "" ? "ok" : "a big jump without the longer range on" bad }')"
grep -q 'reps up to 15 before the next dumbbell: 8 -> 10 kg would be +25%' "$T"/top.2026-10-29 &&
	ok || bad top-says-why "2026-10-29 lacks 'reps up to 15 before the next dumbbell: 8 -> 10 kg would be +25%'"
# high blood pressure on gordon-home, the honest persona (true max 30 kg, +1% a session):
# the longer range never lifts the cap; each load at most 70% (policy
# hypertension.max_pct_e1rm) of the true max at the session before (the estimate the cap
# uses is never above it), or the lightest dumbbell, and never fewer than 8 reps
init hyperHome --level beginner --dumbbells $DUMBBELLS --hypertension
train hyperHome honest $START $END "$NORM"
show hyperHome goblet-squat
check hyperHome-capped "$(curve hyperHome goblet-squat | awk 'NR > 1 && $2 > 2 && $2 > 0.7 * 30 * (1 + 0.01 * (NR - 2)) + 1e-9 { bad = bad " " $1 " " $2 }
	END { print bad == "" ? "ok" : "over 70% on" bad }')"
check hyperHome-at-least-8-reps "$(curve hyperHome goblet-squat | awk '$5 < 8 { bad = bad " " $1 }
	END { print bad == "" ? "ok" : "under 8 reps on" bad }')"
check hyperHome-moves-on "$(curve hyperHome goblet-squat | awk 'NR == 1 { f = $2 } { l = $2 } END { print (l > f) ? "ok" : "stuck at " l }')"

# --- a circuit: the superset changes the order and the rests, never the progression ----
# issue 19: each slot of a superset progresses exactly as it would on its own.  The same
# person trains eight weeks of low-energy-circuit and of a copy of it with the same four
# slots one after another (same sets, reps, effort and rests); every session's
# prescription of every slot (exercise, sets, reps, load, reps in reserve) is the same in
# both, while the circuit takes less time (a rest only after each round).
for h in circuit plain; do
	mkdir -p "$T/$h/data/programs"
	"$COACH" --home "$T/$h" profile init --parq no,no,no,no,no,no,no --weekdays mon,thu --minutes 60 \
		--level beginner --dumbbells $DUMBBELLS --program low-energy-circuit --start $START >/dev/null 2>&1
done
sed -e 's/^id: low-energy-circuit$/id: plain-circuit/' -e 's/^  tempo: "2-0-2"$/  tempo: "2-0-2"\n  rest_s: 90/' \
	-e '/^      - superset:$/d' -e '/^        rest_s: 90$/d' -e 's/^          - slot:/      - slot:/' \
	-e 's/^            /        /' "$DIR/../programs/low-energy-circuit.yaml" >"$T/plain/data/programs/plain-circuit.yaml"
"$COACH" --home "$T/plain" profile set program plain-circuit >/dev/null 2>&1
check plain-copy-is-plain "$("$COACH" --home "$T/plain" --date $START today --format yaml | awk '
	$1 == "superset:" && $2 != "null" { s++ } $1 == "superset:" { n++ }
	END { print (n == 4 && !s) ? "ok" : n " exercises, " s " in a superset" }')"
train circuit honest $START $END "$NORM"
train plain honest $START $END "$NORM"
# rx FILE: one line per exercise: id sets reps_min reps_max load rir
rx() { awk '/^- id: / { if (l != "") print l; l = $3 } /^  (sets|reps_min|reps_max|load|rir):/ { l = l " " $2 }
	END { if (l != "") print l }' "$1"; }
n=0 s=0 shorter=0
for f in "$T"/circuit.2026-*; do
	d=${f##*.}
	grep -q '^rest_day: false' "$f" || continue
	s=$((s + 1))
	[ "$(rx "$f")" = "$(rx "$T/plain.$d")" ] || { n=$((n + 1)); echo "  $d: circuit $(rx "$f" | tr '\n' ';') plain $(rx "$T/plain.$d" | tr '\n' ';')"; }
	a=$(awk '$1 == "minutes:" { print $2 }' "$f") b=$(awk '$1 == "minutes:" { print $2 }' "$T/plain.$d")
	[ "$a" -lt "$b" ] && shorter=$((shorter + 1))
done
none circuit-progresses-as-plain $n "sessions prescribed otherwise than the plain copy"
check nofail-sixteen-sessions "$([ $s = 16 ] && echo ok || echo "$s sessions")"
check circuit-always-shorter "$([ $shorter = $s ] && echo ok || echo "shorter on $shorter of $s")"
show circuit goblet-squat
show circuit dumbbell-row
# and it does progress: the squat and the row end heavier than they start, never lighter
for slot in goblet-squat dumbbell-row; do
	check "circuit-$slot-moves-on" "$(curve circuit $slot | awk 'NR == 1 { f = $2 } NR > 1 && $2 < p { bad = 1 } { p = $2 }
		END { print (!bad && p > f) ? "ok" : "from " f " to " p }')"
done
check circuit-same-curve "$(cmp -s "$T/circuit.curve" "$T/plain.curve" && echo ok || echo "the load curves differ")"

echo "trajectories: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
