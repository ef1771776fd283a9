#!/bin/sh
# Interface safety tests in tmux: h reaches who to call from every screen and
# goes back to that screen as it was; the crisis screen scrolls at 80x24 and
# says when it goes on; it is drawn even in a terminal too small for the
# rest; the safety plan is written in the coach; a questionnaire can be
# taken at any time.  Usage: safety.sh COACH
set -u
COACH=$1
TUI_NAME=safety
. "$(dirname "$0")/lib.sh"
# help_from NAME MARK: h shows who to call; Esc returns to the screen showing MARK
help_from() {
	keys h
	wait_for "h-from-$1" 'Please read this first'
	keys Escape
	wait_for "back-to-$1" "$2"
}

# --- first run: welcome, the PAR-Q+ with the form's clarification, setup ------------
H="$T/first"
start 80 24 "$H"
wait_for welcome 'Welcome to coach'
help_from welcome 'Welcome to coach'
keys Enter
wait_for parq 'heart condition'
help_from parq 'heart condition'
keys n n
wait_for parq-dizziness 'dizziness'
wait_for parq-clarification 'answer NO if your dizziness'
keys n n n
wait_for parq-past-problem 'but it does not limit'
keys n
wait_for parq-supervised 'medically supervised'
keys n
wait_for hypertension 'high blood pressure (hypertension)'
keys n
wait_for setup 'About you and your equipment'
help_from setup 'About you and your equipment'
# in a text field h is a letter, and F1 still reaches who to call
keys Down Down Down Down Down Down Down Down
wait_for setup-leave-out 'Exercises you would rather not do'
tm send-keys -t t -l 'push-up'
wait_for h-typed 'push-up_'
keys F1
wait_for f1-while-typing 'Please read this first'
keys Escape
wait_for back-to-text-field 'push-up_'
keys BSpace BSpace BSpace BSpace BSpace BSpace BSpace
keys Up Up Up Up
tm send-keys -t t -l '4,6,8'
# the country, chosen here, narrows who to call to one country
keys Down Down Down Down Down Down Down
wait_for setup-country 'Whose helplines h shows'
keys Right Right Right
wait_for setup-country-gb 'United Kingdom'
keys Enter
wait_for choose 'Programs that fit you'
help_from choose 'Programs that fit you'
name=setup-country-saved
if grep -q '^country: gb' "$H/config/profile.yaml"; then ok; else bad "profile: $(grep country "$H/config/profile.yaml")"; fi
keys Enter
wait_for home 'This week'
keys h
wait_for crisis-one-country 'Samaritans: call 116 123'
lacks crisis-no-other-country '988'
keys Escape

# --- every other screen -----------------------------------------------------------------
help_from home 'This week'
keys w
wait_for week 'Strength days'
help_from week 'Strength days'
keys Escape
keys p
wait_for progress 'Progress'
help_from progress 'Progress'
keys Escape
wait_for progress-home 'This week'
keys s
wait_for questions 'A short questionnaire'
help_from questions 'A short questionnaire'
keys Enter
wait_for question 'question 1 of 2'
help_from question 'question 1 of 2'
keys Escape
wait_for questions-home 'This week'
keys Enter
wait_for checkin 'How are you today?'
help_from checkin 'How are you today?'
keys Enter
wait_for preview 'Today'
help_from preview 'Enter start'
keys Enter
wait_for set 'set 1 of'
help_from set 'set 1 of'
keys Enter
wait_for log 'Reps done'
help_from log 'Reps done'
keys 8 Enter
wait_for rest 'Rest '
# the rest goes on counting while help is shown, and comes back as it was
help_from rest 'Rest '
keys '?'
wait_for help-names-h 'who to call if you are in crisis, from every screen'
keys x
keys q
wait_for saved 'under way'
keys q
wait_for quits 'EXITED 0'

# --- the crisis screen scrolls at 80x24, and says when it goes on ---------------------
A="$T/all"
"$COACH" --home "$A" profile init --parq no,no,no,no,no,no,no --dumbbells 4,6,8 --program gordon-home \
	--start 2026-11-02 >/dev/null
start 80 24 "$A"
wait_for all-home 'This week'
keys h
wait_for all-regions 'United States'
wait_for more-below 'more below'
lacks not-yet-the-end 'Befrienders Worldwide'
keys NPage NPage NPage NPage
wait_for scrolled-to-the-end 'Befrienders\|emergency'
keys NPage NPage NPage NPage NPage NPage
wait_for at-the-end 'safety plan'
lacks no-more-at-the-end 'more below'
keys Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up
wait_for back-to-the-top 'If you might act on thoughts'
# wrapped lines keep their indent: no line of a contact starts at the margin
name=wrapped-indent; screen
if grep -q '^      988lifeline.org; 24/7' "$T/screen"; then ok; else bad "the wrapped line lost its indent"; fi
# --- the safety plan, written in the coach --------------------------------------------
keys p
wait_for plan 'Your safety plan'
wait_for plan-prompt 'tell me a crisis may be starting'
keys Enter
wait_for plan-editing 'Esc cancel'
tm send-keys -t t -l 'I stop answering messages, then h'
wait_for plan-h-typed 'then h_'
keys Enter
wait_for plan-saved '- I stop answering messages, then h'
name=plan-file
if grep -q 'I stop answering messages, then h' "$A/config/safety-plan.yaml"; then ok; else bad "not in the file"; fi
name=plan-file-mode; m=$(stat -c %a "$A/config/safety-plan.yaml")
if [ "$m" = 600 ]; then ok; else bad "mode $m"; fi
# a person, by name and number: past the empty sections to "People I can ask for help"
keys Down Down Down Down
keys Enter
wait_for plan-editing-2 'Esc cancel'
tm send-keys -t t -l 'Sam: 07700 900123'
keys Enter
wait_for plan-person 'Sam: 07700 900123'
# deleting asks first; another key keeps it
keys Up
keys d
wait_for delete-asks 'd again deletes it'
keys x
wait_for delete-kept 'Sam: 07700 900123'
keys Escape
wait_for plan-in-crisis 'Please read this first'
wait_for own-people-first 'Your own people'
wait_for own-person 'Sam: 07700 900123'
keys i
wait_for about 'What the coach can and cannot do'
wait_for about-not-treatment 'not a treatment'
keys Escape
keys Escape
wait_for crisis-back-home 'This week'

# --- a questionnaire at any time: taken early, kept and marked -------------------------
"$COACH" --home "$A" --date 2026-11-24 screen phq2 --answers 0,1 >/dev/null
keys s
wait_for q-menu 'A short questionnaire'
wait_for q-recent 'taken recently: you can take it again'
keys Enter
wait_for q-early-note 'your answers are kept, marked early'
keys 1 1
wait_for q-result 'two questions on mood: 2 of 6'
keys Escape
name=q-early-stored
if "$COACH" --home "$A" export --format yaml | grep 'scale: phq2' | tail -n 1 | grep -q 'early: 1'; then ok; else bad "not stored early"; fi
keys q
wait_for all-quits 'EXITED 0'

# --- a terminal too small for the rest still shows who to call --------------------------
start 30 8 "$A"
wait_for too-small 'Terminal too small'
wait_for too-small-names-h 'h: who to call'
keys h
wait_for small-crisis 'Please read this first'
wait_for small-crisis-more 'more below'
keys Escape
wait_for small-back 'Terminal too small'
tm resize-window -t t -x 40 -y 12
keys h
wait_for crisis-40x12 'Please read this first'
wait_for crisis-40x12-more 'more below'
keys Escape
keys q
wait_for small-quits 'EXITED 0'

# --- a broken safety plan and contacts file never keep the numbers away -----------------
printf 'coach_safety_plan: 1\nreasons: {a: 1}\n' >"$A/config/safety-plan.yaml"
printf 'coach_crisis: 1\ncontacts: [\n' >"$A/config/crisis-contacts.yaml"
start 80 24 "$A"
wait_for broken-home 'This week'
keys h
wait_for broken-still-numbers 'Samaritans\|988'
keys NPage NPage NPage NPage NPage NPage NPage NPage
wait_for broken-said 'did not read and was left out'
keys p
wait_for broken-plan-not-touched 'does not read, so it is not shown or changed'
keys Escape
keys Escape
keys q
wait_for broken-quits 'EXITED 0'

finish
