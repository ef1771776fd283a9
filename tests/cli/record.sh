#!/bin/sh
# Command-line tests, correcting the record: coach delete, coach log --replace
# and --add, progression worked out again from what remains.
# Usage: record.sh COACH TESTS_DIR
. "$(dirname "$0")/lib.sh"

H="$T/rec"
# 2 x 12 at 10 kg earns +5% (policy progression.increment_pct), 10.5: the 11 kg dumbbell, +10%,
# under max_jump_pct 15, so a step up in load, not the longer range first
"$COACH" --home "$H" profile init --parq no,no,no,no,no,no,no --dumbbells 4,6,8,10,11,12 --program gordon-home \
	--start 2026-11-02 --country gb >/dev/null 2>&1
# the goblet squat's load in today's prescription
squat_load() { "$COACH" --home "$H" today --format yaml | grep -A6 'id: goblet-squat' | sed -n 's/^  load: //p'; }
first=$(squat_load)
cat >"$T/full.yaml" <<'YAML'
coach_session: 1
date: 2026-11-23
checkin: {mood: 3, energy: 3, anxiety: 2, sleep: 7}
exercises:
  - id: goblet-squat
    sets: [{reps: 12, load: 10}, {reps: 12, load: 10}]
YAML
sed 's/reps: 12/reps: 6/g' "$T/full.yaml" >"$T/short.yaml"
printf 'mood_after: 4\n' >>"$T/short.yaml"
run log-first 0 "$COACH" --home "$H" log "$T/full.yaml"
up=$(squat_load)
name=full-session-steps-up; if [ "$up" = 11 ]; then ok; else bad "load after a full session is '$up', expected 11"; fi

# a second session on the date: refused without --replace or --add, nothing stored
run log-again-refused 1 "$COACH" --home "$H" log "$T/short.yaml"
err_has 'short.yaml:1:1: error: 2026-11-23 has a session in the log already; give --replace'
err_has -- '--add to keep both'
run count-after-refusal 0 sqlite3 "$H/data/coach.db" 'SELECT COUNT(*) FROM session'
out_has '^1$'
run both-flags 2 "$COACH" --home "$H" log --replace --add "$T/short.yaml"
err_has 'not both'

# --replace: the file's session takes the date's place; progression from it
run replace 0 "$COACH" --home "$H" log --replace "$T/short.yaml"
out_has 'Logged 1 session (2 sets)'
run history-after-replace 0 "$COACH" --home "$H" history --format csv
out_has '^2026-11-23,gordon-home,A,goblet-squat,goblet-squat,1,6,10,,,false,3,4$'
k=$(grep -c '^2026-11-23' "$T/out")
name=replace-keeps-one; if [ "$k" -eq 2 ]; then ok; else bad "$k set rows on the date, expected 2"; fi
held=$(squat_load)
name=replace-recomputes; if [ "$held" = 10 ]; then ok; else bad "load after replacing with a short session is '$held', expected 10"; fi
run checkins-after-replace 0 sqlite3 "$H/data/coach.db" 'SELECT COUNT(*) FROM checkin WHERE date = 20780'
out_has '^1$'

# --add: a second session that day, both kept
cat >"$T/walk.yaml" <<'YAML'
coach_session: 1
date: 2026-11-23
aerobic: [{kind: walk, minutes: 30}]
YAML
run add 0 "$COACH" --home "$H" log --add "$T/walk.yaml"
run count-after-add 0 sqlite3 "$H/data/coach.db" 'SELECT COUNT(*) FROM session'
out_has '^2$'

# delete: lists without --yes (nothing removed), removes with it
run delete-asks 2 "$COACH" --home "$H" delete 2026-11-23
out_has 'The log has 2 sessions of Mon 23 Nov'
out_has 'gordon-home day A: 2 sets (Goblet squat x2); check-in mood 3; mood after 4'
out_has 'walk 30 min'
err_has 'nothing was removed; to remove it: coach delete 2026-11-23 --yes'
run count-after-ask 0 sqlite3 "$H/data/coach.db" 'SELECT COUNT(*) FROM session'
out_has '^2$'
run delete-yes 0 "$COACH" --home "$H" delete 2026-11-23 --yes
out_has 'Removed 2 sessions; progression worked out again'
run tables-after-delete 0 sqlite3 "$H/data/coach.db" \
	"SELECT (SELECT COUNT(*) FROM session) || ',' || (SELECT COUNT(*) FROM set_log) || ',' || (SELECT COUNT(*) FROM aerobic) || ',' || (SELECT COUNT(*) FROM checkin) || ',' || (SELECT COUNT(*) FROM slot_state)"
out_has '^0,0,0,0,0$'
back=$(squat_load)
name=delete-recomputes; if [ "$back" = "$first" ]; then ok; else bad "load after deleting every session is '$back', expected the first one '$first'"; fi
run delete-none 1 "$COACH" --home "$H" delete 2026-11-22 --yes
err_has 'no session on Sun 22 Nov in the log; nothing was removed'
run delete-bad-date 2 "$COACH" --home "$H" delete 2026-13-45
mode_is "$H/data/coach.db" 600

# notes and body weight: kept with the session and its sets, shown by history
cat >"$T/noted.yaml" <<'YAML'
coach_session: 1
date: 2026-11-24
mood_after: 4
bodyweight: 71.5
notes: |
  Calm afterwards.
  Knee fine.
exercises:
  - id: goblet-squat
    sets: [{reps: 10, load: 6, notes: "left knee twinged"}, {reps: 10, load: 6}]
  - id: plank
    sets: [{reps: 45}]
YAML
run log-notes 0 "$COACH" --home "$H" log "$T/noted.yaml"
run history-notes-yaml 0 "$COACH" --home "$H" history --format yaml
out_has 'bodyweight: 71.5'
out_has '^  notes: |$'
out_has '^    Knee fine.$'
out_has "{exercise: goblet-squat, reps: 10, load: 6, .*notes: left knee twinged}"
run history-notes-text 0 "$COACH" --home "$H" history
out_has 'body weight 71.5 kg'
out_has '^    Note: Calm afterwards. Knee fine.'
out_has 'Goblet squat: 10 at 6 kg (left knee twinged), 10 at 6 kg'
out_has 'Plank: 45 s'
awk 'BEGIN { printf "coach_session: 1\ndate: 2026-11-25\nnotes: \""; for (i = 0; i < 2001; i++) printf "a"; printf "\"\nexercises:\n  - id: plank\n    sets: [{reps: 30}]\n" }' >"$T/long.yaml"
run notes-too-long 1 "$COACH" --home "$H" log "$T/long.yaml"
err_has 'long.yaml:3:8: error:'
sed 's/bodyweight: 71.5/bodyweight: heavy/' "$T/noted.yaml" | sed 's/2026-11-24/2026-11-25/' >"$T/bw.yaml"
run bodyweight-not-a-number 1 "$COACH" --home "$H" log "$T/bw.yaml"
err_has "bw.yaml:4:13: error:"

finish record
