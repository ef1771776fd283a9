#!/bin/sh
# Command-line tests, help, version, usage errors: the built coach on good and bad input,
# checking exit status, stdout and stderr.  Usage: help.sh COACH TESTS_DIR
. "$(dirname "$0")/lib.sh"

run version 0 "$COACH" --version
out_has '^coach [0-9]'
run help 0 "$COACH" --help
out_has 'validate'
out_has 'profile'
out_has '--home DIR'
run help-command 0 "$COACH" help validate
out_has 'PATH:LINE:COL: error: MESSAGE'
run help-flag-after-command 0 "$COACH" show --help
out_has 'usage: coach show ID'
# the options of a command are printed from the table its parser reads
run help-options 0 "$COACH" help today
out_has '^Options:$'
out_has '^  --sleep H  *hours slept last night'
out_has '^  --short  *the short session (a low day, the day after a missed one)'
run help-profile-options 0 "$COACH" help profile
out_has '^  --parq-not-cleared  *a PAR-Q+ health question'
run help-unknown 2 "$COACH" help nosuch
err_has "no command 'nosuch'"
run unknown-command 2 "$COACH" progams
err_has "did you mean 'programs'"
run unknown-option 2 "$COACH" programs --colour
err_has "unknown option '--colour'"
run bad-format 2 "$COACH" programs --format json
err_has 'text, yaml, csv or ical'
run bad-date 2 "$COACH" --date 2026-02-30 programs
err_has "not a date"
run missing-option-value 2 "$COACH" programs --home
err_has 'needs a value'
run not-a-terminal 2 "$COACH" --home "$T/h0"
err_has 'needs a terminal'

finish help
