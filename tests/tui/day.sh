#!/bin/sh
# A past day opened from the week screen (issue 14): Enter shows its sets; a
# set's reps, load and reps in reserve are changed, a set is deleted (d asks,
# d again), and progression is replayed from what remains, which coach today
# then shows; short notes typed on a set and on the session, after a set in a
# workout and at its end, are kept in the log and shown by coach history.
# Usage: day.sh COACH
set -u
COACH=$1
TUI_NAME=day
. "$(dirname "$0")/lib.sh"

H="$T/home"
DB="$H/data/coach.db"
# 2 x 12 at 6 kg earns +5% (policy progression.increment_pct), 6.3: the 6.5 kg dumbbell, +8%,
# under max_jump_pct 15, so a step up in load (8 kg, +33%, would grow the range first)
profile "$H" --weekdays mon,thu --minutes 60 --dumbbells 4,6,6.5,8,10,12 --program gordon-home --start 2026-11-02
cat >"$T/mon.yaml" <<'YAML'
coach_session: 1
date: 2026-11-23
checkin: {mood: 3, energy: 3, anxiety: 2, sleep: 7}
exercises:
  - id: goblet-squat
    sets: [{reps: 12, load: 6, rir: 2}, {reps: 12, load: 6, rir: 2}]
  - id: dumbbell-floor-press
    sets: [{reps: 10, load: 6, rir: 2}]
YAML
"$COACH" --home "$H" log "$T/mon.yaml" >/dev/null
squat_load() { "$COACH" --home "$H" today --format yaml | grep -A8 'id: goblet-squat' | sed -n 's/^  load: //p'; }
name=progressed-before
before=$(squat_load)
if [ "$before" = 6.5 ]; then ok; else bad "today's goblet squat load is '$before' after 12, 12 at 6 kg"; fi

start 100 24 "$H"
wait_for home 'This week'
keys w
wait_for week 'Enter open'
# today is Thursday 26 Nov: three days up is Monday, done; a rest day has nothing to open
keys Up
keys Enter
wait_for nothing-to-open 'has no session to open'
keys Up Up
keys Enter
wait_for day 'Mon 23 Nov: the sets'
wait_for day-sets 'Goblet squat .*set 1 .* 12 reps  6 kg .*RIR 2'
wait_for day-keys 'd delete'
# the help is the key table's
keys '?'
wait_for day-help 'Keys: a past day'
wait_for day-help-delete 'delete the chosen set (asked first)'
keys Escape
wait_for day-after-help 'Mon 23 Nov: the sets'
# change the first set: reps 12 -> 6, load 6 -> 6.5, RIR 2 -> 4
keys Enter
wait_for editing 'Set 1 of Goblet squat:  reps \[12_\]'
keys BSpace BSpace 6 Tab . 5 Tab BSpace 4
wait_for edited 'reps 6  load 6.5  RIR \[4_\]'
keys Enter
wait_for changed 'Set changed; progression worked out again'
name=changed-in-the-log
row=$(sqlite3 "$DB" "SELECT reps, load, rir FROM set_log WHERE exercise = 'goblet-squat' AND set_no = 1")
if [ "$row" = '6|6.5|4' ]; then ok; else bad "set 1 is '$row' in the log"; fi
name=progression-replayed
after=$(squat_load)
if [ -n "$after" ] && [ "$after" != "$before" ]; then ok; else bad "today's load '$after' did not follow the change (was $before)"; fi
# Esc leaves a change undone
keys Enter
wait_for editing-again 'reps \[6_\]'
keys 9 Escape
lacks left-alone 'Set changed'
name=unchanged
row=$(sqlite3 "$DB" "SELECT reps FROM set_log WHERE exercise = 'goblet-squat' AND set_no = 1")
if [ "$row" = 6 ]; then ok; else bad "Esc changed the set to '$row'"; fi
# a note on the chosen set (h is a letter while typing)
keys n
wait_for note-asks 'Note on set 1 of Goblet squat'
wait_for note-keys 'Enter keep the note  Esc leave it'
keys -l 'hip felt tight'
keys Enter
wait_for note-kept 'Note kept'
wait_for note-shown 'hip felt tight'
# a note on the session
keys s
wait_for session-note-asks 'Note on the session of Mon 23 Nov'
keys -l 'short on time'
keys Enter
wait_for session-note-shown 'Session note: short on time'
name=notes-in-the-log
row=$(sqlite3 "$DB" "SELECT s.notes, t.notes FROM session s JOIN set_log t ON t.session_id = s.id WHERE t.exercise = 'goblet-squat' AND t.set_no = 1")
if [ "$row" = 'short on time|hip felt tight' ]; then ok; else bad "notes in the log: '$row'"; fi
name=notes-in-history
"$COACH" --home "$H" history >"$T/history"
if grep -q 'hip felt tight' "$T/history" && grep -q 'short on time' "$T/history"; then ok; else bad "history lacks the notes: $(cat "$T/history")"; fi
# delete the floor press's only set: asked first, another key keeps it
keys Down Down
keys d
wait_for delete-asks 'Delete set 1 of Dumbbell floor press (10 reps) of Mon 23 Nov'
keys Escape
lacks delete-kept 'Set deleted'
name=kept
k=$(sqlite3 "$DB" "SELECT COUNT(*) FROM set_log")
if [ "$k" -eq 3 ]; then ok; else bad "$k sets after keeping"; fi
keys d
wait_for delete-asks-again 'Delete set 1 of Dumbbell floor press'
keys d
wait_for deleted 'Set deleted; progression worked out again'
lacks deleted-gone 'Dumbbell floor press'
name=deleted-from-the-log
k=$(sqlite3 "$DB" "SELECT COUNT(*) FROM set_log WHERE exercise = 'dumbbell-floor-press'")
if [ "$k" -eq 0 ]; then ok; else bad "$k floor press sets left"; fi
name=deleted-slot-replayed
k=$(sqlite3 "$DB" "SELECT COUNT(*) FROM slot_state WHERE slot = 'dumbbell-floor-press'")
if [ "$k" -eq 0 ]; then ok; else bad "the floor press still has a progression state"; fi
# back to the week, Monday still chosen
keys Escape
wait_for week-again 'Week of'
keys q

# a note after a set and at the end of a workout trained today
W="$T/live"
profile "$W" --weekdays mon,thu --minutes 60 --dumbbells 4,6,8,10,12 --program gordon-home --start 2026-11-02
start 100 30 "$W"
wait_for live-home 'This week'
keys Enter
wait_for live-checkin 'How are you today?'
keys Enter
wait_for live-preview 'Today'
keys Enter
wait_for live-set 'set 1 of'
i=0
while [ $i -lt 20 ]; do
	screen
	if grep -q '^ Rest ' "$T/screen"; then break; fi
	keys Enter
	i=$((i + 1))
done
wait_for live-rest '^ Rest '
wait_for live-rest-keys 'n note'
keys n
wait_for live-note-asks 'Note on set 1 of Goblet squat'
keys -l 'easy, go up'
keys Enter
wait_for live-note-kept 'Note kept'
lacks live-note-done 'Note on set 1'
keys e
wait_for live-end-asks 'e'
keys e
wait_for live-finish 'Well done'
keys n
wait_for live-session-note-asks "Note on today's session"
# digits are letters while typing: 4 is not the mood
keys -l 'felt 4 of 5'
keys Enter
wait_for live-session-note-kept 'Note kept'
lacks live-no-mood 'Mood now: 4'
keys Enter
wait_for live-home-again 'This week'
keys q
name=live-notes-in-the-log
row=$(sqlite3 "$W/data/coach.db" "SELECT s.notes, t.notes FROM session s JOIN set_log t ON t.session_id = s.id WHERE t.set_no = 1 AND t.position = 0")
if [ "$row" = 'felt 4 of 5|easy, go up' ]; then ok; else bad "notes in the log: '$row'"; fi
name=live-notes-in-history
"$COACH" --home "$W" history >"$T/history"
if grep -q 'easy, go up' "$T/history" && grep -q 'felt 4 of 5' "$T/history"; then ok; else bad "history lacks the notes: $(cat "$T/history")"; fi
finish
