#!/bin/sh
# What the screens show is what happens (the newcomer's month): more reps at
# the same load with the same reserve is more strength, on the Progress chart
# and in the end screen's "Strongest set" (finding 5); the rest the preview
# shows is the rest the workout gives (finding 9); back after 18 days, Home
# and the preview say welcome back and the program resumes (finding 7); the
# short session on the Low-energy circuit is much shorter (finding 19).
# Usage: shown.sh COACH
set -u
COACH=$1
TUI_NAME=shown
. "$(dirname "$0")/lib.sh"

# --- Progress: 12 then 15 reps at 6 kg, 3 in reserve both times -----------------------
H="$T/chart"
profile "$H" --weekdays mon,thu --minutes 30 --dumbbells 6 --program gordon-home --start 2026-11-02
cat >"$T/two.yaml" <<'YAML'
coach_session: 1
date: 2026-11-02
program: gordon-home
day: A
exercises:
  - id: goblet-squat
    sets: [{reps: 12, load: 6, rir: 3}]
---
coach_session: 1
date: 2026-11-05
program: gordon-home
day: A
exercises:
  - id: goblet-squat
    sets: [{reps: 15, load: 6, rir: 3}]
YAML
"$COACH" --home "$H" log "$T/two.yaml" >/dev/null
start 80 24 "$H" COACH_TODAY=2026-11-09
wait_for chart-home 'This week'
keys p
wait_for chart-progress 'Strength (estimated one-rep max'
# the table: 6 kg / 59.9% (12 reps at RPE 7) = 10.0; 15 reps: more, never the old 10 -> 8
wait_for chart-rises 'Goblet squat: best 10.9 kg'
wait_for chart-line '10 → 10.9'
lacks chart-no-fall '10 → 8'
keys q

# --- the end screen: 15 reps of one exercise at 2 kg beat 12 of another at 2 kg --------
E="$T/end"
profile "$E" --weekdays mon,thu --minutes 30 --dumbbells 2 --program gordon-home --start 2026-11-02
cat >"$T/one.yaml" <<'YAML'
coach_session: 1
date: 2026-11-12
program: gordon-home
day: A
exercises:
  - id: goblet-squat
    sets: [{reps: 12, load: 2, rir: 3}]
YAML
"$COACH" --home "$E" log "$T/one.yaml" >/dev/null
start 80 24 "$E" COACH_TODAY=2026-11-16
wait_for end-home 'Today: day'
keys Enter
wait_for end-checkin 'How are you today?'
keys Enter
wait_for end-preview 'Enter start'
keys Enter
wait_for end-squat 'Goblet squat · set 1 of 2'
keys Enter
wait_for end-squat-log 'Reps done'
keys BSpace BSpace 1 5 Tab 2 Enter
wait_for end-rest-1 'Enter skip rest'
keys Enter
wait_for end-squat-2 'Goblet squat · set 2 of 2'
keys Enter
wait_for end-squat-log-2 'Reps done'
keys BSpace BSpace 1 5 Tab 2 Enter
wait_for end-rest-2 'Enter skip rest'
keys Enter
wait_for end-press 'Dumbbell floor press · set 1 of 1'
keys Enter
wait_for end-press-log 'Reps done'
keys 1 2 Tab 2 Enter
wait_for end-rest-3 'Enter skip rest'
keys e
wait_for end-asks 'e again'
keys e
wait_for end-done 'Well done'
# 15 @ 2 kg, 2 in reserve, against 12 @ 2 kg, 2 in reserve (3.2 kg by the table)
wait_for end-strongest 'Strongest set: Goblet squat, about 3.6 kg'
name=end-logged
if "$COACH" --home "$E" history --format csv | grep -q '^2026-11-16,gordon-home,A,dumbbell-floor-press,dumbbell-floor-press,1,12,2,,2,'; then ok; else bad "$("$COACH" --home "$E" history --format csv)"; fi
keys q

# --- the rests: one set each on an anxious day rests 2:30 between exercises -----------
R="$T/rest"
profile "$R" --weekdays mon,thu --minutes 90 --dumbbells 2,4,6,8 --level intermediate --program gordon-home --start 2026-11-02
start 80 24 "$R" COACH_TODAY=2026-11-05
wait_for rest-home 'Today: day'
keys Enter
wait_for rest-checkin 'How are you today?'
keys 3 3 4 Enter
wait_for rest-preview 'Enter start'
# 120 s between exercises + the anxious 30 s; the 60 + 30 between sets never comes
wait_for rest-line 'Goblet squat .*1 x 8-12  2 kg   3 in reserve rest 2:30'
lacks rest-not-between-sets 'rest 1:30'
keys Enter
wait_for rest-breathing 'Slow breathing before you start'
keys Enter
wait_for rest-set 'Goblet squat · set 1 of 1'
keys Enter
wait_for rest-log 'Reps done'
keys 1 2 Tab 3 Enter
wait_for rest-given '^ Rest 2:[23]'
keys q
# two sets each (week 3): the line shows the rest between them, and above the
# exercises the one between exercises; the workout gives each where it said
printf 'coach_session: 1\ndate: 2026-11-12\nprogram: gordon-home\nday: A\nexercises:\n  - id: goblet-squat\n    sets: [{reps: 10, load: 2, rir: 3}]\n' >"$T/rest.yaml"
"$COACH" --home "$R" log "$T/rest.yaml" >/dev/null
start 80 24 "$R" COACH_TODAY=2026-11-16
wait_for rest2-home 'Today: day'
keys Enter
wait_for rest2-checkin 'How are you today?'
keys 3 3 4 Enter
wait_for rest2-preview 'Enter start'
wait_for rest2-between 'Between exercises: rest 2:30\.'
wait_for rest2-line 'Goblet squat .*2 x 8-1[25]  2 kg   3 in reserve rest 1:30'
keys Enter
wait_for rest2-breathing 'Slow breathing before you start'
keys Enter
wait_for rest2-set 'Goblet squat · set 1 of 2'
keys Enter
wait_for rest2-log 'Reps done'
keys Enter Enter
wait_for rest2-between-sets '^ Rest 1:[23]'
keys Enter
wait_for rest2-set-2 'Goblet squat · set 2 of 2'
keys Enter
wait_for rest2-log-2 'Reps done'
keys Enter Enter
wait_for rest2-between-exercises '^ Rest 2:[23]'
wait_for rest2-next 'next: Dumbbell floor press'
keys q

# --- back after 18 days: welcome back on Home, the week resumed, the last load kept -----
W="$T/back"
profile "$W" --weekdays mon,thu --minutes 30 --dumbbells 2,4,4.5,6 --program gordon-home --start 2026-11-02
printf 'coach_session: 1\ndate: 2026-11-12\nprogram: gordon-home\nday: A\nexercises:\n  - id: goblet-squat\n    sets: [{reps: 12, load: 4, rir: 3}]\n' >"$T/back.yaml"
"$COACH" --home "$W" log "$T/back.yaml" >/dev/null
start 80 24 "$W" COACH_TODAY=2026-11-30
wait_for back-home 'Today: day'
# 12 Nov was week 2; the calendar's weeks of 16 and 23 Nov were not trained
wait_for back-week 'Mon 30 Nov · week 3 of 8'
wait_for back-welcome 'Welcome back. It has been 18 days since your last session'
keys Enter
wait_for back-checkin 'How are you today?'
keys Enter
wait_for back-preview 'Enter start'
wait_for back-why 'no step up for this first session back'
wait_for back-load 'Goblet squat .*1 x 8-12  4 kg'
# every set reached the top at 4 kg: 4.5 kg was due, and waits for the next session
wait_for back-held '4 kg today instead of 4.5 kg: back after a break'
keys q

# --- the short session on the Low-energy circuit: two moves once, not nearly all --------
S="$T/short"
profile "$S" --weekdays tue,fri --minutes 20 --dumbbells 2,4,6,8 --program low-energy-circuit --start 2026-11-03
start 80 24 "$S" COACH_TODAY=2026-11-03
wait_for short-home 'Today: day'
keys Enter
wait_for short-checkin 'How are you today?'
keys 2 2 3 Enter
wait_for short-preview 'Today, adjusted for you, about 10 min'
# one round of four after 5 minutes' warm-up, against two moves after 2 minutes
wait_for short-offered 'm: the short session, about 6 min'
keys m
wait_for short-taken 'The short session, about 6 min: m again for the whole one'
lacks short-no-row 'One-arm dumbbell row'
# the changes go on a page down: the two moves, and the shorter warm-up
keys NPage
wait_for short-why 'only the first 2 exercises today'
wait_for short-warmup 'Warm up first: 2 minutes of easy movement'
keys q
finish
