#!/bin/sh
# The interface shows what comes beside the work (issue 13): the warm-up on
# the preview, the ramp sets on the first set of the first heavy lift, and a
# walk on a rest day while the week is under 150 aerobic minutes.
# Usage: beside.sh COACH
set -u
COACH=$1
TUI_NAME=beside
. "$(dirname "$0")/lib.sh"

P="$T/b"
profile "$P" --level intermediate --weekdays mon,thu --minutes 60 --dumbbells 2,4,6,8,10,12,14,16,18,20 \
	--program gordon-home --start 2026-11-02
printf 'coach_session: 1\ndate: 2026-11-23\nexercises:\n  - id: goblet-squat\n    sets:\n      - {reps: 12, load: 16, rir: 2}\n      - {reps: 12, load: 16, rir: 2}\n' >"$T/s.yaml"
"$COACH" --home "$P" log "$T/s.yaml" >/dev/null
start 80 24 "$P"
wait_for home 'Today: day A'
keys Enter
wait_for checkin 'How are you today?'
keys 4 4 2 8 Enter
wait_for preview-warmup 'Warm up first: 5 minutes of easy movement'
keys Enter
wait_for set-ramp 'warm-up sets first (not counted): 8 at 8 kg, 4 at 12 kg'
wait_for set-work '8-12 reps at 18 kg'

# a rest day (Friday): the walk, with the week's minutes so far
next_server
COACH_TODAY=2026-11-27 start 80 24 "$P" COACH_TODAY=2026-11-27
wait_for rest-home 'a rest day'
wait_for rest-walk 'If you like: a brisk walk of about 30 minutes'
wait_for rest-week "the week's 150 aerobic minutes are done"
# a logs a walk: typed minutes, Tab for the kind; the week counts it at once
keys a
wait_for aerobic-screen 'Aerobic minutes today'
# (Thursday went without a session: the walk starts from the 10 minutes
# that count as showing up, as the lapse line above it says)
wait_for aerobic-default '10 minutes of walk'
keys 4 5
wait_for aerobic-typed '45 minutes of walk'
keys Tab
wait_for aerobic-kind '45 minutes of run'
keys Enter
wait_for aerobic-logged 'Logged 45 minutes of run today'
wait_for aerobic-counted 'swim): 45$' 
name=aerobic-in-log
COACH_TODAY=2026-11-27 "$COACH" --home "$P" history --format yaml >"$T/h" 2>&1
if grep -q 'run' "$T/h" && grep -q '45' "$T/h"; then ok; else bad "$(cat "$T/h")"; fi
keys a Escape
wait_for aerobic-esc-home 'a rest day'
keys q
wait_for quits 'EXITED 0'

# a beginner's familiarisation week: the set that checks reps in reserve says so
B="$T/teach"
profile "$B" --weekdays mon,thu --minutes 60 --dumbbells 2,4,6,8,10 --program gordon-home --start 2026-11-23
printf 'coach_session: 1\ndate: 2026-11-23\nexercises:\n  - id: goblet-squat\n    sets:\n      - {reps: 12, load: 6, rir: 3}\n' >"$T/t.yaml"
"$COACH" --home "$B" log "$T/t.yaml" >/dev/null
start 80 24 "$B"
wait_for teach-home 'Today: day A'
keys Enter
wait_for teach-checkin 'How are you today?'
keys 4 4 2 8 Enter
wait_for teach-preview 'Enter start'
keys Enter
wait_for teach-set 'This set checks your reps in reserve: stop where you think 3 are left'
keys q

# first-run setup asks the age (optional): typed, saved, and from 65 the
# programs written for older adults lead the chooser
F="$T/first"
start 80 24 "$F"
wait_for first-welcome 'Welcome to coach'
keys Enter
wait_for first-parq 'heart condition'
keys n n n n n n n
wait_for first-bp 'high blood pressure (hypertension)'
keys n
wait_for first-setup 'About you and your equipment'
wait_for first-age-field 'Age (if you like) *not given'
keys Down Down Down Down
tm send-keys -t t -l '4,6,8'
keys Up Up Up Up Up
wait_for first-age-hint 'from 65 the coach uses older-adult doses'
keys 7 2
wait_for first-age-typed 'Age (if you like) *72_'
keys Enter
wait_for first-choose 'Programs that fit you'
wait_for first-older-first 'older adults'
wait_for first-reason-whole 'written for older adults (you are 72): ACSM doses, balance work$'
name=first-age-saved
if grep -q '^age: 72$' "$F/config/profile.yaml"; then ok; else bad "$(cat "$F/config/profile.yaml")"; fi
keys q

finish
