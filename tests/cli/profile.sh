#!/bin/sh
# Command-line tests, profile: the built coach on good and bad input,
# checking exit status, stdout and stderr.  Usage: profile.sh COACH TESTS_DIR
. "$(dirname "$0")/lib.sh"

H="$T/home"
run profile-show-none 1 "$COACH" --home "$H" profile show
err_has 'coach profile init'
(umask 022; "$COACH" --home "$H" profile init --parq no,no,no,no,no,no,no --units kg --level beginner --weekdays mon,thu \
	--minutes 30 --dumbbells 4,6,8 --bands red,green --bench --program gordon-home \
	>"$T/out" 2>"$T/err")
name=profile-init; if [ $? -eq 0 ]; then ok; else bad "profile init --parq no,no,no,no,no,no,no failed"; fi
mode_is "$H/config/profile.yaml" 600
mode_is "$H/config" 700
mode_is "$H" 700
run profile-validates 0 "$COACH" --home "$H" validate "$H/config/profile.yaml"
run profile-show 0 "$COACH" --home "$H" profile show
out_has 'gordon-home, started 2026-11-26'
out_has 'dumbbells   4, 6, 8 kg'
run profile-show-yaml 0 "$COACH" --home "$H" profile show --format yaml
out_has '^coach_profile: 1'
out_has '^weekdays: \[mon, thu\]'
run profile-set 0 "$COACH" --home "$H" profile set minutes 45
run profile-set-check 0 "$COACH" --home "$H" profile show --format yaml
out_has '^minutes: 45'
cp "$H/config/profile.yaml" "$T/before.yaml"
run profile-set-bad 1 "$COACH" --home "$H" profile set minutes 500
err_has "'minutes' is 500; it must be from 10 to 180"
if cmp -s "$T/before.yaml" "$H/config/profile.yaml"; then ok; else name=profile-unchanged; bad "a bad value changed the profile"; fi
run profile-set-typo 1 "$COACH" --home "$H" profile set minuts 40
err_has "did you mean 'minutes'"
run profile-set-program-unknown 1 "$COACH" --home "$H" profile set program nosuch
err_has "no program 'nosuch'"
if cmp -s "$T/before.yaml" "$H/config/profile.yaml"; then ok; else name=profile-unchanged-2; bad "an unknown program changed the profile"; fi
run profile-set-list 0 "$COACH" --home "$H" profile set weekdays tue,fri,sun
out_has 'weekdays is now tue,fri,sun'
run profile-set-negative 1 "$COACH" --home "$H" profile set equipment.dumbbells -2
err_has "'dumbbells' is -2"
run profile-set-dislike-typo 1 "$COACH" --home "$H" profile set dislikes crunhc
err_has "did you mean 'crunch'"
run profile-set-dislike 0 "$COACH" --home "$H" profile set dislikes burpee,crunch
run profile-set-units 0 "$COACH" --home "$H" profile set units lb
err_has 'not converted'
run profile-set-program-misfit 0 "$COACH" --home "$H" profile set program barbell-5x5
err_has 'is written for barbell'
run profile-init-again 1 "$COACH" --home "$H" profile init --parq no,no,no,no,no,no,no
err_has 'already exists'
run profile-init-force 0 "$COACH" --home "$H" profile init --parq no,no,no,no,no,no,no --force --level intermediate
run profile-init-bad 1 "$COACH" --home "$T/h2" profile init --parq no,no,no,no,no,no,no --weekdays mon,funday
err_has "'weekdays' 'funday' is not one of"
err_has '^profile init --weekdays: error:'
if [ ! -e "$T/h2/config/profile.yaml" ]; then ok; else name=profile-init-bad; bad "a bad init wrote a profile"; fi
run profile-init-unknown-program 1 "$COACH" --home "$T/h3" profile init --parq no,no,no,no,no,no,no --program nosuch
if [ ! -e "$T/h3/config/profile.yaml" ]; then ok; else name=profile-init-unknown-program; bad "wrote a profile"; fi
run profile-file-option 0 "$COACH" --profile "$T/other.yaml" --home "$T/h4" profile init --parq no,no,no,no,no,no,no
if [ -f "$T/other.yaml" ] && [ ! -e "$T/h4/config/profile.yaml" ]; then ok; else name=profile-file-option; bad "--profile was not used"; fi

# COACH_HOME and XDG: no --home
COACH_HOME="$T/envhome" "$COACH" profile init --parq no,no,no,no,no,no,no >"$T/out" 2>"$T/err"
name=coach-home-env; if [ -f "$T/envhome/config/profile.yaml" ]; then ok; else bad "COACH_HOME ignored"; fi
HOME="$T/xdg" XDG_CONFIG_HOME="relative/ignored" "$COACH" profile init --parq no,no,no,no,no,no,no >"$T/out" 2>"$T/err"
name=xdg-default; if [ -f "$T/xdg/.config/coach/profile.yaml" ]; then ok; else bad "not in ~/.config/coach"; fi
HOME="$T/xdg2" XDG_CONFIG_HOME="$T/xdgconf" "$COACH" profile init --parq no,no,no,no,no,no,no >"$T/out" 2>"$T/err"
name=xdg-config-home; if [ -f "$T/xdgconf/coach/profile.yaml" ]; then ok; else bad "XDG_CONFIG_HOME ignored"; fi

# a profile that is a symlink is refused and its target untouched
mkdir -p "$T/h5/config"
echo "keep" >"$T/target"
ln -s "$T/target" "$T/h5/config/profile.yaml"
run profile-symlink 1 "$COACH" --home "$T/h5" profile init --parq no,no,no,no,no,no,no --force
err_has 'symbolic link'
if [ "$(cat "$T/target")" = keep ]; then ok; else name=profile-symlink; bad "the symlink target was changed"; fi

# a gym: machines and cables are equipment with the loads their stacks make; the
# program's barbell and dumbbell lifts are swapped for machines, loads on the stack
G="$T/gym"
run gym-init 0 "$COACH" --home "$G" profile init --parq no,no,no,no,no,no,no --units kg \
	--machine 10,20,30,40,50,60,70,80 --cable 5,10,15,20,25 --program upper-lower-4 --start 2026-11-30
run gym-show 0 "$COACH" --home "$G" profile show
out_has '^  equipment   bodyweight, machine, cable$'
out_has '^  machine     10, 20, 30, 40, 50, 60, 70, 80 kg$'
run gym-file 0 cat "$G/config/profile.yaml"
out_has '^  cable: \[5, 10, 15, 20, 25\]$'
run gym-set 0 "$COACH" --home "$G" profile set equipment.cable 2.5,5,7.5
run gym-validates 0 "$COACH" --home "$G" validate "$G/config/profile.yaml"
run gym-bad-load 1 "$COACH" --home "$G" profile set equipment.machine 10,fifty
run gym-today 0 "$COACH" --home "$G" --date 2026-11-30 today --format yaml
out_has 'id: machine-chest-press'
out_has 'id: seated-cable-row'
out_lacks 'id: barbell-'
out_has 'load: 10$'
out_has 'load: 2.5$'

finish profile
